/// The kinds of source attrib distinguishes.
public enum SourceKind: String, Sendable, Codable {
    case person, organization, anonymous
}

/// A source as one article presents it.
public struct ExtractedSource: Sendable, Equatable, Codable {
    public var kind: SourceKind
    public var name: String?
    public var role: String?
    public var descriptor: String?
    public var head: String?
    public var count: Int?
    public var affiliation: String?
    public var knowledge: String?
    public var reason: String?
    public var isOutlet: Bool = false
    /// Index of the group this anonymous source belongs to ("one of the sources").
    public var group: Int?
}

public enum AttributionKind: String, Sendable, Codable { case direct, indirect }
public enum Stance: String, Sendable, Codable { case asserts, denies }

/// One attribution found in an article, pointing back to its words.
public struct ExtractedAttribution: Sendable, Equatable, Codable {
    public var kind: AttributionKind
    public var content: String
    /// Scalar ranges into the body whose text, joined by single spaces, is `content`.
    public var pieces: [Range<Int>]
    public var cue: String
    public var stance: Stance
    /// Index into `Extraction.sources`.
    public var source: Int?
    public var mention: String?
    public var mentionRole: String?
    /// How the source was found, for `attrib explain`.
    public var resolution: String
    /// The rule that produced the attribution.
    public var rule: String
    public var relayedBy: [String]
    /// Index of the attribution this one denies, when known.
    public var denies: Int?

    public var start: Int { pieces.first?.lowerBound ?? 0 }
    public var end: Int { pieces.last?.upperBound ?? 0 }
}

/// Everything extracted from one article body.
public struct Extraction: Sendable, Equatable, Codable {
    public var sources: [ExtractedSource] = []
    public var attributions: [ExtractedAttribution] = []
    /// Quotation marks that had to be paired by repair (unclosed or stray).
    public var quoteRepairs = 0
}
