import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
import LandscapeIO
import LandscapeServer
import LandscapeStore
import Testing

/// The routes and refusals of the JSON API, sent straight to the router (no socket), over a
/// database holding Weimar (German: the refusals are worded in German).
@Suite("landscape serve: API routes and security, without a socket")
struct ServerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let weimar = LandscapeLoader().load([repository.appendingPathComponent("graphs/weimar.yaml").path]).landscape
    static let token = "test-token"
    static let host = HTTPField.Name("Host")!
    static let csrf = HTTPField.Name("X-CSRF-Token")!

    /// Runs `body` with a test client of the router over a fresh database holding Weimar, the
    /// server listening (for the Host check) on port 8080.
    func withClient(_ body: @Sendable (any TestClientProtocol, LandscapeStore) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await LandscapeStore.open(path: folder.appendingPathComponent("landscape.db").path)
        do {
            _ = try await store.importLandscape(Self.weimar)
            let security = ServerSecurity(token: Self.token, port: 8080)
            let router = APIRouter.router(store: store, security: security, language: .de)
            // A route that changes nothing, to see what passes the middleware's checks on a POST.
            router.post("/probe") { _, _ in "passed" }
            try await Application(router: router).test(.router) { client in try await body(client, store) }
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    /// The body as JSON.
    static func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
    }

    /// The messages of an answer's `errors`.
    static func messages(_ response: TestResponse) throws -> [String] {
        let object = try json(response) as? [String: Any]
        let errors = object?["errors"] as? [[String: Any]] ?? []
        return errors.compactMap { $0["message"] as? String }
    }

    @Test("GET /api/actors lists every actor in order with its version; one actor by id; an unknown id is 404")
    func actors() async throws {
        try await withClient { client, _ in
            try await client.execute(uri: "/api/actors", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let actors = try #require((try Self.json(response) as? [String: Any])?["actors"] as? [[String: Any]])
                #expect(actors.compactMap { $0["id"] as? String } == Self.weimar.actors.map(\.id.rawValue))
                #expect(actors.allSatisfy { $0["version"] as? Int == 1 })
            }
            let first = try #require(Self.weimar.actors.first)
            try await client.execute(uri: "/api/actors/\(first.id.rawValue)", method: .get) { response in
                #expect(response.status == .ok)
                let actor = try #require(try Self.json(response) as? [String: Any])
                #expect(actor["name"] as? String == first.name)
                #expect(actor["kind"] as? String == first.kind.rawValue)
            }
            try await client.execute(uri: "/api/actors/nobody", method: .get) { response in
                #expect(response.status == .notFound)
                let messages = try Self.messages(response)
                #expect(messages == ["Akteur »nobody« gibt es nicht."])
            }
        }
    }

    @Test("GET /api/ties lists every tie with the id the store gave it; one tie by id; an unknown id is 404")
    func ties() async throws {
        try await withClient { client, store in
            let stored = try await store.ties()
            try await client.execute(uri: "/api/ties", method: .get) { response in
                let ties = try #require((try Self.json(response) as? [String: Any])?["ties"] as? [[String: Any]])
                #expect(ties.compactMap { $0["id"] as? String } == stored.map(\.id.rawValue))
                #expect(ties.count == Self.weimar.ties.count)
            }
            let tie = try #require(stored.first)
            try await client.execute(uri: "/api/ties/\(tie.id.rawValue)", method: .get) { response in
                let object = try #require(try Self.json(response) as? [String: Any])
                #expect(object["from"] as? String == tie.tie.from.rawValue)
                #expect(object["version"] as? Int == tie.version)
            }
            try await client.execute(uri: "/api/ties/t999999", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("GET /api/landscape is the JSON convert writes; GET /api/history has the import")
    func landscapeAndHistory() async throws {
        try await withClient { client, store in
            let expected = JSONWriter.value(of: try await store.landscape()).serialized() + "\n"
            try await client.execute(uri: "/api/landscape", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == expected)
            }
            try await client.execute(uri: "/api/history?limit=5", method: .get) { response in
                let changes = try #require((try Self.json(response) as? [String: Any])?["changes"] as? [[String: Any]])
                #expect(changes.count == 1)
                #expect(changes.first?["action"] as? String == "import")
                #expect(changes.first?["number"] as? Int == 1)
            }
        }
    }

    @Test("Every answer carries the Content-Security-Policy, refusals and unknown paths (worded 404) too")
    func headers() async throws {
        try await withClient { client, _ in
            for uri in ["/api/actors", "/nowhere"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let policy = response.headers[HTTPField.Name("Content-Security-Policy")!]
                    #expect(policy?.hasPrefix("default-src 'none'") == true, "\(uri)")
                    #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                }
            }
            try await client.execute(uri: "/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
                let messages = try Self.messages(response)
                #expect(messages == ["Unter /nowhere gibt es nichts."])
            }
            try await client.execute(uri: "/api/actors", method: .get, headers: [Self.host: "evil.example:8080"]) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[HTTPField.Name("Content-Security-Policy")!] != nil)
            }
        }
    }

    @Test("A Host other than the server's own names is refused (DNS rebinding)", arguments: [
        ("evil.example:8080", false), ("127.0.0.1:8080", true), ("localhost:8080", true), ("[::1]:8080", true),
        ("LOCALHOST:8080", true), ("127.0.0.1:9090", false), ("localhost.evil.example", false), ("127.0.0.1:80x", false),
    ])
    func hosts(host: String, allowed: Bool) async throws {
        try await withClient { client, _ in
            try await client.execute(uri: "/api/session", method: .get, headers: [Self.host: host]) { response in
                #expect(response.status == (allowed ? .ok : .forbidden), "\(host)")
                if !allowed {
                    let messages = try Self.messages(response)
                    #expect(messages == [
                        "Dieser Server antwortet nur unter seiner eigenen Adresse (127.0.0.1, localhost oder [::1]), nicht unter \(host)."
                    ])
                }
            }
        }
    }

    @Test("A change needs the session's CSRF token and a same-origin Origin or none")
    func changes() async throws {
        try await withClient { client, _ in
            let token = try await client.execute(uri: "/api/session", method: .get) { response in
                (try Self.json(response) as? [String: Any])?["csrf_token"] as? String
            }
            #expect(token == Self.token)
            let cases: [(HTTPFields, HTTPResponse.Status, String?)] = [
                ([:], .forbidden, "Eine Änderung braucht den Header X-CSRF-Token mit dem Token, das GET /api/session liefert."),
                ([Self.csrf: "wrong"], .forbidden, nil),
                ([Self.csrf: Self.token, .origin: "http://evil.example"], .forbidden,
                 "Eine Änderung muss von den Seiten dieses Servers kommen; die Anfrage kam von http://evil.example."),
                ([Self.csrf: Self.token, .origin: "null"], .forbidden, nil),
                ([Self.csrf: Self.token], .ok, nil),
                ([Self.csrf: Self.token, .origin: "http://localhost"], .ok, nil),
            ]
            for (headers, status, message) in cases {
                try await client.execute(uri: "/probe", method: .post, headers: headers) { response in
                    #expect(response.status == status, "\(headers)")
                    if let message {
                        let messages = try Self.messages(response)
                        #expect(messages == [message])
                    }
                }
            }
        }
    }
}
