/// The export record: one JSON object per attribution (a contract other tools rely on, and
/// what `../shared/eval/score.py` reads).
public enum Export {
    static let sql = """
        SELECT a.id, ar.name AS article, a.kind, a.content, a.cue, a.stance, a.start_offset, a.end_offset, a.claim_id,
               a.source_mention, a.source_role, a.rule,
               s.id AS source_id, s.kind AS source_kind, s.name, s.role, s.descriptor, s.head, s.people_count, s.affiliation,
               s.knowledge, s.anonymity_reason,
               (SELECT group_concat(outlet, char(31)) FROM (SELECT outlet FROM relays r WHERE r.attribution_id = a.id ORDER BY position)) AS relays
          FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN sources s ON s.id = a.source_id
         ORDER BY a.article_id, a.ordinal
        """

    public static let csvColumns = ["article", "kind", "text", "cue", "stance", "relayed_by", "start", "end", "claim_id",
                                    "source_id", "source_type", "source_name", "source_mention", "role", "descriptor", "count", "affiliation", "rule"]

    /// One export record's fields. Both `attrib export` (from the database) and `attrib
    /// extract` (from a fresh extraction) fill this one type, so the contract is written once.
    public struct Record: Sendable {
        public struct Source: Sendable {
            var id: Int?
            var type: String
            var name: String?
            var mention: String?
            var role: String?
            var descriptor: String?
            var head: String?
            var count: Int?
            var affiliation: String?
        }
        var article: String
        var kind: String
        var text: String
        var cue: String
        var stance: String
        var relayedBy: [String]
        var start: Int
        var end: Int
        var claimID: Int?
        /// nil when no source was found; `mention` then still carries the words, if any.
        var source: Source?
        var mention: String?
        var rule: String

        public var json: String {
            let sourceJSON: String
            if let source {
                sourceJSON = JSON.object([
                    ("id", JSON.optional(source.id)), ("type", JSON.string(source.type)), ("name", JSON.optional(source.name)),
                    ("mention", JSON.optional(source.mention)), ("role", JSON.optional(source.role)),
                    ("descriptor", JSON.optional(source.descriptor)), ("head", JSON.optional(source.head)),
                    ("count", JSON.optional(source.count)), ("affiliation", JSON.optional(source.affiliation)),
                ])
            } else {
                sourceJSON = JSON.object([("id", "null"), ("type", "null"), ("name", "null"), ("mention", JSON.optional(mention)),
                                          ("role", "null"), ("descriptor", "null"), ("count", "null"), ("affiliation", "null")])
            }
            return JSON.object([
                ("article", JSON.string(article)), ("kind", JSON.string(kind)), ("text", JSON.string(text)),
                ("cue", JSON.string(cue)), ("stance", JSON.string(stance)),
                ("relayed_by", "[" + relayedBy.map(JSON.string).joined(separator: ", ") + "]"),
                ("start", String(start)), ("end", String(end)), ("claim_id", JSON.optional(claimID)),
                ("source", sourceJSON), ("rule", JSON.string(rule)),
            ])
        }
    }

    /// Streams every attribution to `write`, one record at a time.
    public static func jsonLines(_ database: Database, write: (String) -> Void) throws {
        try each(database) { row, relays in
            let mention = row["source_mention"].string
            let isAnonymous = row["source_kind"].string == "anonymous"
            let source = row["source_id"].int.map { id in
                Record.Source(id: id, type: row["source_kind"].string ?? "", name: row["name"].string, mention: mention,
                              role: row["source_role"].string ?? row["role"].string,
                              descriptor: isAnonymous ? (mention.flatMap { Lexicon.isPronoun($0) ? nil : $0 } ?? row["descriptor"].string) : row["descriptor"].string,
                              head: row["head"].string, count: row["people_count"].int, affiliation: row["affiliation"].string)
            }
            let record = Record(article: row["article"].string ?? "", kind: row["kind"].string ?? "", text: row["content"].string ?? "",
                                cue: row["cue"].string ?? "", stance: row["stance"].string ?? "", relayedBy: relays,
                                start: row["start_offset"].int ?? 0, end: row["end_offset"].int ?? 0, claimID: row["claim_id"].int,
                                source: source, mention: mention, rule: row["rule"].string ?? "")
            write(record.json + "\n")
        }
    }

    public static func csv(_ database: Database, write: (String) -> Void) throws {
        write(Renderer.csvRow(csvColumns))
        try each(database) { row, relays in
            let values: [DatabaseValue] = [
                row["article"], row["kind"], row["content"], row["cue"], row["stance"], .text(relays.joined(separator: " > ")),
                row["start_offset"], row["end_offset"], row["claim_id"], row["source_id"], row["source_kind"], row["name"],
                row["source_mention"], row["source_role"].string.map(DatabaseValue.text) ?? row["role"], row["descriptor"],
                row["people_count"], row["affiliation"], row["rule"],
            ]
            write(Renderer.csvRow(values.map(\.description)))
        }
    }

    static func each(_ database: Database, _ body: (Row, [String]) -> Void) throws {
        let statement = try database.prepare(sql)
        try statement.bind([])
        let names = (0..<statement.columnCount).map(statement.columnName)
        while try statement.step() {
            let row = Row(columns: names, values: (0..<names.count).map(statement.value(at:)))
            let relays = row["relays"].string.map { $0.split(separator: "\u{1F}").map(String.init) } ?? []
            body(row, relays)
        }
    }
}
