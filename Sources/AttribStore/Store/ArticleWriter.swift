import Foundation
import Synchronization

/// What happened to one article on ingest.
public enum InsertOutcome: Sendable, Equatable {
    case added(articleID: Int, attributions: Int)
    case replaced(articleID: Int, attributions: Int)
    case unchanged(existingID: Int, existingPath: String)
}

/// Folds a name to the key that makes spellings of one person one source: case, accents,
/// punctuation and common transliteration variants (Zelensky / Zelenskiy / Zelenskyy).
public enum NameIdentity {
    public static func key(_ name: String) -> String {
        // Folding is Foundation string work, and the same few thousand names recur in every batch.
        if let known = cache.withLock({ $0[name] }) { return known }
        let folded = fold(name)
        cache.withLock { cache in
            if cache.count >= 50_000 { cache.removeAll(keepingCapacity: true) }
            cache[name] = folded
        }
        return folded
    }

    private static let cache = Mutex<[String: String]>([:])

    static func fold(_ name: String) -> String {
        var text = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        text = text.replacingOccurrences(of: "’", with: "'")
        if text.hasPrefix("the ") { text.removeFirst(4) }
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).map { word -> String in
            var w = String(word)
            if w.hasSuffix("'s") { w.removeLast(2) }
            for (suffix, replacement) in [("iy", "y"), ("yy", "y"), ("ij", "y"), ("yi", "y"), ("ii", "y")] where w.hasSuffix(suffix) && w.count > 4 {
                w = String(w.dropLast(suffix.count)) + replacement
            }
            w = w.replacingOccurrences(of: "kh", with: "h").replacingOccurrences(of: "ya", with: "ia")
            return w
        }
        return words.joined(separator: " ")
    }
}

extension Database {
    /// Writes one article with its extraction in a single transaction: the article is in the
    /// database complete or not at all. Identical content is not written twice; with `force`
    /// an existing copy is replaced (re-extracted).
    public func insert(_ record: ArticleRecord, extraction: Extraction, force: Bool = false) throws -> InsertOutcome {
        try insert(ArticleToWrite(record, extraction), force: force)
    }

    /// `insert(_:extraction:force:)` of an article prepared for writing (see `ArticleToWrite`).
    public func insert(_ article: ArticleToWrite, force: Bool = false) throws -> InsertOutcome {
        let record = article.record, extraction = article.extraction
        return try transaction {
            let hash = article.contentHash
            var replaced = false
            var touchedClaims = Set<Int>()
            if let existing = try rows("SELECT id, path FROM articles WHERE content_hash = ?", [hash]).first,
               let id = existing["id"].int {
                guard force else { return .unchanged(existingID: id, existingPath: existing["path"].string ?? "") }
                touchedClaims = Set(try rows("SELECT DISTINCT claim_id FROM attributions WHERE article_id = ? AND claim_id IS NOT NULL", [id]).compactMap { $0[0].int })
                try settlePendingAttributions()
                try adjustStoredCounts(.article(id), sign: -1)
                try execute("DELETE FROM articles WHERE id = ?", [id])
                // Claims only the replaced copy carried go with it (looked up by id: a scan of all
                // claims per replaced article made re-extraction grow with the corpus).
                for claim in touchedClaims.sorted() {
                    try execute("DELETE FROM claims WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM attributions WHERE claim_id = ?1)", [claim])
                }
                linkedStatements.removeAll()  // it may name the claims just deleted
                replaced = true
            }
            var warnings = record.warnings
            if extraction.quoteRepairs > 0 { warnings.append("\(extraction.quoteRepairs) unbalanced quotation mark\(extraction.quoteRepairs == 1 ? "" : "s") repaired") }
            try execute("""
                INSERT INTO articles (path, name, content_hash, format, title, outlet, outlet_evidence, byline, url, published, body, body_length, warnings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [record.path, record.name, hash, record.format.rawValue, record.title, record.outlet, record.outletEvidence,
                      record.byline, record.url, record.published, record.body, record.body.unicodeScalars.count,
                      warnings.isEmpty ? nil : warnings.joined(separator: "; ")])
            let articleID = lastInsertedRowID
            var sourceIDs: [Int] = []
            for source in extraction.sources {
                sourceIDs.append(try insertSource(source, articleID: articleID, groupID: source.group.flatMap { $0 < sourceIDs.count ? sourceIDs[$0] : nil }))
            }
            var attributionIDs: [Int] = []
            let linkKeys = article.linkKeys
            defer { if let first = attributionIDs.first { pendingAttributionsFrom = min(pendingAttributionsFrom ?? first, first) } }
            for (ordinal, attribution) in extraction.attributions.enumerated() {
                let sourceID = attribution.source.map { sourceIDs[$0] }
                let claim = try claimDecision(for: StatementToLink(content: attribution.content, stance: attribution.stance,
                                                                   sourceID: sourceID, keys: linkKeys[ordinal],
                                                                   words: article.statementWords[ordinal],
                                                                   buckets: article.statementBuckets[ordinal]), articleID: articleID)
                try execute("""
                    INSERT INTO attributions (article_id, ordinal, kind, content, cue, stance, start_offset, end_offset,
                                              source_id, source_mention, source_role, resolution, rule, report_source_key, report_outlet,
                                              claim_id, claim_similarity, claim_link, denies_attribution_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [articleID, ordinal + 1, attribution.kind.rawValue, attribution.content, attribution.cue, attribution.stance.rawValue,
                          attribution.start, attribution.end, sourceID, attribution.mention,
                          attribution.mentionRole, attribution.resolution, attribution.rule,
                          linkKeys[ordinal].reportSource, linkKeys[ordinal].reportOutlet,
                          claim.claim, claim.similarity, claim.link.rawValue,
                          attribution.denies.flatMap { $0 < attributionIDs.count ? attributionIDs[$0] : nil }])
                let id = lastInsertedRowID
                attributionIDs.append(id)
                for (index, piece) in attribution.pieces.enumerated() {
                    try execute("INSERT INTO attribution_pieces (attribution_id, piece, start_offset, end_offset) VALUES (?, ?, ?, ?)",
                                [id, index + 1, piece.lowerBound, piece.upperBound])
                }
                for (position, outlet) in attribution.relayedBy.enumerated() {
                    try execute("INSERT INTO relays (attribution_id, position, outlet) VALUES (?, ?, ?)", [id, position + 1, outlet])
                }
            }
            // A denial usually follows what it denies and got the id in its INSERT; one that
            // comes first is pointed at its target now.
            for (index, attribution) in extraction.attributions.enumerated() {
                if let denied = attribution.denies, denied >= index {
                    try execute("UPDATE attributions SET denies_attribution_id = ? WHERE id = ?", [attributionIDs[denied], attributionIDs[index]])
                }
            }
            try recordClaimOrigins(articleID: articleID)
            // Claims the replaced copy belonged to are recounted from scratch; the new article's
            // claims are updated by increments.
            try refreshClaimCounts(touchedClaims)
            let count = extraction.attributions.count
            return replaced ? .replaced(articleID: articleID, attributions: count) : .added(articleID: articleID, attributions: count)
        }
    }

