import ArgumentParser
import AttribStore

extension Attrib {
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer a canned question about the sourcing in the database.",
            discussion: """
                Example:
                  attrib query unnamed-only
                  attrib query speakers --format csv > speakers.csv
                """,
            subcommands: [UnnamedOnly.self, Claims.self, Speakers.self, Anonymous.self, Denials.self, Relays.self, Article.self]
        )
    }
}

/// A canned query that prints one result table.
protocol CannedQueryCommand: ParsableCommand {
    static var query: CannedQuery { get }
    var database: DatabaseOptions { get }
    var output: FormatOptions { get }
}

extension CannedQueryCommand {
    func run() throws {
        let db = try database.open(readOnly: true)
        output.print(try Self.query.run(db, limit: output.limit))
    }
}

extension Attrib.Query {
    struct UnnamedOnly: CannedQueryCommand {
        static let configuration = CommandConfiguration(
            commandName: "unnamed-only",
            abstract: "Claims that rest only on unnamed sources, however many articles carry them.",
            discussion: "Example:\n  attrib query unnamed-only --format json")
        static let query = CannedQuery.unnamedOnly
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions
    }

    struct Claims: CannedQueryCommand {
        static let configuration = CommandConfiguration(
            abstract: "Claims with their articles, outlets, independent origins, named and unnamed sources and denials.",
            discussion: "Example:\n  attrib query claims --limit 20")
        static let query = CannedQuery.claims
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions
    }

    struct Speakers: CannedQueryCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who is quoted, how often, named or not, in how many articles.",
            discussion: "Example:\n  attrib query speakers --limit 10")
        static let query = CannedQuery.speakers
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions
    }

    struct Anonymous: CannedQueryCommand {
        static let configuration = CommandConfiguration(
            abstract: "Anonymous sources: how many people, their affiliation, how they know, why unnamed.",
            discussion: "Example:\n  attrib query anonymous --format csv")
        static let query = CannedQuery.anonymous
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions
    }

    struct Denials: CannedQueryCommand {
        static let configuration = CommandConfiguration(
            abstract: "Denials, who made them, and what they deny where known.",
            discussion: "Example:\n  attrib query denials")
        static let query = CannedQuery.denials
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions
    }

    struct Relays: CannedQueryCommand {
        static let configuration = CommandConfiguration(
            abstract: "Which outlets relay which outlets' reporting.",
            discussion: "Example:\n  attrib query relays")
        static let query = CannedQuery.relays
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions
    }

    struct Article: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One article's sourcing profile: named and unnamed shares, and each attribution.",
            discussion: "Example:\n  attrib query article 002_053d36ab69b775c1.txt")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions
        @Argument(help: "The article's id, path or file name.")
        var article: String

        func run() throws {
            let db = try database.open(readOnly: true)
            guard let result = try db.articleProfile(article) else {
                throw ValidationError("no article “\(article)” in \(database.path) (give its id, path or file name)")
            }
            output.print(result.profile)
            if output.format == .table { print("") }
            output.print(result.attributions)
        }
    }
}
