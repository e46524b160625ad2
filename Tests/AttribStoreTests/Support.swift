import AttribStore
import Foundation

/// Paths the tests read: the project's fixtures, and ../shared beside the project when present.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/AttribStoreTests/Fixtures/ingest")
    static let devset = root.appendingPathComponent("Tests/Fixtures/devset")
    static let demo = root.appendingPathComponent("Sources/attrib/Demo")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static var seeds: URL { shared.appendingPathComponent("corpus/seeds") }
    static var news33: URL { shared.appendingPathComponent("corpus/news33") }
    static var hasShared: Bool { FileManager.default.fileExists(atPath: seeds.path) }

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
}

/// A fresh database in a temporary folder, removed when the value goes away.
final class TemporaryStore {
    let folder: URL
    let path: String
    let database: Database

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("attrib-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("test.db").path
        database = try Database.openStore(path: path)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ contents: String) throws -> String {
        let file = folder.appendingPathComponent(name)
        try contents.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    func count(_ table: String) throws -> Int {
        try database.scalar("SELECT count(*) FROM \(table)")?.int ?? -1
    }
}

func extract(_ body: String, outlet: String? = nil) -> Extraction {
    Extractor(articleOutlet: outlet).extract(body)
}

/// A development-set article's body without its headline, as `attrib ingest` stores it, extracted.
func extractDevsetBody(_ file: String) throws -> Extraction {
    let text = try String(contentsOf: Paths.devset.appendingPathComponent("articles/\(file)"), encoding: .utf8)
    return extract(String(text.drop(while: { $0 != "\n" })))
}

extension Extraction {
    func source(of attribution: ExtractedAttribution) -> ExtractedSource? {
        attribution.source.map { sources[$0] }
    }
    func first(containing text: String) -> ExtractedAttribution? {
        attributions.first { $0.content.contains(text) }
    }
    /// The name of whoever said the first statement containing `text` (nil when none is found).
    func speaker(ofStatementContaining text: String) -> String? {
        first(containing: text).flatMap { source(of: $0)?.name }
    }
}