    /// Adds the article's statements to its claims' stored counts: one more article per claim,
    /// its origins (upgraded to named when a named source joins), and its denials.
    ///
    /// Origins are counted by increments: each of the article's origins is looked up in
    /// claim_origin_keys, and only a key the claim lacked (or one whose kind it upgrades) changes
    /// the claim's counts. Recounting a claim's keys instead cost as much as the claim was popular,
    /// and a popular claim is carried by thousands of articles.
    func recordClaimOrigins(articleID: Int) throws {
        let origins = try rows("""
            SELECT claim_id, origin_key, origin_kind FROM attribution_origins
             WHERE article_id = ? AND stance = 'asserts' AND claim_id IS NOT NULL
            """, [articleID])
        var deltas: [Int: OriginDelta] = [:]
        for origin in origins {
            guard let claim = origin["claim_id"].int, let key = origin["origin_key"].string,
                  let kind = origin["origin_kind"].string else { continue }
            let stored = try scalar("SELECT origin_kind FROM claim_origin_keys WHERE claim_id = ? AND origin_key = ?", [claim, key])?.string
            var delta = deltas[claim] ?? OriginDelta()
            if let stored {
                let stronger = Self.strongerOriginKind(kind, stored)
                if stronger != stored {
                    try execute("UPDATE claim_origin_keys SET origin_kind = ? WHERE claim_id = ? AND origin_key = ?", [stronger, claim, key])
                    delta.count(stored, by: -1)
                    delta.count(stronger, by: 1)
                }
            } else {
                try execute("INSERT INTO claim_origin_keys (claim_id, origin_key, origin_kind) VALUES (?, ?, ?)", [claim, key, kind])
                delta.independent += 1
                delta.count(kind, by: 1)
            }
            deltas[claim] = delta
        }
        let claims = Set(try rows("SELECT DISTINCT claim_id FROM attributions WHERE article_id = ? AND claim_id IS NOT NULL", [articleID]).compactMap { $0[0].int })
        for claim in claims.sorted() {
            let delta = deltas[claim] ?? OriginDelta()
            try execute("""
                UPDATE claims SET articles = articles + 1, independent_origins = independent_origins + ?2,
                       named_origins = named_origins + ?3, unnamed_origins = unnamed_origins + ?4
                 WHERE id = ?1
                """, [claim, delta.independent, delta.named, delta.unnamed])
        }
        try execute("""
            UPDATE claims SET denials = denials + (
                SELECT count(*) FROM attributions d JOIN attributions t ON t.id = d.denies_attribution_id
                 WHERE d.article_id = ?1 AND t.claim_id = claims.id)
             WHERE id IN (SELECT t.claim_id FROM attributions d JOIN attributions t ON t.id = d.denies_attribution_id WHERE d.article_id = ?1)
            """, [articleID])
    }

