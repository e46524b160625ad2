import ArgumentParser
import AttribStore
import Foundation

/// attrib: who says so, and how many independent sources stand behind it.
/// The root is thin; each subcommand lives in its own file, and the work in AttribStore.
@main
struct Attrib: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attrib",
        abstract: "A source-attribution database for news: who says so, and how many independent sources stand behind it.",
        discussion: """
            Ingest articles, then ask: which claims rest only on unnamed sources? who is quoted? who denies what?
            The database is plain SQLite: open it with `sqlite3 attrib.db` and read the views.

            Example:
              attrib ingest articles/ && attrib query unnamed-only
            """,
        version: "0.1.0",
        subcommands: [Demo.self, Ingest.self, Query.self, Search.self, Show.self, Claim.self, Explain.self, Graph.self, Report.self, Speakers.self, Merge.self, Export.self, Extract.self, Check.self, Schema.self, SQL.self]
    )
}

/// Where the database is: --db, else $ATTRIB_DB, else attrib.db in the current folder.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $ATTRIB_DB, else ./attrib.db).", valueName: "path"))
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["ATTRIB_DB"] ?? "attrib.db" }

    func open(readOnly: Bool) throws -> Database {
        do { return try Database.openStore(path: path, readOnly: readOnly) }
        catch let error as StoreOpenError { throw ValidationError(error.description) }
    }
}

struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Option(name: .long, help: "At most this many rows.")
    var limit: Int = 1000

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func print(_ table: ResultTable) {
        Swift.print(Renderer.render(table, as: format, width: terminalWidth()), terminator: "")
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// The terminal's width (80 when not a terminal), so tables fit.
func terminalWidth() -> Int {
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 { return columns }
    var size = winsize()
    if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 { return Int(size.ws_col) }
    return 80
}

/// Writes to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
