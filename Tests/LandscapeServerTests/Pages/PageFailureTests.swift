import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
@testable import LandscapeServer
import LandscapeStore
import LandscapeWording
import Testing

/// A page the store cannot answer while the database server is away (PostgreSQL restarting) is
/// a page with a sentence and 503 (try again), in the page's language; a form sent then keeps
/// what was typed and says that nothing was saved. Another store failure stays a 500.
@Suite("landscape serve: pages while the database is away")
struct PageFailureTests {
    static let away = StoreError.unreachable(server: "postgres://landscape@db.example/bildung", reason: "Connection refused")

    /// A router behind the security middleware whose routes fail as `error`: a page, and a form's POST.
    static func withClient(failing error: StoreError, _ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityMiddleware(security: ServerSecurity(token: "t", port: 8080), words: Language.de.serveWording))
        let failure = PageFailure(error: error, language: .de, title: "Bildung in Weimar", token: "t")
        router.get("actors") { _, _ -> Response in throw failure }
        router.post("actors") { _, _ -> Response in throw failure }
        try await Application(router: router).test(.router) { client in try await body(client) }
    }

    static func page(_ client: any TestClientProtocol, _ uri: String, method: HTTPRequest.Method = .get) async throws -> TestResponse {
        var headers: HTTPFields = [.accept: "text/html"]
        if method == .post { headers[.contentType] = "application/x-www-form-urlencoded" }
        let body = method == .post ? ByteBuffer(string: "csrf_token=t&name=Kita") : nil
        return try await client.execute(uri: uri, method: method, headers: headers, body: body) { $0 }
    }

    @Test("A page while the database is away: 503, Retry-After, a page in the frame with one sentence in German or English")
    func pageAway() async throws {
        try await Self.withClient(failing: Self.away) { client in
            let german = try await Self.page(client, "/actors")
            #expect(german.status == .serviceUnavailable)
            #expect(german.headers[.retryAfter] == PageFailure.retryAfter)
            #expect(german.headers[.contentType]?.hasPrefix("text/html") == true)
            let html = String(buffer: german.body)
            #expect(html.contains("Die Datenbank ist gerade nicht erreichbar"))
            #expect(html.contains("Bildung in Weimar"), "the frame with the landscape's title")
            #expect(!html.contains("db.example"), "no server address on a page for every reader")
            let english = String(buffer: try await Self.page(client, "/actors?lang=en").body)
            #expect(english.contains("The database cannot be reached at the moment"))
        }
    }

    @Test("A form sent while the database is away: 503 and »nothing was saved«")
    func formAway() async throws {
        try await Self.withClient(failing: Self.away) { client in
            let sent = try await Self.page(client, "/actors", method: .post)
            #expect(sent.status == .serviceUnavailable)
            #expect(String(buffer: sent.body).contains("deshalb wurde nichts gespeichert"))
        }
        let request = Request(head: HTTPRequest(method: .post, scheme: "http", authority: "127.0.0.1", path: "/actors"), body: .init(buffer: ByteBuffer()))
        let context = PageContext(request: request, landscapeLanguage: .en)
        let refusal = FormRecords.refusal(.refused(Self.away), context: context)
        #expect(refusal.status == .serviceUnavailable)
        #expect(refusal.messages[""] == [Language.en.servePagesWording.databaseAwayUnsaved])
    }

    @Test("Another failure of the database stays a 500 with the store's words, without Retry-After")
    func otherFailure() async throws {
        try await Self.withClient(failing: .database("disk full")) { client in
            let response = try await Self.page(client, "/actors")
            #expect(response.status == .internalServerError)
            #expect(response.headers[.retryAfter] == nil)
            #expect(String(buffer: response.body).contains("disk full"))
        }
    }
}