    /// How one article changes a claim's origin counts.
    struct OriginDelta {
        var independent = 0, named = 0, unnamed = 0
        mutating func count(_ kind: String, by change: Int) {
            if kind == "named" { named += change } else if kind == "unnamed" { unnamed += change }
        }
    }

    /// The stronger of two kinds of one origin, as the view claim_origins decides it: named
    /// outranks unnamed, which outranks an outlet or unknown origin.
    static func strongerOriginKind(_ a: String, _ b: String) -> String {
        if a == "named" || b == "named" { return "named" }
        if a == "unnamed" || b == "unnamed" { return "unnamed" }
        return min(a, b)
    }

    /// Recomputes the stored counts of the given claims from their attributions: the same
    /// figures as the view claim_counts, filtered to one claim so that each refresh reads only
    /// that claim's rows (through the indexes), whatever the size of the corpus.
    func refreshClaimCounts(_ claims: Set<Int>) throws {
        for claim in claims.sorted() {
            try execute("DELETE FROM claim_origin_keys WHERE claim_id = ?", [claim])
            try execute("""
                INSERT INTO claim_origin_keys (claim_id, origin_key, origin_kind)
                SELECT claim_id, origin_key,
                       CASE WHEN max(origin_kind = 'named') = 1 THEN 'named'
                            WHEN max(origin_kind = 'unnamed') = 1 THEN 'unnamed'
                            ELSE min(origin_kind) END
                  FROM attribution_origins WHERE claim_id = ? AND stance = 'asserts' GROUP BY origin_key
                """, [claim])
            try execute("""
                WITH origins AS (
                    SELECT origin_key,
                           CASE WHEN max(origin_kind = 'named') = 1 THEN 'named'
                                WHEN max(origin_kind = 'unnamed') = 1 THEN 'unnamed'
                                ELSE min(origin_kind) END AS origin_kind
                      FROM attribution_origins WHERE claim_id = ?1 AND stance = 'asserts' GROUP BY origin_key)
                UPDATE claims SET
                    articles = (SELECT count(DISTINCT article_id) FROM attributions WHERE claim_id = ?1),
                    independent_origins = (SELECT count(*) FROM origins),
                    named_origins = (SELECT count(*) FROM origins WHERE origin_kind = 'named'),
                    unnamed_origins = (SELECT count(*) FROM origins WHERE origin_kind = 'unnamed'),
                    denials = (SELECT count(*) FROM attributions d JOIN attributions t ON t.id = d.denies_attribution_id WHERE t.claim_id = ?1)
                 WHERE id = ?1
                """, [claim])
        }
    }

    /// Named sources are shared across articles by identity key; anonymous ones are the article's own.
    func insertSource(_ source: ExtractedSource, articleID: Int, groupID: Int?) throws -> Int {
        if source.kind != .anonymous, let name = source.name {
            var key = NameIdentity.key(name)
            // A manual correction wins over everything attrib would decide itself.
            if let aliased = try scalar("SELECT source_id FROM source_aliases WHERE identity_key = ?", [key])?.int { return aliased }
            // A bare surname matches the one person already known by it.
            if source.kind == .person, !key.contains(" ") {
                let matches = try rows("""
                    SELECT identity_key FROM sources WHERE kind = 'person' AND surname_key = ? AND identity_key LIKE '% %' LIMIT 2
                    """, [key])
                if matches.count == 1, let full = matches[0]["identity_key"].string { key = full }
            }
            // `kind <> 'anonymous'` spelled out: without it the partial index sources_by_identity
            // does not apply to a bound kind, and every named source was a scan of all sources.
            if let existing = try rows("""
                SELECT id, name, role FROM sources WHERE kind = ? AND kind <> 'anonymous' AND identity_key = ?
                """, [source.kind.rawValue, key]).first, let id = existing["id"].int {
                if let role = source.role, role != existing["role"].string { try execute("UPDATE sources SET role = ? WHERE id = ?", [role, id]) }
                if source.kind == .person, let name = source.name, let stored = existing["name"].string, name.count > stored.count {
                    try execute("UPDATE sources SET name = ? WHERE id = ?", [name, id])
                }
                return id
            }
            try execute("INSERT INTO sources (kind, name, identity_key, surname_key, is_news_outlet, role, affiliation) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [source.kind.rawValue, name, key, source.kind == .person ? key.split(separator: " ").last.map(String.init) : nil,
                         source.isOutlet, source.role, source.affiliation])
            return lastInsertedRowID
        }
        try execute("""
            INSERT INTO sources (kind, descriptor, head, people_count, affiliation, knowledge, anonymity_reason, group_source_id, article_id)
            VALUES ('anonymous', ?, ?, ?, ?, ?, ?, ?, ?)
            """, [source.descriptor, source.head, source.count, source.affiliation, source.knowledge, source.reason, groupID, articleID])
        return lastInsertedRowID
    }
}
