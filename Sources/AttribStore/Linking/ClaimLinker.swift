/// Links attributions that state the same thing into one claim, across articles.
///
/// Each attribution's content becomes a set of normalized words. MinHash with 16 bands of 2
/// rows puts each claim's first statement into 16 buckets (table `claim_buckets`); a new
/// attribution is compared only with claims it shares a bucket with, so linking a new article
/// costs a few index look-ups, never a scan of the corpus.
/// Candidates are then scored exactly: Jaccard similarity, or containment when one statement
/// quotes part of the other ("No such thing ever happened" inside Peskov's longer quote).
/// Statements no claim matches by wording are tried against earlier statements of the same
/// report's unnamed sources (`reportSourceKey`) and of the same origin (`originOverlapThreshold`);
/// `ClaimLink` names the four outcomes.
public enum ClaimLinker {
    public static let bands = 16
    public static let rowsPerBand = 2
    /// Linked when Jaccard >= this ...
    public static let jaccardThreshold = 0.5
    /// ... or when the smaller statement (at least `minimumWords` words) lies this much inside the larger.
    public static let containmentThreshold = 0.8
    public static let minimumWords = 4
    /// How many candidates (most bands shared first) are compared word for word.
    public static let candidatesCompared = 8
    /// How many earlier statements under the same report-and-sources key are compared (the most
    /// recent first): relays of a report follow it closely, and this bounds the work per statement.
    public static let reportCandidates = 64

    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "and", "that", "is", "was", "for", "on", "it", "with", "as", "by", "at", "be",
        "this", "from", "or", "has", "have", "had", "he", "she", "they", "his", "her", "their", "its", "are", "were", "been",
        "would", "will", "we", "i", "you", "s",
    ]

    /// The normalized words of a statement: lowercase, apostrophes and plural -s folded.
    /// Scans UTF-8 bytes (ASCII directly, other scalars by their Unicode properties): linking runs
    /// this for every new attribution and its candidates, and it was a fifth of ingest time.
    /// With `skippingCapitalized`, words written with a capital first letter (names, mostly) are
    /// left out.
    public static func words(_ text: String, skippingCapitalized: Bool = false) -> Set<String> {
        var result = Set<String>()
        var current: [UInt8] = []
        current.reserveCapacity(24)
        var capitalized = false
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            guard !current.isEmpty, !(skippingCapitalized && capitalized) else { return }
            if current.count > 4, current.last == UInt8(ascii: "s"), current[current.count - 2] != UInt8(ascii: "s") { current.removeLast() }
            let word = String(decoding: current, as: UTF8.self)
            if !stopWords.contains(word) { result.insert(word) }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A:
                    if current.isEmpty { capitalized = true }
                    current.append(UInt8(value + 0x20))
                case 0x61...0x7A, 0x30...0x39:
                    if current.isEmpty { capitalized = false }
                    current.append(UInt8(value))
                case 0x27: continue  // apostrophe: "Russia's" -> "russias"
                default: flush()
                }
            } else if scalar == "\u{2019}" {
                continue
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if current.isEmpty { capitalized = scalar.properties.isUppercase }
                current.append(contentsOf: String(scalar).lowercased().utf8)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    public static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let common = Double(sharedCount(a, b))
        let jaccard = common / (Double(a.count + b.count) - common)
        let smaller = min(a.count, b.count)
        let containment = smaller >= minimumWords ? common / Double(smaller) : 0
        return max(jaccard, containment >= containmentThreshold ? containment : 0)
    }

    /// The word stems of a statement for linking paraphrases: each normalized word cut to its
    /// first five letters, so "rejected"/"rejects", "agreement"/"agreed" and "Russia's"/"Russian"
    /// meet. Crude on its own; it is only used between statements that already share a report
    /// and its unnamed sources (see `reportSourceKey`).
    public static func stems(_ text: String) -> Set<String> {
        stems(of: words(text))
    }

    /// How many members two sets share, counted without building the intersection (or the
    /// union): linking asks this of every candidate of every new statement.
    static func sharedCount(_ a: Set<String>, _ b: Set<String>) -> Int {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var count = 0
        for member in small where large.contains(member) { count += 1 }
        return count
    }

    /// The stems of a statement's words that are not capitalized: what it says, without whom and
    /// where it is about. Statements of one story share its names ("Kozak", "Putin", "Ukraine");
    /// a restatement of the same claim also shares its other words ("secretly approved").
    public static func predicateStems(_ text: String) -> Set<String> {
        stems(of: words(text, skippingCapitalized: true))
    }

    static func stems(of words: Set<String>) -> Set<String> {
        Set(words.map { String($0.prefix(5)) })
    }

    /// Paraphrases of one report's unnamed sources are linked when they share at least this many
    /// stems ...
    public static let reportMinimumShared = 2
    /// ... and the shared stems are at least this fraction of the shorter statement's.
    public static let reportOverlapThreshold = 0.25

    /// An article that restates its report's claim (the lede, again further down) links the
    /// restatement to the earlier statement's claim at this stricter overlap: one report's
    /// sources make several different statements in one article, which must stay apart.
    public static let restatementThreshold = 0.5

    /// A statement from the same origin as an earlier one — the same named speaker, or the same
    /// outlet's report — joins its claim when they share at least this many predicate stems
    /// (`predicateStems`: names left out, since all of one story's statements share those) ...
    public static let originMinimumShared = 3
    /// ... making up at least this fraction of the shorter statement's predicate stems: relaying
    /// outlets restate a report's claim in their own words ("the government had secretly approved the deal"), too
    /// differently for `similarity` but with its key words. Stricter than `reportOverlapThreshold`
    /// because one speaker or one wire makes many different statements.
    public static let originOverlapThreshold = 0.5
    /// How many earlier statements of the same origin are compared (the most recent first).
    public static let originCandidates = 32

    /// Overlap of two stem sets (shared / smaller), or 0 below `reportMinimumShared` shared stems.
    public static func reportOverlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        overlap(a, b, minimumShared: reportMinimumShared)
    }

    /// Shared members over the smaller set's count, or 0 when fewer than `minimumShared` are shared.
    static func overlap(_ a: Set<String>, _ b: Set<String>, minimumShared: Int) -> Double {
        let shared = sharedCount(a, b)
        guard shared >= minimumShared, let smaller = [a.count, b.count].min(), smaller > 0 else { return 0 }
        return Double(shared) / Double(smaller)
    }

    /// The key under which statements of the same unnamed sources in the same report meet across
    /// articles: the outlet whose report carries them, how many people, and their affiliation
    /// ("reuters | 3 | leade russi" for "three people close to the Russian leadership" in a
    /// Reuters report, whether Reuters or a relaying outlet prints it).
    ///
    /// Why: outlets relaying one report paraphrase its claims ("Putin rejected a deal his envoy had
    /// struck" / "Putin's chief envoy ... had struck a provisional deal"), so their wordings share
    /// too few words for `similarity`; what they do share is the report and the description of its
    /// sources. Only a group's own descriptor gets a key — members ("one of the sources") make
    /// narrower statements — and only one with an affiliation, because "people familiar with the
    /// matter" in two Reuters stories are not the same people.
    public static func reportSourceKey(outlet: String?, source: ExtractedSource) -> String? {
        guard source.kind == .anonymous, source.group == nil, let outlet, !outlet.isEmpty,
              let affiliation = source.affiliation else { return nil }
        let stems = stems(affiliation).sorted()
        guard !stems.isEmpty else { return nil }
        return "\(NameIdentity.key(outlet)) | \(source.count.map(String.init) ?? "?") | \(stems.joined(separator: " "))"
    }

    /// What links a statement to earlier ones beyond its wording: the key of the report's unnamed
    /// sources it rests on, and the outlet whose report that is.
    public struct LinkKeys: Sendable, Equatable {
        /// See `reportSourceKey`.
        public var reportSource: String?
        /// The outlet whose report carries a statement of unnamed sources or of an outlet itself
        /// ("according to people familiar with ..." in a Reuters story or relayed from one;
        /// "Reuters reported that ..."): the statement's origin, as `attribution_origins` keys it.
        /// Nil for a named person or organization, whose origin is themselves.
        public var reportOutlet: String?
    }

    /// The link keys of each statement of an article.
    ///
    /// A group of unnamed sources keys its own statements (`reportSourceKey`). A statement the
    /// article credits to the outlet whose report those sources are in ("Reuters reported that
    /// Putin rejected the deal", beside "Reuters cited three people close to the leadership")
    /// shares their key: that report rests on them, and the relaying outlet's summary of it is
    /// the same claim as the sources' own words in the report itself. When an outlet's report
    /// has more than one such group, its own statements are left without (which group stands
    /// behind them is unknown).
    public static func linkKeys(_ extraction: Extraction, articleOutlet: String?) -> [LinkKeys] {
        var keys = extraction.attributions.map { attribution -> LinkKeys in
            // The outlet whose report carries the statement: the innermost relay, else the article's.
            let carrier = attribution.relayedBy.last ?? articleOutlet
            let source = attribution.source.map { extraction.sources[$0] }
            let outlet: String?
            if source == nil || source?.kind == .anonymous {
                outlet = carrier
            } else {
                outlet = source?.isOutlet == true ? source?.name : nil
            }
            return LinkKeys(reportSource: source.flatMap { reportSourceKey(outlet: carrier, source: $0) }, reportOutlet: outlet)
        }
        // A keyed group is anonymous, so its statement's `reportOutlet` is the report's outlet.
        var groupsByOutlet: [String: Set<String>] = [:]
        for key in keys {
            guard let group = key.reportSource, let outlet = key.reportOutlet else { continue }
            groupsByOutlet[NameIdentity.key(outlet), default: []].insert(group)
        }
        for (index, attribution) in extraction.attributions.enumerated() where keys[index].reportSource == nil && attribution.stance == .asserts {
            guard let source = attribution.source.map({ extraction.sources[$0] }), source.isOutlet, let name = source.name,
                  let groups = groupsByOutlet[NameIdentity.key(name)], groups.count == 1 else { continue }
            keys[index].reportSource = groups.first
        }
        return keys
    }

    public static func isSameClaim(_ a: Set<String>, _ b: Set<String>) -> Bool {
        similarity(a, b) >= jaccardThreshold
    }

    /// 64-bit FNV-1a of a word, salted per hash function.
    static func hash(_ word: String, seed: UInt64) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325 ^ (seed &* 0x9E3779B97F4A7C15)
        for byte in word.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x100000001b3
        }
        h ^= h >> 33
        h = h &* 0xff51afd7ed558ccd
        h ^= h >> 33
        return h
    }

    /// The bucket numbers of a word set: one per band, band number folded into the value.
    public static func buckets(_ words: Set<String>) -> [Int64] {
        guard !words.isEmpty else { return [] }
        var result: [Int64] = []
        result.reserveCapacity(bands)
        for band in 0..<bands {
            var combined: UInt64 = UInt64(band) &* 0x9E3779B97F4A7C15
            for row in 0..<rowsPerBand {
                let seed = UInt64(band * rowsPerBand + row + 1)
                var minimum = UInt64.max
                for word in words { minimum = min(minimum, hash(word, seed: seed)) }
                combined = (combined ^ minimum) &* 0x100000001b3
            }
            result.append(Int64(bitPattern: (combined & 0x00FF_FFFF_FFFF_FFFF) | (UInt64(band) << 56)))
        }
        return result
    }
}

