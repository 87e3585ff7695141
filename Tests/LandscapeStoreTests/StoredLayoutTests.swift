import Foundation
import LandscapeCore
@testable import LandscapeStore
import Testing

/// The map's layout the web app keeps in the store: kept across a reopen, forgotten on request,
/// and no part of the landscape's history.
@Suite("The map's layout in the store")
struct StoredLayoutTests {
    @Test("A kept layout comes back after a reopen, is replaced and forgotten, and writes no history", arguments: StoreBackend.all)
    func keptAndForgotten(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                #expect(try await store.mapLayout() == nil)
                try await store.saveMapLayout(#"{"actors":{}}"#)
                try await store.saveMapLayout(#"{"actors":{"amt":1}}"#)
            }
            try await withStore(database) { store in
                #expect(try await store.mapLayout() == #"{"actors":{"amt":1}}"#)
                #expect(try await store.history().count == 1, "only the import")
                try await store.saveMapLayout(nil)
                #expect(try await store.mapLayout() == nil)
            }
        }
    }
}
