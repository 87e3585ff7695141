import Foundation
import LandscapeCore
@testable import LandscapeStore
import SQLKit
import Synchronization
import Testing

/// A store on PostgreSQL holds several connections: a reader does not wait behind a long read or
/// behind a write that waits for another process, and writes still take turns, each one
/// transaction with its history.
@Suite("The store's connections")
struct StorePoolTests {
    @Test("A read runs beside a long one on another connection", .enabled(if: StoreBackend.server != nil))
    func readBesideLongRead() async throws {
        try await StoreBackend.postgres.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                let done = Mutex(false)
                let long = Task {
                    try await Self.sleep(5, on: store)
                    done.withLock { $0 = true }
                }
                try await Task.sleep(for: .milliseconds(200))
                #expect(try await store.actors().count == 3)
                #expect(!done.withLock { $0 }, "the read waited for the long one")
                try await long.value
            }
        }
    }

    @Test("A write waiting for another process's write keeps no reader waiting, and is stored after it",
          .enabled(if: StoreBackend.server != nil))
    func readBesideWaitingWrite() async throws {
        try await StoreBackend.postgres.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                try await withStore(database) { other in
                    // The other process holds the write lock for 5 s.
                    let held = Mutex(false)
                    let done = Mutex(false)
                    let holding = Task {
                        try await other.transaction { database throws(StoreError) in
                            held.withLock { $0 = true }
                            try await LandscapeStore.run { try await database.raw("SELECT pg_sleep(5)").run() }
                        }
                        done.withLock { $0 = true }
                    }
                    while !held.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(20)) }
                    let write = Task { try await store.addActor(Actor(id: "kita", name: "Kita", kind: .institution)) }
                    try await Task.sleep(for: .milliseconds(200))
                    #expect(try await store.actors().count == 3, "the write is not stored before the lock is free")
                    #expect(!done.withLock { $0 }, "the read waited for the write")
                    try await holding.value
                    #expect(try await write.value.version == 1)
                    #expect(try await store.actors().count == 4)
                }
            }
        }
    }

    @Test("Forty edits at once, to different actors and to the same one: each stored once with its history; the same actor's second edit a conflict",
          arguments: StoreBackend.all)
    func concurrentEdits(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                let before = try await store.history(limit: nil).count
                let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                    for number in 0..<20 {
                        group.addTask { _ = try await store.addActor(Actor(id: ActorID("a\(number)"), name: "Akteur \(number)", kind: .association)); return true }
                        group.addTask {
                            do {
                                _ = try await store.updateActor(Actor(id: "amt", name: "Amt \(number)", kind: LandscapeStoreTests.office.kind), expectedVersion: 1)
                                return true
                            } catch StoreError.conflict {
                                return false
                            }
                        }
                    }
                    return try await group.reduce(into: [Bool]()) { $0.append($1) }
                }
                #expect(outcomes.filter { $0 }.count == 21, "20 additions and one rename of amt")
                #expect(try await store.actors().count == 23)
                #expect(try await store.actor("amt")?.version == 2)
                #expect(try await store.history(limit: nil).count == before + 21)
            }
        }
    }

    @Test("Connections are opened as needed, up to the limit, and handed on in turn", .enabled(if: StoreBackend.server != nil))
    func limit() async throws {
        try await StoreBackend.postgres.withDatabase { database in
            try await withStore(database) { store in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for _ in 0..<(ConnectionPool.postgresLimit * 2) { group.addTask { try await Self.sleep(0.3, on: store) } }
                    try await group.waitForAll()
                }
                #expect(await store.pool.taken == ConnectionPool.postgresLimit)
                #expect(await store.pool.idle.count == ConnectionPool.postgresLimit)
                #expect(await store.pool.waiting.isEmpty)
            }
        }
    }

    /// Keeps one of the store's connections busy for `seconds`.
    static func sleep(_ seconds: Double, on store: LandscapeStore) async throws {
        try await store.serialized { database throws(StoreError) in
            try await LandscapeStore.run { try await database.raw("SELECT pg_sleep(\(bind: seconds))").run() }
        }
    }
}
