import ArgumentParser
import AttribStore
import Foundation

extension Attrib {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Full-text search over quotes and claims, and who made them.",
            discussion: """
                Words are matched as given (all must occur). With --raw the FTS5 query syntax is used:
                "exact phrase", OR, NOT, NEAR(a b), prefix*.

                Example:
                  attrib search "no such thing"
                  attrib search --raw 'deal NEAR(Kozak, 5)'
                """)
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions
        @Flag(help: "Pass the text to FTS5 as a query expression.")
        var raw = false
        @Argument(help: "What to look for.")
        var text: [String]

        func run() throws {
            let db = try database.open(readOnly: true)
            do { output.print(try db.search(text.joined(separator: " "), raw: raw, limit: output.limit)) }
            catch let error as SearchSyntaxError { throw ValidationError(error.description) }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every attribution as JSON lines (the export record) or CSV.",
            discussion: """
                One record per attribution: article, kind, text, cue, stance, relayed_by, start, end (offsets in
                Unicode scalars into the stored body), claim_id, source {id, type, name, mention, role,
                descriptor, count, affiliation}, rule.

                Example:
                  attrib export --format jsonl > export.jsonl
                  python3 ../shared/eval/score.py ../shared/eval/gold export.jsonl
                """)
        enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, csv }
        @OptionGroup var database: DatabaseOptions
        @Option(help: "jsonl or csv.")
        var format: Format = .jsonl

        func run() throws {
            let db = try database.open(readOnly: true)
            var buffer = ""
            func write(_ text: String) {
                buffer += text
                if buffer.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(buffer.utf8)); buffer = "" }
            }
            switch format {
            case .jsonl: try AttribStore.Export.jsonLines(db, write: write)
            case .csv: try AttribStore.Export.csv(db, write: write)
            }
            FileHandle.standardOutput.write(Data(buffer.utf8))
        }
    }

    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the database schema (tables, views and their comments).",
            discussion: "Example:\n  attrib schema | less")
        func run() { print(AttribStore.Schema.sql) }
    }

    struct SQL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sql",
            abstract: "Run a read-only SQL query against the database.",
            discussion: """
                The database is opened read-only; statements that write, ATTACH, and PRAGMA assignments are
                refused.

                Example:
                  attrib sql "SELECT * FROM unnamed_only_claims"
                """)
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions
        @Argument(help: "One SQL statement.")
        var query: String

        func run() throws {
            let db = try database.open(readOnly: true)
            do { output.print(try db.readOnlyQuery(query, limit: output.limit)) }
            catch let error as ReadOnlyViolation { throw ValidationError(error.description) }
            catch let error as DatabaseError { throw ValidationError(error.message) }
        }
    }

    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ingest the example articles shipped with attrib and print their sourcing report.",
            discussion: """
                The examples tell one invented story: a wire report that rests on three unnamed people, three
                outlets that relay it (one adds a named source), a denial, and unrelated articles in every
                input format.

                Example:
                  swift run attrib demo
                """)
        @Option(name: .long, help: "Where to write the demo database.")
        var db: String = "attrib-demo.db"

        func run() throws {
            guard let folder = Bundle.module.url(forResource: "Demo", withExtension: nil) else {
                throw ValidationError("the demo articles are missing from this build")
            }
            let database = try DatabaseOptions.parse(["--db", db]).open(readOnly: false)
            let ingestor = Ingestor(database: database)
            let summary = ingestor.ingest([folder.path]) { event in
                if case .failed(let path, let reason) = event { printError("failed   \(path): \(reason)") }
            }
            print("Ingested \(summary.added) example articles (\(summary.skipped) already there) into \(db): \(summary.attributions) attributions.\n")
            let sections: [(String, CannedQuery)] = [
                ("Claims that rest only on unnamed sources", .unnamedOnly),
                ("Claims carried by more than one article", .claims),
                ("Who is quoted", .speakers),
                ("Anonymous sources", .anonymous),
                ("Denials", .denials),
                ("Outlets relaying other outlets", .relays),
            ]
            for (title, query) in sections {
                var table = try query.run(database, limit: 12)
                if query == .claims { table.rows = table.rows.filter { ($0[2].int ?? 0) > 1 } }
                print("== \(title) (attrib query \(query.rawValue)) ==")
                print(Renderer.render(table, as: .table, width: terminalWidth()))
            }
            print("Explore further: attrib --help, or sqlite3 \(db) 'SELECT * FROM unnamed_only_claims'")
        }
    }
}

