/// The aggregates that the canned questions read instead of grouping the corpus: citations per
/// source (`sources.attribution_count` ...), outlets per claim (`claim_outlets`) and relays per
/// pair of outlets (`outlet_relay_counts`).
///
/// Why stored: at 100,000 articles `attrib query speakers` grouped 2.2 million attributions
/// (2.6 s) and `attrib query claims` listed each claim's outlets by reading every attribution of
/// claims carried by thousands of articles (4.9 s). Kept up to date in bulk — one statement per
/// aggregate for all the attributions a transaction wrote, just before it commits — rather than
/// per row, so ingest pays three statements per batch of articles. Each aggregate has a view
/// computing it from the attributions (`speaker_counts`, `claim_outlets_computed`,
/// `outlet_relays_computed`), and `attrib check` compares the two.
extension Database {
    /// Which attributions an adjustment covers.
    enum CountedAttributions {
        /// Those with an id from this one on: the ones written in the current transaction.
        case from(attributionID: Int)
        /// Those of one article (before the article is deleted).
        case article(Int)

        var filter: String {
            switch self {
            case .from: return "a.id >= ?1"
            case .article: return "a.article_id = ?1"
            }
        }

        var value: Int {
            switch self {
            case .from(let id): return id
            case .article(let id): return id
            }
        }
    }

    /// Adds (`sign` 1) or takes away (`sign` -1) the given attributions' share of the stored
    /// counts. Exact because an article's attributions are always written, and deleted, together:
    /// the articles counted here are not counted already.
    ///
    /// The unary `+` on `source_id` and `claim_id` keeps SQLite from walking the whole of
    /// attributions_by_source / attributions_by_claim to get the rows already grouped: that plan
    /// read every attribution of the corpus once per batch, so ingest slowed as the corpus grew.
    /// With it, the batch's rows are read by rowid range (or by article) and grouped in a temporary
    /// b-tree (`StoredCountPlanTests` checks the plans).
    func adjustStoredCounts(_ attributions: CountedAttributions, sign: Int) throws {
        let filter = attributions.filter
        let arguments: [DatabaseValueConvertible] = [attributions.value, sign]
        try execute("""
            UPDATE sources SET attribution_count = attribution_count + ?2 * n.total,
                               direct_quote_count = direct_quote_count + ?2 * n.direct,
                               denial_count = denial_count + ?2 * n.denials,
                               article_count = article_count + ?2 * n.articles
              FROM (SELECT +source_id AS source_id, count(*) AS total, sum(kind = 'direct') AS direct,
                           sum(stance = 'denies') AS denials, count(DISTINCT article_id) AS articles
                      FROM attributions a WHERE \(filter) AND +source_id IS NOT NULL GROUP BY 1) AS n
             WHERE sources.id = n.source_id
            """, arguments)
        try execute("""
            INSERT INTO claim_outlets (claim_id, outlet, articles)
            SELECT +a.claim_id, ar.outlet, ?2 * count(DISTINCT a.article_id)
              FROM attributions a JOIN articles ar ON ar.id = a.article_id
             WHERE \(filter) AND +a.claim_id IS NOT NULL AND ar.outlet IS NOT NULL
             GROUP BY 1, 2
            ON CONFLICT (claim_id, outlet) DO UPDATE SET articles = articles + excluded.articles
            """, arguments)
        try execute("""
            INSERT INTO outlet_relay_counts (relaying_outlet, relayed_outlet, articles, attributions)
            SELECT COALESCE(ar.outlet, ar.name), r.outlet, ?2 * count(DISTINCT ar.id), ?2 * count(*)
              FROM attributions a JOIN relays r ON r.attribution_id = a.id AND r.position = 1
              JOIN articles ar ON ar.id = a.article_id
             WHERE \(filter)
             GROUP BY 1, 2
            ON CONFLICT (relaying_outlet, relayed_outlet) DO UPDATE SET
                articles = articles + excluded.articles, attributions = attributions + excluded.attributions
            """, arguments)
        if sign < 0 {
            try execute("DELETE FROM claim_outlets WHERE articles <= 0")
            try execute("DELETE FROM outlet_relay_counts WHERE articles <= 0")
        }
    }

    /// Recounts the given sources from their attributions: after speaker corrections move
    /// attributions from one source to another.
    func recountSources(_ ids: Set<Int>) throws {
        for id in ids.sorted() {
            try execute("""
                UPDATE sources SET attribution_count = (SELECT count(*) FROM attributions WHERE source_id = ?1),
                                   direct_quote_count = (SELECT count(*) FROM attributions WHERE source_id = ?1 AND kind = 'direct'),
                                   denial_count = (SELECT count(*) FROM attributions WHERE source_id = ?1 AND stance = 'denies'),
                                   article_count = (SELECT count(DISTINCT article_id) FROM attributions WHERE source_id = ?1)
                 WHERE id = ?1
                """, [id])
        }
    }

    /// Full-text rows and stored counts for the attributions this transaction has written so far.
    /// Runs before each commit, and before anything is deleted so that a deletion never meets an
    /// attribution that is not counted yet.
    func settlePendingAttributions() throws {
        guard let first = pendingAttributionsFrom else { return }
        pendingAttributionsFrom = nil
        try execute("""
            INSERT INTO attribution_search (rowid, content, source_mention)
            SELECT id, content, source_mention FROM attributions WHERE id >= ?
            """, [first])
        try adjustStoredCounts(.from(attributionID: first), sign: 1)
    }
}
