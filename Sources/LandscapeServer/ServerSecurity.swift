import Foundation
import HTTPTypes
import Hummingbird
import LandscapeApp
import LandscapeWording
import Synchronization

/// What keeps a server on a laptop safe from the pages of other sites: the names it answers to
/// (against DNS rebinding), the CSRF token a change must carry, and the headers every answer gets.
public final class ServerSecurity: Sendable {
    /// The token `GET /api/session` gives and every state-changing request must send back.
    public let token: String
    /// Whether any Host name is answered: a server with accounts, reached by other machines
    /// under names it cannot know, or through a reverse proxy on the same machine that passes the
    /// browser's Host on (`Serving.answersAnyHost`). A page of another site gets no further than
    /// the sign-in there: the session cookie is `SameSite=Strict`, and a change needs the CSRF token.
    public let anyHost: Bool
    private let port: Mutex<Int?>

    /// - Parameters:
    ///   - token: fixed in tests; by default 32 random bytes, new at every start.
    ///   - port: the port the server listens on, when known before it is bound.
    ///   - anyHost: answer every Host name (with accounts only), not just loopback names.
    public init(token: String? = nil, port: Int? = nil, anyHost: Bool = false) {
        self.token = token ?? Self.newToken()
        self.port = Mutex(port)
        self.anyHost = anyHost
    }

    /// Records the port the server was bound to (the system's pick for `--port 0`).
    public func listening(on port: Int) {
        self.port.withLock { $0 = port }
    }

    /// The largest form whose CSRF token is looked for in its body (`csrf_token`).
    static let formLimit = 1 << 20
    /// The largest upload of the import page (`multipart/form-data`): its files and its token.
    static let uploadLimit = 32 << 20