/// How an attribution came to be in its claim (column `attributions.claim_link`).
public enum ClaimLink: String, Sendable {
    /// The first statement of a new claim.
    case new
    /// Similar wording to the claim's first statement (Jaccard or containment, `claim_similarity`).
    case wording
    /// A paraphrase by the same unnamed sources of the same report (`reportSourceKey`); the
    /// similarity is the stem overlap.
    case report
    /// A restatement from the same origin (the same named speaker, or the same outlet's report)
    /// sharing most of its words (`originOverlapThreshold`); the similarity is the stem overlap.
    case origin
}

/// What claim linking decided for one statement.
struct ClaimDecision: Sendable {
    var claim: Int
    var similarity: Double
    var link: ClaimLink
}

/// A statement about to be written, with what linking needs to know of it.
struct StatementToLink {
    var content: String
    var stance: Stance
    var sourceID: Int?
    var keys: ClaimLinker.LinkKeys
    /// `ClaimLinker.words(content)` and its buckets, made beforehand (see `ArticleToWrite`).
    var words: Set<String>
    var buckets: [Int64]
}

extension Database {
    /// The claim of a statement of `articleID` that is about to be written: the claim of the most
    /// similar earlier statement (in another article or earlier in this one), or a new claim.
    ///
    /// Called before the statement's row is inserted, so that the row is written once with its
    /// claim (an UPDATE per attribution was a twentieth of the writer's time), and in reading
    /// order, so that the article's earlier statements are there to be compared with.
    func claimDecision(for statement: StatementToLink, articleID: Int) throws -> ClaimDecision {
        // A statement word for word like one already linked joins the same claim: wire copy and
        // syndicated quotes repeat verbatim, and finding its candidates again was most of the
        // writer's time. Only links that depend on the words alone are remembered.
        if let known = linkedStatements[statement.content] { return known }
        let words = statement.words
        let buckets = statement.buckets
        var best: ClaimDecision?
        if buckets.count == ClaimLinker.bands {
            // The claims sharing the most bands are the likeliest matches; only the top few are
            // compared word for word. The bands are counted here rather than by a GROUP BY and
            // ORDER BY in SQL (two temporary b-trees per statement), and only the chosen
            // claims' summaries are read.
            var shared: [Int: Int] = [:]
            for row in try rows("SELECT claim_id FROM claim_buckets WHERE bucket IN (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                buckets.map { $0 as DatabaseValueConvertible }) {
                if let claim = row[0].int { shared[claim, default: 0] += 1 }
            }
            let ranked = shared.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(ClaimLinker.candidatesCompared)
            for (claim, _) in ranked {
                guard let text = try scalar("SELECT summary FROM claims WHERE id = ?", [claim])?.string else { continue }
                let similarity = ClaimLinker.similarity(words, claimWords(text))
                if similarity >= ClaimLinker.jaccardThreshold, similarity > (best?.similarity ?? 0) { best = ClaimDecision(claim: claim, similarity: similarity, link: .wording) }
            }
        }
        // Paraphrases of the same report's unnamed sources in other articles: the closest one's
        // claim. Claims are not merged: on a corpus where one report's sources make many
        // statements, merging folded each story into one claim and recounting the merged claims
        // made ingest grow with the square of the corpus.
        if best == nil, let key = statement.keys.reportSource {
            let stems = ClaimLinker.stems(of: words)
            var overlaps: [Int: Double] = [:]
            for candidate in try rows("""
                SELECT claim_id, content, article_id FROM attributions
                 WHERE report_source_key = ? AND claim_id IS NOT NULL
                 ORDER BY id DESC LIMIT \(ClaimLinker.reportCandidates)
                """, [key]) {
                guard let claim = candidate["claim_id"].int, let text = candidate["content"].string else { continue }
                let overlap = ClaimLinker.reportOverlap(stems, claimStems(text))
                let threshold = candidate["article_id"].int == articleID ? ClaimLinker.restatementThreshold : ClaimLinker.reportOverlapThreshold
                if overlap >= threshold { overlaps[claim] = max(overlaps[claim] ?? 0, overlap) }
            }
            if let closest = overlaps.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) {
                best = ClaimDecision(claim: closest.key, similarity: closest.value, link: .report)
            }
        }
        if best == nil, let origin = try sameOriginClaim(statement) { best = ClaimDecision(claim: origin.claim, similarity: origin.overlap, link: .origin) }
        if var best {
            best.similarity = (best.similarity * 1000).rounded() / 1000
            if best.link == .wording { remember(statement.content, best) }
            return best
        }
        try execute("INSERT INTO claims (summary, first_article_id) VALUES (?, ?)", [statement.content, articleID])
        let claim = lastInsertedRowID
        for bucket in buckets {
            try execute("INSERT OR IGNORE INTO claim_buckets (bucket, claim_id) VALUES (?, ?)", [bucket, claim])
        }
        // Its repeats would find it by wording, with similarity 1.
        remember(statement.content, ClaimDecision(claim: claim, similarity: 1, link: .wording))
        return ClaimDecision(claim: claim, similarity: 1, link: .new)
    }

    private func remember(_ content: String, _ decision: ClaimDecision) {
        if linkedStatements.count >= Self.linkCacheLimit * 5 { linkedStatements.removeAll(keepingCapacity: true) }
        linkedStatements[content] = decision
    }

    /// Of the claims of earlier statements from the same origin (same named source, or same
    /// outlet's report, with the same stance), the one whose first statement overlaps this one
    /// most, if any overlaps enough.
    private func sameOriginClaim(_ statement: StatementToLink) throws -> (claim: Int, overlap: Double)? {
        let origin: (column: String, value: DatabaseValueConvertible)
        if let outlet = statement.keys.reportOutlet {
            origin = ("report_outlet", outlet)
        } else if let source = statement.sourceID {
            origin = ("source_id", source)
        } else {
            return nil
        }
        let predicate = ClaimLinker.predicateStems(statement.content)
        guard predicate.count >= ClaimLinker.originMinimumShared else { return nil }
        var best: (claim: Int, overlap: Double)?
        // Compared with the claims' first statements, not with the earlier statements themselves:
        // a statement that joined a claim through one part of its words must not pull in
        // restatements of its other parts.
        for candidate in try rows("""
            SELECT c.id, c.summary FROM attributions a JOIN claims c ON c.id = a.claim_id
             WHERE a.\(origin.column) = ? AND a.stance = ?
             ORDER BY a.id DESC LIMIT \(ClaimLinker.originCandidates)
            """, [origin.value, statement.stance.rawValue]) {
            guard let claim = candidate["id"].int, let text = candidate["summary"].string else { continue }
            let overlap = ClaimLinker.overlap(predicate, claimPredicateStems(text), minimumShared: ClaimLinker.originMinimumShared)
            if overlap >= ClaimLinker.originOverlapThreshold, overlap > (best?.overlap ?? 0) { best = (claim, overlap) }
        }
        return best
    }

    /// The predicate stems of an earlier statement (see `ClaimLinker.predicateStems`).
    func claimPredicateStems(_ text: String) -> Set<String> {
        Self.remembered(text, in: &claimPredicateStemCache) { ClaimLinker.predicateStems(text) }
    }

    /// The word stems of an earlier statement (see `claimWords`).
    func claimStems(_ text: String) -> Set<String> {
        Self.remembered(text, in: &claimStemCache) { ClaimLinker.stems(of: claimWords(text)) }
    }

    /// The words of a claim summary or earlier statement, from the cache when it was compared
    /// recently: the same popular claims and statements are candidates for many new ones.
    func claimWords(_ summary: String) -> Set<String> {
        Self.remembered(summary, in: &claimWordCache) { ClaimLinker.words(summary) }
    }

    /// `make(text)` from `cache`, or made and kept; a full cache (`linkCacheLimit`) is cleared.
    private static func remembered(_ text: String, in cache: inout [String: Set<String>], make: () -> Set<String>) -> Set<String> {
        if let known = cache[text] { return known }
        if cache.count >= linkCacheLimit { cache.removeAll(keepingCapacity: true) }
        let made = make()
        cache[text] = made
        return made
    }
}
