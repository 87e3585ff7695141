import Foundation
import LandscapeCore
import Testing
@testable import LandscapeStore

/// A dismissed suggestion is a record of the store: kept with its reason, one change in the
/// history, refused twice or for a pair that is no pair of actors, and undone like any change.
@Suite("The store keeps dismissed suggestions")
struct DismissalTests {
    @Test("A dismissal is kept with its reason, in either order of the pair, and undone by the history", arguments: StoreBackend.all)
    func dismissAndUndo(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                // Named the other way round, the pair is stored smaller id first (»amt« < »schule«).
                let dismissal = try await store.dismiss("schule", "amt", reason: "Das Schulamt berät die Schule schon.")
                #expect(dismissal.first == "amt" && dismissal.second == "schule" && dismissal.version == 1)
                #expect(dismissal.id == "amt+schule")
                #expect(try await store.dismissals() == [dismissal])
                let history = try await store.history()
                #expect(history.map(\.action) == [.dismissSuggestion, .importLandscape])
                #expect(history[0].items.map(\.record) == [.dismissal] && history[0].items[0].id == "amt+schule")
                #expect(try history[0].items[0].new() == .dismissal(dismissal, version: 1))
                #expect(try history[0].items[0].old() == nil)
                await #expect(throws: StoreError.duplicate(.dismissal, id: "amt+schule")) {
                    try await store.dismiss("amt", "schule", reason: "noch einmal")
                }
                let undo = try await store.undo(change: history[0].number)
                #expect(try await store.dismissals().isEmpty)
                // Undoing the undo dismisses the pair again, with its reason.
                _ = try await store.undo(change: undo)
                #expect(try await store.dismissals().map(\.reason) == ["Das Schulamt berät die Schule schon."])
            }
        }
    }

    @Test("A pair that is no pair of actors is refused and nothing is stored", arguments: StoreBackend.all)
    func refused(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                await #expect(throws: StoreError.selfTie("amt")) { try await store.dismiss("amt", "amt", reason: "x") }
                await #expect(throws: StoreError.unknownActor("niemand")) { try await store.dismiss("amt", "niemand", reason: "x") }
                #expect(try await store.dismissals().isEmpty)
                #expect(try await store.history().count == 1)
            }
        }
    }

    @Test("A dismissal belongs to its landscape", arguments: StoreBackend.all)
    func perLandscape(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                _ = try await store.dismiss("amt", "prog", reason: "kein Bedarf")
            }
            let other = try await LandscapeStore.open(database.location, password: database.password, landscape: "jena")
            try await ensuring {
                _ = try await other.importLandscape(LandscapeStoreTests.small)
                #expect(try await other.dismissals().isEmpty)
            } finally: { await other.close() }
        }
    }

    @Test("A pair's id reads back as every split at a plus sign")
    func pairIDs() {
        #expect(Dismissal.id("vhs", "amt") == "amt+vhs")
        #expect(Dismissal.pairs(in: "amt+vhs").map { [$0.0, $0.1] } == [["amt", "vhs"]])
        #expect(Dismissal.pairs(in: "a+b+c").map { [$0.0, $0.1] } == [["a", "b+c"], ["a+b", "c"]])
        #expect(Dismissal.pairs(in: "amt").isEmpty)
    }
}
