import CSQLite
import Foundation

/// One SQLite connection. The type owns the C handle: opened in `init`, closed in `deinit`.
/// Not thread-safe by design: each process has one writer connection, and parallel work
/// (extraction) happens outside the database.
public final class Database {
    public enum Mode: Sendable {
        case readOnly
        case readWrite
    }

    let handle: OpaquePointer
    public let path: String
    public let mode: Mode
    private var statementCache: [String: Statement] = [:]
    /// Set when `ATTRIB_PROFILE_SQL` asks for each statement's time (see `StatementProfile`).
    private let profile: StatementProfile?

    /// Process-wide SQLite settings, applied once before the first connection opens.
    private static let configured: Bool = attrib_sqlite_disable_memory_statistics() == SQLITE_OK

    public init(path: String, mode: Mode = .readWrite) throws {
        _ = Self.configured
        var handle: OpaquePointer?
        let flags: Int32 = mode == .readOnly
            ? SQLITE_OPEN_READONLY
            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        let code = sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let handle else {
            let error = DatabaseError(connection: handle, code: code, sql: nil)
            sqlite3_close_v2(handle)
            throw error
        }
        self.handle = handle
        self.path = path
        self.mode = mode
        sqlite3_extended_result_codes(handle, 1)
        // A concurrent writer holds the lock for one article's transaction at a time; wait for it.
        sqlite3_busy_timeout(handle, 10_000)
        profile = StatementProfile.isRequested ? StatementProfile() : nil
        profile?.attach(to: handle)
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
        if let profile { FileHandle.standardError.write(Data((profile.report() + "\n").utf8)) }
    }

    /// Runs one or more SQL statements that return no rows of interest.
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if code != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(errorMessage)
            throw DatabaseError(extendedCode: sqlite3_extended_errcode(handle), message: message, sql: sql)
        }
    }

    /// Runs one statement with bound arguments.
    public func execute(_ sql: String, _ arguments: [DatabaseValueConvertible]) throws {
        try cached(sql).execute(arguments)
    }

    /// A fresh prepared statement (finalized when released).
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// A prepared statement kept for reuse: hot paths (ingest) prepare each SQL once.
    public func cached(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] { return statement }
        let statement = try Statement(database: self, sql: sql)
        statementCache[sql] = statement
        return statement
    }

    /// The statements this connection keeps prepared for reuse (ingest's statements, after an
    /// ingest): diagnostics can ask SQLite how it plans each one.
    public var reusedStatements: [String] { statementCache.keys.sorted() }

    public func rows(_ sql: String, _ arguments: [DatabaseValueConvertible] = []) throws -> [Row] {
        try cached(sql).rows(arguments)
    }

    /// The first column of the first row, or nil.
    public func scalar(_ sql: String, _ arguments: [DatabaseValueConvertible] = []) throws -> DatabaseValue? {
        let statement = try cached(sql)
        try statement.bind(arguments)
        defer { sqlite3_reset(statement.handle) }
        return try statement.step() ? statement.value(at: 0) : nil
    }

    private var inBatch = false

    /// The first attribution written in this transaction and not yet in the full-text index nor
    /// in the stored counts; `transaction` settles them all just before it commits (see
    /// `settlePendingAttributions`).
    var pendingAttributionsFrom: Int?

    /// Word sets of texts recently compared by the claim linker (claim summaries, statements),
    /// keyed by the text itself. Bounded: cleared when it holds `linkCacheLimit`.
    var claimWordCache: [String: Set<String>] = [:]
    /// The same texts' word stems (report-key linking compares up to 64 of them per statement).
    var claimStemCache: [String: Set<String>] = [:]
    /// ... and of its lowercase words (see `ClaimLinker.predicateStems`).
    var claimPredicateStemCache: [String: Set<String>] = [:]
    static let linkCacheLimit = 20_000
    /// The claim decision for statements already linked, by their exact text (see
    /// `claimDecision`). Cleared when a transaction is rolled back (its claims are gone) and when
    /// another connection has written since (it may have deleted claims).
    var linkedStatements: [String: ClaimDecision] = [:]
    private var lastDataVersion: Int?

    /// Runs `body` in one transaction in which nested `transaction` calls simply take part: one
    /// commit (one WAL flush) for many articles, without a savepoint per article — FTS5 takes
    /// part in every savepoint, and savepoints were a tenth of the writer's time. When anything
    /// in `body` throws, the whole batch is rolled back; the caller then writes its articles one
    /// transaction each, so a failing article still leaves nothing half-written.
    public func batch<T>(_ body: () throws -> T) throws -> T {
        precondition(!inBatch, "batches do not nest")
        inBatch = true
        defer { inBatch = false }
        return try transaction(body)
    }

    public var lastInsertedRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws,
    /// and the first error is rethrown (a failed rollback never hides the original failure).
    /// `IMMEDIATE` takes the write lock up front, so two writers queue instead of deadlocking.
    ///
    /// Inside `batch` it joins the batch's transaction instead (see there).
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        if inBatch && sqlite3_get_autocommit(handle) == 0 { return try body() }
        try execute("BEGIN IMMEDIATE")
        let dataVersion = try scalar("PRAGMA data_version")?.int
        if dataVersion != lastDataVersion {
            linkedStatements.removeAll()
            lastDataVersion = dataVersion
        }
        do {
            let result = try body()
            try settlePendingAttributions()
            try execute("COMMIT")
            return result
        } catch {
            pendingAttributionsFrom = nil
            linkedStatements.removeAll()
            try? execute("ROLLBACK")
            throw error
        }
    }
}
