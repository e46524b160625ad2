import CLibXML2
import Foundation

/// Reads a web page with libxml2's HTML parser (the forgiving one browsers' pages need) and
/// keeps the article: the container with the most paragraph text, minus navigation, scripts,
/// ads, captions, credits and sign-up boxes. Metadata comes from `<meta>` and JSON-LD.
public enum HTMLReader {
    public static func read(text: String, path: String, name: String, warnings: [String]) throws -> ArticleRecord {
        var record = ArticleRecord(path: path, name: name, format: .html, body: "", warnings: warnings)
        let page = try HTMLPage(html: text)
        let meta = page.metadata()
        record.title = meta.title
        record.outlet = meta.outlet
        record.outletEvidence = meta.outlet == nil ? nil : "html metadata"
        record.published = meta.published
        record.url = meta.url
        record.byline = meta.author
        var paragraphs = page.articleParagraphs()
        let domText = paragraphs.reduce(0) { $0 + $1.count }
        if domText < 300, let body = meta.articleBody, body.count > domText {
            paragraphs = Paragraphs.split(Entities.decode(body))
            record.warnings.append("article text taken from the page's JSON-LD articleBody")
        }
        paragraphs = paragraphs.filter { !ParagraphFilter.isNonArticle($0) }
        if paragraphs.isEmpty && page.tooDeep {
            throw UnreadableText(reason: "elements nested more than 256 levels deep; the HTML parser stops there and found no article text above")
        }
        if let title = record.title ?? page.firstHeading() {
            record.title = title
            if let first = paragraphs.first, first == title { paragraphs.removeFirst() }
        }
        if record.outlet == nil, let guess = OutletGuess.fromText(paragraphs) {
            record.outlet = guess.outlet
            record.outletEvidence = "text: \(guess.evidence)"
        }
        record.body = paragraphs.joined(separator: "\n\n")
        return record
    }
}

/// Paragraph-level boilerplate that survives structural cleaning in any format.
enum ParagraphFilter {
    static func isNonArticle(_ paragraph: String) -> Bool {
        let lower = paragraph.lowercased()
        if paragraph.count < 60 {
            if ["advertisement", "advertisement:", "ad", "related", "related stories", "read more", "share", "share this article",
                "more on this story", "most read", "top stories", "loading...", "comments"].contains(lower) { return true }
            if lower.hasPrefix("by ") && paragraph.split(separator: " ").count <= 7 && !lower.contains(" said") { return true }
            if lower.hasPrefix("photo:") || lower.hasPrefix("image:") || lower.hasPrefix("credit:") { return true }
        }
        if lower.hasPrefix("sign up") || lower.hasPrefix("subscribe to") || lower.hasPrefix("we use cookies") { return true }
        return false
    }
}

/// A parsed HTML document; owns the libxml2 tree and frees it in `deinit`.
final class HTMLPage {
    private let document: htmlDocPtr
    private let root: xmlNodePtr
    /// Whether the page nests elements deeper than the parser follows.
    private(set) var tooDeep = false

    struct Metadata {
        var title: String?
        var outlet: String?
        var published: String?
        var url: String?
        var author: String?
        var articleBody: String?
    }

    /// libxml2 must be initialized once, on one thread, before it parses on several (ingest
    /// parses in parallel); without it, two first parses race on its global locks and hang.
    private static let libraryInitialized: Void = { xmlInitParser() }()

