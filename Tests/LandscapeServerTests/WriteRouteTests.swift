import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
import LandscapeIO
import LandscapeServer
import LandscapeStore
import Testing

/// The write routes over Weimar (graphs/weimar.yaml, German), sent straight to the router: one
/// test per route and per refusal, and after each refusal the store read back unchanged.
@Suite("landscape serve: write routes and their refusals")
struct WriteRouteTests {
    static let csrf = HTTPField.Name("X-CSRF-Token")!
    static let headers: HTTPFields = [csrf: ServerTests.token, .contentType: "application/json"]

    /// The headers of a change, with `If-Match` when given.
    static func headers(ifMatch: String? = nil) -> HTTPFields {
        var fields = headers
        if let ifMatch { fields[.ifMatch] = ifMatch }
        return fields
    }

    /// What the store holds, to compare before and after a refusal.
    struct Snapshot: Equatable {
        var actors: [StoredActor]
        var ties: [StoredTie]
        var changes: Int
    }

    static func snapshot(_ store: LandscapeStore) async throws -> Snapshot {
        Snapshot(actors: try await store.actors(), ties: try await store.ties(), changes: try await store.history().count)
    }

    /// Sends a request that must be refused with `status`; returns the answer's errors as (field, message).
    static func refused(
        _ client: any TestClientProtocol, _ store: LandscapeStore, _ uri: String, _ method: HTTPRequest.Method,
        headers: HTTPFields = headers, body: String = "", status: HTTPResponse.Status
    ) async throws -> [(field: String?, message: String)] {
        let before = try await snapshot(store)
        let errors = try await client.execute(uri: uri, method: method, headers: headers, body: ByteBuffer(string: body)) { response in
            #expect(response.status == status, "\(method) \(uri)")
            let object = try ServerTests.json(response) as? [String: Any]
            let errors = object?["errors"] as? [[String: Any]] ?? []
            return errors.map { (field: $0["field"] as? String, message: $0["message"] as? String ?? "") }
        }
        let after = try await snapshot(store)
        #expect(after == before, "\(method) \(uri) changed the store")
        return errors
    }

    @Test("POST /api/actors adds the actor: 201, Location, ETag \"1\", the record with version 1")
    func addActor() async throws {
        try await ServerTests().withClient { client, store in
            let body = #"{"id": "jugendclub", "name": "Jugendclub Nord", "kind": "association", "sectors": ["non-formal"]}"#
            try await client.execute(uri: "/api/actors", method: .post, headers: Self.headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                #expect(response.headers[.location] == "/api/actors/jugendclub")
                #expect(response.headers[.eTag] == "\"1\"")
                let record = try ServerTests.json(response) as? [String: Any]
                #expect(record?["version"] as? Int == 1)
                #expect(record?["sectors"] as? [String] == ["non-formal"])
            }
            #expect(try await store.actor(ActorID("jugendclub"))?.actor.name == "Jugendclub Nord")
        }
    }

