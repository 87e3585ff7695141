import Foundation
import LandscapeCore
@testable import LandscapeStore
import Testing

/// What the store promises about the database itself, on SQLite and PostgreSQL alike: the schema
/// is brought up to date or refused, and writers of two processes take turns.
@Suite("The store's database: migrations and concurrent writers")
struct StoreDatabaseTests {
    /// Runs `statements` on the store's connection, outside the store's methods.
    static func execute(_ store: LandscapeStore, _ statements: [String]) async throws {
        try await store.serialized { db throws(StoreError) in
            try await LandscapeStore.run {
                for statement in statements { try await db.raw("\(unsafeRaw: statement)").run() }
            }
        }
    }

    static func versions(_ store: LandscapeStore) async throws -> [Int] {
        try await store.serialized { db throws(StoreError) in
            try await LandscapeStore.run {
                try await db.raw("SELECT version FROM store_migrations ORDER BY version").all(decodingColumn: "version", as: Int.self)
            }
        }
    }

    @Test("Another program's database and a newer schema are refused by name", arguments: StoreBackend.all)
    func refusedDatabases(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in try await Self.execute(store, ["DROP TABLE history", "DROP TABLE store_migrations"]) }
            await #expect(throws: StoreError.foreignDatabase(path: database.name)) { try await database.open() }
        }
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                try await Self.execute(store, ["INSERT INTO store_migrations (version, name, applied_at) VALUES (99, 'future', 'then')"])
            }
            await #expect(throws: StoreError.newerSchema(path: database.name, found: 99, known: Schema.version)) { try await database.open() }
        }
    }

    @Test("A database of the first schema is upgraded on opening, its landscape kept", arguments: StoreBackend.all)
    func upgraded(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                // Back to what the first migration left: its tables and its one row.
                try await Self.execute(store, ["DROP TABLE map_layouts", "ALTER TABLE ties DROP COLUMN status", "DROP TABLE dismissals",
                                               "DROP TABLE sessions", "DROP TABLE account_roles", "DROP TABLE share_links",
                                               "DROP TABLE accounts", "DELETE FROM store_migrations WHERE version > 1"])
                #expect(try await Self.versions(store) == [1])
            }
            try await withStore(database) { store in
                #expect(try await Self.versions(store) == Schema.migrations.map(\.version))
                #expect(try await store.landscape() == LandscapeStoreTests.small)
                try await store.saveMapLayout("{}")
                #expect(try await store.mapLayout() == "{}")
            }
        }
    }

    @Test("A migration numbered below the database's highest is applied when the database lacks it", arguments: StoreBackend.all)
    func migrationBelowHighest(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                // As if the database had come from a program without migration 2 but with the later ones.
                try await Self.execute(store, ["DROP TABLE map_layouts", "DELETE FROM store_migrations WHERE version = 2"])
                #expect(try await Self.versions(store) == Schema.migrations.map(\.version).filter { $0 != 2 })
            }
            try await withStore(database) { store in
                #expect(try await Self.versions(store) == Schema.migrations.map(\.version))
                try await store.saveMapLayout("{}")
                #expect(try await store.mapLayout() == "{}")
            }
        }
    }

    @Test("Two stores on one database write in turns: every change gets its own number, a stale version is a conflict",
          arguments: StoreBackend.all)
    func concurrentWriters(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { first in
                _ = try await first.importLandscape(LandscapeStoreTests.small)
                try await withStore(database) { second in
                    // 2 × 12 actors added at once through two connections.
                    async let one: Void = Self.addActors("eins", count: 12, to: first)
                    async let two: Void = Self.addActors("zwei", count: 12, to: second)
                    _ = try await (one, two)
                    let history = try await first.history()
                    #expect(history.map(\.number) == Array((1...25).reversed()), "the import and 24 additions, each numbered once")
                    let actors = try await second.actors()
                    #expect(actors.count == 27 && Set(actors.map(\.actor.id)).count == 27)
                    // Both edit the office from version 1: one is stored, the other is a conflict.
                    let renamed = Actor(id: "amt", name: "Staatliches Schulamt", kind: .office)
                    async let a = Self.outcome { try await first.updateActor(renamed, expectedVersion: 1) }
                    async let b = Self.outcome { try await second.updateActor(renamed, expectedVersion: 1) }
                    let outcomes = await [a, b]
                    #expect(outcomes.filter { $0 == nil }.count == 1)
                    #expect(outcomes.contains(.conflict(.actor, id: "amt", expected: 1, current: 2)))
                    #expect(try await first.actor("amt")?.version == 2)
                }
            }
        }
    }

    @Test("One database holds several landscapes: each store reads, edits, numbers and undoes its own", arguments: StoreBackend.all)
    func severalLandscapes(backend: StoreBackend) async throws {
        let other = Landscape(title: "Andere", actors: [LandscapeStoreTests.office, LandscapeStoreTests.programme], ties: [])
        try await backend.withDatabase { database in
            let weimar = try await LandscapeStore.open(database.location, password: database.password, landscape: "weimar")
            let jena = try await LandscapeStore.open(database.location, password: database.password, landscape: "jena-2024")
            try await ensuring {
                let first = try await weimar.importLandscape(LandscapeStoreTests.small)
                let second = try await jena.importLandscape(other)
                #expect(first.change == 1 && second.change == 2)
                _ = try await jena.deleteActor("prog", expectedVersion: 1)
                #expect(try await weimar.landscape() == LandscapeStoreTests.small)
                #expect(try await jena.landscape().actors.map(\.id) == ["amt"])
                #expect(try await weimar.history().map(\.number) == [1])
                #expect(try await jena.history().map(\.number) == [3, 2])
                #expect(try await jena.history(limit: 1).map(\.number) == [3])
                await #expect(throws: StoreError.noSuchChange(1)) { try await jena.undo(change: 1) }
                // Importing again into one replaces that one only.
                _ = try await weimar.importLandscape(other)
                #expect(try await jena.landscape().actors.map(\.id) == ["amt"])
                #expect(try await weimar.landscapeIDs() == ["jena-2024", "weimar"])
            } finally: {
                await weimar.close()
                await jena.close()
            }
            await #expect(throws: StoreError.badLandscapeID("zwei Wörter")) {
                try await LandscapeStore.open(database.location, password: database.password, landscape: "zwei Wörter")
            }
        }
    }

    static func addActors(_ prefix: String, count: Int, to store: LandscapeStore) async throws {
        for index in 0..<count {
            _ = try await store.addActor(Actor(id: ActorID("\(prefix)-\(index)"), name: "\(prefix) \(index)", kind: .association))
        }
    }

    /// `nil` when `body` succeeds, else the store's error.
    static func outcome(_ body: () async throws -> StoredActor) async -> StoreError? {
        do {
            _ = try await body()
            return nil
        } catch {
            return error as? StoreError ?? .database("\(error)")
        }
    }
}
