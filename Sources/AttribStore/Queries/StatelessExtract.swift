import Foundation

/// `attrib extract`: JSON-lines articles in, export records out, no database. A map step for
/// an existing engine (Spark's `RDD.pipe`, GNU parallel): the same reader and extractor as
/// ingest, so its records equal what `ingest` + `export` give for the same articles, except
/// `claim_id` and `source.id`, which only a database can assign (they are null here).
public enum StatelessExtract {
    public struct Counts: Sendable { public var articles = 0; public var failed = 0; public var attributions = 0 }

    /// What `run` writes per article.
    public enum Output: String, Sendable, CaseIterable {
        /// One export record per attribution (what `attrib export --format jsonl` writes).
        case export
        /// One extracted-article record per article, for `attrib ingest --attributions`.
        case articles
    }

    /// Reads one JSON object per line from `lines` — through the same reader and checks as
    /// `attrib ingest` — writes records with `write`, and reports a line that cannot be read
    /// with `fail` (its number and the reason).
    public static func run(lines: some Sequence<String>, output: Output = .export, write: (String) -> Void, fail: (Int, String) -> Void) -> Counts {
        var counts = Counts()
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            let bytes = Array(line.utf8)
            guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            let record: ArticleRecord, extraction: Extraction
            switch LinePreparation.prepare(bytes, number: number, path: "stdin", fileName: "stdin", overrides: MetadataOverrides()) {
            case .failed(_, let reason):
                counts.failed += 1
                fail(number, reason)
                continue
            case .article(let read, let extracted): (record, extraction) = (read, extracted)
            case .ready(let article): (record, extraction) = (article.record, article.extraction)
            }
            counts.articles += 1
            counts.attributions += extraction.attributions.count
            switch output {
            case .export:
                for attribution in extraction.attributions { write(exportRecord(attribution, in: extraction, article: record.name) + "\n") }
            case .articles:
                do { write(try ExtractedArticle(article: record, extraction: extraction).jsonLine() + "\n") } catch {
                    counts.failed += 1
                    fail(number, "cannot be encoded: \(error)")
                }
            }
        }
        return counts
    }

    /// The export record of one attribution, as `Export.jsonLines` writes it.
    public static func exportRecord(_ attribution: ExtractedAttribution, in extraction: Extraction, article: String) -> String {
        let source = attribution.source.map { index -> Export.Record.Source in
            let s = extraction.sources[index]
            return Export.Record.Source(id: nil, type: s.kind.rawValue, name: s.name, mention: attribution.mention,
                                        role: attribution.mentionRole ?? s.role,
                                        descriptor: s.kind == .anonymous ? (attribution.mention.flatMap { Lexicon.isPronoun($0) ? nil : $0 } ?? s.descriptor) : s.descriptor,
                                        head: s.head, count: s.count, affiliation: s.affiliation)
        }
        return Export.Record(article: article, kind: attribution.kind.rawValue, text: attribution.content, cue: attribution.cue,
                             stance: attribution.stance.rawValue, relayedBy: attribution.relayedBy, start: attribution.start,
                             end: attribution.end, claimID: nil, source: source, mention: attribution.mention, rule: attribution.rule).json
    }
}
