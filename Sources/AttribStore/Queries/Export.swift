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

    /// Streams every attribution to `write`, one record at a time.
    public static func jsonLines(_ database: Database, write: (String) -> Void) throws {
        try each(database) { row, relays in
            let source: String
            if let id = row["source_id"].int {
                source = JSON.object([
                    ("id", String(id)), ("type", JSON.value(row["source_kind"])), ("name", JSON.value(row["name"])),
                    ("mention", JSON.value(row["source_mention"])), ("role", JSON.value(row["source_role"].string.map(DatabaseValue.text) ?? row["role"])),
                    ("descriptor", JSON.value(row["source_mention"].string.flatMap { row["source_kind"].string == "anonymous" ? DatabaseValue.text($0) : nil } ?? row["descriptor"])),
                    ("head", JSON.value(row["head"])), ("count", JSON.value(row["people_count"])), ("affiliation", JSON.value(row["affiliation"])),
                ])
            } else {
                source = JSON.object([("id", "null"), ("type", "null"), ("name", "null"), ("mention", JSON.value(row["source_mention"])),
                                      ("role", "null"), ("descriptor", "null"), ("count", "null"), ("affiliation", "null")])
            }
            write(JSON.object([
                ("article", JSON.value(row["article"])), ("kind", JSON.value(row["kind"])), ("text", JSON.value(row["content"])),
                ("cue", JSON.value(row["cue"])), ("stance", JSON.value(row["stance"])),
                ("relayed_by", "[" + relays.map(JSON.string).joined(separator: ", ") + "]"),
                ("start", JSON.value(row["start_offset"])), ("end", JSON.value(row["end_offset"])), ("claim_id", JSON.value(row["claim_id"])),
                ("source", source), ("rule", JSON.value(row["rule"])),
            ]) + "\n")
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
