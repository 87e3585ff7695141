import LandscapeCore
@testable import LandscapeStore
import Testing

/// What changed after a mark (`actorChanges(after:)`, `tieChanges(after:)`), and the history with
/// a limit of items per change — on SQLite and PostgreSQL.
@Suite("Store: changes after a mark, and the history's items")
struct RecordChangesTests {
    @Test("After a mark only the records changed since, the deleted ones as gone; every record without a mark", arguments: StoreBackend.all)
    func changedSince(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                let all = try await store.actorChanges(after: nil)
                #expect(all.whole && all.records.map(\.record.actor.id) == ["amt", "schule", "prog"])
                let mark = try await store.historyMark()
                #expect(all.mark == mark)
                let none = try await store.actorChanges(after: all.mark)
                #expect(!none.whole && none.records.isEmpty && none.gone.isEmpty && none.mark == all.mark)
                var school = LandscapeStoreTests.school
                school.name = "Grundschule am Park"
                _ = try await store.updateActor(school, expectedVersion: 1)
                let edited = try await store.actorChanges(after: all.mark)
                #expect(!edited.whole && edited.records.map(\.record.actor.name) == ["Grundschule am Park"])
                #expect(edited.records.map(\.record.version) == [2] && edited.records.map(\.position) == [1])
                try await store.deleteActor("amt", expectedVersion: 1)
                let deleted = try await store.actorChanges(after: edited.mark)
                #expect(deleted.records.isEmpty && deleted.gone == ["amt"])
                let ties = try await store.tieChanges(after: edited.mark)
                #expect(ties.records.isEmpty && ties.gone == ["steuert"])
                // A mark the database does not reach (another database, or one restored from a backup): everything.
                let ahead = try await store.actorChanges(after: deleted.mark + 100)
                #expect(ahead.whole && ahead.records.count == 2)
            }
        }
    }

    @Test("More changed records than are read one by one come as the whole list", arguments: StoreBackend.all)
    func manyChanged(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                let mark = try await store.historyMark()
                let actors = (0...LandscapeStore.changedLimit).map { Actor(id: ActorID("a\($0)"), name: "A \($0)", kind: .association) }
                _ = try await store.importLandscape(Landscape(actors: actors, ties: []))
                let changes = try await store.actorChanges(after: mark)
                #expect(changes.whole && changes.records.count == actors.count && changes.gone.isEmpty)
            }
        }
    }

    @Test("The history with a limit of items: the first ones of each change, and how many it touched", arguments: StoreBackend.all)
    func itemsCapped(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                let actors = (0..<30).map { Actor(id: ActorID("a\($0)"), name: "A \($0)", kind: .association) }
                _ = try await store.importLandscape(Landscape(actors: actors, ties: []))
                _ = try await store.updateActor(Actor(id: "a3", name: "Drei", kind: .association), expectedVersion: 1)
                let capped = try await store.history(limit: 2, items: 5)
                #expect(capped.map(\.items.count) == [1, 5])
                #expect(capped.map(\.itemCount) == [1, 31])
                let whole = try await store.history(limit: 2)
                #expect(whole.map(\.items.count) == [1, 31] && whole.map(\.itemCount) == [1, 31])
                #expect(capped[1].items == Array(whole[1].items.prefix(5)))
                // At least one item each, so that every change is shown.
                #expect(try await store.history(items: 0).map(\.items.count) == [1, 1])
            }
        }
    }
}
