import Foundation
import HTTPTypes
import Hummingbird
import LandscapeStore
import LandscapeWording

/// Lets a request through only with the role it needs for the router's landscape, when the
/// server requires accounts: reading (GET) needs `reader`, every change `editor`; signing in and
/// out, the CSRF token, the API's description and the app's own files need none. A request
/// without a session is refused with 401 (a page with the sign-in form), one without the role
/// with 403, before any route runs: nothing is changed. A request that passes writes its
/// changes in the account's name (`LandscapeStore.acting`, the history's `who`). A request
/// through a share link may read its landscape without an account, and change nothing; a share
/// link that is revoked or expired is 404 (with the sign-in form, for a page).
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    let access: ServerAccess
    let store: LandscapeStore
    let words: ServeAccessWording
    /// Draws the sign-in form for a page refused with 401.
    let login: LoginRoutes
    /// The session look-ups under way, shared by the requests of one session.
    let sessions = Flights<String, FoundSession?>()

    /// The paths that need no account.
    static var openPaths: Set<String> { ["/login", "/logout", "/api/login", "/api/logout", "/api/session", "/api/openapi.json"] }

    /// The role `request` needs; `nil` when it needs none.
    static func needed(_ request: Request) -> AccountRole? {
        let path = request.uri.path
        if openPaths.contains(path) || path.hasPrefix("/assets/") { return nil }
        return [.get, .head].contains(request.method) ? .reader : .editor
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let shared = request.headers[.landscapeShare] {
            // Through a share link (the site sets the header, and drops a client's own): reading only.
            guard shared == store.landscapeID, Self.needed(request) != .editor else {
                return APIResponse.errors(.forbidden, [APIError(message: words.shareReadOnly)])
            }
            return try await next(Self.request(request, role: .reader), context)
        }
        guard access.required, let needed = Self.needed(request) else { return try await next(Self.request(request, role: nil), context) }
        if Self.isShareLink(request) {
            // A share link the site found no landscape for: revoked, expired or never made. Said
            // as such (404), not as a sign-in its reader has no account for.
            if request.method == .get, Self.wantsPage(request) { return login.page(request, status: .notFound, message: words.shareGone) }
            return APIResponse.errors(.notFound, [APIError(message: words.shareGone)])
        }
        let found: FoundSession?
        do {
            found = try await access.session(of: request, in: store, shared: sessions)
        } catch {
            return try failure(error, request, context: context)
        }
        guard let account = found?.account, let mark = found?.mark else {
            if request.method == .get, Self.wantsPage(request) { return login.page(request, status: .unauthorized, message: words.signInNeeded) }
            return APIResponse.errors(.unauthorized, [APIError(message: words.signInNeeded)])
        }
        let landscape = store.landscapeID
        guard let role = account.role(for: landscape) else {
            return APIResponse.errors(.forbidden, [APIError(message: words.noRole(name: words.quoted(account.name), landscape: words.quoted(landscape)))])
        }
        guard role >= needed else {
            let message = words.roleTooLow(name: words.quoted(account.name), landscape: words.quoted(landscape),
                                           needed: words.quoted(Self.word(for: needed, words)))
            return APIResponse.errors(.forbidden, [APIError(message: message)])
        }
        let passed = Self.request(request, role: role)
        // The mark read with the session serves the kept answers of a read; a write moves it.
        let reading = [.get, .head].contains(request.method)
        return try await LandscapeStore.$acting.withValue(account.name) {
            try await RequestMark.$read.withValue(reading ? mark : nil) { try await next(passed, context) }
        }
    }

    /// The store's failure while it looked the session up: a page for a browser (`PageFailure`,
    /// 503 while the database server is away), the API's refusal for a script.
    func failure(_ error: StoreError, _ request: Request, context: Context) throws -> Response {
        guard Self.wantsPage(request) else { return APIResponse.refusal(error, words: login.language.storeCommandWording) }
        return try PageFailure(error: error, language: login.language, title: nil, token: login.token).response(from: request, context: context)
    }

    /// `request` with the role it passed with in `X-Landscape-Role` (a client's own dropped;
    /// none on a server without accounts), so that a page offers only what the role may do.
    static func request(_ request: Request, role: AccountRole?) -> Request {
        guard request.headers[.landscapeRole] != nil || role != nil else { return request }
        var head = request.head
        head.headerFields[.landscapeRole] = role?.rawValue
        return Request(head: head, body: request.body)
    }

    /// Whether the request came by a share link's path (`/s/TOKEN/…`) that the site did not
    /// resolve: one it resolves arrives with its prefix taken off.
    static func isShareLink(_ request: Request) -> Bool {
        request.uri.path.hasPrefix("/s/") && request.headers[.landscapeBase] == nil
    }

    /// Whether the request is a browser's for a page (not the API's, nor a script's fetch).
    static func wantsPage(_ request: Request) -> Bool {
        !request.uri.path.hasPrefix("/api/") && (request.headers[.accept] ?? "").contains("text/html")
    }

    /// A role as the refusals name it.
    static func word(for role: AccountRole, _ words: ServeAccessWording) -> String {
        switch role {
        case .reader: words.roleReader
        case .editor: words.roleEditor
        case .admin: words.roleAdmin
        }
    }
}

extension HTTPField.Name {
    /// The role a request passed the access check with (`reader`, `editor`, `admin`); set by the
    /// middleware only, absent on a server without accounts.
    static let landscapeRole = HTTPField.Name("X-Landscape-Role")!
}
