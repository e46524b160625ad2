import Foundation

/// The database layout and its numbered migrations.
///
/// Migration 1 is schema.sql as it stands (embedded in `Schema.sql`). A later change to the
/// layout appends a step here; `PRAGMA user_version` and `schema_migrations` record what a
/// database has had, and a database from a newer attrib is refused rather than guessed at.
public enum Schema {
    public struct Migration: Sendable {
        public let version: Int
        public let name: String
        public let sql: String
        /// Fills what the step adds from the rows already there, with the same code that keeps it
        /// up to date at ingest, so a migrated database holds what a fresh ingest would.
        var backfill: (@Sendable (Database) throws -> Void)? = nil
    }

    /// The steps from an older database to the current layout. A new database gets schema.sql
    /// whole (it is the current layout) and records every step as applied; an existing one runs
    /// the steps it lacks, each in its own transaction.
    public static let migrations: [Migration] = [
        Migration(version: 1, name: "articles, sources, attributions, claims, search index and views", sql: ""),
        Migration(version: 2, name: "source aliases for manual speaker corrections", sql: """
            CREATE TABLE source_aliases (
                identity_key  TEXT PRIMARY KEY,
                source_id     INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
                spelling      TEXT NOT NULL,
                created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            );
            """),
        Migration(version: 3, name: "claim links explained; paraphrases of one report's unnamed sources linked", sql: """
            ALTER TABLE attributions ADD COLUMN claim_link TEXT;
            ALTER TABLE attributions ADD COLUMN report_source_key TEXT;
            CREATE INDEX attributions_by_report_source ON attributions (report_source_key) WHERE report_source_key IS NOT NULL;
            UPDATE attributions SET claim_link = CASE WHEN claim_similarity = 1 THEN 'new' ELSE 'wording' END WHERE claim_id IS NOT NULL;
            """),
        Migration(version: 4, name: "surname index for speaker matching; full-text rows added per commit instead of per row", sql: """
            ALTER TABLE sources ADD COLUMN surname_key TEXT;
            UPDATE sources SET surname_key = substr(identity_key, length(rtrim(identity_key, replace(identity_key, ' ', ''))) + 1)
             WHERE kind = 'person';
            CREATE INDEX sources_by_surname ON sources (surname_key) WHERE kind = 'person';
            DROP TRIGGER attributions_search_insert;
            """),
        Migration(version: 5, name: "stored citation, claim-outlet and relay counts; indexes in the order the canned questions list", sql: """
            ALTER TABLE sources ADD COLUMN attribution_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE sources ADD COLUMN direct_quote_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE sources ADD COLUMN denial_count INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE sources ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX sources_by_citations ON sources (attribution_count DESC, article_count DESC) WHERE attribution_count > 0;
            DROP INDEX claims_by_sourcing;
            DROP INDEX claims_by_spread;
            CREATE INDEX claims_by_spread ON claims (articles DESC);
            CREATE INDEX claims_by_first_article ON claims (first_article_id);
            CREATE INDEX claims_unnamed_only ON claims (articles DESC, independent_origins DESC)
                WHERE named_origins = 0 AND unnamed_origins > 0;
            DROP INDEX attributions_by_claim;
            CREATE INDEX attributions_by_claim ON attributions (claim_id, article_id);
            DROP INDEX sources_by_article;
            CREATE INDEX sources_by_article ON sources (article_id) WHERE article_id IS NOT NULL;
            CREATE TABLE claim_outlets (
                claim_id  INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
                outlet    TEXT NOT NULL,
                articles  INTEGER NOT NULL,
                PRIMARY KEY (claim_id, outlet)
            ) WITHOUT ROWID;
            CREATE TABLE outlet_relay_counts (
                relaying_outlet TEXT NOT NULL,
                relayed_outlet  TEXT NOT NULL,
                articles        INTEGER NOT NULL,
                attributions    INTEGER NOT NULL,
                PRIMARY KEY (relaying_outlet, relayed_outlet)
            ) WITHOUT ROWID;
            CREATE INDEX outlet_relay_counts_by_articles ON outlet_relay_counts (articles DESC, attributions DESC);
            """, backfill: { try $0.adjustStoredCounts(.from(attributionID: 0), sign: 1) }),
        Migration(version: 6, name: "the outlet whose report carries each statement, for linking restatements of one report", sql: """
            ALTER TABLE attributions ADD COLUMN report_outlet TEXT;
            UPDATE attributions SET report_outlet = (
                SELECT CASE WHEN s.kind IS NULL OR s.kind = 'anonymous'
                                 THEN COALESCE((SELECT outlet FROM relays r WHERE r.attribution_id = attributions.id ORDER BY position DESC LIMIT 1), ar.outlet)
                            WHEN s.is_news_outlet = 1 THEN s.name END
                  FROM articles ar LEFT JOIN sources s ON s.id = attributions.source_id
                 WHERE ar.id = attributions.article_id);
            CREATE INDEX attributions_by_report_outlet ON attributions (report_outlet) WHERE report_outlet IS NOT NULL;
            """),
        Migration(version: 7, name: "denial indexes hold the denials only", sql: """
            DROP INDEX attributions_by_stance;
            CREATE INDEX attributions_denying ON attributions (article_id) WHERE stance = 'denies';
            DROP INDEX attributions_by_denied;
            CREATE INDEX attributions_by_denied ON attributions (denies_attribution_id) WHERE denies_attribution_id IS NOT NULL;
            """),
    ]

