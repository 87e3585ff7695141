import Foundation
import LandscapeCore
import SQLKit

/// The working copy of a landscape in a database: actors and ties as rows, each with a stable id
/// and a `version`, every change one transaction recorded in a history that can be undone.
///
/// The files stay the exchange format (`importLandscape`, `landscape()`); the store is what a
/// server edits. The database is an SQLite file or a PostgreSQL database (`StoreLocation`), with
/// one schema and one list of migrations. A store on PostgreSQL holds up to six connections,
/// opened as operations need them and again when the database server closed one; reads run
/// side by side, each on its own connection, and writes take turns
/// (`ConnectionPool`). A store on SQLite holds one connection. Writes of several stores
/// (processes) on one database take turns too: SQLite has one writer, and on PostgreSQL every
/// write takes one advisory lock first (`StoreConnection.begin`).
///
/// ```swift
/// let store = try await LandscapeStore.open(path: "landscape.db")
/// try await store.importLandscape(landscape)
/// let edited = try await store.updateActor(changed, expectedVersion: 1)
/// ```
public actor LandscapeStore {
    /// The landscape a store addresses when none is named (`--as` not given).
    public static let defaultLandscape = "default"

    /// The account on whose behalf the current task writes (the server sets it for a signed-in
    /// request): a change that names no `who` records it in the history.
    @TaskLocal public static var acting: String?

    /// The landscape every call of this store addresses; a database holds any number of them,
    /// each keyed by its id in every table (the history's change numbers count over all of them).
    public nonisolated let landscapeID: String
    /// Where the connections go, and its password: for each new connection.
    let location: StoreLocation
    let password: String?
    /// The connections (`StoreConnections.swift`).
    var pool: ConnectionPool
    /// Set by `close()`: the store connects no more.
    var shut = false

    private init(location: StoreLocation, password: String?, landscape: String, connections: Int) {
        self.location = location
        self.password = password
        pool = ConnectionPool(limit: connections)
        landscapeID = landscape
    }

    /// Opens the SQLite database at `path`, creating it when the file is absent or empty and
    /// upgrading an older schema.
    ///
    /// - Throws: `notADatabase` for a file that is not SQLite, `foreignDatabase` for another
    ///   program's database, `newerSchema` for a database a newer program wrote.
    public static func open(path: String) async throws(StoreError) -> LandscapeStore {
        try await open(.file(path: path), password: nil)
    }

    /// Opens the database `address` names (a file's path or a `postgres://` address, as `--db`
    /// takes it); a PostgreSQL password comes from `passwordFile`, `PGPASSWORD` or `PGPASSFILE`
    /// (`PostgresPassword`).
    ///
    /// - Throws: what `open(_:password:)` throws, and `badAddress`, `passwordInAddress` or
    ///   `unreadablePasswordFile` for the address and its password.
    public static func open(
        address: String, passwordFile: String? = nil, landscape: String = defaultLandscape
    ) async throws(StoreError) -> LandscapeStore {
        let location = try StoreLocation(address)
        var password: String?
        if case .postgres(let postgres) = location { password = try PostgresPassword.find(for: postgres, file: passwordFile) }
        return try await open(location, password: password, landscape: landscape)
    }

    /// Whether `id` can name a landscape: 1 to 64 ASCII letters, digits, `-`, `_` and `.`, not
    /// starting with `.` (it becomes a part of the server's paths, `/l/ID/`).
    public static func isLandscapeID(_ id: String) -> Bool {
        (1...64).contains(id.count) && !id.hasPrefix(".")
            && id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }
    }

    /// Opens the database at `location`: a file is created when absent or empty, a PostgreSQL
    /// database must exist (its tables are created); an older schema is upgraded.
    ///
    /// - Throws: `notADatabase`, `foreignDatabase`, `newerSchema`; for PostgreSQL `unreachable`,
    ///   `passwordRefused` and `noSuchDatabase`; `badLandscapeID` for a `landscape` that cannot be an id.
    public static func open(
        _ location: StoreLocation, password: String?, landscape: String = defaultLandscape
    ) async throws(StoreError) -> LandscapeStore {
        guard isLandscapeID(landscape) else { throw .badLandscapeID(landscape) }
        let connections = if case .postgres = location { ConnectionPool.postgresLimit } else { 1 }
        let store = LandscapeStore(location: location, password: password, landscape: landscape, connections: connections)
        do {
            try await store.prepare()
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// Connects, and brings the schema to this program's version.
    private func prepare() async throws(StoreError) {
        try await leased { connection throws(StoreError) in
            if try await migrationsMissing(in: connection.tables(), database: connection.database) {
                // Checked again under the write lock: another process may have migrated meanwhile.
                try await inTransaction(connection) { database throws(StoreError) in
                    try await migrate(database, tables: connection.tables())
                }
            }
        }
    }

    /// Whether the database lacks migrations this program has.
    ///
    /// - Throws: `foreignDatabase` for tables of another program, `newerSchema`.
    private func migrationsMissing(in tables: [String], database: any SQLDatabase) async throws(StoreError) -> Bool {
        let applied = try await appliedVersions(tables: tables, in: database)
        return Schema.migrations.contains { !applied.contains($0.version) }
    }

    /// The migrations the database records, none for an empty one.
    ///
    /// - Throws: `newerSchema` when one is above this program's highest.
    private func appliedVersions(tables: [String], in database: any SQLDatabase) async throws(StoreError) -> Set<Int> {
        guard tables.contains(Schema.migrationsTable) else {
            if tables.contains(where: { !$0.hasPrefix("sqlite_") }) { throw .foreignDatabase(path: location.name) }
            return []
        }
        let versions = try await Self.run {
            try await database.raw("SELECT version FROM \(unsafeRaw: Schema.migrationsTable)").all(decodingColumn: "version", as: Int.self)
        }
        if let applied = versions.max(), applied > Schema.version {
            throw .newerSchema(path: location.name, found: applied, known: Schema.version)
        }
        return Set(versions)
    }

    /// Applies the migrations the database lacks, inside the caller's transaction, in order. A
    /// migration is looked for by its number, not by the highest applied: one numbered below
    /// another that a database has already (two branches of the program each added one) is still
    /// applied.
    private func migrate(_ database: any SQLDatabase, tables: [String]) async throws(StoreError) {
        let applied = try await appliedVersions(tables: tables, in: database)
        let missing = Schema.migrations.filter { !applied.contains($0.version) }
        let createTable = !tables.contains(Schema.migrationsTable)
        try await Self.run {
            if createTable { try await database.raw(SQLQueryString(Schema.createMigrationsTable)).run() }
            for migration in missing {
                for statement in migration.statements { try await database.raw(SQLQueryString(statement)).run() }
                try await database.raw("""
                    INSERT INTO \(unsafeRaw: Schema.migrationsTable) (version, name, applied_at)
                    VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Self.now()))
                    """).run()
            }
        }
    }

    /// The words of `database` for an operation on a store after `close()`.
    static let storeClosed = "the store was closed"

    /// The reason of `unreachable` when the connection was lost during an operation.
    static let connectionLost = "the connection to the database server was closed"

    /// Runs a driver call, turning its error into `StoreError.database`. It runs where its caller
    /// runs (`nonisolated(nonsending)`), so the store's methods pass their closures without sending them.
    nonisolated(nonsending) static func run<T>(_ body: () async throws -> T) async throws(StoreError) -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch {
            // The server went away in the middle (a restart's "terminating connection", a closed
            // socket): said as such, named by the caller that knows the address (`leased`).
            if StoreConnection.isLoss(error) { throw .unreachable(server: "", reason: describe(error)) }
            throw .database(describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        StoreConnection.describe(error)
    }

    /// The time of a change: UTC, to the second, ISO 8601.
    static func now() -> String {
        // A format style, not a new ISO8601DateFormatter each time (5 % of a server's time when
        // every request looked its session up with one).
        Date().formatted(.iso8601)
    }
}
