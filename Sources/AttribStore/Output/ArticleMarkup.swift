/// An article's text with its attributions marked, for `attrib show`: content of named
/// sources in green, of unnamed sources in yellow, denials in red, each followed by a tag
/// naming its source. Without colour (not a terminal, or NO_COLOR) the marks are brackets.
public struct ArticleMarkup: Sendable {
    public var useColor: Bool

    public init(useColor: Bool) { self.useColor = useColor }

    enum Style: String {
        case named = "32", unnamed = "33", denial = "31", namedTag = "1;36", unnamedTag = "1;35", dim = "2", bold = "1"
    }

    func paint(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    struct Mark {
        var start: Int
        var end: Int
        var isLastPiece: Bool
        var id: Int
        var named: Bool
        var denial: Bool
        var source: String
        var cue: String
    }

    /// Renders the article `reference` (id, path or name), or nil when there is none.
    public func render(_ database: Database, article reference: String) throws -> String? {
        let id: Int?
        if let number = Int(reference) { id = number } else {
            id = try database.scalar("SELECT id FROM articles WHERE path = ? OR name = ? ORDER BY id LIMIT 1",
                                     [reference, (reference as NSString).lastPathComponent])?.int
        }
        guard let id, let article = try database.rows("SELECT * FROM articles WHERE id = ?", [id]).first else { return nil }
        let body = Array((article["body"].string ?? "").unicodeScalars)
        var marks: [Mark] = []
        for row in try database.rows("""
            SELECT a.id, a.stance, a.cue, s.kind, COALESCE(s.name, s.descriptor, a.source_mention, 'unknown') AS source,
                   p.start_offset, p.end_offset, p.piece, (SELECT max(piece) FROM attribution_pieces q WHERE q.attribution_id = a.id) AS pieces
              FROM attributions a JOIN attribution_pieces p ON p.attribution_id = a.id LEFT JOIN sources s ON s.id = a.source_id
             WHERE a.article_id = ? ORDER BY p.start_offset
            """, [id]) {
            marks.append(Mark(start: row["start_offset"].int ?? 0, end: row["end_offset"].int ?? 0,
                              isLastPiece: row["piece"].int == row["pieces"].int, id: row["id"].int ?? 0,
                              named: ["person", "organization"].contains(row["kind"].string ?? ""),
                              denial: row["stance"].string == "denies", source: row["source"].string ?? "", cue: row["cue"].string ?? ""))
        }
        var out = ""
        out += paint(article["title"].string ?? article["name"].string ?? "", .bold) + "\n"
        let meta = [article["outlet"].string, article["published"].string, article["name"].string].compactMap { $0 }
        out += paint(meta.joined(separator: " · "), .dim) + "\n\n"
        out += legend() + "\n\n"
        var cursor = 0
        for mark in marks where mark.start >= cursor && mark.end <= body.count && mark.start < mark.end {
            out += String(String.UnicodeScalarView(body[cursor..<mark.start]))
            let words = String(String.UnicodeScalarView(body[mark.start..<mark.end]))
            let style: Style = mark.denial ? .denial : (mark.named ? .named : .unnamed)
            out += useColor ? paint(words, style) : "⟦" + words + "⟧"
            if mark.isLastPiece {
                let tag = "[#\(mark.id) \(mark.source) · \(mark.named ? "named" : "unnamed")\(mark.denial ? " · denies" : "") · \(mark.cue)]"
                out += " " + paint(tag, mark.named ? .namedTag : .unnamedTag)
            }
            cursor = mark.end
        }
        out += String(String.UnicodeScalarView(body[min(cursor, body.count)...])) + "\n\n"
        out += footer(try database.rows("SELECT * FROM article_sourcing WHERE article_id = ?", [id]).first)
        return out
    }

    func legend() -> String {
        if useColor {
            return "legend: " + paint("named source's words", .named) + "  " + paint("unnamed source's words", .unnamed) + "  "
                + paint("denial", .denial) + "  " + paint("[#id named source]", .namedTag) + "  " + paint("[#id unnamed source]", .unnamedTag)
        }
        return "legend: ⟦attributed words⟧ [#id source · named|unnamed · cue]"
    }

    func footer(_ row: Row?) -> String {
        guard let row else { return "" }
        let total = row["attributions"].int ?? 0
        let named = row["named"].int ?? 0
        let unnamed = row["unnamed"].int ?? 0
        let share = total == 0 ? 0 : Int((Double(named) / Double(total) * 100).rounded())
        return paint("sourcing: \(total) attributions — \(named) named, \(unnamed) unnamed (\(share)% named), "
            + "\(row["direct_quotes"].int ?? 0) direct quotes, \(row["denials"].int ?? 0) denials, \(row["relayed"].int ?? 0) relayed", .dim) + "\n"
    }
}

import Foundation
