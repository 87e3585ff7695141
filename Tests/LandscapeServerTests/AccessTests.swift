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

/// Accounts and roles on every route, sent straight to the router: a database holding Weimar
/// (`default`) and Jena (`jena`), with a reader and an editor of Weimar, an editor of Jena and
/// an admin, each signed in by a session made in the store (only the sign-in tests check a
/// password: bcrypt at cost 4). After every refusal the store is read back unchanged.
@Suite("landscape serve: accounts and roles on every route")
struct AccessTests {
    static let sessions = ["rita": "session-rita", "emil": "session-emil", "jens": "session-jens", "ada": "session-ada"]
    static let password = "Emils langes Passwort"

    /// Runs `body` with a test client of Weimar's router (accounts required) and its store.
    func withClient(_ body: @Sendable (any TestClientProtocol, LandscapeStore, [RouteCase]) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("access-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("landscape.db").path
        let jena = try await LandscapeStore.open(.file(path: path), password: nil, landscape: "jena")
        _ = try await jena.importLandscape(LandscapeSiteTests.jena)
        await jena.close()
        let store = try await LandscapeStore.open(path: path)
        do {
            _ = try await store.importLandscape(ServerTests.weimar)
            let hash = await Passwords.hash(Self.password, cost: 4)
            try await store.addAccount("rita", passwordHash: hash, role: .reader, landscape: LandscapeStore.defaultLandscape)
            try await store.addAccount("emil", passwordHash: hash, role: .editor, landscape: LandscapeStore.defaultLandscape)
            try await store.addAccount("jens", passwordHash: hash, role: .editor, landscape: "jena")
            try await store.addAccount("ada", passwordHash: hash, role: .admin, landscape: nil)
            for (name, token) in Self.sessions {
                try await store.startSession(tokenHash: ServerAccess.hash(token), account: name, expires: Date().addingTimeInterval(3600))
            }
            let router = APIRouter.router(store: store, security: ServerSecurity(token: ServerTests.token, port: 8080), language: .de,
                                          renderer: FakeRenderer(), access: ServerAccess(required: true))
            let routes = Self.routes(router)
            try await Application(router: router).test(.router) { client in try await body(client, store, routes) }
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    /// The headers of a request as `account` (nil: no session), with the CSRF token.
    static func headers(_ account: String?, extra: HTTPFields = [:]) -> HTTPFields {
        var fields: HTTPFields = [WriteRouteTests.csrf: ServerTests.token, .contentType: "application/json", .ifMatch: "\"1\""]
        if let account, let token = sessions[account] { fields[.cookie] = "landscape_session=" + token }
        fields.append(contentsOf: extra)
        return fields
    }

    /// A route with its parameters filled in, and the role it needs (`nil`: none).
    struct RouteCase: Sendable {
        var method: HTTPRequest.Method
        var uri: String
        var needed: AccountRole?
    }

    /// Every route of the router with its parameters filled in (an actor and a tie of Weimar,
    /// change 1), and the role it needs.
    static func routes(_ router: Router<BasicRequestContext>) -> [RouteCase] {
        router.routes.map { route in
            let template = "/" + route.path.description.split(separator: "/").joined(separator: "/")
            let uri = template.replacingOccurrences(of: ":id", with: template.hasPrefix("/ties") || template.hasPrefix("/api/ties") ? "t1" : "weimar-vhs")
                .replacingOccurrences(of: ":number", with: "1").replacingOccurrences(of: ":token", with: "none")
            let request = Request(head: HTTPRequest(method: route.method, scheme: "http", authority: "localhost", path: uri), body: .init(buffer: ByteBuffer()))
            return RouteCase(method: route.method, uri: uri, needed: AccessMiddleware<BasicRequestContext>.needed(request))
        }
    }

    @Test("Without a session every route but signing in is 401 and changes nothing; the open ones answer")
    func anonymous() async throws {
        try await withClient { client, store, routes in
            let before = try await WriteRouteTests.snapshot(store)
            #expect(routes.count >= 40, "\(routes.count) routes")
            #expect(routes.filter { $0.needed == nil }.map(\.uri).sorted() == ["/api/login", "/api/logout", "/api/openapi.json", "/api/session",
                                                                              "/assets/icon.svg", "/assets/landscape.css", "/assets/map.js", "/login",
                                                                              "/login", "/logout"])
            for route in routes where route.needed != nil {
                try await client.execute(uri: route.uri, method: route.method, headers: Self.headers(nil), body: ByteBuffer(string: "{}")) { response in
                    #expect(response.status == .unauthorized, "\(route.method) \(route.uri)")
                    #expect(response.headers[HTTPField.Name("Content-Security-Policy")!] != nil)
                }
            }
            #expect(try await WriteRouteTests.snapshot(store) == before)
            for uri in ["/api/session", "/api/openapi.json", "/assets/landscape.css", "/login"] {
                try await client.execute(uri: uri, method: .get, headers: Self.headers(nil)) { response in #expect(response.status == .ok, "\(uri)") }
            }
        }
    }

    @Test("A reader reads every page and API route and is refused 403 on every change, nothing changed")
    func reader() async throws {
        try await withClient { client, store, routes in
            let before = try await WriteRouteTests.snapshot(store)
            for route in routes where route.needed != nil {
                try await client.execute(uri: route.uri, method: route.method, headers: Self.headers("rita"), body: ByteBuffer(string: "{}")) { response in
                    if route.needed == .reader {
                        #expect(response.status != .unauthorized && response.status != .forbidden, "\(route.method) \(route.uri)")
                    } else {
                        #expect(response.status == .forbidden, "\(route.method) \(route.uri)")
                        let messages = try ServerTests.messages(response)
                        #expect(messages == ["Das Konto »rita« darf das in der Bildungslandschaft »default« nicht: Dafür ist die Rolle »Bearbeiten« nötig."])
                    }
                }
            }
            #expect(try await WriteRouteTests.snapshot(store) == before)
        }
    }

    @Test("An editor of another landscape is refused 403 on every route of this one, nothing changed")
    func otherLandscape() async throws {
        try await withClient { client, store, routes in
            let before = try await WriteRouteTests.snapshot(store)
            for route in routes where route.needed != nil {
                try await client.execute(uri: route.uri, method: route.method, headers: Self.headers("jens"), body: ByteBuffer(string: "{}")) { response in
                    #expect(response.status == .forbidden, "\(route.method) \(route.uri)")
                }
            }
            #expect(try await WriteRouteTests.snapshot(store) == before)
            let messages = try await client.execute(uri: "/api/actors", method: .get, headers: Self.headers("jens")) { try ServerTests.messages($0) }
            #expect(messages == ["Das Konto »jens« hat keine Rolle für die Bildungslandschaft »default«."])
        }
    }

    @Test("An editor and an admin change actors and ties; the history names the account")
    func editors() async throws {
        try await withClient { client, store, _ in
            for (account, id) in [("emil", "jugendclub"), ("ada", "stadtteilbuero")] {
                let body = #"{"id": "\#(id)", "name": "\#(id)", "kind": "association"}"#
                try await client.execute(uri: "/api/actors", method: .post, headers: Self.headers(account), body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .created, "\(account)")
                }
                #expect(try await store.history(limit: 1).first?.who == account)
            }
            try await client.execute(uri: "/api/ties/t1", method: .patch, headers: Self.headers("emil"), body: ByteBuffer(string: #"{"formal": true}"#)) { response in
                #expect(response.status == .ok)
            }
            #expect(try await store.history(limit: 1).first?.who == "emil")
        }
    }

    @Test("POST /api/login signs in with an HttpOnly, SameSite=Strict cookie that expires; a wrong password is 401 with no cookie; logout ends the session")
    func login() async throws {
        try await withClient { client, store, _ in
            let right = #"{"user": "emil", "password": "\#(Self.password)"}"#
            let cookie = try await client.execute(uri: "/api/login", method: .post, headers: Self.headers(nil), body: ByteBuffer(string: right)) { response in
                #expect(response.status == .ok)
                let account = try ServerTests.json(response) as? [String: Any]
                #expect(account?["user"] as? String == "emil")
                #expect((account?["roles"] as? [String: String]) == ["default": "editor"])
                return response.headers[.setCookie] ?? ""
            }
            #expect(cookie.hasPrefix("landscape_session="))
            for attribute in ["HttpOnly", "SameSite=Strict", "Max-Age=28800", "Path=/"] { #expect(cookie.contains(attribute), "\(attribute) in \(cookie)") }
            #expect(!cookie.contains("Secure"))
            let token = String(cookie.dropFirst("landscape_session=".count).prefix { $0 != ";" })
            #expect(token.count == 64)
            let session: HTTPFields = [.cookie: "landscape_session=" + token]
            try await client.execute(uri: "/api/actors", method: .get, headers: session) { #expect($0.status == .ok) }

            for wrong in [#"{"user": "emil", "password": "falsch"}"#, #"{"user": "niemand", "password": "falsch"}"#] {
                try await client.execute(uri: "/api/login", method: .post, headers: Self.headers(nil), body: ByteBuffer(string: wrong)) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.setCookie] == nil)
                    let messages = try ServerTests.messages(response)
                    #expect(messages == ["Name oder Passwort ist falsch."])
                }
            }
            try await client.execute(uri: "/api/login", method: .post, headers: Self.headers(nil), body: ByteBuffer(string: #"{"user": "emil"}"#)) { response in
                #expect(response.status == .badRequest)
            }
            var logout = Self.headers(nil)
            logout[.cookie] = "landscape_session=" + token
            try await client.execute(uri: "/api/logout", method: .post, headers: logout) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.setCookie]?.contains("Max-Age=0") == true)
            }
            try await client.execute(uri: "/api/actors", method: .get, headers: session) { #expect($0.status == .unauthorized) }
            #expect(try await store.sessionAccount(tokenHash: ServerAccess.hash(token)) == nil)
        }
    }

