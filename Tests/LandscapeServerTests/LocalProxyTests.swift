import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeApp
import LandscapeCore
@testable import LandscapeServer
import LandscapeStore
import LandscapeWording
import Testing

/// `landscape serve --host 127.0.0.1 --trusted-proxy 127.0.0.1` behind a reverse proxy on the
/// same machine: with accounts it answers the Host the proxy passes on (the browser's name);
/// without accounts, or without a proxy named, the loopback names alone (DNS rebinding).
@Suite("landscape serve: behind a reverse proxy on the same machine")
struct LocalProxyTests {
    static func request(host: String, proxy: String?) -> ServeRequest {
        var request = ServeRequest(files: nil, database: "x.db", host: host)
        request.trustedProxy = proxy
        return request
    }

    @Test("Any Host is answered with accounts and another --host, or with accounts and --trusted-proxy on loopback; else loopback names only",
          arguments: [
              ("127.0.0.1", nil, true, false), ("127.0.0.1", "127.0.0.1", true, true), ("127.0.0.1", "127.0.0.1", false, false),
              ("localhost", "::1", true, true), ("10.0.0.5", nil, true, true), ("10.0.0.5", "10.0.0.4", true, true),
              ("127.0.0.1", nil, false, false),
          ] as [(String, String?, Bool, Bool)])
    func choice(host: String, proxy: String?, accounts: Bool, answered: Bool) {
        #expect(Serving.answersAnyHost(Self.request(host: host, proxy: proxy), access: ServerAccess(required: accounts, trustedProxy: proxy)) == answered)
    }

    @Test("Through the proxy the browser's Host reaches the sign-in (401, not 403), and a change whose Origin is https:// plus that Host passes the security check; without --trusted-proxy it is 403")
    func throughProxy() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("proxy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await LandscapeStore.open(path: folder.appendingPathComponent("landscape.db").path)
        do {
            _ = try await store.importLandscape(ServerTests.weimar)
            try await store.addAccount("emil", passwordHash: await Passwords.hash(AccessTests.password, cost: 4), role: .editor,
                                       landscape: LandscapeStore.defaultLandscape)
            let access = ServerAccess(required: true, trustedProxy: "127.0.0.1")
            let anyHost = Serving.answersAnyHost(Self.request(host: "127.0.0.1", proxy: "127.0.0.1"), access: access)
            let router = APIRouter.router(store: store, security: ServerSecurity(token: ServerTests.token, port: 8080, anyHost: anyHost),
                                          language: .de, access: access)
            try await Application(router: router).test(.router) { client in
                let name = "bildung.landkreis-beispiel.de"
                let read = try await client.execute(uri: "/api/actors", method: .get, headers: [ServerTests.host: name]) { $0.status }
                #expect(read == .unauthorized)
                // A change from the browser's page: Origin https:// plus the Host the proxy passed on
                // (as HTTP/1 delivers it, in the request's authority); another site's Origin stays refused.
                let security = SecurityMiddleware<BasicRequestContext>(
                    security: ServerSecurity(token: ServerTests.token, port: 8080, anyHost: anyHost), words: Language.de.serveWording)
                for (origin, passes) in [("https://" + name, true), ("https://evil.example", false)] {
                    let change = Request(head: HTTPRequest(method: .post, scheme: "http", authority: name, path: "/api/actors", headerFields: [
                        .origin: origin, WriteRouteTests.csrf: ServerTests.token,
                    ]), body: .init(buffer: ByteBuffer()))
                    #expect((security.refusal(of: change) == nil) == passes, "\(origin)")
                }
                let strict = SecurityMiddleware<BasicRequestContext>(security: ServerSecurity(
                    token: ServerTests.token, port: 8080,
                    anyHost: Serving.answersAnyHost(Self.request(host: "127.0.0.1", proxy: nil), access: ServerAccess(required: true))
                ), words: Language.de.serveWording)
                let page = Request(head: HTTPRequest(method: .get, scheme: "http", authority: name, path: "/"), body: .init(buffer: ByteBuffer()))
                #expect(strict.refusal(of: page) != nil, "without --trusted-proxy only the loopback names")
            }
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}
