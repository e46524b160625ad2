import ArgumentParser
import AttribStore
import Foundation

extension Attrib {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles into the database and extract their attributions.",
            discussion: """
                Reads .txt (headline first, optional --- front matter ---), .md, .html/.htm and .json/.jsonl
                files, whole directories (recursively), or - for standard input. Each article is stored in one
                transaction with its attributions. Identical content is skipped; --force re-extracts it.
                A file that cannot be read is reported on one line and the rest still go in; the exit status
                is then 1.

                --attributions FILE loads extracted-article records made by `attrib extract --output articles`
                (for example on other machines) and only writes them: no extraction, the same checks, claims
                linked as for any ingest.

                Limits: files over \(ArticleSource.maximumFileBytes >> 20) MB and article texts over \(ArticleSource.maximumBodyBytes >> 20) MB are refused.

                Example:
                  attrib ingest --db news.db ../shared/corpus/seeds
                  curl -s https://example.com/story.html | attrib ingest --outlet "Example News" -
                  attrib ingest --db news.db --attributions extracted.jsonl
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "Files, directories, or - for standard input.")
        var paths: [String] = []

        @Option(name: .customLong("attributions"), help: ArgumentHelp("Extracted-article records to load (from `attrib extract --output articles`); repeatable.", valueName: "file"))
        var extracted: [String] = []

        @Flag(help: "Re-extract articles that are already in the database.")
        var force = false

        @Flag(name: .shortAndLong, help: "Print only failures and the summary.")
        var quiet = false

        @Option(help: "Publisher to record for these articles (overrides the file's own).")
        var outlet: String?

        @Option(help: "Publication date to record (ISO 8601).")
        var date: String?

        @Option(help: "URL to record.")
        var url: String?

        func validate() throws {
            guard !paths.isEmpty || !extracted.isEmpty else {
                throw ValidationError("give at least one file or directory, - for standard input, or --attributions FILE")
            }
            if (paths + extracted).filter({ $0 == "-" }).count > 1 { throw ValidationError("- (standard input) may be given once") }
            if !extracted.isEmpty && (outlet != nil || date != nil || url != nil) {
                throw ValidationError("--outlet, --date and --url apply to articles read here, not to --attributions records (they carry their own)")
            }
        }

        func run() throws {
            let db = try database.open(readOnly: false)
            let ingestor = Ingestor(database: db)
            ingestor.force = force
            ingestor.overrides = MetadataOverrides(outlet: outlet, published: date, url: url)
            let progress = ProgressLine(enabled: !quiet && isatty(STDERR_FILENO) != 0)
            let handle: (Ingestor.Event) -> Void = { event in
                if case .progress = event {} else { progress.clear() }
                switch event {
                case .progress(let done, let total): progress.update(done: done, total: total, articles: ingestor.summary.added + ingestor.summary.replaced)
                case .added(let path, let count): if !quiet { print("added    \(path) (\(count) attribution\(count == 1 ? "" : "s"))") }
                case .skipped(let path, let reason): if !quiet { print("skipped  \(path): \(reason)") }
                case .failed(let path, let reason): printError("failed   \(path): \(reason)")
                case .warning(let path, let message): if !quiet { printError("warning  \(path): \(message)") }
                }
            }
            if !paths.isEmpty { _ = ingestor.ingest(paths, report: handle) }
            if !extracted.isEmpty {
                ingestor.loadsExtracted = true
                _ = ingestor.ingest(extracted, report: handle)
            }
            let summary = ingestor.summary
            progress.clear()
            print("\(summary.added) added, \(summary.replaced) re-extracted, \(summary.skipped) skipped, \(summary.failed) failed; \(summary.attributions) attributions found → \(database.path)")
            if summary.failed > 0 { throw ExitCode(1) }
        }
    }
}

/// A one-line progress display on standard error (terminals only): bar, articles, rate, ETA.
final class ProgressLine {
    let enabled: Bool
    let started = Date()
    var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(done: Int, total: Int, articles: Int) {
        guard enabled, total > 0 else { return }
        let fraction = min(1, Double(done) / Double(total))
        let elapsed = Date().timeIntervalSince(started)
        let rate = elapsed > 0 ? Double(articles) / elapsed : 0
        let remaining = fraction > 0.01 ? elapsed * (1 - fraction) / fraction : 0
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let seconds = Int(remaining)
        let eta = remaining > 0 ? "ETA \(seconds / 60):\(seconds % 60 < 10 ? "0" : "")\(seconds % 60)" : ""
        let line = "\(bar) \(Int(fraction * 100))%  \(articles) articles  \(Int(rate))/s  \(eta)"
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
        shown = true
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
