import HTTPTypes
import Hummingbird
import LandscapeCore
import LandscapeReport
import LandscapeStore
import LandscapeWording

/// A page the store could not answer, as a page in the frame with one sentence: 503 while the
/// database server is away (restarting, say; nothing was changed, and the next request may well
/// succeed: `Retry-After`), 500 with the store's own words for any other failure. A browser then
/// shows a page in the landscape's language instead of a JSON error.
struct PageFailure: HTTPResponseError {
    let error: StoreError
    /// The landscape's language (the request's `lang` may choose the other).
    let language: Language
    /// The landscape's title, when the server read it before.
    let title: String?
    /// The CSRF token of the frame's sign-out form.
    let token: String

    /// How long a browser or script is told to wait before it asks again while the database is away.
    static let retryAfter = "30"

    var status: HTTPResponse.Status {
        if case .unreachable = error { .serviceUnavailable } else { .internalServerError }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let page = PageContext(request: request, landscapeLanguage: language, token: token)
        let message = Self.message(error, sent: request.method == .post, context: page)
        var response = PageResponse.document(PageFrame.document(Self.kind(of: request), title: title, context: page) {
            Node.element("p", [("class", "notice error"), ("role", "alert")]) { message }
        }, status: status)
        if status == .serviceUnavailable { response.headers[.retryAfter] = Self.retryAfter }
        return response
    }

    /// The sentence for `error` on a page: a sent form (`sent`) is told that nothing was saved.
    static func message(_ error: StoreError, sent: Bool, context: PageContext) -> String {
        guard case .unreachable = error else { return error.message(context.language.storeCommandWording) }
        return sent ? context.words.databaseAwayUnsaved : context.words.databaseAway
    }

    /// The page of the navigation the request's path belongs to (the map when none).
    static func kind(of request: Request) -> PageKind {
        let first = request.uri.path.split(separator: "/").first.map(String.init) ?? ""
        return PageKind(rawValue: first) ?? .map
    }
}

extension Pages {
    /// `error` as the page that says it (`PageFailure`), titled as the landscape last read.
    func failure(_ error: StoreError) async -> PageFailure {
        PageFailure(error: error, language: language, title: await reads.title, token: token)
    }
}
