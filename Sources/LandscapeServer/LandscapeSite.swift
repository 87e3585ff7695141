import Foundation
import HTTPTypes
import Hummingbird
import LandscapeApp
import LandscapeCore
import LandscapeRender
import LandscapeStore
import NIOCore

/// Every landscape of one database on one server: `/l/ID/…` (`/l/weimar/api/actors`,
/// `/l/weimar/actors`) addresses the landscape `ID`, every other path the first one (the one
/// `serve --as` names, else `default`, else the first id in order).
///
/// Each landscape gets a store of its own (one connection, opened at its first request) and the
/// router `APIRouter.router` builds over it, in its language; the request reaches that router
/// with the prefix taken off its path and the prefix in the header `X-Landscape-Base`, from which
/// the pages make their links (`PageContext.link`). A client's own `X-Landscape-Base` is dropped.
/// An id the database does not hold is answered by the first landscape's router, which knows no
/// `/l/…` path: a worded 404 with the security headers, and no store opened for it.
public final class LandscapeSite: HTTPResponder, Sendable {
    public typealias Context = SiteContext

    /// Opens a store on the database for one landscape.
    public typealias Opener = @Sendable (String) async throws(StoreError) -> LandscapeStore

    /// The landscape the unprefixed paths address.
    public let first: String
    private let routers: SiteRouters

    /// - Parameters:
    ///   - first: the store of the landscape the unprefixed paths address (the site keeps it
    ///     open and closes it in `close()`), and its language.
    ///   - open: opens a store for another landscape of the same database.
    ///   - security: shared by every landscape (one CSRF token, one port).
    ///   - renderer: draws the pages' maps; `nil`: the JSON API only.
    ///   - access: whether requests need accounts, shared by every landscape (one throttle).
    public init(
        first: LandscapeStore, language: Language, open: @escaping Opener, security: ServerSecurity, renderer: (any DiagramRenderer)?,
        access: ServerAccess = .open
    ) {
        self.first = first.landscapeID
        routers = SiteRouters(first: first, language: language, open: open, security: security, renderer: renderer, access: access)
    }

    /// The landscape the first store should address: `requested` (`--as`) when given, else
    /// `default` when the database has it or holds none, else the first id in order.
    public static func firstLandscape(requested: String?, in ids: [String]) -> String {
        if let requested { return requested }
        if ids.isEmpty || ids.contains(LandscapeStore.defaultLandscape) { return LandscapeStore.defaultLandscape }
        return ids[0]
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        var head = request.head
        head.headerFields[.landscapeBase] = nil
        head.headerFields[.landscapeShare] = nil
        head.headerFields[.landscapePeer] = context.peer
        let inner = context.inner
        if let shared = Self.split(request.uri.path, prefix: "/s/", valid: { $0.count == 64 && $0.allSatisfy(\.isHexDigit) }),
           let link = try await routers.shareLink(token: shared.id), let responder = try await routers.responder(for: link.landscape) {
            head.path = shared.rest + Self.query(request.uri.query, at: link.onDay)
            head.headerFields[.landscapeBase] = "/s/" + shared.id
            head.headerFields[.landscapeShare] = link.landscape
            return try await responder.respond(to: Request(head: head, body: request.body), context: inner)
        }
        if let target = Self.split(request.uri.path), let responder = try await routers.responder(for: target.id) {
            head.path = target.rest + (request.uri.query.map { "?" + $0 } ?? "")
            head.headerFields[.landscapeBase] = "/l/" + target.id
            return try await responder.respond(to: Request(head: head, body: request.body), context: inner)
        }
        return try await routers.first.respond(to: Request(head: head, body: request.body), context: inner)
    }

    /// Closes every store the site opened, the first one too.
    public func close() async {
        await routers.close()
    }

    /// `/l/ID/REST` as `ID` and `/REST` (`/l/ID` and `/l/ID/` as `/`); `nil` for any other path
    /// or an id that cannot name a landscape. With `prefix` `/s/`, a share link's token instead.
    static func split(
        _ path: String, prefix: String = "/l/", valid: (String) -> Bool = LandscapeStore.isLandscapeID
    ) -> (id: String, rest: String)? {
        guard path.hasPrefix(prefix) else { return nil }
        let tail = path.dropFirst(prefix.count)
        let id = String(tail.prefix { $0 != "/" })
        guard valid(id) else { return nil }
        let rest = tail.dropFirst(id.count)
        return (id, rest.isEmpty ? "/" : String(rest))
    }

