import CSQLite
import Foundation
import Synchronization

/// Time spent in each SQL statement of a connection, for finding where a writer's time goes.
/// Switched on by the environment variable `ATTRIB_PROFILE_SQL` (any value): SQLite reports
/// each statement's run time (`SQLITE_TRACE_PROFILE`, triggers included), the totals are kept
/// per statement text, and the connection prints the slowest on standard error when it closes.
/// Off, it costs nothing: no trace callback is registered. SQLite's clock for this has
/// millisecond steps on this platform, so a single short statement reads 0 or 1 ms; totals over
/// thousands of runs (what the profile is for) average that out.
final class StatementProfile: Sendable {
    private struct Entry { var nanoseconds: Int64 = 0; var runs = 0 }
    private let entries = Mutex<[String: Entry]>([:])

    static var isRequested: Bool { ProcessInfo.processInfo.environment["ATTRIB_PROFILE_SQL"] != nil }

    /// Registers the callback on `handle`; the profile must outlive the connection's use of it.
    func attach(to handle: OpaquePointer) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_trace_v2(handle, UInt32(SQLITE_TRACE_PROFILE), { _, context, statement, elapsed in
            guard let context, let statement, let elapsed, let sql = sqlite3_sql(OpaquePointer(statement)) else { return 0 }
            let profile = Unmanaged<StatementProfile>.fromOpaque(context).takeUnretainedValue()
            profile.add(String(cString: sql), nanoseconds: elapsed.load(as: Int64.self))
            return 0
        }, context)
    }

    private func add(_ sql: String, nanoseconds: Int64) {
        entries.withLock { entries in
            var entry = entries[sql, default: Entry()]
            entry.nanoseconds += nanoseconds
            entry.runs += 1
            entries[sql] = entry
        }
    }

    /// The statements by total time, slowest first: total ms, runs, µs per run, the SQL folded to one line.
    func report(limit: Int = 25) -> String {
        let sorted = entries.withLock { $0 }.sorted { $0.value.nanoseconds > $1.value.nanoseconds }
        let total = sorted.reduce(Int64(0)) { $0 + $1.value.nanoseconds }
        var lines = [String(format: "SQL profile: %.1f ms in %d statements", Double(total) / 1e6, sorted.count)]
        for (sql, entry) in sorted.prefix(limit) {
            let oneLine = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            lines.append(String(format: "%10.1f ms %9d runs %9.1f µs  ", Double(entry.nanoseconds) / 1e6, entry.runs,
                                Double(entry.nanoseconds) / 1e3 / Double(max(entry.runs, 1))) + String(oneLine.prefix(150)))
        }
        return lines.joined(separator: "\n")
    }
}
