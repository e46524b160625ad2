/// The canned questions, each one SQL statement over the views in schema.sql. User values are
/// always bound parameters.
public enum CannedQuery: String, Sendable, CaseIterable {
    case unnamedOnly = "unnamed-only"
    case claims
    case speakers
    case anonymous
    case denials
    case relays

    public var sql: String {
        switch self {
        case .unnamedOnly:
            return """
                SELECT claim_id, summary AS claim, articles, independent_origins AS origins, denials,
                       descriptors AS unnamed_sources, article_names AS in_articles
                  FROM unnamed_only_claims ORDER BY articles DESC, independent_origins DESC, claim_id LIMIT ?
                """
        case .claims:
            return """
                SELECT claim_id, summary AS claim, articles, independent_origins AS origins, named_origins AS named,
                       unnamed_origins AS unnamed, denials, outlets
                  FROM claim_overview ORDER BY articles DESC, claim_id LIMIT ?
                """
        case .speakers:
            return """
                SELECT speaker, kind, role, attributions, direct_quotes AS direct, denials, articles
                  FROM speakers ORDER BY attributions DESC, articles DESC, speaker LIMIT ?
                """
        case .anonymous:
            return """
                SELECT descriptor, people_count AS count, affiliation, knowledge AS how_they_know,
                       anonymity_reason AS why_unnamed, article
                  FROM anonymous_sources ORDER BY article_id, source_id LIMIT ?
                """
        case .denials:
            return """
                SELECT denied_by, denial, denied_statement, denied_claim_id AS claim_id, article
                  FROM denials ORDER BY article_id, attribution_id LIMIT ?
                """
        case .relays:
            return """
                SELECT relaying_outlet, relayed_outlet, articles, attributions
                  FROM outlet_relays ORDER BY articles DESC, attributions DESC LIMIT ?
                """
        }
    }

    /// `attrib search`: the best-ranked matches of an FTS5 query.
    public static let searchSQL = """
        SELECT d.attribution_id AS id, d.source, d.content, d.article, d.claim_id
          FROM attribution_search s JOIN attribution_details d ON d.attribution_id = s.rowid
         WHERE attribution_search MATCH ? ORDER BY s.rank LIMIT ?
        """

    public func run(_ database: Database, limit: Int = 1000) throws -> ResultTable {
        ResultTable(try database.prepare(sql).rows([limit]))
    }
}

extension Database {
    /// One article's sourcing profile, found by id, path or file name.
    public func articleProfile(_ reference: String) throws -> (profile: ResultTable, attributions: ResultTable)? {
        let id: Int?
        if let number = Int(reference) { id = number }
        else {
            id = try scalar("SELECT id FROM articles WHERE path = ? OR name = ? ORDER BY id LIMIT 1", [reference, (reference as NSString).lastPathComponent])?.int
        }
        guard let id, try scalar("SELECT 1 FROM articles WHERE id = ?", [id]) != nil else { return nil }
        let profile = ResultTable(try rows("""
            SELECT article_id, article, title, outlet, attributions, named, unnamed, direct_quotes AS direct, denials, relayed, named_share
              FROM article_sourcing WHERE article_id = ?
            """, [id]))
        let attributions = ResultTable(try rows("""
            SELECT d.attribution_id AS id, d.kind, d.cue, d.stance, d.source_kind AS type, d.source, d.content, d.relayed_by
              FROM attribution_details d JOIN attributions a ON a.id = d.attribution_id
             WHERE a.article_id = ? ORDER BY a.ordinal
            """, [id]))
        return (profile, attributions)
    }

    /// Full-text search over what was said and by whom. Words are matched as given; with
    /// `raw`, the FTS5 query syntax (AND, OR, NEAR, "phrases", prefix*) is passed through.
    public func search(_ text: String, raw: Bool = false, limit: Int = 50) throws -> ResultTable {
        let query = raw ? text : text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
        guard !query.isEmpty else { return ResultTable(columns: [], rows: []) }
        do {
            return ResultTable(try prepare(CannedQuery.searchSQL).rows([query, limit]))
        } catch let error as DatabaseError where error.code == 1 {
            throw SearchSyntaxError(query: text, message: error.message)
        }
    }
}

/// A search string FTS5 cannot parse.
public struct SearchSyntaxError: Error, CustomStringConvertible, Sendable {
    public let query: String
    public let message: String
    public var description: String { "cannot search for “\(query)”: \(message) (see FTS5 query syntax, or drop --raw)" }
}

import Foundation
