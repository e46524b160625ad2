/// Text views of one claim's provenance and one attribution's reasoning, for `attrib claim` and
/// `attrib explain`. Both read only the views and tables a user can query themselves.
extension Database {
    /// The claim as a tree: its origins, the articles (and relays) through which each reached
    /// print, and the denials that answer it. Nil when there is no such claim.
    public func claimTree(_ claimID: Int) throws -> String? {
        guard let overview = try rows("SELECT * FROM claim_overview WHERE claim_id = ?", [claimID]).first else { return nil }
        var lines: [String] = []
        lines.append("claim \(claimID): “\(overview["summary"].string ?? "")”")
        lines.append("  \(overview["articles"].int ?? 0) article(s) · \(overview["independent_origins"].int ?? 0) independent origin(s): "
                     + "\(overview["named_origins"].int ?? 0) named, \(overview["unnamed_origins"].int ?? 0) unnamed · \(overview["denials"].int ?? 0) denial(s)")
        let origins = try rows("SELECT origin_key, origin_kind, sources FROM claim_origins WHERE claim_id = ? ORDER BY origin_kind, origin_key", [claimID])
        for origin in origins {
            let key = origin["origin_key"].string ?? ""
            lines.append("  origin [\(origin["origin_kind"].string ?? "")] \(key.hasPrefix("source ") ? (origin["sources"].string ?? key) : key)")
            for row in try rows("""
                SELECT d.attribution_id, d.article, d.article_outlet, d.relayed_by, d.source, d.cue, a.claim_similarity, a.claim_link
                  FROM attribution_origins o JOIN attribution_details d ON d.attribution_id = o.attribution_id
                  JOIN attributions a ON a.id = o.attribution_id
                 WHERE o.claim_id = ? AND o.origin_key = ? AND o.stance = 'asserts' ORDER BY d.article, d.attribution_id
                """, [claimID, key]) {
                var line = "    └ \(row["article"].string ?? "")"
                if let outlet = row["article_outlet"].string { line += " (\(outlet))" }
                if let relays = row["relayed_by"].string { line += " via \(relays)" }
                line += " — \(row["source"].string ?? "unknown source") [\(row["cue"].string ?? "")], #\(row["attribution_id"].int ?? 0)"
                switch (ClaimLink(rawValue: row["claim_link"].string ?? ""), row["claim_similarity"].string) {
                case (.wording?, let similarity?): line += ", similar wording \(similarity)"
                case (.report?, let similarity?): line += ", same report's sources, overlap \(similarity)"
                case (.origin?, let similarity?): line += ", same origin, overlap \(similarity)"
                default: break
                }
                lines.append(line)
            }
        }
        let denials = try rows("""
            SELECT d.attribution_id, d.article, d.denied_by, d.denial FROM denials d WHERE d.denied_claim_id = ? ORDER BY d.article
            """, [claimID])
        if !denials.isEmpty {
            lines.append("  denied by")
            for row in denials {
                lines.append("    └ \(row["denied_by"].string ?? "unknown") in \(row["article"].string ?? ""): “\(row["denial"].string ?? "")” #\(row["attribution_id"].int ?? 0)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Why attrib recorded an attribution: the rule, the words, the source and how it was
    /// resolved, the claim it joined and with what similarity. Nil when there is no such id.
    public func explain(_ attributionID: Int) throws -> String? {
        guard let row = try rows("""
            SELECT a.*, ar.name AS article, ar.body, s.kind AS source_kind, s.name, s.descriptor, s.role, s.people_count,
                   s.affiliation, s.knowledge, s.anonymity_reason, g.descriptor AS group_descriptor,
                   (SELECT group_concat(outlet, ' > ') FROM (SELECT outlet FROM relays WHERE attribution_id = a.id ORDER BY position)) AS relays,
                   (SELECT count(*) - 1 FROM attributions m WHERE m.claim_id = a.claim_id) AS claim_others,
                   t.content AS denied_text
              FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN sources s ON s.id = a.source_id
              LEFT JOIN sources g ON g.id = s.group_source_id LEFT JOIN attributions t ON t.id = a.denies_attribution_id
             WHERE a.id = ?
            """, [attributionID]).first else { return nil }
        let body = Array((row["body"].string ?? "").unicodeScalars)
        let start = row["start_offset"].int ?? 0
        let end = row["end_offset"].int ?? 0
        let contextStart = max(0, start - 120)
        let contextEnd = min(body.count, end + 120)
        func slice(_ a: Int, _ b: Int) -> String { a < b ? String(String.UnicodeScalarView(body[a..<b])) : "" }
        var lines: [String] = []
        lines.append("attribution #\(attributionID) in \(row["article"].string ?? "") — \(row["kind"].string ?? "") speech, \(row["stance"].string ?? "")")
        lines.append("  rule:     \(row["rule"].string ?? "") (cue “\(row["cue"].string ?? "")”)")
        lines.append("  span:     scalars \(start)..<\(end) of the stored body")
        lines.append("  context:  …\(slice(contextStart, start))⟦\(slice(start, end))⟧\(slice(end, contextEnd))…".replacingOccurrences(of: "\n", with: " "))
        lines.append("  content:  “\(row["content"].string ?? "")”")
        var source = "  source:   \(row["source_kind"].string ?? "none found")"
        if let name = row["name"].string { source += " \(name)" }
        if let descriptor = row["descriptor"].string { source += " “\(descriptor)”" }
        if let role = row["role"].string { source += ", \(role)" }
        if let count = row["people_count"].int { source += ", \(count) \(count == 1 ? "person" : "people")" }
        if let affiliation = row["affiliation"].string { source += ", affiliation \(affiliation)" }
        lines.append(source)
        if let knowledge = row["knowledge"].string { lines.append("            how they know: \(knowledge)") }
        if let reason = row["anonymity_reason"].string { lines.append("            why unnamed: \(reason)") }
        if let group = row["group_descriptor"].string { lines.append("            member of the group “\(group)”") }
        lines.append("  mention:  “\(row["source_mention"].string ?? "")” — \(row["resolution"].string ?? "")")
        if let relays = row["relays"].string { lines.append("  relayed:  through \(relays)") }
        if let claim = row["claim_id"].int {
            let similarity = row["claim_similarity"].string ?? "1"
            let others = "\(row["claim_others"].int ?? 0) other attribution(s) in it"
            let how: String
            switch ClaimLink(rawValue: row["claim_link"].string ?? "") {
            case .new?: how = "first statement of it; \(others)"
            case .report?: how = "a paraphrase by the same unnamed sources of the same report (\(row["report_source_key"].string ?? "")), "
                + "stem overlap \(similarity) ≥ \(ClaimLinker.reportOverlapThreshold); \(others)"
            case .origin?: how = "a restatement from the same origin (\(row["report_outlet"].string.map { "the report of \($0)" } ?? "the same speaker")), "
                + "stem overlap \(similarity) ≥ \(ClaimLinker.originOverlapThreshold); \(others)"
            case .wording?, nil: how = "similar wording, similarity \(similarity) ≥ \(ClaimLinker.jaccardThreshold); \(others)"
            }
            lines.append("  claim:    \(claim) (\(how))")
        }
        if let denied = row["denied_text"].string { lines.append("  denies:   “\(denied)”") }
        return lines.joined(separator: "\n") + "\n"
    }
}
