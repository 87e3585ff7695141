import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LandscapeCore
import LandscapeServer
import LandscapeStore
import Testing

/// `/api/openapi.json` and the router agree: every API route is described, and every described
/// path answers (a page of the web app is no API route and is not described).
@Suite("landscape serve: the OpenAPI document")
struct OpenAPITests {
    /// The described operations: path → methods (lower case).
    static func described(_ client: any TestClientProtocol) async throws -> [String: Set<String>] {
        try await client.execute(uri: "/api/openapi.json", method: .get) { response in
            #expect(response.status == .ok)
            let document = try ServerTests.json(response) as? [String: Any]
            #expect(document?["openapi"] as? String == "3.0.3")
            let paths = document?["paths"] as? [String: [String: Any]] ?? [:]
            return paths.mapValues { Set($0.keys) }
        }
    }

    /// A router path (`/api/actors/:id`) as OpenAPI writes it (`/api/actors/{id}`).
    static func template(_ path: String) -> String {
        "/" + path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(separator: "/")
    }

    @Test("Every route under /api and /export is in the document, with its method")
    func routesDescribed() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await LandscapeStore.open(path: folder.appendingPathComponent("landscape.db").path)
        let router = APIRouter.router(store: store, security: ServerSecurity(token: ServerTests.token, port: 8080), language: .de)
        let routes = router.routes.map { (path: Self.template($0.path.description), method: $0.method.rawValue.lowercased()) }
            .filter { $0.path.hasPrefix("/api/") || $0.path.hasPrefix("/export.") }
        #expect(routes.count >= 20)
        do {
            try await Application(router: router).test(.router) { client in
                let described = try await Self.described(client)
                for route in routes {
                    #expect(described[route.path]?.contains(route.method) == true, "\(route.method) \(route.path) is not described")
                }
                let count = described.values.reduce(0) { $0 + $1.count }
                #expect(count == routes.count, "the document describes routes the router does not have")
            }
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    @Test("Every path of the document answers on Weimar, none with 404")
    func pathsAnswer() async throws {
        try await ServerTests().withClient { client, _ in
            let described = try await Self.described(client)
            let headers: HTTPFields = [WriteRouteTests.csrf: ServerTests.token, .ifMatch: "\"1\""]
            // A change of its own for the undo path (undoing the import would empty the store).
            let probe = #"{"id": "probe", "name": "Probe", "kind": "other"}"#
            try await client.execute(uri: "/api/actors", method: .post, headers: headers, body: ByteBuffer(string: probe)) { response in
                #expect(response.status == .created)
            }
            // Read first, then change: a DELETE goes last so that the other paths still find the records.
            let order = ["get", "post", "patch", "delete"]
            for method in order {
                for path in described.keys.sorted() where described[path]?.contains(method) == true {
                    let id = path.hasPrefix("/api/ties") ? "t1" : path.hasPrefix("/api/suggestions") ? "weimar-stadtverwaltung+weimar-vhs" : "weimar-vhs"
                    let uri = path.replacingOccurrences(of: "{id}", with: id)
                        .replacingOccurrences(of: "{number}", with: "2")
                    try await client.execute(uri: uri, method: HTTPRequest.Method(method.uppercased()) ?? .get, headers: headers,
                                             body: ByteBuffer(string: method == "get" || method == "delete" ? "" : "{}")) { response in
                        #expect(response.status != .notFound, "\(method) \(uri)")
                        #expect(response.status.code < 500, "\(method) \(uri)")
                    }
                }
            }
        }
    }
}