    /// The Content-Security-Policy of every answer: nothing from outside, no inline script or style.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// Whether `host` (a Host header: `name`, `name:port`, `[::1]:port`) names this server: a
    /// loopback name, with no port or the one it listens on. A page of another site reached through
    /// a rebound DNS name sends that name, and is refused.
    func allows(host: String) -> Bool {
        if anyHost { return true }
        let host = host.lowercased()
        let name: Substring
        let rest: Substring
        if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
            name = host[...close]
            rest = host[host.index(after: close)...]
        } else if let colon = host.firstIndex(of: ":") {
            name = host[..<colon]
            rest = host[colon...]
        } else {
            name = host[...]
            rest = ""
        }
        guard ["127.0.0.1", "localhost", "[::1]"].contains(name) else { return false }
        if rest.isEmpty { return true }
        guard rest.hasPrefix(":"), let given = Int(rest.dropFirst()) else { return false }
        return port.withLock { $0 } == given
    }

    /// Whether `candidate` is the token, compared in constant time.
    func matches(token candidate: String) -> Bool {
        let given = Array(candidate.utf8)
        let expected = Array(token.utf8)
        guard given.count == expected.count else { return false }
        return zip(given, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// 32 random bytes as hexadecimal digits.
    static func newToken() -> String {
        Tokens.new()
    }
}

extension HTTPField.Name {
    /// The header that carries the CSRF token.
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
    /// The Host header where it stays among the fields: a second one, or one in a test's request.
    static let hostField = HTTPField.Name("Host")!
    static let policy = HTTPField.Name("Content-Security-Policy")!
    static let typeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}

/// Refuses, with 403 and nothing changed, a request to another name than the server's and a
/// change without same-origin `Origin` (or none) and the CSRF token; gives every answer, refusals
/// and errors included, the Content-Security-Policy and its companions.
struct SecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    let security: ServerSecurity
    let words: ServeWording

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var request = request
        var response: Response
        // The size comes first: a form too large to read has no token to find, and is 413, not 403.
        let form = await formToken(of: &request)
        if case .tooLarge(let limit) = form {
            response = APIResponse.errors(.contentTooLarge, [APIError(message: words.bodyTooLarge(limit: String(limit >> 20)))])
        } else if let refusal = refusal(of: request, formToken: form.token) {
            response = APIResponse.errors(.forbidden, [APIError(message: refusal)])
        } else {
            do {
                response = try await next(request, context)
            } catch let error as HTTPError where error.status == .notFound && error.body == nil {
                response = APIResponse.errors(.notFound, [APIError(message: words.noSuchPath(path: request.uri.path))])
            } catch let error as any HTTPResponseError {
                response = try error.response(from: request, context: context)
            }
        }
        response.headers[.policy] = ServerSecurity.contentSecurityPolicy
        response.headers[.typeOptions] = "nosniff"
        // same-origin, not no-referrer: under no-referrer a browser sends `Origin: null` with a
        // page's form, which the Origin check must refuse; same-origin still tells other sites nothing.
        response.headers[.referrerPolicy] = "same-origin"
        // A page kept by its ETag (`PageCache`) may be kept by the browser too, asked for again
        // with `If-None-Match` each time (304 while unchanged); every other answer is never kept.
        response.headers[.cacheControl] = response.headers[.eTag] == nil ? "no-store" : "private, no-cache"
        return response
    }

    /// A form's token as the middleware found it, or that its body is over the limit.
    enum FormToken {
        case token(String?)
        /// The body is larger than `limit` bytes (the answer is 413).
        case tooLarge(limit: Int)

        var token: String? {
            switch self {
            case .token(let token): token
            case .tooLarge: nil
            }
        }
    }

    /// The token a page's form (`application/x-www-form-urlencoded`, or `multipart/form-data`
    /// with a file; no token header) carries as its field `csrf_token`; the body is read up to
    /// `formLimit` (`uploadLimit` for an upload) and kept for the route; a longer one is `tooLarge`.
    func formToken(of request: inout Request) async -> FormToken {
        guard [.post, .put, .patch, .delete].contains(request.method), request.headers[.csrfToken] == nil,
              let type = request.headers[.contentType]?.lowercased() else { return .token(nil) }
        let upload = type.hasPrefix("multipart/form-data")
        guard upload || type.hasPrefix("application/x-www-form-urlencoded") else { return .token(nil) }
        let limit = upload ? ServerSecurity.uploadLimit : ServerSecurity.formLimit
        guard let body = try? await request.collectBody(upTo: limit) else { return .tooLarge(limit: limit) }
        if upload, let contentType = request.headers[.contentType] {
            return .token(MultipartForm(body: Data(body.readableBytesView), contentType: contentType)?["csrf_token"])
        }
        return .token(FormFields(String(buffer: body))["csrf_token"])
    }

    /// Why the request is refused, in the landscape's language; `nil` when it may pass. The
    /// token is the header's, else `formToken` (a form's field).
    func refusal(of request: Request, formToken: String? = nil) -> String? {
        let hosts = [request.head.authority].compactMap { $0 } + request.headers[values: .hostField]
        if hosts.isEmpty { return words.hostRefused(host: "-") }
        if let foreign = hosts.first(where: { !security.allows(host: $0) }) { return words.hostRefused(host: foreign) }
        guard [.post, .put, .patch, .delete].contains(request.method) else { return nil }
        // https: the browser reached the server through a TLS proxy, which passes the Host on.
        if let origin = request.headers[.origin], !["http://", "https://"].contains(where: { origin.lowercased() == $0 + hosts[0].lowercased() }) {
            return words.originRefused(origin: origin)
        }
        guard let token = request.headers[.csrfToken] ?? formToken, security.matches(token: token) else { return words.tokenRefused }
        return nil
    }
}

/// The fields of an `application/x-www-form-urlencoded` body: `+` is a space, `%XX` a byte; a
/// field given twice keeps its first value.
struct FormFields: Sendable {
    let pairs: [(String, String)]

    init(pairs: [(String, String)]) {
        self.pairs = pairs
    }

    init(_ body: String) {
        pairs = body.split(separator: "&").map { part in
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (Self.decoded(halves[0]), halves.count > 1 ? Self.decoded(halves[1]) : "")
        }
    }

    subscript(name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    /// Every value of `name`, in order (checkboxes of one name).
    func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

    /// These fields with `name` set to `value` alone.
    func replacing(_ name: String, with value: String) -> FormFields {
        FormFields(pairs: pairs.filter { $0.0 != name } + [(name, value)])
    }

    private static func decoded(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
