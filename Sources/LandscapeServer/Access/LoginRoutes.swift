import Foundation
import HTTPTypes
import Hummingbird
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeReport
import LandscapeStore
import LandscapeWording

/// Signing in and out: `POST /api/login` with `{"user": …, "password": …}` and `POST
/// /api/logout` for scripts, the form `GET /login` (posted to `POST /login`) and `POST /logout`
/// for the pages. A password is checked with bcrypt off the event loop (`Passwords`), after the
/// wait the throttle asks for; a wrong name and a wrong password are one refusal (401) and take
/// the same time. Signing in starts a session (a new token in the cookie) and answers with the
/// account; signing out ends it.
struct LoginRoutes: Sendable {
    let store: LandscapeStore
    let access: ServerAccess
    let words: ServeAccessWording
    /// The CSRF token the form carries.
    let token: String
    /// The page's language: the landscape's.
    let language: Language

    /// The largest body of a sign-in.
    static let bodyLimit = 16 << 10

    func register(on router: Router<BasicRequestContext>, api: RouterGroup<BasicRequestContext>) {
        api.post("login") { request, _ in await apiLogin(request) }
        api.post("logout") { request, _ in
            await endSession(of: request)
            var response = Response(status: .noContent)
            response.setCookie(access.expiredCookie(answering: request))
            return response
        }
        router.get("login") { request, _ in page(request, status: .ok, message: nil) }
        router.post("login") { request, _ in await formLogin(request) }
        router.post("logout") { request, _ in
            await endSession(of: request)
            var response = PageResponse.redirect(to: (request.headers[.landscapeBase] ?? "") + "/login")
            response.setCookie(access.expiredCookie(answering: request))
            return response
        }
    }

    /// `POST /api/login`: 200 with the account and the session cookie, 401 for a wrong name or
    /// password, 400 for a body without the two texts.
    func apiLogin(_ request: Request) async -> Response {
        var request = request
        guard let buffer = try? await request.collectBody(upTo: Self.bodyLimit),
              case .object(let members)? = try? JSONValue(parsing: String(buffer: buffer)),
              case .string(let user)? = members.first(where: { $0.0 == "user" })?.1,
              case .string(let password)? = members.first(where: { $0.0 == "password" })?.1 else {
            return APIResponse.errors(.badRequest, [APIError(message: words.loginFields)])
        }
        do {
            guard let signed = try await signIn(user, password: password, for: request) else {
                return APIResponse.errors(.unauthorized, [APIError(message: words.loginRefused)])
            }
            var response = APIResponse.json(Self.value(signed.account))
            response.setCookie(signed.cookie)
            return response
        } catch {
            return APIResponse.refusal(error, words: language.storeCommandWording)
        }
    }

    /// `POST /login`: back to the page asked for (`next`, a path of this server) with the
    /// session cookie, or the form again with 401 and the refusal.
    func formLogin(_ request: Request) async -> Response {
        var request = request
        let fields = (try? await request.collectBody(upTo: Self.bodyLimit)).map { FormFields(String(buffer: $0)) } ?? FormFields(pairs: [])
        let user = fields["user"] ?? "", password = fields["password"] ?? ""
        do {
            guard let signed = try await signIn(user, password: password, for: request) else {
                return page(request, status: .unauthorized, message: words.loginRefused, user: user)
            }
            var response = PageResponse.redirect(to: Self.safeNext(fields["next"], base: request.headers[.landscapeBase] ?? ""))
            response.setCookie(signed.cookie)
            return response
        } catch {
            if case .unreachable = error { return page(request, status: .serviceUnavailable, message: words.signInDatabaseAway, user: user) }
            return page(request, status: .internalServerError, message: error.message(language.storeCommandWording), user: user)
        }
    }

    /// Checks the password after the throttle's wait; the account and its new session's cookie,
    /// or `nil` for a wrong name or password.
    func signIn(_ user: String, password: String, for request: Request) async throws(StoreError) -> (account: Account, cookie: Cookie)? {
        let address = access.address(of: request)
        let wait = await access.throttle.wait(account: user, address: address)
        if wait > .zero { try? await Task.sleep(for: wait) }
        let hash = try await store.passwordHash(of: user)
        let matches = if let hash { await Passwords.verify(password, hash: hash) } else { await Passwords.verifyWithoutAccount(password) }
        guard matches, let account = try await store.account(named: user) else {
            await access.throttle.failed(account: user, address: address)
            return nil
        }
        await access.throttle.succeeded(account: user, address: address)
        let token = Tokens.new()
        try await store.startSession(tokenHash: ServerAccess.hash(token), account: user, expires: Date().addingTimeInterval(access.sessionLifetime))
        return (account, access.cookie(for: token, answering: request))
    }

    /// Ends the request's session, if it has one.
    func endSession(of request: Request) async {
        guard let token = request.cookies[ServerAccess.cookieName]?.value, !token.isEmpty else { return }
        try? await store.endSession(tokenHash: ServerAccess.hash(token))
    }

    /// The sign-in page with `message` above the form (`status` 401 when a page needed an account).
    func page(_ request: Request, status: HTTPResponse.Status, message: String?, user: String = "") -> Response {
        let context = PageContext(request: request, landscapeLanguage: language)
        let next = status == .unauthorized && request.method == .get ? context.local(request.uri.description) : context.local("/")
        return PageResponse.document(LoginPage(context: context, words: context.language.serveAccessWording, token: token,
                                               message: message, user: user, next: next).document, status: status)
    }

    /// `next` when it is a path of this server (one `/`, not `//`), else the landscape's map:
    /// a sign-in never sends the browser to another site.
    static func safeNext(_ next: String?, base: String) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return base + "/" }
        return next
    }

    /// The account as the API shows it: its name and its role per landscape (`*`: every one).
    static func value(_ account: Account) -> JSONValue {
        .object([
            ("user", .string(account.name)),
            ("roles", .object(account.roles.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value.rawValue)) })),
        ])
    }
}
