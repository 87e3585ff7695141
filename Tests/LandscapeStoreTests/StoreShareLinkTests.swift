import Foundation
import LandscapeCore
@testable import LandscapeStore
import Testing

/// Share links in the store, on SQLite and PostgreSQL alike: found by their token's hash while
/// they last, listed, revoked; only to a landscape the database holds.
@Suite("The store's share links")
struct StoreShareLinkTests {
    static func link(_ id: String, landscape: String = LandscapeStore.defaultLandscape, expires: TimeInterval) -> ShareLink {
        ShareLink(id: id, landscape: landscape, onDay: "2019", createdBy: "ada", createdAt: LandscapeStore.now(),
                  expiresAt: LandscapeStore.timestamp(Date().addingTimeInterval(expires)))
    }

    @Test("A link opens while it lasts, is listed with expired ones, and opens nothing once revoked", arguments: StoreBackend.all)
    func lifecycle(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(LandscapeStoreTests.small)
                let open = Self.link("aaaa1111", expires: 3600), old = Self.link("bbbb2222", expires: -60)
                try await store.addShareLink(open, tokenHash: "hash-open")
                try await store.addShareLink(old, tokenHash: "hash-old")
                #expect(try await store.shareLink(tokenHash: "hash-open") == open)
                #expect(try await store.shareLink(tokenHash: "hash-old") == nil)
                #expect(try await store.shareLink(tokenHash: "unknown") == nil)
                #expect(Set(try await store.shareLinks().map(\.id)) == ["aaaa1111", "bbbb2222"])
                try await store.revokeShareLink(id: "aaaa1111")
                #expect(try await store.shareLink(tokenHash: "hash-open") == nil)
                await #expect(throws: StoreError.noSuchShareLink("aaaa1111")) { try await store.revokeShareLink(id: "aaaa1111") }
                await #expect(throws: StoreError.noSuchLandscape("jena")) {
                    try await store.addShareLink(Self.link("cccc3333", landscape: "jena", expires: 60), tokenHash: "hash-jena")
                }
                #expect(try await store.shareLinks().map(\.id) == ["bbbb2222"])
            }
        }
    }
}
