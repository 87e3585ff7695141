import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
@testable import LandscapeServer
import LandscapeStore
import Testing

/// The API's whole-landscape answers are kept until the database changes: the same bytes while
/// nothing changed, and a change by anyone (here: straight through the store, as another process
/// would) is in the next answer.
@Suite("landscape serve: kept API answers")
struct AnswerCacheTests {
    @Test("GET /api/actors and /api/history answer a change made after the last read, by this server or another process")
    func freshAfterChange() async throws {
        try await ServerTests().withClient { client, store in
            for uri in ["/api/actors", "/api/history?limit=5"] {
                let first = try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }
                let again = try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }
                #expect(first == again)
                #expect(!first.contains("kita-\(uri.count)"))
                _ = try await store.addActor(Actor(id: ActorID("kita-\(uri.count)"), name: "Kita \(uri.count)", kind: .association))
                let after = try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }
                #expect(after.contains("kita-\(uri.count)"), "\(uri)")
            }
        }
    }

    @Test("An answer of an older mark is never kept over a newer one")
    func olderMarkDropped() {
        let cache = AnswerCache()
        cache.keep(ByteBuffer(string: "new"), for: "/api/actors", at: 7)
        cache.keep(ByteBuffer(string: "old"), for: "/api/actors", at: 6)
        #expect(cache.answer("/api/actors", at: 7) == ByteBuffer(string: "new"))
        #expect(cache.answer("/api/actors", at: 6) == nil)
    }
}
