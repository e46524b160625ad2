import Foundation

/// One article with everything extraction found in it, as one JSON line: what
/// `attrib extract --output articles` writes and `attrib ingest --attributions` loads.
///
/// Why a record per article and not the export record: an export record is one attribution,
/// without the article's text, the pieces of a split quote, the groups of unnamed sources or
/// what a denial denies — a database rebuilt from export records could not show, explain or
/// re-link anything. This record carries exactly what `Database.insert` stores, so extraction
/// can run elsewhere (a Spark map step, another machine) and the load is only the write.
public struct ExtractedArticle: Codable, Sendable, Equatable {
    /// Marks the line as this format, and its version.
    public var attribExtracted = 1
    public var article: ArticleRecord
    public var extraction: Extraction

    public init(article: ArticleRecord, extraction: Extraction) {
        self.article = article
        self.extraction = extraction
    }

    enum CodingKeys: String, CodingKey {
        case attribExtracted = "attrib_extracted", article, extraction
    }

    public func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Reads one line, or says what is wrong with it: not JSON, not this format (an export
    /// record, say), or references that do not fit the article (a piece outside the text, a
    /// source that is not listed). Nothing that fails here reaches the database.
    public static func decode(_ bytes: [UInt8]) -> Result<ExtractedArticle, UnreadableText> {
        let value: ExtractedArticle
        do {
            value = try JSONDecoder().decode(ExtractedArticle.self, from: Data(bytes))
        } catch DecodingError.keyNotFound(let key, _) where key.stringValue == "attrib_extracted" {
            return .failure(UnreadableText(reason: "not an extracted-article record (make them with `attrib extract --output articles`; export records lack the article text)"))
        } catch {
            return .failure(UnreadableText(reason: "not an extracted-article record: \(describe(error))"))
        }
        guard value.attribExtracted == 1 else {
            return .failure(UnreadableText(reason: "extracted-article record version \(value.attribExtracted); this attrib reads version 1"))
        }
        if let problem = value.problem { return .failure(UnreadableText(reason: problem)) }
        return .success(value)
    }

    /// The first reference in the record that does not fit its article, if any.
    var problem: String? {
        let length = article.body.unicodeScalars.count
        let sources = extraction.sources.count
        if article.body.isEmpty { return "article \(article.name): empty text" }
        for (index, source) in extraction.sources.enumerated() {
            if let group = source.group, !(0..<sources).contains(group) || group == index {
                return "article \(article.name): source \(index + 1) belongs to group \(group + 1), which is not a listed source"
            }
        }
        for (index, attribution) in extraction.attributions.enumerated() {
            let label = "article \(article.name), attribution \(index + 1)"
            if attribution.pieces.isEmpty { return "\(label): no pieces of text" }
            if let piece = attribution.pieces.first(where: { $0.lowerBound < 0 || $0.upperBound > length }) {
                return "\(label): piece \(piece.lowerBound)..<\(piece.upperBound) lies outside the article text (\(length) characters)"
            }
            if let source = attribution.source, !(0..<sources).contains(source) { return "\(label): source \(source + 1) is not listed" }
            if let denied = attribution.denies, !(0..<extraction.attributions.count).contains(denied) || denied == index {
                return "\(label): denies attribution \(denied + 1), which is not another attribution of the article"
            }
        }
        return nil
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing \((context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: "."))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "malformed JSON" : "bad value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default:
            return "\(error)"
        }
    }
}
