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
        let total = try FileManager.default.contentsOfDirectory(atPath: articles).filter { $0.hasSuffix(".txt") }.count
        #expect(errors == [])
        #expect(reads == 20)
        #expect(summaries.count == 2)
        // Every article went in once: one writer added it, the other found it there.
        #expect(summaries.map(\.added).reduce(0, +) == total)
        #expect(summaries.map(\.skipped).reduce(0, +) == total)
        #expect(summaries.allSatisfy { $0.failed == 0 })
        #expect(try store.count("articles") == total)
        #expect(try store.database.check().isHealthy)
    }
}

/// Shards written separately and merged equal one database written in one go.
@Suite struct MergeTests {
    /// Every attribution as comparable text, and the claims as groups of attributions.
    func snapshot(_ database: Database) throws -> (records: [String], claims: Set<Set<String>>) {
        let rows = try database.rows("""
            SELECT ar.name, a.ordinal, a.kind, a.content, a.cue, a.stance, a.start_offset, a.end_offset, a.rule,
                   COALESCE(s.name, s.descriptor) AS source, s.kind AS source_kind, a.claim_id,
                   (SELECT group_concat(outlet, '>') FROM relays r WHERE r.attribution_id = a.id) AS relays
              FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN sources s ON s.id = a.source_id
             ORDER BY ar.name, a.ordinal
            """)
        var claims: [Int: Set<String>] = [:]
        let records = rows.map { row -> String in
            let key = "\(row["name"].string ?? "")#\(row["ordinal"].int ?? 0)"
            if let claim = row["claim_id"].int { claims[claim, default: []].insert(key) }
            return [key, row["kind"], row["content"], row["cue"], row["stance"], row["start_offset"], row["end_offset"], row["rule"],
                    row["source"], row["source_kind"], row["relays"]].map { "\($0)" }.joined(separator: "|")
        }
        return (records, Set(claims.values))
    }

    @Test func shardsMergeIntoWhatOneIngestWrites() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Paths.demo.path).sorted().map { Paths.demo.appendingPathComponent($0).path }
        let single = try TemporaryStore()
        _ = Ingestor(database: single.database).ingest(files)
        let first = try TemporaryStore()
        let second = try TemporaryStore()
        _ = Ingestor(database: first.database).ingest(Array(files.prefix(3)))
        _ = Ingestor(database: second.database).ingest(Array(files.dropFirst(2)))  // one article in both shards
        let merged = try TemporaryStore()
        let a = try merged.database.merge(from: first.path)
        let b = try merged.database.merge(from: second.path)
        #expect(a.added == 3)
        #expect(b.skipped == 1)
        let expected = try snapshot(single.database)
        let got = try snapshot(merged.database)
        #expect(got.records == expected.records)
        #expect(got.claims == expected.claims)
        #expect(try merged.database.check().isHealthy)
    }
}
