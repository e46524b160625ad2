import AttribStore
import Foundation
import Testing

/// Inputs people will point attrib at: each must either go in (repaired, with a warning) or be
/// refused with one line naming the file and the reason, while the rest of the batch goes in.
/// All are generated here; none is a committed binary.
@Suite struct HostileInputTests {
    struct Outcome {
        var summary: Ingestor.Summary
        var failures: [String: String] = [:]
        var warnings: [String: [String]] = [:]
    }

    func ingest(_ store: TemporaryStore, _ files: [String: [UInt8]], extra: [String] = []) throws -> Outcome {
        var paths: [String] = []
        for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let url = store.folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            paths.append(url.path)
        }
        var outcome = Outcome(summary: Ingestor.Summary())
        let ingestor = Ingestor(database: store.database)
        outcome.summary = ingestor.ingest(paths + extra) { event in
            switch event {
            case .failed(let path, let reason): outcome.failures[(path as NSString).lastPathComponent] = reason
            case .warning(let path, let message): outcome.warnings[(path as NSString).lastPathComponent, default: []].append(message)
            default: break
            }
        }
        return outcome
    }

    static let good = Array("Good story\n\n“The bridge will open in May,” said Mayor Ana Ruiz.\n".utf8)

    @Test func binaryEncodingsAndControlCharacters() throws {
        let store = try TemporaryStore()
        let files: [String: [UInt8]] = [
            "good.txt": Self.good,
            "empty.txt": [],
            "image.txt": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64),
            "archive.html": [0x1F, 0x8B, 0x08, 0x00] + [UInt8](repeating: 7, count: 64),
            "invalid-utf8.txt": Array("Headline\n\nThe caf".utf8) + [0xE9, 0xFF, 0xFE] + Array(" reopened, said Jo Lee.\n".utf8),
            "utf16.txt": [0xFF, 0xFE] + Array("Headline\n\n“It works,” said Kim Sun.\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            "latin1.txt": Array("Headline\n\nThe mus".utf8) + [0xE9] + Array("e will close, said Ida Berg.\n".utf8),
            "crlf.txt": Array("Headline\r\n\r\nThe port closed on Monday, officials said.\r\n".utf8),
            "lone-cr.txt": Array("Headline\r\rThe mine closed on Friday, two workers said.\r".utf8),
            "nul.txt": Array("Headline\n\nThe plant".utf8) + [0] + Array(" reopened, the company said.\n".utf8),
        ]
        let outcome = try ingest(store, files)
        #expect(outcome.failures["empty.txt"] == "empty file")
        #expect(outcome.failures["image.txt"]?.hasPrefix("binary file (a PNG image)") == true)
        #expect(outcome.failures["archive.html"]?.hasPrefix("binary file (gzip") == true)
        #expect(outcome.summary.failed == 3)
        #expect(outcome.summary.added == 7)
        #expect(outcome.warnings["invalid-utf8.txt"]?.contains { $0.contains("Windows-1252") } == true)
        #expect(outcome.warnings["utf16.txt"]?.contains { $0.contains("UTF-16") } == true)
        #expect(outcome.warnings["nul.txt"]?.contains { $0.contains("control character") } == true)
        let bodies = try store.database.rows("SELECT name, body FROM articles")
        let latin1 = bodies.first { $0["name"].string == "latin1.txt" }?["body"].string
        #expect(latin1?.contains("The musée will close") == true)
        #expect(bodies.allSatisfy { !($0["body"].string ?? "").contains("\r") && !($0["body"].string ?? "").contains("\u{0}") })
        #expect(try store.database.check().isHealthy)
    }

    @Test func pathologicalTextAndMarkupFinish() throws {
        let store = try TemporaryStore()
        var nested = "<html><body><article>"
        nested += String(repeating: "<div>", count: 10_000) + "<p>“Deep,” said Ada Poe.</p>" + String(repeating: "</div>", count: 10_000)
        nested += "</article></body></html>"
        let files: [String: [UInt8]] = [
            "good.txt": Self.good,
            "quotes.txt": Array(("Headline\n\n" + String(repeating: "\" ", count: 100_000)).utf8),
            "nested.html": Array(nested.utf8),
            "unclosed.html": Array("<html><body><p>The vote passed, the council said.<p>Unclosed <b>tag <!-- comment never ends".utf8),
            "script-only.html": Array("<html><head><script>var said = 'he said';</script></head><body><script>document.write('x said')</script></body></html>".utf8),
        ]
        let outcome = try ingest(store, files)
        #expect(outcome.failures["script-only.html"] == "no article text found")
        #expect(outcome.failures["quotes.txt"] == nil)
        // libxml2 follows 256 levels: the page is refused with that reason, not ingested half-read.
        #expect(outcome.failures["nested.html"]?.contains("nested more than 256 levels deep") == true)
        #expect(outcome.failures["unclosed.html"] == nil)
        #expect(outcome.summary.added == 3)
        let unclosed = try store.database.scalar("SELECT body FROM articles WHERE name = 'unclosed.html'")?.string ?? ""
        #expect(unclosed.contains("The vote passed, the council said."))
    }

    @Test func oversizedFilesAreRefusedWithTheLimit() throws {
        let store = try TemporaryStore()
        // 6 MB on one line: decoded, then refused by the 4 MB article limit; 10 MB: refused unread.
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: 6 << 20)
        let huge = [UInt8](repeating: UInt8(ascii: "b"), count: 10 << 20)
        let outcome = try ingest(store, ["good.txt": Self.good, "one-line.txt": Array("Headline\n\n".utf8) + line,
                                         "huge.md": Array("# Headline\n\n".utf8) + huge])
        #expect(outcome.failures["one-line.txt"]?.contains("over the 4 MB limit") == true)
        #expect(outcome.failures["huge.md"]?.hasPrefix("text file of 10 MB") == true)
        #expect(outcome.summary.added == 1)
        #expect(outcome.summary.failed == 2)
    }

    @Test func symlinkLoopsAndMissingPaths() throws {
        let store = try TemporaryStore()
        let folder = store.folder.appendingPathComponent("tree")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.good).write(to: folder.appendingPathComponent("story.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)
        let outcome = try ingest(store, [:], extra: [folder.path, store.folder.appendingPathComponent("absent").path])
        #expect(outcome.summary.added == 1)
        #expect(outcome.failures["absent"] == "no such file or directory")
    }
}
