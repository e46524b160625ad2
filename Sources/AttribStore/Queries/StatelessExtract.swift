import Foundation

/// `attrib extract`: JSON-lines articles in, export records out, no database. A map step for
/// an existing engine (Spark's `RDD.pipe`, GNU parallel): the same reader and extractor as
/// ingest, so its records equal what `ingest` + `export` give for the same articles, except
/// `claim_id` and `source.id`, which only a database can assign (they are null here).
public enum StatelessExtract {
    public struct Counts: Sendable { public var articles = 0; public var failed = 0; public var attributions = 0 }

    /// Reads one JSON object per line from `lines`, writes records with `write`, and reports a
    /// line that cannot be read with `fail` (its number and the reason).
    public static func run(lines: some Sequence<String>, write: (String) -> Void, fail: (Int, String) -> Void) -> Counts {
        var counts = Counts()
        for (offset, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let number = offset + 1
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: Data(trimmed.utf8)) } catch {
                counts.failed += 1
                fail(number, "malformed JSON: \(JSONReader.describe(error))")
                continue
            }
            switch JSONReader.record(object, path: "stdin:\(number)", fallbackName: "stdin#\(number)", warnings: []) {
            case .failure(let error):
                counts.failed += 1
                fail(number, error.reason)
            case .success(let record):
                counts.articles += 1
                let extraction = Extractor(articleOutlet: record.outlet).extract(record.body)
                counts.attributions += extraction.attributions.count
                for attribution in extraction.attributions { write(exportRecord(attribution, in: extraction, article: record.name) + "\n") }
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
                                        descriptor: s.kind == .anonymous ? (attribution.mention ?? s.descriptor) : s.descriptor,
                                        head: s.head, count: s.count, affiliation: s.affiliation)
        }
        return Export.Record(article: article, kind: attribution.kind.rawValue, text: attribution.content, cue: attribution.cue,
                             stance: attribution.stance.rawValue, relayedBy: attribution.relayedBy, start: attribution.start,
                             end: attribution.end, claimID: nil, source: source, mention: attribution.mention, rule: attribution.rule).json
    }
}
