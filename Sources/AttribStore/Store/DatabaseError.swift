import CSQLite

/// An SQLite failure, with everything needed to understand it without a debugger:
/// the extended result code, SQLite's message, and the SQL that was running.
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    public let extendedCode: Int32
    public let message: String
    public let sql: String?

    /// The primary result code (`SQLITE_BUSY`, `SQLITE_CONSTRAINT`, ...).
    public var code: Int32 { extendedCode & 0xFF }

    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// Reads the current error of a connection.
    init(connection: OpaquePointer?, code: Int32, sql: String?) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        self.init(extendedCode: extended == 0 ? code : extended, message: message, sql: sql)
    }

    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " — while running: \(sql.trimmingPrefix(200))" }
        return text
    }
}

extension String {
    /// At most `count` characters of the string, with an ellipsis when cut.
    func trimmingPrefix(_ count: Int) -> String {
        self.count <= count ? self : String(prefix(count)) + "…"
    }
}
