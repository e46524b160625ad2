import CSQLite

/// A statement `attrib sql` refuses.
public struct ReadOnlyViolation: Error, CustomStringConvertible, Sendable {
    public let reason: String
    public var description: String { "refused: \(reason); `attrib sql` only reads (use SELECT, or the views listed by `attrib schema`)" }
}

extension Database {
    /// Runs one user-supplied statement that must only read. The connection is read-only
    /// already; on top of that, ATTACH, DETACH and PRAGMA assignments are refused by an
    /// authorizer, and any statement SQLite reports as writing is refused before it runs.
    public func readOnlyQuery(_ sql: String, limit: Int = 1000) throws -> ResultTable {
        sqlite3_set_authorizer(handle, { _, action, _, argument2, _, _ in
            switch action {
            case SQLITE_ATTACH, SQLITE_DETACH: return SQLITE_DENY
            case SQLITE_PRAGMA: return argument2 == nil ? SQLITE_OK : SQLITE_DENY
            default: return SQLITE_OK
            }
        }, nil)
        defer { sqlite3_set_authorizer(handle, nil, nil) }
        let statement: Statement
        do { statement = try prepare(sql) } catch let error as DatabaseError {
            if error.code == SQLITE_AUTH { throw ReadOnlyViolation(reason: "ATTACH, DETACH and PRAGMA assignments are not allowed") }
            throw error
        }
        guard statement.isReadOnly else { throw ReadOnlyViolation(reason: "the statement would change the database") }
        try statement.bind([])
        let names = (0..<statement.columnCount).map(statement.columnName)
        var rows: [[DatabaseValue]] = []
        while rows.count < limit, try statement.step() {
            rows.append((0..<names.count).map(statement.value(at:)))
        }
        return ResultTable(columns: names, rows: rows)
    }
}
