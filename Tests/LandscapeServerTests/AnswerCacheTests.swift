import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
@testable import LandscapeServer
import LandscapeStore
import Synchronization
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

    @Test("GET /api/history shows 100 records of a change unless items=N says otherwise, and how many it touched")
    func historyItems() async throws {
        try await ServerTests().withClient { client, _ in
            let touched = ServerTests.weimar.actors.count + ServerTests.weimar.ties.count + 1
            for (uri, shown) in [("/api/history?limit=1", 100), ("/api/history?limit=1&items=3", 3), ("/api/history?items=1000", touched)] {
                try await client.execute(uri: uri, method: .get) { response in
                    let changes = (try ServerTests.json(response) as? [String: Any])?["changes"] as? [[String: Any]] ?? []
                    #expect(changes.count == 1, "\(uri)")
                    #expect(changes.first?["item_count"] as? Int == touched, "\(uri)")
                    #expect((changes.first?["items"] as? [Any])?.count == min(shown, touched), "\(uri)")
                }
            }
        }
    }

    @Test("At most 64 answers and 64 MB are kept, the oldest dropped first")
    func bounded() {
        let cache = AnswerCache()
        for number in 0..<70 { cache.keep(ByteBuffer(string: "\(number)"), for: "/api/history?limit=\(number)", at: 1) }
        #expect(cache.count == AnswerCache.most)
        #expect(cache.answer("/api/history?limit=0", at: 1) == nil)
        #expect(cache.answer("/api/history?limit=69", at: 1) == ByteBuffer(string: "69"))
        let large = ByteBuffer(repeating: 0x20, count: 30 << 20)
        for number in 0..<3 { cache.keep(large, for: "/api/landscape?\(number)", at: 2) }
        #expect(cache.count == 2)
        #expect(cache.answer("/api/landscape?0", at: 2) == nil)
    }

    @Test("Calls during a look-up share the next one, begun after they came; a failure goes to its callers only")
    func sharedRuns() async throws {
        let flights = Flights<String, Int>()
        let runs = Atomic(0)
        let slow: @Sendable () async throws(StoreError) -> Int = { () throws(StoreError) in
            let number = runs.add(1, ordering: .relaxed).newValue
            try? await Task.sleep(for: .milliseconds(200))
            return number
        }
        async let first = flights.fresh("session", slow)
        try await Task.sleep(for: .milliseconds(50))
        let later = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 { group.addTask { try await flights.fresh("session", slow) } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(try await first == 1)
        #expect(later == Array(repeating: 2, count: 20))
        #expect(runs.load(ordering: .relaxed) == 2)
        let failing: @Sendable () async throws(StoreError) -> Int = { () throws(StoreError) in throw .unreachable(server: "db", reason: "away") }
        await #expect(throws: StoreError.self) { try await flights.fresh("session", failing) }
        #expect(try await flights.fresh("session", slow) == 3)
    }

    @Test("An answer of an older mark is never kept over a newer one; a newer one answers a request of an older mark")
    func olderMarkDropped() {
        let cache = AnswerCache()
        cache.keep(ByteBuffer(string: "new"), for: "/api/landscape", at: 7)
        cache.keep(ByteBuffer(string: "old"), for: "/api/landscape", at: 6)
        #expect(cache.answer("/api/landscape", at: 7) == ByteBuffer(string: "new"))
        #expect(cache.answer("/api/landscape", at: 6) == ByteBuffer(string: "new"))
        #expect(cache.answer("/api/landscape", at: 8) == nil)
    }
}
