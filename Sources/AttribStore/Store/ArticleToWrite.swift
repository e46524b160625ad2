/// An article with its extraction, and what the writer derives from the two alone: the content
/// hash and, per statement, its claim-linking keys, words and MinHash buckets.
///
/// Made where the extraction is made — on the extraction threads during ingest — so that the
/// single writer thread, which every article has to pass through, only looks up and writes.
/// (Hashing the article and each statement's words was a tenth of the writer's time.)
public struct ArticleToWrite: Sendable {
    public let record: ArticleRecord
    public let extraction: Extraction
    let contentHash: String
    let linkKeys: [ClaimLinker.LinkKeys]
    /// `ClaimLinker.words` of each attribution's content, in order.
    let statementWords: [Set<String>]
    /// `ClaimLinker.buckets` of those words.
    let statementBuckets: [[Int64]]

    public init(_ record: ArticleRecord, _ extraction: Extraction) {
        self.record = record
        self.extraction = extraction
        contentHash = record.contentHash
        linkKeys = ClaimLinker.linkKeys(extraction, articleOutlet: record.outlet)
        statementWords = extraction.attributions.map { ClaimLinker.words($0.content) }
        statementBuckets = statementWords.map(ClaimLinker.buckets)
    }
}