    @Test("A page without a session is 401 with the sign-in form; the form signs in and goes back to the page")
    func loginForm() async throws {
        try await withClient { client, _, _ in
            let html: HTTPFields = [.accept: "text/html"]
            let page = try await client.execute(uri: "/actors?q=amt", method: .get, headers: html) { response in
                #expect(response.status == .unauthorized)
                return String(buffer: response.body)
            }
            #expect(page.contains(#"<form class="record" method="post" action="/login">"#))
            #expect(page.contains(#"name="next" value="/actors?q=amt""#))
            #expect(page.contains(#"name="csrf_token" value="\#(ServerTests.token)""#))
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            let body = "csrf_token=\(ServerTests.token)&next=%2Factors%3Fq%3Damt&user=emil&password=" + Self.password.replacingOccurrences(of: " ", with: "+")
            try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/actors?q=amt")
                #expect(response.headers[.setCookie]?.hasPrefix("landscape_session=") == true)
            }
            let refused = "csrf_token=\(ServerTests.token)&next=%2F%2Fevil.example&user=emil&password=falsch"
            try await client.execute(uri: "/login", method: .post, headers: form, body: ByteBuffer(string: refused)) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("Name oder Passwort ist falsch."))
            }
            #expect(LoginRoutes.safeNext("//evil.example", base: "") == "/")
            #expect(LoginRoutes.safeNext("https://evil.example", base: "/l/jena") == "/l/jena/")
            #expect(LoginRoutes.safeNext("/l/jena/ties", base: "/l/jena") == "/l/jena/ties")
        }
    }

    @Test("Failed sign-ins cost nothing three times, then one second, doubling up to 30 s, per account and per address; a success clears them")
    func throttle() async {
        #expect(LoginThrottle.wait(afterFailures: 2) == .zero)
        #expect(LoginThrottle.wait(afterFailures: 3) == .seconds(1))
        #expect(LoginThrottle.wait(afterFailures: 5) == .seconds(4))
        #expect(LoginThrottle.wait(afterFailures: 40) == .seconds(30))
        let throttle = LoginThrottle()
        for _ in 0..<3 { await throttle.failed(account: "emil", address: "192.0.2.1") }
        #expect(await throttle.wait(account: "emil", address: "198.51.100.7") == .seconds(1))
        #expect(await throttle.wait(account: "rita", address: "192.0.2.1") == .seconds(1))
        #expect(await throttle.wait(account: "rita", address: "198.51.100.7") == .zero)
        await throttle.succeeded(account: "emil", address: "192.0.2.1")
        #expect(await throttle.wait(account: "emil", address: "192.0.2.1") == .zero)
    }

    @Test("X-Forwarded-Proto and X-Forwarded-For count only from the trusted proxy")
    func trustedProxy() {
        let access = ServerAccess(required: true, trustedProxy: "10.0.0.2")
        func request(peer: String) -> Request {
            let fields: HTTPFields = [.landscapePeer: peer, .forwardedProto: "https", .forwardedFor: "203.0.113.9, 198.51.100.20"]
            return Request(head: HTTPRequest(method: .post, scheme: "http", authority: "kreis", path: "/api/login", headerFields: fields), body: .init(buffer: ByteBuffer()))
        }
        #expect(access.cameThroughTLS(request(peer: "10.0.0.2")))
        #expect(access.address(of: request(peer: "10.0.0.2")) == "198.51.100.20")
        #expect(!access.cameThroughTLS(request(peer: "10.0.0.3")))
        #expect(access.address(of: request(peer: "10.0.0.3")) == "10.0.0.3")
        #expect(access.cookie(for: "t", answering: request(peer: "10.0.0.2")).description.contains("Secure"))
    }

    @Test("serve refuses to start for other machines, or on PostgreSQL, without accounts; on loopback with SQLite it lets everyone in")
    func startRefused() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("access-start-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("landscape.db").path
        let store = try await LandscapeStore.open(path: path)
        var request = ServeRequest(files: nil, database: path, host: "0.0.0.0")
        await #expect(throws: ServeFailure.self) { try await Serving.access(for: request, in: store) }
        request.host = "127.0.0.1"
        #expect(try await Serving.access(for: request, in: store).required == false)
        request.database = "postgres://planer@localhost/bildung"
        await #expect(throws: ServeFailure.self) { try await Serving.access(for: request, in: store) }
        try await store.addAccount("ada", passwordHash: "h", role: .admin, landscape: nil)
        request.host = "0.0.0.0"
        #expect(try await Serving.access(for: request, in: store).required)
        await store.close()
    }
}