    /// The query of a request through a share link: the link's day as `at` (replacing one the
    /// request gives) when it names one.
    static func query(_ query: String?, at day: String?) -> String {
        var parts = (query ?? "").split(separator: "&").map(String.init)
        if let day {
            parts.removeAll { $0 == "at" || $0.hasPrefix("at=") }
            parts.append("at=" + day)
        }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }
}

/// The routers of a site, one per landscape, built at a landscape's first request.
actor SiteRouters {
    typealias Responder = any HTTPResponder<BasicRequestContext>

    nonisolated let first: Responder
    private let firstStore: LandscapeStore
    private let opener: LandscapeSite.Opener
    private let security: ServerSecurity
    private let renderer: (any DiagramRenderer)?
    private let access: ServerAccess
    private var built: [String: Task<(LandscapeStore, Responder)?, Never>] = [:]

    init(
        first: LandscapeStore, language: Language, open: @escaping LandscapeSite.Opener, security: ServerSecurity,
        renderer: (any DiagramRenderer)?, access: ServerAccess
    ) {
        firstStore = first
        opener = open
        self.security = security
        self.renderer = renderer
        self.access = access
        self.first = APIRouter.router(store: first, security: security, language: language, renderer: renderer, access: access).buildResponder()
    }

    /// The responder of landscape `id`; `nil` when the database does not hold it (or it cannot
    /// be opened: the first landscape's router then answers, with a 404).
    func responder(for id: String) async throws -> Responder? {
        if id == firstStore.landscapeID { return first }
        if let task = built[id] { return await task.value?.1 }
        guard try await firstStore.landscapeIDs().contains(id) else { return nil }
        // Checked again: another request may have begun to build it while the ids were read.
        if let task = built[id] { return await task.value?.1 }
        let task = Task { [opener, security, renderer, access] () async -> (LandscapeStore, Responder)? in
            do {
                let store = try await opener(id)
                do {
                    let language = try await store.landscape().language
                    return (store, APIRouter.router(store: store, security: security, language: language, renderer: renderer, access: access)
                        .buildResponder())
                } catch {
                    await store.close()
                    return nil
                }
            } catch {
                return nil
            }
        }
        built[id] = task
        guard let entry = await task.value else {
            built[id] = nil
            return nil
        }
        return entry.1
    }

    /// The share link whose token is `token`, while it lasts; `nil` for none (or a database that fails).
    func shareLink(token: String) async throws -> ShareLink? {
        try? await firstStore.shareLink(tokenHash: Tokens.hash(token))
    }

    /// Closes every store opened here and the first one.
    func close() async {
        for task in built.values {
            if let entry = await task.value { await entry.0.close() }
        }
        built = [:]
        await firstStore.close()
    }
}

extension HTTPField.Name {
    /// The prefix a request of `/l/ID/…` came with (`/l/ID`), for the pages' links; set by the
    /// site only, a client's own is dropped.
    static let landscapeBase = HTTPField.Name("X-Landscape-Base")!
    /// The landscape a request through a share link may read; set by the site only.
    static let landscapeShare = HTTPField.Name("X-Landscape-Share")!
}

/// The context of a request to the site: Hummingbird's, and the address of the peer it came
/// from (for the sign-in throttle), which the site hands on to the landscape's router.
public struct SiteContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The channel the request came on; each landscape's router gets a `BasicRequestContext` of it.
    let channel: any Channel
    /// The peer's IP address (or socket path); `nil` when unknown (a test's request).
    let peer: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
        let address = source.channel.remoteAddress
        peer = address?.ipAddress ?? address?.pathname
    }

    /// The context a landscape's router takes, of the same channel and logger.
    var inner: BasicRequestContext {
        BasicRequestContext(source: ApplicationRequestContextSource(channel: channel, logger: logger))
    }
}
