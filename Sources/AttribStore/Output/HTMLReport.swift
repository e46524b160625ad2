import Foundation

/// `attrib report --html`: one self-contained page (no network) showing the claims ranked by how
/// thinly they are sourced, each claim's provenance as a graph, the named/unnamed share per
/// outlet, and searchable tables. The data goes into the page as one JSON object (the contract
/// is documented in ReportTemplate).
public enum HTMLReport {
    public static func render(_ database: Database, databasePath: String, claimLimit: Int = 200) throws -> String {
        let json = try data(database, databasePath: databasePath, claimLimit: claimLimit)
        // Inside <script>, no "<" may appear literally ("</script>", "<!--" would end or change
        // the script); in JSON it occurs only inside strings, where \u003c means the same.
        let safe = json.replacingOccurrences(of: "<", with: "\\u003c")
        return ReportTemplate.html.replacingOccurrences(of: "/*ATTRIB_DATA*/null", with: safe)
    }

    /// The report's data as JSON, claims ordered thinnest-sourced first: unnamed-only before
    /// the rest, then fewer independent origins, then more articles (a thin claim spread wide
    /// matters most).
    public static func data(_ database: Database, databasePath: String, claimLimit: Int) throws -> String {
        func count(_ sql: String) throws -> String { String(try database.scalar(sql)?.int ?? 0) }
        let totals = JSON.object([
            ("articles", try count("SELECT count(*) FROM articles")),
            ("attributions", try count("SELECT count(*) FROM attributions")),
            ("claims", try count("SELECT count(*) FROM claims")),
            ("unnamed_only", try count("SELECT count(*) FROM unnamed_only_claims")),
        ])
        var claims: [String] = []
        for claim in try database.rows("""
            SELECT claim_id, summary, articles, independent_origins, named_origins, unnamed_origins, denials,
                   (named_origins = 0 AND unnamed_origins > 0) AS unnamed_only
              FROM claim_overview
             WHERE independent_origins > 0 OR denials > 0
             ORDER BY unnamed_only DESC, named_origins, independent_origins, articles DESC, claim_id
             LIMIT ?
            """, [claimLimit]) {
            let id = claim["claim_id"].int ?? 0
            let carriers = try database.rows("""
                SELECT d.article, d.article_outlet, d.relayed_by, d.source, d.source_kind, o.origin_key
                  FROM attribution_details d JOIN attribution_origins o ON o.attribution_id = d.attribution_id
                 WHERE d.claim_id = ? AND d.stance = 'asserts' ORDER BY d.article
                """, [id]).map { row in
                JSON.object([
                    ("article", JSON.value(row["article"])), ("outlet", JSON.value(row["article_outlet"])),
                    ("relays", "[" + (row["relayed_by"].string?.components(separatedBy: " > ") ?? []).map(JSON.string).joined(separator: ", ") + "]"),
                    ("source", JSON.value(row["source"])), ("source_kind", JSON.value(row["source_kind"])), ("origin", JSON.value(row["origin_key"])),
                ])
            }
            let origins = try database.rows("SELECT origin_key, origin_kind, sources FROM claim_origins WHERE claim_id = ?", [id]).map { row in
                JSON.object([("key", JSON.value(row["origin_key"])), ("kind", JSON.value(row["origin_kind"])), ("label", JSON.value(row["sources"]))])
            }
            let denials = try database.rows("SELECT denied_by, denial, article FROM denials WHERE denied_claim_id = ?", [id]).map { row in
                JSON.object([("by", JSON.value(row["denied_by"])), ("text", JSON.value(row["denial"])), ("article", JSON.value(row["article"]))])
            }
            claims.append(JSON.object([
                ("id", String(id)), ("summary", JSON.value(claim["summary"])), ("articles", JSON.value(claim["articles"])),
                ("independent_origins", JSON.value(claim["independent_origins"])), ("named", JSON.value(claim["named_origins"])),
                ("unnamed", JSON.value(claim["unnamed_origins"])), ("denial_count", JSON.value(claim["denials"])),
                ("unnamed_only", claim["unnamed_only"].int == 1 ? "true" : "false"),
                ("carriers", "[" + carriers.joined(separator: ", ") + "]"),
                ("origin_list", "[" + origins.joined(separator: ", ") + "]"),
                ("denial_list", "[" + denials.joined(separator: ", ") + "]"),
            ]))
        }
        let outlets = try database.rows("""
            SELECT COALESCE(ar.outlet, 'unknown outlet') AS outlet, count(DISTINCT ar.id) AS articles,
                   sum(s.kind IN ('person', 'organization') AND s.is_news_outlet = 0) AS named,
                   sum(s.kind = 'anonymous' OR s.is_news_outlet = 1) AS unnamed
              FROM articles ar JOIN attributions a ON a.article_id = ar.id JOIN sources s ON s.id = a.source_id
             GROUP BY 1 ORDER BY articles DESC, outlet
            """).map { row in
            JSON.object([("outlet", JSON.value(row["outlet"])), ("articles", JSON.value(row["articles"])),
                         ("named", JSON.value(row["named"])), ("unnamed", JSON.value(row["unnamed"]))])
        }
        let speakers = try database.rows("""
            SELECT speaker, kind, role, attributions, direct_quotes, denials, articles FROM speakers
             ORDER BY attributions DESC, speaker LIMIT 300
            """).map { row in
            JSON.object([("speaker", JSON.value(row["speaker"])), ("kind", JSON.value(row["kind"])), ("role", JSON.value(row["role"])),
                         ("attributions", JSON.value(row["attributions"])), ("direct", JSON.value(row["direct_quotes"])),
                         ("denials", JSON.value(row["denials"])), ("articles", JSON.value(row["articles"]))])
        }
        let articles = try database.rows("""
            SELECT article, title, outlet, attributions, named, unnamed, named_share FROM article_sourcing ORDER BY article LIMIT 2000
            """).map { row in
            JSON.object([("article", JSON.value(row["article"])), ("title", JSON.value(row["title"])), ("outlet", JSON.value(row["outlet"])),
                         ("attributions", JSON.value(row["attributions"])), ("named", JSON.value(row["named"] == .null ? .integer(0) : row["named"])),
                         ("unnamed", JSON.value(row["unnamed"] == .null ? .integer(0) : row["unnamed"])),
                         ("named_share", JSON.value(row["named_share"]))])
        }
        let generated = ISO8601DateFormatter().string(from: Date())
        return JSON.object([
            ("generated", JSON.string(generated)), ("database", JSON.string(databasePath)), ("totals", totals),
            ("claims", "[" + claims.joined(separator: ",\n") + "]"),
            ("outlets", "[" + outlets.joined(separator: ",\n") + "]"),
            ("speakers", "[" + speakers.joined(separator: ",\n") + "]"),
            ("articles", "[" + articles.joined(separator: ",\n") + "]"),
        ])
    }
}
