import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
import LandscapeServer
import LandscapeStore
import Testing

/// `POST /api/suggestions/{id}/dismiss` over Weimar (graphs/weimar.yaml, German): the pair leaves
/// the suggestions, the reason is kept, and each refusal changes nothing.
@Suite("landscape serve: dismissing a suggestion through the API")
struct DismissalRouteTests {
    /// The first pair suggestion of `GET /api/analysis/suggestions`: its id, from and to.
    static func firstPair(_ client: any TestClientProtocol) async throws -> (id: String, from: String, to: String)? {
        try await client.execute(uri: "/api/analysis/suggestions", method: .get) { response in
            let object = try ServerTests.json(response) as? [String: Any]
            let pair = (object?["suggestions"] as? [[String: Any]] ?? []).first { $0["type"] as? String == "pair" }
            guard let pair, let id = pair["id"] as? String, let from = pair["from"] as? String, let to = pair["to"] as? String else { return nil }
            return (id, from, to)
        }
    }

    @Test("A dismissed pair is answered 201 with its reason, leaves the suggestions, is in the history and comes back on undo")
    func dismiss() async throws {
        try await ServerTests().withClient { client, store in
            let pair = try #require(try await Self.firstPair(client))
            // The id is both actor ids in order, joined by + (docs/serve.md).
            #expect(pair.id == [pair.from, pair.to].sorted().joined(separator: "+"))
            let body = #"{"reason": "Die beiden arbeiten über das Netzwerk Bildung schon zusammen."}"#
            try await client.execute(uri: "/api/suggestions/\(pair.id)/dismiss", method: .post, headers: WriteRouteTests.headers,
                                     body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                let object = try ServerTests.json(response) as? [String: Any]
                #expect(object?["id"] as? String == pair.id)
                #expect(object?["reason"] as? String == "Die beiden arbeiten über das Netzwerk Bildung schon zusammen.")
            }
            #expect(try await Self.firstPair(client)?.id != pair.id)
            #expect(try await store.dismissals().map(\.id) == [pair.id])
            let change = try #require(try await store.history(limit: 1).first)
            #expect(change.action == .dismissSuggestion)
            try await client.execute(uri: "/api/history", method: .get) { response in
                let object = try ServerTests.json(response) as? [String: Any]
                let first = (object?["changes"] as? [[String: Any]])?.first
                #expect(first?["action"] as? String == "dismiss-suggestion")
                let item = (first?["items"] as? [[String: Any]])?.first
                #expect(item?["record"] as? String == "dismissal")
                #expect((item?["new"] as? [String: Any])?["version"] as? Int == 1)
            }
            try await client.execute(uri: "/api/history/\(change.number)/undo", method: .post, headers: WriteRouteTests.headers) { response in
                #expect(response.status == .ok)
            }
            #expect(try await Self.firstPair(client)?.id == pair.id)
        }
    }

    @Test("No reason, a pair dismissed already, an unknown actor and a missing token are refused, nothing changed")
    func refusals() async throws {
        try await ServerTests().withClient { client, store in
            let pair = try #require(try await Self.firstPair(client))
            let path = "/api/suggestions/\(pair.id)/dismiss"
            let blank = try await WriteRouteTests.refused(client, store, path, .post, body: #"{"reason": "  "}"#, status: .unprocessableContent)
            #expect(blank.map(\.field) == ["reason"])
            #expect(blank.map(\.message) == ["Bitte geben Sie einen Grund an: Warum sollen die beiden nicht zusammengebracht werden?"])
            _ = try await WriteRouteTests.refused(client, store, path, .post, body: "{}", status: .unprocessableContent)
            let unknown = try await WriteRouteTests.refused(client, store, "/api/suggestions/\(pair.from)+niemand/dismiss", .post,
                                                            body: #"{"reason": "x"}"#, status: .notFound)
            #expect(unknown.map(\.message) == ["Akteur »niemand« gibt es nicht."])
            _ = try await WriteRouteTests.refused(client, store, path, .post, headers: [.contentType: "application/json"],
                                                  body: #"{"reason": "x"}"#, status: .forbidden)
            _ = try await store.dismiss(ActorID(pair.from), ActorID(pair.to), reason: "schon besprochen")
            let twice = try await WriteRouteTests.refused(client, store, path, .post, body: #"{"reason": "x"}"#, status: .unprocessableContent)
            #expect(twice.map(\.message) == ["Verwerfung »\(pair.id)« gibt es schon."])
        }
    }

    @Test("The id's plus sign may come percent-encoded")
    func encodedPlus() async throws {
        try await ServerTests().withClient { client, store in
            let pair = try #require(try await Self.firstPair(client))
            let encoded = pair.id.replacingOccurrences(of: "+", with: "%2B")
            try await client.execute(uri: "/api/suggestions/\(encoded)/dismiss", method: .post, headers: WriteRouteTests.headers,
                                     body: ByteBuffer(string: #"{"reason": "kein Bedarf"}"#)) { response in
                #expect(response.status == .created)
            }
            #expect(try await store.dismissals().map(\.id) == [pair.id])
        }
    }
}
