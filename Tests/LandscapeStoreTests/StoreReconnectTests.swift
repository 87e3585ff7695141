import Foundation
import LandscapeCore
@testable import LandscapeStore
import SQLKit
import Testing

/// A store outlives its database server closing the connection (PostgreSQL restarted, or the
/// backend ended by an administrator): the next operation connects again.
@Suite("The store connects again when PostgreSQL closed its connection")
struct StoreReconnectTests {
    @Test("The backend ended by the server: an operation at that moment fails, the next ones run on a new connection, nothing committed lost",
          .enabled(if: StoreBackend.server != nil))
    func reconnects() async throws {
        try await StoreBackend.postgres.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                _ = try await store.addActor(Actor(id: "kita", name: "Kita Regenbogen", kind: .institution))
                let first = try await Self.backend(of: store)
                try await TestDatabase.onServer(password: database.password, "SELECT pg_terminate_backend(\(first))")
                // The server ends the backend at once; the client sees its socket close a moment later.
                var failures: [any Error] = []
                var actors: [StoredActor]?
                for _ in 0..<50 where actors == nil {
                    do {
                        actors = try await store.actors()
                    } catch {
                        failures.append(error)
                        try await Task.sleep(for: .milliseconds(100))
                    }
                }
                #expect(actors?.map(\.actor.id.rawValue).sorted() == ["amt", "kita", "prog", "schule"])
                #expect(failures.count <= 1, "\(failures)")
                #expect(try await Self.backend(of: store) != first, "the same backend: no new connection")
                // Writes go on as well, with their history.
                _ = try await store.addActor(Actor(id: "verein", name: "Sportverein", kind: .association))
                #expect(try await store.history(limit: 1).first?.items.first?.id == "verein")
            }
        }
    }

    @Test("The backend ended while a large answer streams to a slow reader: the read fails as unreachable, the process lives on, the next read connects again",
          .enabled(if: StoreBackend.server != nil))
    func endedWhileStreaming() async throws {
        try await StoreBackend.postgres.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                guard case .postgres(let address) = database.location else { return }
                // 100,000 rows of 400 bytes, read slowly: PostgreSQL fills the socket and waits,
                // the driver holds rows back for the reader when the backend is ended.
                let streaming = Task {
                    try await store.serialized { database throws(StoreError) in
                        try await LandscapeStore.run {
                            try await database.execute(sql: SQLRaw("SELECT g, repeat('x', 400) AS filler FROM generate_series(1, 100000) AS g")) { _ in
                                usleep(20)
                            }
                        }
                    }
                }
                try await Task.sleep(for: .milliseconds(400))
                try await TestDatabase.onServer(password: database.password, """
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(address.database)' AND pid <> pg_backend_pid()
                    """)
                let result = await streaming.result
                #expect(throws: StoreError.self) { try result.get() }
                if case .failure(let error as StoreError) = result, case .unreachable = error {} else {
                    Issue.record("not unreachable: \(result)")
                }
                var actors: [StoredActor]?
                for _ in 0..<50 where actors == nil {
                    actors = try? await store.actors()
                    if actors == nil { try await Task.sleep(for: .milliseconds(100)) }
                }
                #expect(actors?.count == 3)
            }
        }
    }

    @Test("A query on a connection that closed fails at once instead of waiting for ever (PostgresNIO drops it)",
          .enabled(if: StoreBackend.server != nil))
    func queryOnClosedConnection() async throws {
        try await StoreBackend.postgres.withDatabase { database in
            let connection = try await StoreConnection.open(database.location, password: database.password)
            let sql = connection.database
            await connection.close()
            await #expect(throws: ConnectionClosed.self) { try await sql.raw("SELECT 1").run() }
            #expect(StoreConnection.isLoss(ConnectionClosed()))
        }
    }

    @Test("A closed store connects no more: an operation is refused at once", arguments: StoreBackend.all)
    func closedStays(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            let store = try await database.open()
            await store.close()
            await #expect(throws: StoreError.database(LandscapeStore.storeClosed)) { try await store.actors() }
        }
    }

    /// The process id of the store's backend on the PostgreSQL server.
    static func backend(of store: LandscapeStore) async throws -> Int {
        try await store.serialized { database throws(StoreError) in
            try await LandscapeStore.run {
                try await database.raw("SELECT pg_backend_pid() AS pid").first(decodingColumn: "pid", as: Int.self) ?? -1
            }
        }
    }
}
