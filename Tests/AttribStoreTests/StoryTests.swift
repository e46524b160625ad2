import AttribStore
import Foundation
import Testing

/// One story told by a wire service and three outlets that relay it, one of which adds a named
/// source (issue 4's own multi-article fixture; the text is invented). Checked in both ingest
/// orders: claims, origins and denials must not depend on which article came first.
@Suite struct StoryTests {
    static let articles: [(name: String, text: String)] = [
        ("wire.md", """
            ---
            outlet: Eastgate Wire
            ---
            # Ministry to close northern rail line, officials say

            The transport ministry will close the northern rail line between Korvik and Ulst in June, two senior ministry officials said on Tuesday. The officials spoke on condition of anonymity because the decision has not been announced.

            The closure would save the state railway about 40 million euros a year, one of the officials said.

            "The line has been losing money for a decade and nobody in the cabinet wants to defend it," the other official said.

            Railway operator spokesman Piet Dressler denied the report. "No decision to close the northern line has been taken," Dressler said.
            """),
        ("courier.md", """
            ---
            outlet: The Korvik Courier
            ---
            # Northern line to shut in June, wire reports

            The transport ministry plans to shut the northern rail line between Korvik and Ulst in June, Eastgate Wire reported on Tuesday, citing two senior ministry officials.

            Shutting the line would save the state railway roughly 40 million euros a year, the officials told Eastgate Wire.

            Piet Dressler, a spokesman for the railway operator, denied that any decision had been taken.
            """),
        ("daily.md", """
            ---
            outlet: Ulst Daily
            ---
            # Rail line closure reported

            According to Eastgate Wire, the transport ministry will close the northern rail line in June. The agency cited two senior ministry officials who spoke anonymously.
            """),
        ("herald.md", """
            ---
            outlet: Northern Herald
            ---
            # Minister confirms northern line closure

            The transport ministry will close the northern rail line between Korvik and Ulst in June, Eastgate Wire reported on Tuesday.

            Transport Minister Jana Holm confirmed on Wednesday that the ministry would close the northern rail line in June.

            "We cannot keep running empty trains," Holm said.
            """),
    ]

    @Test(arguments: [false, true])
    func wireStoryAndItsRelaysMakeOneClaimPerStatement(reversed: Bool) throws {
        let store = try TemporaryStore()
        for article in reversed ? Self.articles.reversed() : Self.articles {
            let path = try store.write(article.name, article.text)
            #expect(Ingestor(database: store.database).ingest([path]).added == 1)
        }
        let db = store.database
        func claim(of article: String, containing words: String) throws -> Int {
            try #require(try db.scalar("SELECT claim_id FROM attribution_details WHERE article = ? AND content LIKE ?",
                                       [article, "%\(words)%"])?.int, "\(article): \(words)")
        }

        // The closure: carried by all four articles; behind it the wire's unnamed officials (one
        // origin however many outlets relay the wire) and the minister, who is named.
        let closure = try claim(of: "wire.md", containing: "close the northern rail line")
        for article in ["courier.md", "daily.md", "herald.md"] {
            #expect(try claim(of: article, containing: "northern rail line") == closure, "\(article)")
        }
        let overview = try #require(try db.rows("SELECT * FROM claim_overview WHERE claim_id = ?", [closure]).first)
        #expect(overview["articles"].int == 4)
        #expect(overview["independent_origins"].int == 2)
        #expect(overview["named_origins"].int == 1)
        #expect(overview["unnamed_origins"].int == 1)
        let origins = Set(try db.rows("SELECT origin_key FROM claim_origins WHERE claim_id = ?", [closure]).compactMap { $0[0].string })
        #expect(origins.contains("report of Eastgate Wire"))
        // With a named source behind it, the closure is not an unnamed-only claim.
        let unnamedOnly = try db.rows("SELECT claim_id FROM unnamed_only_claims").compactMap { $0[0].int }
        #expect(!unnamedOnly.contains(closure))

        // The savings: the wire's officials in two articles, in different words; unnamed only,
        // and listed once.
        let savings = try claim(of: "wire.md", containing: "40 million euros")
        #expect(try claim(of: "courier.md", containing: "40 million euros") == savings)
        #expect(unnamedOnly.filter { $0 == savings }.count == 1)
        #expect(try db.scalar("SELECT independent_origins FROM claims WHERE id = ?", [savings])?.int == 1)

        // The operator's denials, in the wire and in the courier, answer the report's claim.
        let deniers = try db.rows("SELECT article, denied_by FROM denials WHERE denied_claim_id = ?", [closure])
        #expect(Set(deniers.compactMap { $0["article"].string }) == ["wire.md", "courier.md"], "\(deniers)")
        #expect(deniers.allSatisfy { $0["denied_by"].string == "Piet Dressler" })

        // Anonymous descriptors stay each article's own; the named spokesman is one speaker.
        #expect(try db.scalar("SELECT count(DISTINCT article_id) FROM sources WHERE kind = 'anonymous'")?.int ?? 0 >= 2)
        #expect(try db.scalar("SELECT count(*) FROM sources WHERE name = 'Piet Dressler'")?.int == 1)
        #expect(try db.check().problems.isEmpty)
    }
}
