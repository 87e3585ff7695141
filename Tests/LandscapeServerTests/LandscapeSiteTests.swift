import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeApp
import LandscapeCore
import LandscapeIO
@testable import LandscapeServer
import LandscapeStore
import Testing

/// Several landscapes on one server: `/l/ID/…` addresses one, the unprefixed paths the first.
/// A database holds Jena (graphs/jena.yaml) as `jena` and Weimar (graphs/weimar.yaml) as
/// `weimar`, no `default`: the first is `jena`, the first id in order.
@Suite("landscape serve: every landscape under /l/ID/, the first one unprefixed")
struct LandscapeSiteTests {
    static let jena = LandscapeLoader().load([ServerTests.repository.appendingPathComponent("graphs/jena.yaml").path]).landscape

    /// Runs `body` with a test client of the site over a fresh database holding both, and the
    /// database's path.
    func withSite(_ body: @Sendable (any TestClientProtocol, String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("landscape.db").path
        for (id, landscape) in [("weimar", ServerTests.weimar), ("jena", Self.jena)] {
            let store = try await LandscapeStore.open(.file(path: path), password: nil, landscape: id)
            _ = try await store.importLandscape(landscape)
            await store.close()
        }
        let probe = try await LandscapeStore.open(path: path)
        let first = LandscapeSite.firstLandscape(requested: nil, in: try await probe.landscapeIDs())
        await probe.close()
        let store = try await LandscapeStore.open(.file(path: path), password: nil, landscape: first)
        let site = LandscapeSite(first: store, language: .de, open: { id throws(StoreError) in
            try await LandscapeStore.open(.file(path: path), password: nil, landscape: id)
        }, security: ServerSecurity(token: ServerTests.token, port: 8080), renderer: FakeRenderer())
        do {
            try await Application(responder: site).test(.router) { client in try await body(client, path) }
        } catch {
            await site.close()
            throw error
        }
        await site.close()
    }

    /// The ids of the actors `uri` lists.
    static func actorIDs(_ client: any TestClientProtocol, _ uri: String) async throws -> [String] {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok, "\(uri)")
            let actors = (try ServerTests.json(response) as? [String: Any])?["actors"] as? [[String: Any]] ?? []
            return actors.compactMap { $0["id"] as? String }
        }
    }

    @Test("The first landscape is the one --as names, else default, else the first id in order")
    func firstLandscape() {
        #expect(LandscapeSite.firstLandscape(requested: "weimar", in: ["jena", "weimar"]) == "weimar")
        #expect(LandscapeSite.firstLandscape(requested: nil, in: ["default", "jena"]) == "default")
        #expect(LandscapeSite.firstLandscape(requested: nil, in: ["jena", "weimar"]) == "jena")
        #expect(LandscapeSite.firstLandscape(requested: nil, in: []) == "default")
    }

    @Test("GET /api/actors is the first landscape's, /l/jena/api/actors the same, /l/weimar/api/actors Weimar's")
    func reads() async throws {
        try await withSite { client, _ in
            let jena = Self.jena.actors.map(\.id.rawValue)
            #expect(try await Self.actorIDs(client, "/api/actors") == jena)
            #expect(try await Self.actorIDs(client, "/l/jena/api/actors") == jena)
            #expect(try await Self.actorIDs(client, "/l/weimar/api/actors") == ServerTests.weimar.actors.map(\.id.rawValue))
            #expect(try await Self.actorIDs(client, "/l/weimar/api/actors?limit=1") == ServerTests.weimar.actors.map(\.id.rawValue))
            let title = try await client.execute(uri: "/l/weimar/api/landscape", method: .get) { response in
                (try ServerTests.json(response) as? [String: Any])?["title"] as? String
            }
            #expect(title == ServerTests.weimar.title)
        }
    }

    @Test("POST /l/weimar/api/actors adds to Weimar only, its Location under /l/weimar/; the unprefixed add goes to Jena")
    func writes() async throws {
        try await withSite { client, path in
            let body = #"{"id": "jugendclub", "name": "Jugendclub", "kind": "association"}"#
            try await client.execute(uri: "/l/weimar/api/actors", method: .post, headers: WriteRouteTests.headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                #expect(response.headers[.location] == "/l/weimar/api/actors/jugendclub")
            }
            let second = #"{"id": "stadtteilbuero", "name": "Stadtteilbüro", "kind": "office"}"#
            try await client.execute(uri: "/api/actors", method: .post, headers: WriteRouteTests.headers, body: ByteBuffer(string: second)) { response in
                #expect(response.status == .created)
                #expect(response.headers[.location] == "/api/actors/stadtteilbuero")
            }
            let weimar = try await LandscapeStore.open(.file(path: path), password: nil, landscape: "weimar")
            let jena = try await LandscapeStore.open(.file(path: path), password: nil, landscape: "jena")
            #expect(try await weimar.actor(ActorID("jugendclub")) != nil)
            #expect(try await weimar.actor(ActorID("stadtteilbuero")) == nil)
            #expect(try await jena.actor(ActorID("stadtteilbuero")) != nil)
            #expect(try await jena.actor(ActorID("jugendclub")) == nil)
            await weimar.close()
            await jena.close()
        }
    }

    @Test("A landscape the database does not hold, or a path that cannot name one, is a worded 404 with the security headers")
    func unknown() async throws {
        try await withSite { client, _ in
            for uri in ["/l/nobody/api/actors", "/l/nobody", "/l/.hidden/api/actors", "/l/"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.headers[HTTPField.Name("Content-Security-Policy")!] != nil)
                    let messages = try ServerTests.messages(response)
                    #expect(messages.count == 1)
                }
            }
        }
    }

    @Test("A client's own X-Landscape-Base changes no link: the pages of / link unprefixed")
    func spoofedBase() async throws {
        try await withSite { client, _ in
            let headers: HTTPFields = [HTTPField.Name("X-Landscape-Base")!: "/l/weimar"]
            let page = try await client.execute(uri: "/actors", method: .get, headers: headers) { String(buffer: $0.body) }
            #expect(!page.contains("/l/weimar"))
        }
    }

    @Test("The pages under /l/weimar/ are Weimar's and link within /l/weimar/; the unprefixed pages link without a prefix")
    func pages() async throws {
        try await withSite { client, _ in
            let (status, actors) = try await PageTests.page(client, "/l/weimar/actors")
            #expect(status == .ok)
            #expect(actors.contains(ServerTests.weimar.title ?? "-"))
            for link in [#"href="/l/weimar/""#, #"href="/l/weimar/ties""#, #"href="/l/weimar/actors/new""#, #"action="/l/weimar/actors""#] {
                #expect(actors.contains(link), "\(link)")
            }
            let (_, map) = try await PageTests.page(client, "/l/weimar/")
            #expect(map.contains(#"action="/l/weimar/""#))
            #expect(map.contains(#"data-href="/l/weimar/actors/"#))
            let (_, transfer) = try await PageTests.page(client, "/l/weimar/transfer")
            #expect(transfer.contains(#"href="/l/weimar/export.yaml""#))
            let (_, plain) = try await PageTests.page(client, "/actors")
            #expect(plain.contains(Self.jena.title ?? "-"))
            #expect(!plain.contains("/l/"))
            #expect(plain.contains(#"href="/actors/new""#))
        }
    }

    @Test("A share link reads its landscape without an account, on its day, and changes nothing; revoked or expired it opens nothing")
    func shareLinks() async throws {
        try await withSite { client, path in
            let token = String(repeating: "ab", count: 32), expired = String(repeating: "cd", count: 32)
            let store = try await LandscapeStore.open(.file(path: path), password: nil, landscape: "weimar")
            let now = Date()
            func link(_ id: String, lasting seconds: TimeInterval) -> ShareLink {
                ShareLink(id: id, landscape: "weimar", onDay: "2019", createdBy: nil, createdAt: "2026-01-01T00:00:00Z",
                          expiresAt: ISO8601DateFormatter().string(from: now.addingTimeInterval(seconds)))
            }
            try await store.addShareLink(link("lenkung1", lasting: 3600), tokenHash: Tokens.hash(token))
            try await store.addShareLink(link("alt00001", lasting: -60), tokenHash: Tokens.hash(expired))
            #expect(try await Self.actorIDs(client, "/s/\(token)/api/actors") == ServerTests.weimar.actors.map(\.id.rawValue))
            let (status, page) = try await PageTests.page(client, "/s/\(token)/actors")
            #expect(status == .ok)
            #expect(page.contains(#"href="/s/\#(token)/ties""#))
            let body = #"{"id": "jugendclub", "name": "Jugendclub", "kind": "association"}"#
            try await client.execute(uri: "/s/\(token)/api/actors", method: .post, headers: WriteRouteTests.headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .forbidden)
                let messages = try ServerTests.messages(response)
                #expect(messages == ["Ein Freigabelink zeigt die Bildungslandschaft nur; melden Sie sich an, um sie zu ändern."])
            }
            #expect(try await store.actor(ActorID("jugendclub")) == nil)
            try await client.execute(uri: "/s/\(expired)/api/actors", method: .get) { #expect($0.status == .notFound) }
            try await store.revokeShareLink(id: "lenkung1")
            try await client.execute(uri: "/s/\(token)/api/actors", method: .get) { #expect($0.status == .notFound) }
            await store.close()
        }
    }

    @Test("Through a share link the link's day replaces any day the request asks for")
    func shareDay() {
        #expect(LandscapeSite.query(nil, at: "2019") == "?at=2019")
        #expect(LandscapeSite.query("q=amt&at=2024&lang=en", at: "2019") == "?q=amt&lang=en&at=2019")
        #expect(LandscapeSite.query("q=amt", at: nil) == "?q=amt")
        #expect(LandscapeSite.query(nil, at: nil) == "")
    }
}
