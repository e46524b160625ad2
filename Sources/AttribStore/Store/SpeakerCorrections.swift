/// Manual corrections of who is who: `attrib speakers merge` and `attrib speakers split`.
/// Each is stored as an alias (table source_aliases) that ingest consults first, so a
/// correction holds for articles ingested later and for re-ingested ones.
public enum SpeakerCorrectionError: Error, CustomStringConvertible, Sendable {
    case unknown(String)
    case ambiguous(String, [String])
    case same(String)
    case notMerged(String)

    public var description: String {
        switch self {
        case .unknown(let name): return "no named speaker “\(name)” (see `attrib query speakers`)"
        case .ambiguous(let name, let matches): return "“\(name)” matches several speakers: \(matches.joined(separator: ", ")); give the full name"
        case .same(let name): return "“\(name)” is already that speaker"
        case .notMerged(let name): return "“\(name)” was not merged into another speaker, so there is nothing to split"
        }
    }
}

extension Database {
    /// The named source a user means by `name`: its exact name, its folded identity key, or
    /// the one source whose name ends with it.
    func namedSource(_ name: String) throws -> (id: Int, name: String, key: String) {
        let key = NameIdentity.key(name)
        let matches = try rows("""
            SELECT id, name, identity_key FROM sources
             WHERE kind <> 'anonymous' AND (name = ?1 OR identity_key = ?2 OR identity_key LIKE '% ' || ?2)
             ORDER BY (name = ?1) DESC, (identity_key = ?2) DESC LIMIT 5
            """, [name, key])
        guard let first = matches.first, let id = first["id"].int else { throw SpeakerCorrectionError.unknown(name) }
        let exact = matches.filter { $0["name"].string == name || $0["identity_key"].string == key }
        if exact.isEmpty && matches.count > 1 { throw SpeakerCorrectionError.ambiguous(name, matches.compactMap { $0["name"].string }) }
        return (id, first["name"].string ?? name, first["identity_key"].string ?? key)
    }

    /// Makes `name` the same speaker as `target`: its attributions move to the target, and its
    /// spelling becomes an alias of the target. Returns how many attributions moved.
    @discardableResult
    public func mergeSpeakers(_ name: String, into target: String) throws -> Int {
        try transaction {
            let from = try namedSource(name)
            let into = try namedSource(target)
            guard from.id != into.id else { throw SpeakerCorrectionError.same(name) }
            let claims = Set(try rows("SELECT DISTINCT claim_id FROM attributions WHERE source_id = ? AND claim_id IS NOT NULL", [from.id]).compactMap { $0[0].int })
            try execute("UPDATE attributions SET source_id = ? WHERE source_id = ?", [into.id, from.id])
            let moved = changes
            try refreshClaimCounts(claims)
            try recountSources([into.id])
            try execute("UPDATE source_aliases SET source_id = ? WHERE source_id = ?", [into.id, from.id])
            try execute("INSERT OR REPLACE INTO source_aliases (identity_key, source_id, spelling) VALUES (?, ?, ?)", [from.key, into.id, from.name])
            try execute("DELETE FROM sources WHERE id = ?", [from.id])
            return moved
        }
    }

    /// Undoes a merge: the spelling `name` becomes its own speaker again, with the attributions
    /// whose words at the attribution used that spelling. Returns how many attributions moved.
    @discardableResult
    public func splitSpeaker(_ name: String) throws -> Int {
        try transaction {
            let key = NameIdentity.key(name)
            guard let alias = try rows("SELECT source_id, spelling FROM source_aliases WHERE identity_key = ?", [key]).first,
                  let merged = alias["source_id"].int else { throw SpeakerCorrectionError.notMerged(name) }
            let kind = try scalar("SELECT kind FROM sources WHERE id = ?", [merged])?.string ?? "person"
            let spelling = alias["spelling"].string ?? name
            try execute("DELETE FROM source_aliases WHERE identity_key = ?", [key])
            try execute("INSERT INTO sources (kind, name, identity_key) VALUES (?, ?, ?)", [kind, spelling, key])
            let restored = lastInsertedRowID
            // The attributions that named this spelling (or its last word) go back to it.
            let lastWord = spelling.split(separator: " ").last.map(String.init) ?? spelling
            try execute("""
                UPDATE attributions SET source_id = ?
                 WHERE source_id = ? AND (source_mention LIKE '%' || ? || '%' OR source_mention LIKE '%' || ? || '%')
                """, [restored, merged, spelling, lastWord])
            let moved = changes
            let claims = Set(try rows("SELECT DISTINCT claim_id FROM attributions WHERE source_id = ? AND claim_id IS NOT NULL", [restored]).compactMap { $0[0].int })
            try refreshClaimCounts(claims)
            try recountSources([restored, merged])
            return moved
        }
    }
}
