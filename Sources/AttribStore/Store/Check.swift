/// `attrib check`: verifies a database and lists what is wrong, without changing anything.
extension Database {
    public struct CheckResult: Sendable {
        public var problems: [String] = []
        public var counts: [(String, Int)] = []
        public var isHealthy: Bool { problems.isEmpty }
    }

    /// SQL counting the rows that are in `stored` but not in `computed`, or the reverse: what an
    /// aggregate kept at ingest must equal.
    private func rowsDiffer(_ stored: String, _ computed: String, columns: String) -> String {
        """
        SELECT (SELECT count(*) FROM (SELECT \(columns) FROM \(stored) EXCEPT SELECT \(columns) FROM \(computed)))
             + (SELECT count(*) FROM (SELECT \(columns) FROM \(computed) EXCEPT SELECT \(columns) FROM \(stored)))
        """
    }

    public func check() throws -> CheckResult {
        var result = CheckResult()
        let integrity = try rows("PRAGMA integrity_check").compactMap { $0[0].string }
        if integrity != ["ok"] { result.problems += integrity.prefix(20).map { "integrity: \($0)" } }
        for row in try rows("PRAGMA foreign_key_check") {
            result.problems.append("foreign key: \(row[0].string ?? "?") row \(row[1].string ?? "?") points at a missing \(row[2].string ?? "?")")
        }
        for table in ["articles", "sources", "attributions", "claims", "relays", "attribution_pieces"] {
            result.counts.append((table, try scalar("SELECT count(*) FROM \(table)")?.int ?? 0))
        }
        let agreements: [(String, String)] = [
            ("articles whose body_length is not the length of their body",
             "SELECT count(*) FROM articles WHERE body_length <> length(body)"),
            ("attributions whose span lies outside their article's body",
             "SELECT count(*) FROM attributions a JOIN articles ar ON ar.id = a.article_id WHERE a.start_offset < 0 OR a.end_offset > ar.body_length"),
            ("attributions without pieces",
             "SELECT count(*) FROM attributions a WHERE NOT EXISTS (SELECT 1 FROM attribution_pieces p WHERE p.attribution_id = a.id)"),
            ("attributions without a claim",
             "SELECT count(*) FROM attributions WHERE claim_id IS NULL"),
            ("claims no attribution belongs to",
             "SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM attributions a WHERE a.claim_id = c.id)"),
            ("anonymous sources of another article than their attributions",
             "SELECT count(*) FROM attributions a JOIN sources s ON s.id = a.source_id WHERE s.kind = 'anonymous' AND s.article_id <> a.article_id"),
            ("claims whose stored counts differ from the attributions (claim_counts)",
             """
             SELECT count(*) FROM claims c JOIN claim_counts k ON k.claim_id = c.id
              WHERE c.articles <> k.articles OR c.independent_origins <> k.independent_origins OR c.named_origins <> k.named_origins
                 OR c.unnamed_origins <> k.unnamed_origins OR c.denials <> k.denials
             """),
            ("claim origins stored at ingest that differ from the attributions (claim_origins)",
             rowsDiffer("claim_origin_keys", "claim_origins", columns: "claim_id, origin_key, origin_kind")),
            ("sources whose stored citation counts differ from the attributions (speaker_counts)",
             """
             SELECT count(*) FROM sources s LEFT JOIN speaker_counts n ON n.source_id = s.id
              WHERE s.attribution_count <> coalesce(n.attributions, 0) OR s.direct_quote_count <> coalesce(n.direct_quotes, 0)
                 OR s.denial_count <> coalesce(n.denials, 0) OR s.article_count <> coalesce(n.articles, 0)
             """),
            ("claim outlets stored at ingest that differ from the attributions (claim_outlets_computed)",
             rowsDiffer("claim_outlets", "claim_outlets_computed", columns: "claim_id, outlet, articles")),
            ("outlet relay counts stored at ingest that differ from the relays (outlet_relays_computed)",
             rowsDiffer("outlet_relay_counts", "outlet_relays_computed", columns: "relaying_outlet, relayed_outlet, articles, attributions")),
            ("rows of the full-text index without an attribution, or the reverse",
             "SELECT (SELECT count(*) FROM attribution_search) - (SELECT count(*) FROM attributions)"),
        ]
        for (what, sql) in agreements {
            let count = try scalar(sql)?.int ?? 0
            if count != 0 { result.problems.append("\(abs(count)) \(what)") }
        }
        do {
            try execute("INSERT INTO attribution_search (attribution_search, rank) VALUES ('integrity-check', 1)")
        } catch let error as DatabaseError {
            result.problems.append("full-text index does not match the attributions: \(error.message)")
        }
        return result
    }
}
