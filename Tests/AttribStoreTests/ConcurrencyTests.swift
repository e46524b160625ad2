import AttribStore
import Foundation
import Testing

/// Two writers and a reader on one database file at once: WAL, a busy timeout and
/// `BEGIN IMMEDIATE` per article must let both writers finish with nothing lost or doubled.
@Suite struct ConcurrencyTests {
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var summaries: [Ingestor.Summary] = []
        private var errors: [String] = []
        private var reads = 0
        func add(_ summary: Ingestor.Summary) { lock.withLock { summaries.append(summary) } }
        func fail(_ error: String) { lock.withLock { errors.append(error) } }
        func read() { lock.withLock { reads += 1 } }
        var all: ([Ingestor.Summary], [String], Int) { lock.withLock { (summaries, errors, reads) } }
    }

    @Test func twoIngestsAndAReaderShareOneDatabase() throws {
        let store = try TemporaryStore()
        let path = store.path
        let articles = Paths.devset.appendingPathComponent("articles").path
        let results = Results()
        let group = DispatchGroup()
        for _ in 0..<2 {
            DispatchQueue.global().async(group: group) {
                do {
                    let database = try Database.openStore(path: path)
                    results.add(Ingestor(database: database).ingest([articles]))
                } catch { results.fail("\(error)") }
            }
        }
        DispatchQueue.global().async(group: group) {
            do {
                let reader = try Database.openStore(path: path, readOnly: true)
                for _ in 0..<20 {
                    _ = try CannedQuery.speakers.run(reader)
                    results.read()
                }
            } catch { results.fail("reader: \(error)") }
        }
        group.wait()
        let (summaries, errors, reads) = results.all
        #expect(errors == [])
        #expect(reads == 20)
        #expect(summaries.count == 2)
        // Every article went in once: one writer added it, the other found it there.
        #expect(summaries.map(\.added).reduce(0, +) == 45)
        #expect(summaries.map(\.skipped).reduce(0, +) == 45)
        #expect(summaries.allSatisfy { $0.failed == 0 })
        #expect(try store.count("articles") == 45)
        #expect(try store.database.check().isHealthy)
    }
}
