import Foundation
import HTTPTypes
import Hummingbird
import LandscapeApp
import LandscapeStore

/// Who may use the server: whether a request needs a signed-in account, and how sessions are
/// kept. A session is a random token in a cookie (`HttpOnly`, `SameSite=Strict`, `Max-Age` its
/// lifetime, and `Secure` when the browser came through TLS); the database keeps only the
/// token's SHA-256, so a copy of the database signs no one in.
///
/// Behind a reverse proxy that ends TLS, the proxy's address is given (`trustedProxy`): only
/// from that peer are `X-Forwarded-Proto` (https: the cookie is `Secure`) and the last address of
/// `X-Forwarded-For` (the throttle's address) believed; anyone else could write them.
public struct ServerAccess: Sendable {
    /// Whether every request but signing in needs an account (the database has accounts).
    public var required: Bool
    /// The address of the reverse proxy whose forwarding headers are believed; `nil`: none.
    public var trustedProxy: String?
    /// How long a session lasts after signing in.
    public var sessionLifetime: TimeInterval
    /// Slows failed sign-ins down, per account and per address.
    let throttle = LoginThrottle()

    public init(required: Bool, trustedProxy: String? = nil, sessionLifetime: TimeInterval = 8 * 3600) {
        self.required = required
        self.trustedProxy = trustedProxy
        self.sessionLifetime = sessionLifetime
    }

    /// Without accounts: every request may pass (a server on this machine's loopback only).
    public static let open = ServerAccess(required: false)

    /// The name of the session cookie.
    static let cookieName = "landscape_session"

    /// The account whose session the request's cookie names, while it lasts (`nil` otherwise),
    /// and the history's mark read with it (`LandscapeStore.session(tokenHash:)`).
    ///
    /// - Throws: the store's failure (`unreachable` while the database server is away): the
    ///   session may well be valid, so it is no reason to ask for a sign-in.
    /// Requests of one session that come while its look-up is under way share the next one
    /// (`Flights`): still one look-up after each request came.
    func session(of request: Request, in store: LandscapeStore, shared flights: Flights<String, FoundSession?>) async throws(StoreError) -> FoundSession? {
        guard let token = request.cookies[Self.cookieName]?.value, !token.isEmpty else { return nil }
        let hash = Self.hash(token)
        return try await flights.fresh(hash) { () throws(StoreError) in
            try await store.session(tokenHash: hash).map { FoundSession(account: $0.account, mark: $0.mark) }
        }
    }

    /// The cookie that holds a new session's `token`, for `request`'s answer.
    func cookie(for token: String, answering request: Request) -> Cookie {
        Cookie(name: Self.cookieName, value: token, maxAge: Int(sessionLifetime), path: "/", secure: cameThroughTLS(request),
               httpOnly: true, sameSite: .strict)
    }

    /// The cookie that makes the browser forget the session.
    func expiredCookie(answering request: Request) -> Cookie {
        Cookie(name: Self.cookieName, value: "", maxAge: 0, path: "/", secure: cameThroughTLS(request), httpOnly: true, sameSite: .strict)
    }

    /// Whether the trusted proxy says the browser reached it through TLS.
    func cameThroughTLS(_ request: Request) -> Bool {
        guard let proxy = trustedProxy, request.headers[.landscapePeer] == proxy else { return false }
        return request.headers[.forwardedProto]?.lowercased() == "https"
    }

    /// The token's SHA-256 as hexadecimal digits: what the database keeps of a session.
    static func hash(_ token: String) -> String {
        Tokens.hash(token)
    }

    /// The address a request came from, as the site recorded it (`X-Landscape-Peer`), or as
    /// the trusted proxy passes it on (the last of `X-Forwarded-For`); `-` when unknown.
    func address(of request: Request) -> String {
        let peer = request.headers[.landscapePeer]
        if let proxy = trustedProxy, peer == proxy,
           let forwarded = request.headers[.forwardedFor]?.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !forwarded.isEmpty {
            return forwarded
        }
        return peer ?? "-"
    }
}

extension HTTPField.Name {
    /// The address of the peer a request came from; set by the site only, a client's own is dropped.
    static let landscapePeer = HTTPField.Name("X-Landscape-Peer")!
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
}

/// A session's account, and the history's mark read with it.
struct FoundSession: Sendable {
    var account: Account
    var mark: Int
}
