/// The formats `attrib ingest` reads, by file extension.
public enum ArticleFormat: String, Sendable, CaseIterable, Codable {
    case text, markdown, html, json

    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "json", "jsonl", "ndjson": self = .json
        default: return nil
        }
    }
}

/// One article read from a file, before extraction: cleaned body plus metadata.
public struct ArticleRecord: Sendable, Equatable, Codable {
    public var path: String
    public var name: String
    public var format: ArticleFormat
    public var title: String?
    public var outlet: String?
    public var outletEvidence: String?
    public var byline: String?
    public var url: String?
    public var published: String?
    public var body: String
    public var warnings: [String]

    public init(path: String, name: String, format: ArticleFormat, title: String? = nil, outlet: String? = nil,
                outletEvidence: String? = nil, byline: String? = nil, url: String? = nil, published: String? = nil,
                body: String, warnings: [String] = []) {
        self.path = path
        self.name = name
        self.format = format
        self.title = title
        self.outlet = outlet
        self.outletEvidence = outletEvidence
        self.byline = byline
        self.url = url
        self.published = published
        self.body = body
        self.warnings = warnings
    }

    /// SHA-256 over everything that is stored, so changed metadata is new content too.
    public var contentHash: String {
        SHA256.hex([title, outlet, byline, url, published, body].map { $0 ?? "" }.joined(separator: "\u{1F}"))
    }
}

/// Metadata given on the command line; it overrides what the file says.
public struct MetadataOverrides: Sendable {
    public var outlet: String?
    public var published: String?
    public var url: String?
    public init(outlet: String? = nil, published: String? = nil, url: String? = nil) {
        self.outlet = outlet
        self.published = published
        self.url = url
    }
    public var isEmpty: Bool { outlet == nil && published == nil && url == nil }
}
