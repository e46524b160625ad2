/// `attrib merge A.db B.db --into C.db`: combines shard databases (for example, one per worker
/// of a cluster job). Each article is read back with its sources and attributions and written
/// through the same path as ingest, so identical articles are stored once and claims are
/// linked again across the shards; speaker corrections (aliases) are carried over.
extension Database {
    public struct MergeSummary: Sendable, Equatable {
        public var added = 0
        public var skipped = 0
        public var aliases = 0
    }

    public func merge(from shardPath: String) throws -> MergeSummary {
        let shard = try Database.openStore(path: shardPath, readOnly: true)
        var summary = MergeSummary()
        for article in try shard.rows("SELECT * FROM articles ORDER BY id") {
            guard let id = article["id"].int else { continue }
            let (record, extraction) = try shard.storedArticle(article, id: id)
            switch try insert(record, extraction: extraction) {
            case .added, .replaced: summary.added += 1
            case .unchanged: summary.skipped += 1
            }
        }
        for alias in try shard.rows("""
            SELECT a.identity_key, a.spelling, s.kind, s.identity_key AS target FROM source_aliases a JOIN sources s ON s.id = a.source_id
            """) {
            guard let target = try scalar("SELECT id FROM sources WHERE kind = ? AND kind <> 'anonymous' AND identity_key = ?", [alias["kind"], alias["target"]])?.int else { continue }
            try execute("INSERT OR REPLACE INTO source_aliases (identity_key, source_id, spelling) VALUES (?, ?, ?)",
                        [alias["identity_key"], target, alias["spelling"]])
            summary.aliases += 1
        }
        return summary
    }

    /// An article as it was stored: its record and the extraction that produced its rows.
    func storedArticle(_ article: Row, id: Int) throws -> (ArticleRecord, Extraction) {
        let record = ArticleRecord(
            path: article["path"].string ?? "", name: article["name"].string ?? "",
            format: ArticleFormat(rawValue: article["format"].string ?? "text") ?? .text,
            title: article["title"].string, outlet: article["outlet"].string, outletEvidence: article["outlet_evidence"].string,
            byline: article["byline"].string, url: article["url"].string, published: article["published"].string,
            body: article["body"].string ?? "",
            warnings: article["warnings"].string.map { $0.components(separatedBy: "; ") } ?? [])
        var extraction = Extraction()
        var sourceIndex: [Int: Int] = [:]
        let sourceRows = try rows("""
            SELECT * FROM sources WHERE id IN (SELECT source_id FROM attributions WHERE article_id = ?1) OR article_id = ?1 ORDER BY id
            """, [id])
        for row in sourceRows {
            guard let sourceID = row["id"].int, let kind = SourceKind(rawValue: row["kind"].string ?? "") else { continue }
            var source = ExtractedSource(kind: kind, name: row["name"].string, role: row["role"].string, descriptor: row["descriptor"].string,
                                         head: row["head"].string, count: row["people_count"].int, affiliation: row["affiliation"].string,
                                         knowledge: row["knowledge"].string, reason: row["anonymity_reason"].string)
            source.isOutlet = row["is_news_outlet"].int == 1
            sourceIndex[sourceID] = extraction.sources.count
            extraction.sources.append(source)
        }
        for row in sourceRows {
            if let sourceID = row["id"].int, let group = row["group_source_id"].int, let index = sourceIndex[sourceID] {
                extraction.sources[index].group = sourceIndex[group]
            }
        }
        var ordinals: [Int: Int] = [:]
        var denied: [(Int, Int)] = []
        for row in try rows("SELECT * FROM attributions WHERE article_id = ? ORDER BY ordinal", [id]) {
            guard let attributionID = row["id"].int else { continue }
            let pieces = try rows("SELECT start_offset, end_offset FROM attribution_pieces WHERE attribution_id = ? ORDER BY piece", [attributionID])
                .compactMap { piece -> Range<Int>? in
                    guard let start = piece[0].int, let end = piece[1].int, start <= end else { return nil }
                    return start..<end
                }
            let relays = try rows("SELECT outlet FROM relays WHERE attribution_id = ? ORDER BY position", [attributionID]).compactMap { $0[0].string }
            ordinals[attributionID] = extraction.attributions.count
            if let target = row["denies_attribution_id"].int { denied.append((extraction.attributions.count, target)) }
            extraction.attributions.append(ExtractedAttribution(
                kind: AttributionKind(rawValue: row["kind"].string ?? "") ?? .indirect, content: row["content"].string ?? "",
                pieces: pieces, cue: row["cue"].string ?? "", stance: Stance(rawValue: row["stance"].string ?? "") ?? .asserts,
                source: row["source_id"].int.flatMap { sourceIndex[$0] }, mention: row["source_mention"].string,
                mentionRole: row["source_role"].string, resolution: row["resolution"].string ?? "", rule: row["rule"].string ?? "",
                relayedBy: relays, denies: nil))
        }
        for (index, target) in denied { extraction.attributions[index].denies = ordinals[target] }
        return (record, extraction)
    }
}