    init(html: String) throws {
        _ = Self.libraryInitialized
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        var bytes = Array(html.utf8)
        if bytes.isEmpty { bytes = [0x20] }
        guard let context = htmlNewParserCtxt() else { throw UnreadableText(reason: "the HTML parser could not start") }
        defer { htmlFreeParserCtxt(context) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        // libxml2 stops descending at 256 levels; say so rather than report an empty page.
        if let message = context.pointee.lastError.message, String(cString: message).contains("Excessive depth") {
            tooDeep = true
        }
        guard let document else { throw UnreadableText(reason: "the HTML parser could not read this page") }
        guard let root = xmlDocGetRootElement(document) else {
            xmlFreeDoc(document)
            throw UnreadableText(reason: "the page has no HTML elements")
        }
        self.document = document
        self.root = root
    }

    deinit { xmlFreeDoc(document) }

    // MARK: Metadata

    func metadata() -> Metadata {
        var meta = Metadata()
        var metaTags: [String: String] = [:]
        var pageTitle: String?
        var canonical: String?
        var jsonLD: [[String: Any]] = []
        walk(root) { node, name in
            switch name {
            case "meta":
                if let key = (attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop"))?.lowercased(),
                   let content = attribute(node, "content")?.trimmed(), !content.isEmpty, metaTags[key] == nil {
                    metaTags[key] = content
                }
            case "title":
                if pageTitle == nil { pageTitle = Paragraphs.fold(text(of: node)) }
            case "link":
                if attribute(node, "rel")?.lowercased() == "canonical" { canonical = attribute(node, "href") }
            case "script":
                if attribute(node, "type")?.lowercased() == "application/ld+json" {
                    jsonLD.append(contentsOf: HTMLPage.newsObjects(in: rawText(of: node)))
                }
            default: break
            }
            return true
        }
        let article = jsonLD.first { object in
            let type = "\(object["@type"] ?? "")"
            return type.contains("Article") || type.contains("Posting") || type.contains("Report")
        } ?? jsonLD.first
        func ld(_ key: String) -> String? { article.flatMap { HTMLPage.string($0[key]) } }
        meta.title = metaTags["og:title"] ?? ld("headline") ?? metaTags["twitter:title"] ?? pageTitle.map(HTMLPage.stripSiteSuffix)
        meta.outlet = metaTags["og:site_name"] ?? (article?["publisher"]).flatMap { HTMLPage.string($0) } ?? metaTags["application-name"]
        meta.published = metaTags["article:published_time"] ?? ld("datePublished") ?? metaTags["date"] ?? metaTags["pubdate"]
            ?? metaTags["sailthru.date"] ?? metaTags["dc.date"] ?? ld("dateCreated")
        meta.url = canonical ?? metaTags["og:url"] ?? ld("url")
        meta.author = (article?["author"]).flatMap { HTMLPage.string($0) } ?? metaTags["author"]
        meta.articleBody = ld("articleBody")
        if let title = meta.title { meta.title = Paragraphs.fold(Entities.decode(title)) }
        return meta
    }

    static func stripSiteSuffix(_ title: String) -> String {
        for separator in [" | ", " - ", " — ", " – "] {
            if let range = title.range(of: separator, options: .backwards), title[..<range.lowerBound].count > 15 {
                return String(title[..<range.lowerBound])
            }
        }
        return title
    }

    /// NewsArticle-like objects in a JSON-LD block (top level, arrays and `@graph`).
    static func newsObjects(in json: String) -> [[String: Any]] {
        guard let data = json.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
        var found: [[String: Any]] = []
        func visit(_ value: Any, depth: Int) {
            guard depth < 6 else { return }
            if let array = value as? [Any] { array.forEach { visit($0, depth: depth + 1) } }
            if let object = value as? [String: Any] {
                found.append(object)
                if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
            }
        }
        visit(value, depth: 0)
        return found
    }

    /// A display string from JSON-LD values: strings, `{"name": ...}` objects, or lists of them.
    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: return text.isEmpty ? nil : text
        case let object as [String: Any]: return string(object["name"])
        case let array as [Any]:
            let names = array.compactMap { string($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        default: return nil
        }
    }

    // MARK: Article text

    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figure", "figcaption", "iframe",
        "svg", "button", "select", "template", "object", "embed", "video", "audio", "canvas", "input", "textarea",
        "label", "dialog", "menu", "head", "title", "meta", "link",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "br", "section", "article", "tr", "dd", "dt",
        "pre", "ul", "ol", "table", "main", "hr",
    ]
    static let junkClassWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "header", "sidebar", "aside", "related", "share", "sharing", "social",
        "newsletter", "subscribe", "subscription", "promo", "ad", "ads", "advert", "advertisement", "cookie", "cookies",
        "banner", "caption", "credit", "credits", "comment", "comments", "breadcrumb", "breadcrumbs", "popup", "modal",
        "paywall", "byline", "tags", "recommended", "recommendations", "trending", "signup", "outbrain", "taboola",
        "toolbar", "masthead", "skip", "mostread", "teaser", "teasers", "widget", "sponsored",
    ]

    static func isJunk(_ node: xmlNodePtr, name: String, attribute: (xmlNodePtr, String) -> String?) -> Bool {
        if skippedElements.contains(name) { return true }
        if attribute(node, "hidden") != nil || attribute(node, "aria-hidden") == "true" { return true }
        if let role = attribute(node, "role"), ["navigation", "banner", "contentinfo", "complementary", "dialog"].contains(role) { return true }
        let labels = [attribute(node, "class"), attribute(node, "id")].compactMap { $0?.lowercased() }.joined(separator: " ")
        guard !labels.isEmpty else { return false }
        let words = labels.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.contains { junkClassWords.contains(String($0)) }
    }

