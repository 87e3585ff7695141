import Foundation
import LandscapeCore
import SQLiteKit

/// The working copy of a landscape in a database: actors and ties as rows, each with a stable id
/// and a `version`, every change one transaction recorded in a history that can be undone.
///
/// The files stay the exchange format (`importLandscape`, `landscape()`); the store is what a
/// server edits. One store holds one connection and runs one operation at a time (SQLite has one
/// writer anyway); reads and writes wait their turn in order.
///
/// ```swift
/// let store = try await LandscapeStore.open(path: "landscape.db")
/// try await store.importLandscape(landscape)
/// let edited = try await store.updateActor(changed, expectedVersion: 1)
/// ```
public actor LandscapeStore {
    /// The landscape every call addresses; a database holds one today, and the schema has room for more.
    static let defaultLandscape = "default"

    let database: any SQLDatabase
    private let connection: SQLiteConnection
    private let path: String
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    private init(connection: SQLiteConnection, path: String) {
        self.connection = connection
        self.path = path
        database = connection.sql()
    }

    /// Opens the database at `path`, creating it when the file is absent or empty and upgrading
    /// an older schema.
    ///
    /// - Throws: `notADatabase` for a file that is not SQLite, `foreignDatabase` for another
    ///   program's database, `newerSchema` for a database a newer program wrote.
    public static func open(path: String) async throws(StoreError) -> LandscapeStore {
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: .file(path: path))
        } catch {
            throw StoreError.database(Self.describe(error))
        }
        let store = LandscapeStore(connection: connection, path: path)
        do {
            try await store.prepare()
        } catch {
            try? await connection.close()
            throw error
        }
        return store
    }

    /// Closes the connection; the store cannot be used afterwards.
    public func close() async {
        try? await connection.close()
    }

    /// Sets the connection up and brings the schema to this program's version.
    private func prepare() async throws(StoreError) {
        try await serialized { database throws(StoreError) in
            try await Self.configure(database, path: path)
            try await migrate(database)
        }
    }

    /// Write-ahead logging (a reader never waits for a writer, a crash loses no committed
    /// transaction), full sync, foreign keys, and a wait instead of a failure when another
    /// process writes. The first statement reads the file: one that is no database fails here.
    private static func configure(_ database: any SQLDatabase, path: String) async throws(StoreError) {
        do {
            for pragma in ["journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 5000"] {
                try await database.raw("PRAGMA \(unsafeRaw: pragma)").run()
            }
        } catch {
            if let error = error as? SQLiteError, error.reason == .notADatabase || error.reason == .corrupt {
                throw StoreError.notADatabase(path: path)
            }
            throw StoreError.database(describe(error))
        }
    }

    /// Applies the migrations the database lacks, each in its own transaction.
    private func migrate(_ database: any SQLDatabase) async throws(StoreError) {
        let tables = try await Self.run {
            try await database.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all(decodingColumn: "name", as: String.self)
        }
        var applied = 0
        if tables.contains(Schema.migrationsTable) {
            let versions = try await Self.run {
                try await database.raw("SELECT version FROM \(unsafeRaw: Schema.migrationsTable)").all(decodingColumn: "version", as: Int.self)
            }
            applied = versions.max() ?? 0
        } else if tables.contains(where: { !$0.hasPrefix("sqlite_") }) {
            throw .foreignDatabase(path: path)
        }
        if applied > Schema.version { throw .newerSchema(path: path, found: applied, known: Schema.version) }
        let missing = Schema.migrations.filter { $0.version > applied }
        if missing.isEmpty { return }
        let createTable = !tables.contains(Schema.migrationsTable)
        try await inTransaction(database) { database throws(StoreError) in
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
        return try await body(database)
    }

    /// Runs `body` in one transaction, in turn with every other operation: all of it is
    /// stored, or (on any error) nothing.
    func transaction<T: Sendable>(_ body: (any SQLDatabase) async throws(StoreError) -> T) async throws(StoreError) -> T {
        try await serialized { database throws(StoreError) in try await inTransaction(database, body) }
    }

    private func inTransaction<T: Sendable>(
        _ database: any SQLDatabase, _ body: (any SQLDatabase) async throws(StoreError) -> T
    ) async throws(StoreError) -> T {
        // IMMEDIATE: the write lock is taken at the start, so another process writing meanwhile
        // makes this wait (busy_timeout) rather than fail at the first write.
        try await Self.run { try await database.raw("BEGIN IMMEDIATE").run() }
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
        (error as? SQLiteError)?.message ?? String(describing: error)
    }

    /// The time of a change: UTC, to the second, ISO 8601.
    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
