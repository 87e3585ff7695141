import Foundation
import LandscapeCore
@testable import LandscapeStore
import Testing

/// The databases the store's tests run on: SQLite always, PostgreSQL where the environment names
/// a server (`LANDSCAPE_TEST_POSTGRES`, which `make test` sets through Scripts/with-postgres.sh).
enum StoreBackend: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    /// The server the PostgreSQL cases use: a user allowed to create databases, and the database
    /// to connect to for that (its password from `PGPASSFILE` or `PGPASSWORD`).
    static let server: PostgresAddress? = ProcessInfo.processInfo.environment["LANDSCAPE_TEST_POSTGRES"].flatMap { try? PostgresAddress($0) }

    /// SQLite, and PostgreSQL when a server is given.
    static let all: [StoreBackend] = server == nil ? [.sqlite] : [.sqlite, .postgres]

    var testDescription: String { rawValue }

    /// Runs `body` with a new, empty database of this kind, dropped (or deleted) afterwards
    /// however `body` ends.
    func withDatabase<T>(_ body: (TestDatabase) async throws -> T) async throws -> T {
        let database = try await TestDatabase.make(self)
        return try await ensuring { try await body(database) } finally: { await database.drop() }
    }
}

/// A new database for one test: a file in a folder of its own, or a PostgreSQL database with a
/// name of its own on the test server.
struct TestDatabase {
    let location: StoreLocation
    /// A folder for the test's other files (removed with the database).
    let folder: URL
    let password: String?

    /// How the store names the database in its errors.
    var name: String {
        switch location {
        case .file(let path): path
        case .postgres(let address): address.description
        }
    }

    static func make(_ backend: StoreBackend) async throws -> TestDatabase {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard backend == .postgres, let server = StoreBackend.server else {
            return TestDatabase(location: .file(path: folder.appendingPathComponent("landscape.db").path), folder: folder, password: nil)
        }
        var address = server
        address.database = "landscape_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let password = try PostgresPassword.find(for: server, file: nil)
        try await Self.onServer(password: password, "CREATE DATABASE \(address.database)")
        return TestDatabase(location: .postgres(address), folder: folder, password: password)
    }

    func drop() async {
        try? FileManager.default.removeItem(at: folder)
        if case .postgres(let address) = location {
            try? await Self.onServer(password: password, "DROP DATABASE IF EXISTS \(address.database)")
        }
    }

    /// Runs one statement on the test server's own database.
    static func onServer(password: String?, _ statement: String) async throws {
        guard let server = StoreBackend.server else { return }
        let connection = try await StoreConnection.open(.postgres(server), password: password)
        try await ensuring { try await connection.database.raw("\(unsafeRaw: statement)").run() } finally: { await connection.close() }
    }

    func open() async throws(StoreError) -> LandscapeStore {
        try await LandscapeStore.open(location, password: password)
    }
}

/// Runs `body` with the store on `database` and closes it however `body` ends.
func withStore<T>(_ database: TestDatabase, _ body: (LandscapeStore) async throws -> T) async throws -> T {
    let store = try await database.open()
    return try await ensuring { try await body(store) } finally: { await store.close() }
}

/// Says, in the test run's output, when the PostgreSQL cases do not run.
@Suite("The store's tests on PostgreSQL")
struct PostgresAvailability {
    @Test("A PostgreSQL server is given for the store's tests",
          .enabled(if: StoreBackend.server != nil,
                   "LANDSCAPE_TEST_POSTGRES is not set: the store's tests run on SQLite only (make test sets it)"))
    func serverGiven() async throws {
        let version = try await StoreBackend.postgres.withDatabase { database in
            try await withStore(database) { store in
                try await store.serialized { db throws(StoreError) in
                    try await LandscapeStore.run { try await db.raw("SHOW server_version_num").first(decodingColumn: "server_version_num", as: String.self) }
                }
            }
        }
        #expect((Int(version ?? "") ?? 0) >= 120_000, "PostgreSQL 12 or newer")
    }
}