extension Attrib {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract attributions from JSON-lines articles on standard input, without a database.",
            discussion: """
                A stateless filter for running extraction as a map step under another engine: one article object
                per input line (fields as for ingest), one export record per attribution on standard output.
                claim_id and source.id are null (only a database assigns them). Unreadable lines are reported on
                standard error with their line number; the exit status is then 1.

                With --output articles, one line per article instead: its text, metadata, sources and
                attributions, which `attrib ingest --attributions` writes into a database without extracting
                again (export records lack the article text, so they cannot be loaded).

                Example:
                  attrib extract < articles.jsonl > attributions.jsonl
                  attrib extract --output articles < articles.jsonl > extracted.jsonl
                  attrib ingest --db news.db --attributions extracted.jsonl
                """)

        @Option(help: "export: one export record per attribution; articles: one extracted-article record per article.")
        var output: StatelessExtract.Output = .export

        func run() throws {
            var buffer = ""
            var failures = 0
            let lines = AnyIterator { readLine(strippingNewline: true) }
            _ = StatelessExtract.run(lines: IteratorSequence(lines), output: output, write: { record in
                buffer += record
                if buffer.utf8.count > 1 << 16 { FileHandle.standardOutput.write(Data(buffer.utf8)); buffer = "" }
            }, fail: { line, reason in
                failures += 1
                printError("stdin:\(line): \(reason)")
            })
            FileHandle.standardOutput.write(Data(buffer.utf8))
            if failures > 0 { throw ExitCode(1) }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify a database: integrity, foreign keys, counts that must agree, the full-text index.",
            discussion: "Exits with status 1 when a problem is found.\n\nExample:\n  attrib check --db news.db")
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let db = try database.open(readOnly: false)
            let result = try db.check()
            for (table, count) in result.counts { print("\(table.padding(toLength: 20, withPad: " ", startingAt: 0)) \(count)") }
            if result.isHealthy { print("ok: no problems found in \(database.path)"); return }
            for problem in result.problems { printError("problem: \(problem)") }
            throw ExitCode(1)
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain one attribution: its rule and cue, its words in context, how its source was resolved, its claim.",
            discussion: "Attribution ids appear in `attrib query article`, `attrib search` and the views.\n\nExample:\n  attrib explain 12")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The attribution id.") var id: Int

        func run() throws {
            let db = try database.open(readOnly: true)
            guard let text = try db.explain(id) else { throw ValidationError("no attribution #\(id) in \(database.path)") }
            print(text, terminator: "")
        }
    }

    struct Claim: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one claim's provenance as a tree: origins, the articles and relays that carry it, denials.",
            discussion: "Claim ids appear in `attrib query claims` and `attrib query unnamed-only`.\n\nExample:\n  attrib claim 2")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The claim id.") var id: Int

        func run() throws {
            let db = try database.open(readOnly: true)
            guard let text = try db.claimTree(id) else { throw ValidationError("no claim \(id) in \(database.path)") }
            print(text, terminator: "")
        }
    }
}

extension Attrib {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print an article with each attribution marked: who said which words, named or not.",
            discussion: """
                Colours on a terminal (named sources green, unnamed yellow, denials red); brackets when the output
                is not a terminal or NO_COLOR is set. A footer gives the sourcing mix.

                Example:
                  attrib show 02-daily-relay.txt
                """)
        @OptionGroup var database: DatabaseOptions
        @Flag(help: "Brackets instead of colours.") var plain = false
        @Argument(help: "The article's id, path or file name.") var article: String

        func run() throws {
            let db = try database.open(readOnly: true)
            let color = !plain && isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            guard let text = try ArticleMarkup(useColor: color).render(db, article: article) else {
                throw ValidationError("no article “\(article)” in \(database.path) (give its id, path or file name)")
            }
            print(text, terminator: "")
        }
    }

    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the source network (outlets, relays, sources) for Graphviz or Gephi.",
            discussion: """
                Nodes are outlets and sources; edges are "relays" (outlet to outlet) and "quotes" (outlet to the
                sources its articles quote), weighted by attributions.

                Example:
                  attrib graph --format dot | dot -Tsvg > sources.svg
                """)
        enum Format: String, ExpressibleByArgument, CaseIterable { case dot, json }
        @OptionGroup var database: DatabaseOptions
        @Option(help: "dot or json.") var format: Format = .dot

        func run() throws {
            let db = try database.open(readOnly: true)
            print(format == .dot ? try SourceGraph.dot(db) : try SourceGraph.json(db), terminator: "")
        }
    }
}

