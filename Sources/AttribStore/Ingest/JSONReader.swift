import Foundation

/// Reads scraper output: a `.json` object or array, or `.jsonl` with one object per line.
/// Field names vary between scrapers, so each field has its usual spellings.
public enum JSONReader {
    /// One JSON article or the reason it was refused; `line` is 1-based for JSON lines.
    public struct Item: Sendable {
        public var line: Int?
        public var result: Result<ArticleRecord, UnreadableText>
    }

    static let textKeys = ["text", "body", "content", "articleBody", "article_body", "maintext", "full_text"]
    static let titleKeys = ["title", "headline", "name"]
    static let outletKeys = ["outlet", "source", "publisher", "site_name", "site", "source_domain", "domain"]
    static let dateKeys = ["published", "date", "datePublished", "published_at", "publish_date", "date_publish", "pubDate", "time"]
    static let urlKeys = ["url", "link", "canonical_url", "uri"]
    static let authorKeys = ["author", "authors", "byline", "creator"]
    static let idKeys = ["id", "name_hint", "file", "filename", "slug"]

    public static func read(text: String, path: String, fileName: String, isLines: Bool, warnings: [String]) -> [Item] {
        if !isLines {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            do {
                let value = try JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [])
                let objects: [Any] = (value as? [Any]) ?? [value]
                return objects.enumerated().map { index, object in
                    Item(line: objects.count > 1 ? index + 1 : nil,
                         result: record(object, path: objects.count > 1 ? "\(path)#\(index + 1)" : path,
                                        fallbackName: objects.count > 1 ? "\(fileName)#\(index + 1)" : fileName, warnings: warnings))
                }
            } catch {
                // A .json file may be JSON lines after all.
                if trimmed.contains("\n") { return read(text: text, path: path, fileName: fileName, isLines: true, warnings: warnings) }
                return [Item(line: nil, result: .failure(UnreadableText(reason: "malformed JSON: \(describe(error))")))]
            }
        }
        var items: [Item] = []
        var number = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map(Substring.init) {
            number += 1
            let trimmed = Whitespace.trimmed(String(line))
            if trimmed.isEmpty { continue }
            do {
                let object = try JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [])
                items.append(Item(line: number, result: record(object, path: "\(path)#\(number)", fallbackName: "\(fileName)#\(number)", warnings: warnings)))
            } catch {
                items.append(Item(line: number, result: .failure(UnreadableText(reason: "line \(number): malformed JSON: \(describe(error))"))))
            }
        }
        return items
    }

    static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error.localizedDescription)"
        return text.count > 120 ? String(text.prefix(120)) + "…" : text
    }

    static func record(_ value: Any, path: String, fallbackName: String, warnings: [String]) -> Result<ArticleRecord, UnreadableText> {
        guard let object = value as? [String: Any] else {
            return .failure(UnreadableText(reason: "\(path): a JSON \(type(of: value)) where an article object was expected"))
        }
        func field(_ keys: [String]) -> String? {
            for key in keys {
                if let value = HTMLPage.string(object[key]) ?? (object[key] as? NSNumber).map({ "\($0)" }) {
                    let trimmed = Whitespace.trimmed(value)
                    if !trimmed.isEmpty { return trimmed }
                }
            }
            return nil
        }
        guard let rawText = field(textKeys) else {
            return .failure(UnreadableText(reason: "article object has no text (looked for \(textKeys.prefix(3).joined(separator: ", ")))"))
        }
        var record = ArticleRecord(path: path, name: field(idKeys) ?? fallbackName, format: .json, body: "", warnings: warnings)
        record.title = field(titleKeys).map { Paragraphs.fold(Entities.decode($0)) }
        record.outlet = field(outletKeys)
        record.outletEvidence = record.outlet == nil ? nil : "json field"
        record.published = field(dateKeys)
        record.url = field(urlKeys)
        record.byline = field(authorKeys)
        var paragraphs: [String]
        if rawText.includes("</p>") || rawText.includes("<br") || rawText.includes("</div>") {
            paragraphs = (try? HTMLPage(html: "<html><body>\(rawText)</body></html>").articleParagraphs()) ?? []
        } else {
            var warnings: [String] = []
            paragraphs = Paragraphs.split(TextDecoding.cleanControls(Entities.decode(rawText), &warnings))
        }
        if let title = record.title, paragraphs.first == title { paragraphs.removeFirst() }
        record.body = paragraphs.joined(separator: "\n\n")
        if record.outlet == nil, let guess = OutletGuess.fromText(paragraphs) {
            record.outlet = guess.outlet
            record.outletEvidence = "text: \(guess.evidence)"
        }
        return .success(record)
    }
}

/// Trimming without Foundation's bridging: bodies are long, and most need no trimming at all.
enum Whitespace {
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return text }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }

    static func isBlank(_ text: String) -> Bool {
        !text.unicodeScalars.contains { !$0.properties.isWhitespace }
    }
}