    @Test("POST /api/actors with an invalid record: 422, one error per field in check's words, nothing changed")
    func invalidActor() async throws {
        try await ServerTests().withClient { client, store in
            let errors = try await Self.refused(client, store, "/api/actors", .post, body: #"{"id": "x", "name": "X", "kind": "ofice", "since": "2019-13"}"#, status: .unprocessableContent)
            #expect(Set(errors.compactMap(\.field)) == ["kind", "since"])
            let unnamed = try await Self.refused(client, store, "/api/actors", .post, body: #"{"id": "x", "kind": "office"}"#, status: .unprocessableContent)
            #expect(unnamed.map(\.field) == ["name"])
            #expect(unnamed.map(\.message) == ["Akteur ohne »name« (Pflichtfeld)"])
            let taken = try await Self.refused(client, store, "/api/actors", .post, body: #"{"id": "kulturagenten", "name": "K", "kind": "program"}"#, status: .unprocessableContent)
            #expect(taken.map(\.field) == ["id"])
        }
    }

    @Test("A body that is no JSON object, or a version that is no number, is 400; nothing changed")
    func badBodies() async throws {
        try await ServerTests().withClient { client, store in
            for body in ["{nope", "[1, 2]", "\"text\""] {
                _ = try await Self.refused(client, store, "/api/actors", .post, body: body, status: .badRequest)
            }
            let errors = try await Self.refused(client, store, "/api/actors/kulturagenten", .patch, headers: Self.headers(ifMatch: "\"x\""),
                                                body: #"{"name": "K"}"#, status: .badRequest)
            #expect(errors.map(\.field) == ["version"])
            _ = try await Self.refused(client, store, "/api/actors/kulturagenten", .patch, headers: Self.headers(ifMatch: "\"1\""),
                                       body: #"{"name": "K", "version": 2}"#, status: .badRequest)
        }
    }

    @Test("PATCH /api/actors/{id} with If-Match or a body version changes the fields given; the version counts up")
    func patchActor() async throws {
        try await ServerTests().withClient { client, store in
            let uri = "/api/actors/weimar-schulverwaltungsamt"
            try await client.execute(uri: uri, method: .patch, headers: Self.headers(ifMatch: "W/\"1\""), body: ByteBuffer(string: #"{"name": "Schulamt"}"#)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] == "\"2\"")
                let record = try ServerTests.json(response) as? [String: Any]
                #expect(record?["name"] as? String == "Schulamt")
                #expect(record?["sectors"] as? [String] == ["school"])
            }
            try await client.execute(uri: uri, method: .patch, headers: Self.headers, body: ByteBuffer(string: #"{"note": "neu", "version": 2}"#)) { response in
                #expect(response.status == .ok)
            }
            #expect(try await store.actor(ActorID("weimar-schulverwaltungsamt"))?.version == 3)
        }
    }

    @Test("PATCH refusals: 428 without a version, 409 for a stale one, 404 for no such actor, 422 for a changed id; nothing changed")
    func patchRefusals() async throws {
        try await ServerTests().withClient { client, store in
            let uri = "/api/actors/weimar-stadtverwaltung", body = #"{"name": "Rathaus"}"#
            let missing = try await Self.refused(client, store, uri, .patch, body: body, status: .preconditionRequired)
            #expect(missing.first?.message.hasPrefix("Eine Änderung muss die Version nennen") == true)
            let stale = try await Self.refused(client, store, uri, .patch, headers: Self.headers(ifMatch: "\"7\""), body: body, status: .conflict)
            #expect(stale.map(\.message) == ["Akteur »weimar-stadtverwaltung« wurde inzwischen geändert (jetzt Version 1, die Änderung beruhte auf Version 7); laden Sie neu und ändern Sie noch einmal."])
            _ = try await Self.refused(client, store, "/api/actors/nobody", .patch, headers: Self.headers(ifMatch: "\"1\""), body: body, status: .notFound)
            let renamed = try await Self.refused(client, store, uri, .patch, headers: Self.headers(ifMatch: "\"1\""), body: #"{"id": "rathaus"}"#, status: .unprocessableContent)
            #expect(renamed.map(\.field) == ["id"])
            _ = try await Self.refused(client, store, uri, .delete, status: .preconditionRequired)
            _ = try await Self.refused(client, store, uri, .delete, headers: [Self.csrf: "wrong", .ifMatch: "\"1\""], status: .forbidden)
        }
    }

    @Test("Ties: POST names ends by name, PATCH and DELETE by version; a deleted tie is 404; an unknown end is 422")
    func ties() async throws {
        try await ServerTests().withClient { client, store in
            let count = try await store.ties().count
            let body = #"{"from": "Stadtverwaltung Weimar", "to": "kulturagenten", "kind": "cooperation", "weight": 2}"#
            try await client.execute(uri: "/api/ties", method: .post, headers: Self.headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                #expect(response.headers[.location] == "/api/ties/t\(count + 1)")
                let record = try ServerTests.json(response) as? [String: Any]
                #expect(record?["from"] as? String == "weimar-stadtverwaltung")
            }
            let unknown = try await Self.refused(client, store, "/api/ties", .post, body: #"{"from": "nobody", "to": "kulturagenten", "kind": "cooperation"}"#, status: .unprocessableContent)
            #expect(unknown.map(\.field) == ["from"])
            try await client.execute(uri: "/api/ties/t1", method: .patch, headers: Self.headers(ifMatch: "\"1\""), body: ByteBuffer(string: #"{"formal": true}"#)) { response in
                #expect(response.status == .ok)
            }
            _ = try await Self.refused(client, store, "/api/ties/t1", .delete, headers: Self.headers(ifMatch: "\"1\""), status: .conflict)
            try await client.execute(uri: "/api/ties/t1", method: .delete, headers: Self.headers(ifMatch: "\"2\"")) { response in
                #expect(response.status == .noContent)
            }
            _ = try await Self.refused(client, store, "/api/ties/t1", .get, status: .notFound)
            _ = try await Self.refused(client, store, "/api/ties/t1", .delete, headers: Self.headers(ifMatch: "\"2\""), status: .notFound)
        }
    }

    @Test("Undo: DELETE an actor, POST /api/history/{n}/undo brings it back; the history shows records as the model; unknown change 404, later change 409")
    func undo() async throws {
        try await ServerTests().withClient { client, store in
            try await client.execute(uri: "/api/actors/montag-stiftung", method: .delete, headers: Self.headers(ifMatch: "\"1\"")) { response in
                #expect(response.status == .noContent)
            }
            let change = try #require(try await store.history(limit: 1).first?.number)
            try await client.execute(uri: "/api/history?limit=1", method: .get) { response in
                let changes = (try ServerTests.json(response) as? [String: Any])?["changes"] as? [[String: Any]]
                let items = changes?.first?["items"] as? [[String: Any]] ?? []
                let actor = items.first { $0["record"] as? String == "actor" && $0["id"] as? String == "montag-stiftung" }
                let old = actor?["old"] as? [String: Any]
                #expect(old?["name"] != nil)
                #expect(old?["sectors"] is [String])
                #expect(old?["version"] as? Int == 1)
                #expect(actor?["new"] is NSNull)
            }
            try await client.execute(uri: "/api/history/\(change)/undo", method: .post, headers: Self.headers) { response in
                #expect(response.status == .ok)
                let object = try ServerTests.json(response) as? [String: Any]
                #expect(object?["change"] as? Int == change + 1)
            }
            #expect(try await store.actor(ActorID("montag-stiftung")) != nil)
            _ = try await Self.refused(client, store, "/api/history/999/undo", .post, status: .notFound)
            // The restored actor is a new version (2): a client that held version 1 must reload.
            #expect(try await store.actor(ActorID("montag-stiftung"))?.version == 2)
            try await client.execute(uri: "/api/actors/montag-stiftung", method: .patch, headers: Self.headers(ifMatch: "\"2\""), body: ByteBuffer(string: #"{"note": "x"}"#)) { response in
                #expect(response.status == .ok)
            }
            _ = try await Self.refused(client, store, "/api/history/\(change + 1)/undo", .post, status: .conflict)
        }
    }
}
