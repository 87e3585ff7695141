import Foundation
import LandscapeCore
import SQLKit

/// The working copy of a landscape in a database: actors and ties as rows, each with a stable id
/// and a `version`, every change one transaction recorded in a history that can be undone.
///
/// The files stay the exchange format (`importLandscape`, `landscape()`); the store is what a
/// server edits. The database is an SQLite file or a PostgreSQL database (`StoreLocation`), with
/// one schema and one list of migrations. One store holds one connection (opened again when
/// the database server closed it) and runs one operation at a time; reads and writes wait their turn in order. Writes of several stores (processes) on
/// one database take turns too: SQLite has one writer, and on PostgreSQL every write takes one
/// advisory lock first (`StoreConnection.begin`).
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
    /// The connection's database; a new one after `reconnectIfClosed`.
    var database: any SQLDatabase { connection.database }
    private var connection: StoreConnection
    /// Where the connection goes, and its password: for connecting again when it was closed.
    private let location: StoreLocation
    private let password: String?
    /// Set by `close()`: the store connects no more.
    private var shut = false
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    private init(connection: StoreConnection, location: StoreLocation, password: String?, landscape: String) {
        self.connection = connection
        self.location = location
        self.password = password
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
        let connection = try await StoreConnection.open(location, password: password)
        let store = LandscapeStore(connection: connection, location: location, password: password, landscape: landscape)
        do {
            try await store.prepare()
        } catch {
            await connection.close()
            throw error
        }
        return store
    }

    /// Closes the connection; the store cannot be used afterwards.
    public func close() async {
        shut = true
        await connection.close()
    }

    /// Connects again when the server closed the connection (PostgreSQL restarted, or the
    /// backend ended by an administrator): the operation after the loss runs on a new
    /// connection, so a server process outlives a restart of its database server. An
    /// operation that was running when the connection went fails (`unreachable`); what it
    /// wrote was rolled back by the server, as every transaction that did not commit.
    ///
    /// - Throws: `unreachable` (and the other refusals of `open`) while the server is still away.
    private func reconnectIfClosed() async throws(StoreError) {
        guard connection.isClosed else { return }
        let fresh = try await StoreConnection.open(location, password: password)
        do {
            try await fresh.configure()
        } catch {
            await fresh.close()
            throw error
        }
        await connection.close()
        connection = fresh
    }

    /// Sets the connection up and brings the schema to this program's version.
    private func prepare() async throws(StoreError) {
        try await serialized { database throws(StoreError) in
            try await connection.configure()
            if try await migrationsMissing(in: connection.tables()) {
                // Checked again under the write lock: another process may have migrated meanwhile.
                try await inTransaction(database) { database throws(StoreError) in
                    try await migrate(database, tables: connection.tables())
                }
            }
        }
    }

    /// Whether the database lacks migrations this program has.
    ///
    /// - Throws: `foreignDatabase` for tables of another program, `newerSchema`.
    private func migrationsMissing(in tables: [String]) async throws(StoreError) -> Bool {
        let applied = try await appliedVersions(tables: tables)
        return Schema.migrations.contains { !applied.contains($0.version) }
    }

    /// The migrations the database records, none for an empty one.
    ///
    /// - Throws: `newerSchema` when one is above this program's highest.
    private func appliedVersions(tables: [String]) async throws(StoreError) -> Set<Int> {
        guard tables.contains(Schema.migrationsTable) else {
            if tables.contains(where: { !$0.hasPrefix("sqlite_") }) { throw .foreignDatabase(path: connection.name) }
            return []
        }
        let versions = try await Self.run {
            try await database.raw("SELECT version FROM \(unsafeRaw: Schema.migrationsTable)").all(decodingColumn: "version", as: Int.self)
        }
        if let applied = versions.max(), applied > Schema.version {
            throw .newerSchema(path: connection.name, found: applied, known: Schema.version)
        }
        return Set(versions)
    }

    /// Applies the migrations the database lacks, inside the caller's transaction, in order. A
    /// migration is looked for by its number, not by the highest applied: one numbered below
    /// another that a database has already (two branches of the program each added one) is still
    /// applied.
    private func migrate(_ database: any SQLDatabase, tables: [String]) async throws(StoreError) {
        let applied = try await appliedVersions(tables: tables)
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

    // MARK: One operation at a time

    /// Runs `body` when no other operation runs, in the order the calls came.
    func serialized<T: Sendable>(_ body: (any SQLDatabase) async throws(StoreError) -> T) async throws(StoreError) -> T {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        } else {
            busy = true
        }
        defer {
            if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
        }
        // PostgresNIO never answers a query on a connection it closed: refused here instead.
        if shut { throw .database(Self.storeClosed) }
        try await reconnectIfClosed()
        do {
            return try await body(database)
        } catch {
            // The connection went in the middle: said as the server being away, not as an SQL error.
            if connection.isClosed, !shut, case .postgres(let address) = location {
                throw .unreachable(server: address.description, reason: Self.connectionLost)
            }
            throw error
        }
    }

    /// The words of `database` for an operation on a store after `close()`.
    static let storeClosed = "the store was closed"

    /// The reason of `unreachable` when the connection was lost during an operation.
    static let connectionLost = "the connection to the database server was closed"

    /// Runs `body` in one transaction, in turn with every other operation: all of it is
    /// stored, or (on any error) nothing.
    func transaction<T: Sendable>(_ body: (any SQLDatabase) async throws(StoreError) -> T) async throws(StoreError) -> T {
        try await serialized { database throws(StoreError) in try await inTransaction(database, body) }
    }

    /// Runs `body` in a transaction that reads one snapshot, in turn with every other operation.
    func snapshot<T: Sendable>(_ body: (any SQLDatabase) async throws(StoreError) -> T) async throws(StoreError) -> T {
        try await serialized { database throws(StoreError) in
            try await connection.beginRead()
            return try await committed(database, body)
        }
    }

    private func inTransaction<T: Sendable>(
        _ database: any SQLDatabase, _ body: (any SQLDatabase) async throws(StoreError) -> T
    ) async throws(StoreError) -> T {
        // The write lock is taken at the start, so another process writing meanwhile makes this
        // wait rather than fail at the first write.
        try await connection.begin()
        return try await committed(database, body)
    }

    /// Runs `body` in the transaction just begun: committed when it returns, rolled back when it throws.
    private func committed<T: Sendable>(
        _ database: any SQLDatabase, _ body: (any SQLDatabase) async throws(StoreError) -> T
    ) async throws(StoreError) -> T {
        do {
            let result = try await body(database)
            try await Self.run { try await database.raw("COMMIT").run() }
            return result
        } catch {
            try? await database.raw("ROLLBACK").run()
            throw error
        }
    }

    /// Runs a driver call, turning its error into `StoreError.database`. It runs where its caller
    /// runs (`nonisolated(nonsending)`), so the store's methods pass their closures without sending them.
    nonisolated(nonsending) static func run<T>(_ body: () async throws -> T) async throws(StoreError) -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        StoreConnection.describe(error)
    }

    /// The time of a change: UTC, to the second, ISO 8601.
    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
