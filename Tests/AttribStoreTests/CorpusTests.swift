import AttribStore
import Foundation
import Testing

/// End-to-end checks on real articles in ../shared (skipped when it is absent) and on the demo.
@Suite struct CorpusTests {
    @Test(.enabled(if: Paths.hasShared, "../shared is not beside the project"))
    func seedsAnswerTheQuestionsThatMatter() throws {
        let store = try TemporaryStore()
        let summary = Ingestor(database: store.database).ingest([Paths.seeds.path])
        #expect(summary.failed == 0)
        #expect(summary.added == 5)

        // The Kozak deal claim rests only on unnamed sources.
        let unnamed = try CannedQuery.unnamedOnly.run(store.database)
        let descriptorColumn = try #require(unnamed.columns.firstIndex(of: "unnamed_sources"))
        let claimColumn = try #require(unnamed.columns.firstIndex(of: "claim"))
        #expect(unnamed.rows.contains { row in
            (row[descriptorColumn].string ?? "").contains("three people close to the Russian leadership")
                && (row[claimColumn].string ?? "").contains("provisional deal")
        })

        // Dmitry Peskov is a named source whose statement is a denial.
        let peskov = try store.database.rows("""
            SELECT d.stance, s.kind FROM attribution_details d JOIN sources s ON s.name = d.source
             WHERE d.source = 'Dmitry Peskov' AND d.content LIKE '%No such thing ever happened%'
            """)
        #expect(!peskov.isEmpty)
        #expect(peskov.allSatisfy { $0["stance"].string == "denies" && $0["kind"].string == "person" })
        let denials = try CannedQuery.denials.run(store.database)
        #expect(denials.rows.contains { $0[0].string == "Dmitry Peskov" })

        // Newsweek's and The Moscow Times' articles relay Reuters.
        let relays = try store.database.rows("SELECT relaying_outlet, relayed_outlet FROM outlet_relays")
        let pairs = Set(relays.map { "\($0["relaying_outlet"].string ?? "") -> \($0["relayed_outlet"].string ?? "")" })
        #expect(pairs.contains("Newsweek -> Reuters"))
        #expect(pairs.contains("The Moscow Times -> Reuters"))
    }

    @Test(.enabled(if: Paths.hasShared, "../shared is not beside the project"))
    func news33IngestsWithoutFailure() throws {
        let store = try TemporaryStore()
        var failures: [String] = []
        let summary = Ingestor(database: store.database).ingest([Paths.news33.path]) { event in
            if case .failed(let path, let reason) = event { failures.append("\(path): \(reason)") }
        }
        #expect(failures == [])
        // 33 text files and 20 pages (some pages repeat the text of their .txt, and are then skipped).
        #expect(summary.added + summary.skipped >= 53)
        #expect(summary.attributions > 300)
        let html = try store.database.rows("SELECT count(*) AS n, sum(outlet IS NOT NULL) AS with_outlet FROM articles WHERE format = 'html'")
        #expect((html.first?["n"].int ?? 0) >= 20)
    }

    @Test func demoStoryShowsOneOriginBehindTheRelays() throws {
        let store = try TemporaryStore()
        let summary = Ingestor(database: store.database).ingest([Paths.demo.path])
        #expect(summary.failed == 0)
        #expect(summary.added == 7)
        let relays = try store.database.rows("SELECT relaying_outlet, relayed_outlet FROM outlet_relays")
        #expect(relays.contains { $0["relaying_outlet"].string == "The Daily Ledger" && $0["relayed_outlet"].string == "Meridian Wire" })
        // Every attribution's pieces point at its words in the stored body.
        for row in try store.database.rows("""
            SELECT a.content, ar.body, group_concat(p.start_offset || ':' || p.end_offset, ' ') AS pieces
              FROM attributions a JOIN articles ar ON ar.id = a.article_id JOIN attribution_pieces p ON p.attribution_id = a.id
             GROUP BY a.id
            """) {
            let body = Array((row["body"].string ?? "").unicodeScalars)
            let text = (row["pieces"].string ?? "").split(separator: " ").map { piece -> String in
                let bounds = piece.split(separator: ":").compactMap { Int($0) }
                return String(String.UnicodeScalarView(body[bounds[0]..<bounds[1]]))
            }.joined(separator: " ")
            #expect(text == row["content"].string)
        }
    }
}