    /// The paragraphs of the main article container.
    func articleParagraphs() -> [String] {
        let container = mainContainer()
        var paragraphs: [String] = []
        var current = ""
        func flush() {
            let folded = Paragraphs.fold(current)
            if !folded.isEmpty { paragraphs.append(folded) }
            current = ""
        }
        var isFirst = true
        walk(container, enter: { node, name in
            if !isFirst && HTMLPage.isJunk(node, name: name, attribute: self.attribute) { return false }
            isFirst = false
            if HTMLPage.blockElements.contains(name) { flush() }
            return true
        }, leave: { _, name in
            if HTMLPage.blockElements.contains(name) { flush() }
        }, text: { content in current += content })
        flush()
        return paragraphs
    }

    /// The `<article>` (or articleBody) with the most paragraph text; failing that, the element
    /// whose `<p>` children hold the most text.
    func mainContainer() -> xmlNodePtr {
        var articles: [xmlNodePtr] = []
        var scores: [xmlNodePtr: Int] = [:]
        walk(root) { node, name in
            if HTMLPage.skippedElements.contains(name) && name != "header" { return false }
            let itemprop = self.attribute(node, "itemprop")
            if name == "article" || itemprop == "articleBody" { articles.append(node) }
            if name == "p" {
                let length = self.text(of: node).count
                if let parent = node.pointee.parent {
                    scores[parent, default: 0] += length
                    if let grand = parent.pointee.parent { scores[grand, default: 0] += length / 2 }
                }
            }
            return true
        }
        func paragraphText(_ node: xmlNodePtr) -> Int {
            var total = 0
            walk(node) { child, name in
                if name == "p" { total += self.text(of: child).count; return false }
                return !HTMLPage.skippedElements.contains(name)
            }
            return total
        }
        if let best = articles.max(by: { paragraphText($0) < paragraphText($1) }), paragraphText(best) >= 200 {
            return best
        }
        if let best = scores.max(by: { $0.value < $1.value }), best.value >= 200 { return best.key }
        return bodyElement() ?? root
    }

    func firstHeading() -> String? {
        var heading: String?
        walk(root) { node, name in
            if heading != nil { return false }
            if name == "h1" { heading = Paragraphs.fold(text(of: node)); return false }
            return true
        }
        return heading.flatMap { $0.isEmpty ? nil : $0 }
    }

    private func bodyElement() -> xmlNodePtr? {
        var body: xmlNodePtr?
        walk(root) { node, name in
            if name == "body" { body = node; return false }
            return body == nil
        }
        return body
    }

    // MARK: Tree access

    /// Depth-first walk over elements; `visit` returns whether to descend. Iterative, so deeply
    /// nested pages cannot overflow the stack.
    func walk(_ start: xmlNodePtr, _ visit: (xmlNodePtr, String) -> Bool) {
        walk(start, enter: visit, leave: { _, _ in }, text: { _ in })
    }

    func walk(_ start: xmlNodePtr, enter: (xmlNodePtr, String) -> Bool, leave: (xmlNodePtr, String) -> Void, text: (String) -> Void) {
        var stack: [(node: xmlNodePtr, entered: Bool)] = [(start, false)]
        while let (node, entered) = stack.popLast() {
            let type = node.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                if let content = node.pointee.content { text(String(cString: content)) }
                continue
            }
            guard type == XML_ELEMENT_NODE else { continue }
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if entered { leave(node, name); continue }
            guard enter(node, name) else { continue }
            stack.append((node, true))
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child { children.append(current); child = current.pointee.next }
            stack.append(contentsOf: children.reversed().map { ($0, false) })
        }
    }

    func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let propertyName = current.pointee.name, String(cString: propertyName).lowercased() == name {
                guard let value = current.pointee.children, let content = value.pointee.content else { return "" }
                return String(cString: content)
            }
            property = current.pointee.next
        }
        return nil
    }

    /// The visible text under a node (scripts and styles excluded).
    func text(of node: xmlNodePtr) -> String {
        var result = ""
        walk(node, enter: { _, name in name != "script" && name != "style" }, leave: { _, _ in }, text: { result += $0 })
        return result
    }

    /// All text under a node, scripts included (for JSON-LD).
    func rawText(of node: xmlNodePtr) -> String {
        var result = ""
        walk(node, enter: { _, _ in true }, leave: { _, _ in }, text: { result += $0 })
        return result
    }
}
