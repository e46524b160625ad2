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

    /// Every canned question and `search` is answered through indexes: no table is read whole
    /// and no result is sorted whole, so the answer takes the same few milliseconds at 100,000
    /// articles as at 10 (the benchmark measures it; this pins the plans that make it so).
    @Test(arguments: CannedQuery.allCases.map { ($0.rawValue, $0.sql, [1000] as [Int]) } + [("search", CannedQuery.searchSQL, [])])
    func cannedQueriesAreServedByIndexes(name: String, sql: String, limit: [Int]) throws {
        let store = try demoStore()
        let arguments: [DatabaseValueConvertible] = name == "search" ? ["officials", 50] : limit
        let plan = try store.database.rows("EXPLAIN QUERY PLAN " + sql, arguments).compactMap { $0["detail"].string }
        #expect(!plan.isEmpty)
        #expect(wholeTableReads(plan).isEmpty, "\(name) reads a whole table: \(plan)")
        for line in plan {
            #expect(!line.contains("TEMP B-TREE FOR ORDER BY"), "\(name) sorts its whole result: \(line)\n\(plan)")
        }
    }

    /// The lines of a query plan that read a table whole. Scans of what the plan materializes
    /// itself (subqueries, bounded by LIMITs inside the query) and of sqlite_master (read when
    /// the database is opened) do not count.
    func wholeTableReads(_ plan: [String]) -> [String] {
        let ownResults = Set(plan.compactMap { line -> String? in
            for prefix in ["MATERIALIZE ", "CO-ROUTINE "] where line.hasPrefix(prefix) { return String(line.dropFirst(prefix.count)) }
            return nil
        })
        return plan.filter { line in
            guard line.hasPrefix("SCAN "), !line.contains(" USING "), !line.contains("VIRTUAL TABLE"), line != "SCAN sqlite_master" else { return false }
            let target = String(line.dropFirst("SCAN ".count))
            return !ownResults.contains(target) && !ownResults.contains(where: { target.contains($0) })
        }
    }

    /// The lines of a plan that walk a secondary index from a lower bound to its end, as SQLite
    /// does for `column IS NOT NULL` when it wants the rows in the index's order: a read of every
    /// row of the index, however few rows the statement is about.
    func openIndexWalks(_ plan: [String]) -> [String] {
        plan.filter { $0.hasPrefix("SEARCH ") && $0.contains(" INDEX ") && $0.hasSuffix(">?)") }
    }

    /// Ingest stays linear only if no statement it runs per article reads a table whole: one
    /// lookup of a named source that missed its partial index made ingest slow down with the
    /// number of sources. Every statement the writer prepared is checked here.
    @Test func ingestStatementsAreServedByIndexes() throws {
        let store = try demoStore()
        // Re-extracting an article exercises the replacement path too.
        let file = try FileManager.default.contentsOfDirectory(atPath: Paths.demo.path).sorted().first { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        let reingest = Ingestor(database: store.database)
        reingest.force = true
        #expect(reingest.ingest([Paths.demo.appendingPathComponent(try #require(file)).path]).failed == 0)
        let statements = store.database.reusedStatements
        #expect(statements.count > 20)
        for sql in statements {
            let plan = try store.database.rows("EXPLAIN QUERY PLAN " + sql).compactMap { $0["detail"].string }
            #expect(wholeTableReads(plan).isEmpty, "reads a whole table: \(sql)\n\(plan)")
            #expect(openIndexWalks(plan).isEmpty, "walks an index from one end: \(sql)\n\(plan)")
        }
    }

    @Test func sqlIsReadOnly() throws {
        let store = try demoStore()
        let readOnly = try Database.openStore(path: store.path, readOnly: true)
        #expect(try readOnly.readOnlyQuery("SELECT count(*) AS n FROM articles").rows.first?.first?.int == 7)
        #expect(throws: ReadOnlyViolation.self) { try readOnly.readOnlyQuery("DELETE FROM articles") }
        #expect(throws: ReadOnlyViolation.self) { try readOnly.readOnlyQuery("ATTACH DATABASE '/tmp/x.db' AS x") }
        #expect(throws: ReadOnlyViolation.self) { try readOnly.readOnlyQuery("PRAGMA user_version = 5") }
        // Extension loading stays off: SQLite refuses load_extension() unless a program enables it.
        #expect(throws: DatabaseError.self) { try readOnly.readOnlyQuery("SELECT load_extension('/tmp/evil.so')") }
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

@Suite struct ProvenanceTests {
    @Test func claimTreeExplainAndCheck() throws {
        let store = try TemporaryStore()
        _ = Ingestor(database: store.database).ingest([Paths.demo.path])
        // The wire report's claim, carried by the wire and a relaying paper: one unnamed origin.
        let claim = try #require(try store.database.scalar("""
            SELECT claim_id FROM unnamed_only_claims WHERE summary LIKE '%review committee signed off%'
            """)?.int)
        let tree = try #require(try store.database.claimTree(claim))
        #expect(tree.contains("1 independent origin(s): 0 named, 1 unnamed"))
        #expect(tree.contains("report of Meridian Wire"))
        #expect(tree.contains("02-daily-relay.txt (The Daily Ledger) via Meridian Wire"))
        // The spokeswoman's denial answers the report's claim and shows in its tree.
        let denied = try #require(try store.database.scalar("""
            SELECT denied_claim_id FROM denials WHERE denied_by = 'Elena Marsh' AND article = '01-wire-harbor-deal.txt'
            """)?.int)
        let deniedTree = try #require(try store.database.claimTree(denied))
        #expect(deniedTree.contains("denied by"))
        #expect(deniedTree.contains("Elena Marsh in 01-wire-harbor-deal.txt"))

        let id = try #require(try store.database.scalar("SELECT id FROM attributions WHERE source_mention = 'Another person familiar with the negotiations'")?.int)
        let explanation = try #require(try store.database.explain(id))
        #expect(explanation.contains("rule:"))
        #expect(explanation.contains("member of the group “three people familiar with the negotiations”"))
        #expect(!explanation.contains("affiliation Another"))

        #expect(try store.database.check().isHealthy)
        try store.database.execute("UPDATE articles SET body_length = body_length + 1 WHERE id = 1")
        #expect(try store.database.check().problems.contains { $0.contains("body_length") })
        // Stored aggregates that drift from the rows they count are reported, each by name.
        try store.database.execute("UPDATE sources SET attribution_count = attribution_count + 1 WHERE id = 1")
        try store.database.execute("UPDATE outlet_relay_counts SET articles = articles + 1")
        try store.database.execute("UPDATE claim_outlets SET articles = articles + 1")
        let problems = try store.database.check().problems
        for view in ["speaker_counts", "outlet_relays_computed", "claim_outlets_computed"] {
            #expect(problems.contains { $0.contains(view) }, "\(problems)")
        }
    }

    @Test func statelessExtractMatchesIngestAndExport() throws {
        let line = try String(contentsOf: Paths.fixtures.appendingPathComponent("feed.jsonl"), encoding: .utf8)
        var records: [String] = []
        var failures: [Int] = []
        let counts = StatelessExtract.run(lines: line.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                                          write: { records.append($0) }, fail: { number, _ in failures.append(number) })
        #expect(counts.articles == 2)
        #expect(failures == [2])

        let store = try TemporaryStore()
        _ = Ingestor(database: store.database).ingest([Paths.fixture("feed.jsonl")])
        var exported: [String] = []
        try Export.jsonLines(store.database) { exported.append($0) }
        func comparable(_ record: String) throws -> [String] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
            let source = object["source"] as? [String: Any] ?? [:]
            return ["kind", "text", "cue", "stance", "start", "end", "rule"].map { "\(object[$0] ?? "")" } + ["\(source["name"] ?? "")", "\(source["type"] ?? "")"]
        }
        #expect(try records.map(comparable) == exported.map(comparable))
    }

    /// `attrib extract --output articles` then `attrib ingest --attributions` (extraction
    /// elsewhere, load here) gives the database a direct ingest gives: the same export, record
    /// for record, claims and source ids included. Records that do not fit are refused whole.
    @Test func extractedArticlesLoadToTheSameDatabase() throws {
        let store = try TemporaryStore()
        let names = try FileManager.default.contentsOfDirectory(atPath: Paths.devset.appendingPathComponent("articles").path).sorted()
        var lines: [String] = []
        for name in names where name.hasSuffix(".txt") {
            let text = try String(contentsOf: Paths.devset.appendingPathComponent("articles/\(name)"), encoding: .utf8)
            let parts = text.split(separator: "\n", maxSplits: 1).map(String.init)
            let object: [String: String] = ["id": name, "title": parts[0], "text": parts.count > 1 ? parts[1] : ""]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        }
        #expect(lines.count >= 40)
        let corpus = try store.write("corpus.jsonl", lines.joined(separator: "\n") + "\n")

        var extracted = ""
        let counts = StatelessExtract.run(lines: lines, output: .articles, write: { extracted += $0 }, fail: { _, reason in Issue.record("\(reason)") })
        #expect(counts.articles == lines.count)
        let records = try store.write("part-00000", extracted)  // as a map step under Spark names its output

        func export(_ database: Database) throws -> [String] {
            var out: [String] = []
            try Export.jsonLines(database) { out.append($0) }
            return out
        }
        let direct = try Database.openStore(path: store.folder.appendingPathComponent("direct.db").path)
        #expect(Ingestor(database: direct).ingest([corpus]).added == lines.count)
        let loader = Ingestor(database: store.database)
        loader.loadsExtracted = true
        let loaded = loader.ingest([records])
        #expect(loaded.added == lines.count)
        #expect(loaded.failed == 0)
        let expected = try export(direct)
        #expect(expected.count > 100)
        #expect(try export(store.database) == expected)
        #expect(try store.database.check().isHealthy)

        // An export record, a piece outside the text, a denial of itself: each line refused, nothing written.
        let first = try #require(extracted.split(separator: "\n").first.map(String.init))
        var broken = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        var extraction = try #require(broken["extraction"] as? [String: Any])
        var attributions = try #require(extraction["attributions"] as? [[String: Any]])
        attributions[0]["pieces"] = [[0, 10_000_000]]
        extraction["attributions"] = attributions
        broken["extraction"] = extraction
        let brokenLine = String(decoding: try JSONSerialization.data(withJSONObject: broken), as: UTF8.self)
        let bad = try store.write("bad.jsonl", expected[0] + brokenLine + "\n")
        let fresh = try Database.openStore(path: store.folder.appendingPathComponent("fresh.db").path)
        let refusing = Ingestor(database: fresh)
        refusing.loadsExtracted = true
        var reasons: [String] = []
        let refused = refusing.ingest([bad]) { if case .failed(_, let reason) = $0 { reasons.append(reason) } }
        #expect(refused.failed == 2)
        #expect(reasons.first?.contains("not an extracted-article record") == true)
        #expect(reasons.last?.contains("lies outside the article text") == true)
        #expect(try fresh.scalar("SELECT count(*) FROM articles")?.int == 0)
    }
}

@Suite struct DisplayTests {
    @Test func showMarksEveryAttributionAndGraphLinksOutlets() throws {
        let store = try TemporaryStore()
        _ = Ingestor(database: store.database).ingest([Paths.demo.path])
        let plain = try #require(try ArticleMarkup(useColor: false).render(store.database, article: "02-daily-relay.txt"))
        let count = try store.database.scalar("SELECT count(*) FROM attributions a JOIN articles ar ON ar.id = a.article_id WHERE ar.name = '02-daily-relay.txt'")?.int ?? 0
        #expect(count > 0)
        let tags = plain.components(separatedBy: "[#").dropFirst().filter { $0.first?.isNumber == true }.count
        #expect(tags == count)
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("Meridian Wire · named"))
        #expect(plain.contains("sourcing: \(count) attributions"))
        let colored = try #require(try ArticleMarkup(useColor: true).render(store.database, article: "02-daily-relay.txt"))
        #expect(colored.contains("\u{1B}[32m") || colored.contains("\u{1B}[33m"))

        let dot = try SourceGraph.dot(store.database)
        #expect(dot.hasPrefix("digraph attrib {"))
        #expect(dot.contains("\"outlet:The Daily Ledger\" -> \"outlet:Meridian Wire\""))
        let json = try SourceGraph.json(store.database)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["nodes"] as? [Any])?.isEmpty == false)
        #expect((object["edges"] as? [Any])?.isEmpty == false)
    }
}

@Suite struct ReportTests {
    @Test func reportIsSelfContainedAndCarriesTheClaims() throws {
        let store = try TemporaryStore()
        _ = Ingestor(database: store.database).ingest([Paths.demo.path])
        // A hostile string in the data must not break out of the page's script.
        try store.database.execute("UPDATE claims SET summary = summary || ' </script><!--<script>' WHERE id = 1")
        let page = try HTMLReport.render(store.database, databasePath: "demo.db")
        #expect(!page.contains("/*ATTRIB_DATA*/null;"))
        #expect(!page.contains("</script><!--<script>"))
        // No external resources: nothing is loaded from the network.
        for reference in ["src=\"http", "href=\"http", "@import", "url(http"] { #expect(!page.contains(reference)) }
        let json = try HTMLReport.data(store.database, databasePath: "demo.db", claimLimit: 50)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let claims = try #require(object["claims"] as? [[String: Any]])
        #expect(!claims.isEmpty)
        // Thinnest sourcing first: unnamed-only claims lead.
        #expect(claims.first?["unnamed_only"] as? Bool == true)
        #expect(claims.first?["origin_list"] is [Any])
        #expect((object["outlets"] as? [Any])?.isEmpty == false)
    }
}
