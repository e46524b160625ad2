import AttribStore
import Foundation
import Testing

@Suite struct QueryTests {
    func demoStore() throws -> TemporaryStore {
        let store = try TemporaryStore()
        _ = Ingestor(database: store.database).ingest([Paths.demo.path])
        return store
    }

    @Test func everyCannedQueryRunsAndRendersIn80Columns() throws {
        let store = try demoStore()
        for query in CannedQuery.allCases {
            let table = try query.run(store.database)
            let text = Renderer.render(table, as: .table, width: 80)
            for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(query.rawValue): \(line)") }
            let json = Renderer.render(table, as: .json)
            #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [Any])
        }
    }

    @Test func sqlIsReadOnly() throws {
        let store = try demoStore()
        let readOnly = try Database.openStore(path: store.path, readOnly: true)
        #expect(try readOnly.readOnlyQuery("SELECT count(*) AS n FROM articles").rows.first?.first?.int == 7)
        #expect(throws: ReadOnlyViolation.self) { try readOnly.readOnlyQuery("DELETE FROM articles") }
        #expect(throws: ReadOnlyViolation.self) { try readOnly.readOnlyQuery("ATTACH DATABASE '/tmp/x.db' AS x") }
        #expect(throws: ReadOnlyViolation.self) { try readOnly.readOnlyQuery("PRAGMA user_version = 5") }
        #expect(try readOnly.userVersion() == Schema.currentVersion)
    }

    @Test func searchTakesUserTextSafely() throws {
        let store = try demoStore()
        let hits = try store.database.search("report is false")
        #expect(!hits.rows.isEmpty)
        #expect(try store.database.search("\"unbalanced (quote").rows.isEmpty)
        #expect(throws: SearchSyntaxError.self) { try store.database.search("\"unbalanced (quote", raw: true) }
    }

    @Test func exportRecordsFollowTheContract() throws {
        let store = try demoStore()
        var lines: [String] = []
        try Export.jsonLines(store.database) { lines.append($0) }
        #expect(lines.count == (try store.count("attributions")))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        for key in ["article", "kind", "text", "cue", "stance", "relayed_by", "start", "end", "claim_id", "source"] {
            #expect(record[key] != nil, "missing \(key)")
        }
        let source = try #require(record["source"] as? [String: Any])
        for key in ["id", "type", "name", "mention", "role", "descriptor", "count", "affiliation"] { #expect(source.keys.contains(key)) }
    }
}