    /// The view definitions of schema.sql (everything after its "Views" heading). Views hold no
    /// data, so a migrated database simply gets them all again, as the current schema.sql has them,
    /// instead of each migration repeating the views it changes.
    static var viewsSQL: Substring {
        guard let heading = sql.range(of: "-- Views: the canned questions.") else { return "" }
        return sql[heading.lowerBound...]
    }

    public static var currentVersion: Int { migrations.last!.version }
}

/// Why a file cannot be opened as an attrib database.
public enum StoreOpenError: Error, CustomStringConvertible, Sendable {
    case newerSchema(path: String, found: Int, supported: Int)
    case notAnAttribDatabase(path: String)
    case unreadable(path: String, reason: String)
    case missing(path: String)

    public var description: String {
        switch self {
        case .newerSchema(let path, let found, let supported):
            return "\(path): written by a newer attrib (schema version \(found); this attrib knows up to \(supported)). Nothing was changed."
        case .notAnAttribDatabase(let path):
            return "\(path): an SQLite database, but not an attrib one (it has other tables). Nothing was changed."
        case .unreadable(let path, let reason):
            return "\(path): not a usable database (\(reason)). Nothing was changed."
        case .missing(let path):
            return "\(path): no such database. Run `attrib ingest` first, or pass --db."
        }
    }
}

extension Database {
    /// Opens (creating when needed) an attrib database and brings its schema up to date.
    ///
    /// Pragmas, with reasons:
    /// - `journal_mode=WAL`: readers (queries) never block the writer (ingest) and vice versa.
    /// - `synchronous=NORMAL`: in WAL mode a crash can lose the last commits but never corrupts.
    /// - `foreign_keys=ON`: an attribution cannot point at an article that is not there.
    public static func openStore(path: String, readOnly: Bool = false) throws -> Database {
        if readOnly || path != ":memory:" {
            if readOnly && !FileManager.default.fileExists(atPath: path) { throw StoreOpenError.missing(path: path) }
        }
        let database: Database
        do {
            database = try Database(path: path, mode: readOnly ? .readOnly : .readWrite)
            // Reading the header fails here for a file that is not SQLite at all.
            _ = try database.scalar("SELECT count(*) FROM sqlite_master")
        } catch let error as DatabaseError {
            throw StoreOpenError.unreadable(path: path, reason: error.message)
        }
        try database.execute("PRAGMA foreign_keys = ON")
        let version = try database.userVersion()
        if version > Schema.currentVersion {
            throw StoreOpenError.newerSchema(path: path, found: version, supported: Schema.currentVersion)
        }
        if version == 0 {
            let tables = try database.scalar("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")?.int ?? 0
            if tables > 0 { throw StoreOpenError.notAnAttribDatabase(path: path) }
        }
        if readOnly {
            if version < Schema.currentVersion {
                throw StoreOpenError.unreadable(path: path, reason: "schema version \(version) needs migrating; open it once with a writing command")
            }
            return database
        }
        if path != ":memory:" {
            _ = try database.rows("PRAGMA journal_mode = WAL")
        }
        try database.execute("PRAGMA synchronous = NORMAL")
        // 64 MB of page cache (the default is 2 MB): a batch of articles touches pages of every
        // index, and with the default cache SQLite spilled dirty pages to the WAL in the middle of
        // each transaction — 820,874 page writes for a 17 MB database of 1,000 articles.
        try database.execute("PRAGMA cache_size = -65536")
        // Statement journals and sort b-trees in memory: inside a transaction every multi-row
        // statement keeps a journal so it can be undone alone, and on disk (the default here)
        // that was 28,776 writes to a temp file for 50 articles — most of ingest's system time.
        try database.execute("PRAGMA temp_store = MEMORY")
        try database.migrate(from: version)
        return database
    }

    public func userVersion() throws -> Int {
        try scalar("PRAGMA user_version")?.int ?? 0
    }

    /// Creates the current schema in a new database, or applies each migration newer than
    /// `version`, each in its own transaction.
    func migrate(from version: Int) throws {
        if version == 0 {
            try transaction {
                // Another process may have created it while we waited for the write lock.
                guard try userVersion() == 0 else { return }
                try execute(Schema.sql)
                for migration in Schema.migrations {
                    try execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [migration.version, migration.name])
                }
                try execute("PRAGMA user_version = \(Schema.currentVersion)")
            }
            return
        }
        for migration in Schema.migrations where migration.version > version {
            try transaction {
                guard try userVersion() < migration.version else { return }
                // Views may name what the step changes; they come back below, as schema.sql has them.
                for view in try rows("SELECT name FROM sqlite_master WHERE type = 'view'").compactMap({ $0[0].string }) {
                    try execute("DROP VIEW \"\(view)\"")
                }
                try execute(migration.sql)
                try migration.backfill?(self)
                if migration.version == Schema.currentVersion { try execute(String(Schema.viewsSQL)) }
                try execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [migration.version, migration.name])
                try execute("PRAGMA user_version = \(migration.version)")
            }
        }
    }
}
