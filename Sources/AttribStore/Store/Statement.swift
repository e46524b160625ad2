import CSQLite

/// A value as SQLite stores it.
public enum DatabaseValue: Sendable, Equatable, CustomStringConvertible {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public var description: String {
        switch self {
        case .null: return ""
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .text(let value): return value
        }
    }

    public var int: Int? { if case .integer(let v) = self { return Int(v) }; return nil }
    public var string: String? {
        switch self {
        case .text(let v): return v
        case .integer(let v): return String(v)
        case .real(let v): return String(v)
        case .null: return nil
        }
    }
}

/// Converts Swift values to `DatabaseValue` for binding.
public protocol DatabaseValueConvertible: Sendable {
    var databaseValue: DatabaseValue { get }
}

extension Int: DatabaseValueConvertible { public var databaseValue: DatabaseValue { .integer(Int64(self)) } }
extension Int64: DatabaseValueConvertible { public var databaseValue: DatabaseValue { .integer(self) } }
extension Double: DatabaseValueConvertible { public var databaseValue: DatabaseValue { .real(self) } }
extension String: DatabaseValueConvertible { public var databaseValue: DatabaseValue { .text(self) } }
extension Bool: DatabaseValueConvertible { public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) } }
extension DatabaseValue: DatabaseValueConvertible { public var databaseValue: DatabaseValue { self } }
extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
}

/// SQLite copies bound text immediately, so Swift's temporary buffers may go away.
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One prepared statement. It is prepared in `init` and finalized in `deinit`, so a statement
/// can never leak or outlive a failed preparation.
public final class Statement {
    let handle: OpaquePointer
    public let sql: String
    private unowned let database: Database

    init(database: Database, sql: String) throws {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v2(database.handle, sql, -1, &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw DatabaseError(connection: database.handle, code: code, sql: sql)
        }
        self.handle = handle
        self.sql = sql
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// Whether the statement leaves the database unchanged (used to enforce read-only `sql`).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// Binds the values to `?1`, `?2`, ... in order, after resetting the statement.
    public func bind(_ values: [DatabaseValueConvertible]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value.databaseValue {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let v): code = sqlite3_bind_int64(handle, index, v)
            case .real(let v): code = sqlite3_bind_double(handle, index, v)
            case .text(let v):
                // Bound with its byte length: text may contain NUL and need no terminator.
                var text = v
                code = text.withUTF8 { buffer -> Int32 in
                    guard let base = buffer.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, SQLITE_TRANSIENT) }
                    return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                        sqlite3_bind_text(handle, index, pointer, Int32(buffer.count), SQLITE_TRANSIENT)
                    }
                }
            }
            guard code == SQLITE_OK else { throw DatabaseError(connection: database.handle, code: code, sql: sql) }
        }
    }

    /// Steps once: `true` when a row is available, `false` when done.
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw DatabaseError(connection: database.handle, code: code, sql: sql)
        }
    }

    /// Runs the statement to completion with the given arguments.
    public func execute(_ values: [DatabaseValueConvertible] = []) throws {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)
    }

    public var columnCount: Int { Int(sqlite3_column_count(handle)) }
    public func columnName(_ index: Int) -> String { String(cString: sqlite3_column_name(handle, Int32(index))) }

    public func value(at index: Int) -> DatabaseValue {
        let i = Int32(index)
        switch sqlite3_column_type(handle, i) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, i))
        default:
            guard let bytes = sqlite3_column_text(handle, i) else { return .null }
            let count = Int(sqlite3_column_bytes(handle, i))
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        }
    }

    public func int(_ index: Int) -> Int { Int(sqlite3_column_int64(handle, Int32(index))) }
    public func string(_ index: Int) -> String? { value(at: index).string }

    /// All rows for the given arguments, each as its column values.
    public func rows(_ values: [DatabaseValueConvertible] = []) throws -> [Row] {
        try bind(values)
        var result: [Row] = []
        let names = (0..<columnCount).map(columnName)
        while try step() {
            result.append(Row(columns: names, values: (0..<names.count).map(value(at:))))
        }
        sqlite3_reset(handle)
        return result
    }
}

/// One result row: column names and values, read by name or position.
public struct Row: Sendable {
    public let columns: [String]
    public let values: [DatabaseValue]

    public subscript(_ name: String) -> DatabaseValue {
        guard let index = columns.firstIndex(of: name) else { return .null }
        return values[index]
    }
    public subscript(_ index: Int) -> DatabaseValue { values[index] }
}