extension Attrib {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a self-contained HTML report: claims ranked by thin sourcing, provenance graphs, outlet charts.",
            discussion: """
                One file with its styles and scripts inside (no network): the claims ranked by how thinly they are
                sourced, each claim's provenance drawn as a graph (articles → relaying outlets → origins, named and
                unnamed distinguished, denials marked), the named/unnamed share per outlet as a chart, and
                searchable, sortable tables of claims, speakers and articles.

                Example:
                  attrib report --html report.html && xdg-open report.html
                """)
        @OptionGroup var database: DatabaseOptions
        @Option(help: ArgumentHelp("Where to write the HTML report.", valueName: "file")) var html: String
        @Option(help: "At most this many claims in the report.") var claims: Int = 200

        func validate() throws {
            guard claims > 0 else { throw ValidationError("--claims must be positive") }
        }

        func run() throws {
            let db = try database.open(readOnly: true)
            let page = try HTMLReport.render(db, databasePath: database.path, claimLimit: claims)
            do { try page.write(toFile: html, atomically: true, encoding: .utf8) }
            catch { throw ValidationError("cannot write \(html): \(error.localizedDescription)") }
            print("wrote \(html) (\(page.utf8.count / 1024) KB)")
        }
    }
}

extension Attrib {
    struct Speakers: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct who is who: merge two spellings of one speaker, or split a merge again.",
            discussion: """
                Corrections are stored in the database (table source_aliases) and hold for articles ingested later
                and re-ingested ones. `attrib query speakers` lists the speakers.

                Example:
                  attrib speakers merge "Zelenskiy" "Volodymyr Zelensky"
                """,
            subcommands: [Merge.self, Split.self])

        struct Merge: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Make SPELLING the same speaker as TARGET.",
                discussion: "Example:\n  attrib speakers merge \"Zelenskiy\" \"Volodymyr Zelensky\"")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The speaker to fold in (name as listed, or a spelling of it).") var spelling: String
            @Argument(help: "The speaker to keep.") var target: String

            func run() throws {
                let db = try database.open(readOnly: false)
                do {
                    let moved = try db.mergeSpeakers(spelling, into: target)
                    print("merged “\(spelling)” into “\(target)”: \(moved) attribution\(moved == 1 ? "" : "s") moved")
                } catch let error as SpeakerCorrectionError { throw ValidationError(error.description) }
            }
        }

        struct Split: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Undo a merge: SPELLING becomes its own speaker again.",
                discussion: "Example:\n  attrib speakers split \"Zelenskiy\"")
            @OptionGroup var database: DatabaseOptions
            @Argument(help: "The spelling that was merged.") var spelling: String

            func run() throws {
                let db = try database.open(readOnly: false)
                do {
                    let moved = try db.splitSpeaker(spelling)
                    print("split “\(spelling)” off again: \(moved) attribution\(moved == 1 ? "" : "s") moved back")
                } catch let error as SpeakerCorrectionError { throw ValidationError(error.description) }
            }
        }
    }
}

extension Attrib {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Combine shard databases into one, linking claims again across them.",
            discussion: """
                Each shard's articles are written into the target as ingest writes them: identical articles once,
                claims linked across shards, speaker corrections carried over. The shards are only read.

                Example:
                  attrib merge part-0.db part-1.db --into corpus.db
                """)
        @Argument(help: "Shard databases to read.") var shards: [String]
        @Option(help: ArgumentHelp("The database to write (created when missing).", valueName: "path")) var into: String

        func validate() throws {
            guard !shards.isEmpty else { throw ValidationError("give at least one shard database") }
            guard !shards.contains(into) else { throw ValidationError("--into must not be one of the shards") }
        }

        func run() throws {
            let target = try DatabaseOptions.parse(["--db", into]).open(readOnly: false)
            var failed = false
            for shard in shards {
                do {
                    let summary = try target.merge(from: shard)
                    print("\(shard): \(summary.added) articles added, \(summary.skipped) already there, \(summary.aliases) speaker corrections")
                } catch let error as StoreOpenError {
                    printError("failed   \(error)")
                    failed = true
                }
            }
            if failed { throw ExitCode(1) }
        }
    }
}

extension StatelessExtract.Output: ExpressibleByArgument {}
