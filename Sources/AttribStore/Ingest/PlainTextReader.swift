import Foundation

/// Reads `.txt` and `.md` articles: optional front matter, the headline first, then the body.
public enum PlainTextReader {
    public static func read(text raw: String, path: String, name: String, format: ArticleFormat, warnings: [String]) -> ArticleRecord {
        var record = ArticleRecord(path: path, name: name, format: format, body: "", warnings: warnings)
        var text = raw
        let frontMatter = FrontMatter.parse(&text)
        for (key, value) in frontMatter {
            switch key {
            case "title", "headline": record.title = value
            case "outlet", "source", "publisher", "site": record.outlet = value; record.outletEvidence = "front matter"
            case "date", "published", "published_at", "datepublished": record.published = value
            case "url", "link", "canonical": record.url = value
            case "author", "byline", "authors": record.byline = value
            default: continue
            }
        }
        if text.includes("&") {
            let decoded = Entities.decode(text)
            if decoded != text { record.warnings.append("decoded HTML character references") }
            text = decoded
        }
        if format == .markdown { text = Markdown.plainText(text) }
        var paragraphs = Paragraphs.split(text)
        if record.outlet == nil, let guess = OutletGuess.fromText(paragraphs) {
            record.outlet = guess.outlet
            record.outletEvidence = "text: \(guess.evidence)"
        }
        // Leading site chrome ("Skip to content", "Support The Moscow Times!") is not the article.
        while let first = paragraphs.first, Boilerplate.isSiteChrome(first) { paragraphs.removeFirst() }
        if record.title == nil, let first = paragraphs.first, Headline.looksLikeHeadline(first, next: paragraphs.dropFirst().first) {
            record.title = first
            paragraphs.removeFirst()
        } else if let title = record.title, paragraphs.first == title {
            paragraphs.removeFirst()
        }
        if format == .markdown, record.title == nil, let first = paragraphs.first, first.count < 200 {
            record.title = first
            paragraphs.removeFirst()
        }
        record.body = paragraphs.joined(separator: "\n\n")
        return record
    }
}

/// `---` delimited `key: value` lines at the very top of a file.
enum FrontMatter {
    static func parse(_ text: inout String) -> [(String, String)] {
        let trimmed = text.drop(while: { $0 == "\n" || $0 == " " })
        guard trimmed.hasPrefix("---\n") || trimmed.hasPrefix("+++\n") else { return [] }
        let fence = trimmed.prefix(3)
        let rest = trimmed.dropFirst(4)
        guard let end = rest.range(of: "\n\(fence)") else { return [] }
        var pairs: [(String, String)] = []
        for line in rest[..<end.lowerBound].split(separator: "\n") {
            guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "=" }) else { continue }
            let key = line[..<colon].trimmingSpaces().lowercased()
            var value = String(line[line.index(after: colon)...].trimmingSpaces())
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q { value = String(value.dropFirst().dropLast()) }
            if !value.isEmpty { pairs.append((key, value)) }
        }
        let after = rest[end.upperBound...].drop(while: { $0 != "\n" })
        text = String(after)
        return pairs
    }
}

/// Whether a first line is a headline rather than the first paragraph.
enum Headline {
    static func looksLikeHeadline(_ line: String, next: String?) -> Bool {
        let words = line.split(separator: " ")
        guard !words.isEmpty, words.count <= 30, line.count <= 220 else { return false }
        if let last = line.last, ".".contains(last), words.count > 14 { return false }
        // A dateline paragraph ("CHICAGO, Feb. 27 (Reuters) - ...") is body, not a headline.
        if line.contains(" - ") && line.uppercased().hasPrefix(String(line.prefix(4)).uppercased()) && words.count > 20 { return false }
        return true
    }
}

/// Lines that belong to the site around an article, not to the article.
enum Boilerplate {
    static let chromeStarts = ["skip to content", "skip to main content", "view featured image", "support ", "sign up",
                               "subscribe", "advertisement", "menu", "share this", "listen to this article", "follow us"]

    static func isSiteChrome(_ paragraph: String) -> Bool {
        let lower = paragraph.lowercased()
        guard paragraph.count < 80 else { return false }
        return chromeStarts.contains { lower.hasPrefix($0) }
    }
}

/// Markdown to plain text: the words a reader sees, without markup.
enum Markdown {
    static func plainText(_ text: String) -> String {
        var lines: [String] = []
        var inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var s = String(line)
            if s.trimmingCharacters(in: .whitespaces).hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            let trimmed = s.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") { s = String(trimmed.drop(while: { $0 == "#" })).trimmingCharacters(in: .whitespaces) }
            else if trimmed.hasPrefix(">") { s = String(trimmed.drop(while: { $0 == ">" || $0 == " " })) }
            else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ") { s = String(trimmed.dropFirst(2)) }
            else if trimmed.allSatisfy({ "-*_= ".contains($0) }) && trimmed.count >= 3 { s = "" }
            lines.append(inline(s))
        }
        return lines.joined(separator: "\n")
    }

    /// Links and images to their text, emphasis markers and inline code marks removed.
    static func inline(_ line: String) -> String {
        var out = ""
        var chars = Array(line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "!" && i + 1 < chars.count && chars[i + 1] == "[" { i += 1; continue }
            if c == "[", let close = chars[i...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(",
               let paren = chars[(close + 1)...].firstIndex(of: ")") {
                out += String(chars[(i + 1)..<close])
                i = paren + 1
                continue
            }
            if c == "*" || c == "`" || (c == "_" && (i == 0 || chars[i - 1] == " " || i + 1 == chars.count || chars[i + 1] == " " || "*_".contains(chars[i + 1]) || (i > 0 && "*_".contains(chars[i - 1])))) {
                i += 1
                continue
            }
            if c == "<", let close = chars[i...].firstIndex(of: ">"), close - i < 80 { i = close + 1; continue }
            out.append(c)
            i += 1
        }
        chars.removeAll()
        return out
    }
}
