import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
import LandscapeServer
import LandscapeStore
import Testing

/// The pages keep the landscape they read until the store changes: a change made past the pages
/// (the API, another process on the same database) shows on the next page all the same.
@Suite("landscape serve: the pages read the landscape again after every change")
struct LandscapeReadsTests {
    @Test("An actor added and then deleted past the pages, through the store, shows and goes on the next page")
    func changesOutsideThePages() async throws {
        try await PageTests().withClient { client, store in
            let (_, before) = try await PageTests.page(client, "/actors")
            #expect(!before.contains("Jugendclub Nord"))
            _ = try await store.addActor(Actor(id: "jugendclub", name: "Jugendclub Nord", kind: .association))
            let (_, after) = try await PageTests.page(client, "/actors")
            #expect(after.contains("Jugendclub Nord"))
            try await store.deleteActor("jugendclub", expectedVersion: 1)
            let (_, again) = try await PageTests.page(client, "/actors")
            #expect(!again.contains("Jugendclub Nord"))
        }
    }
}
