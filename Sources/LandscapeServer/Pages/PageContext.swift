import Foundation
import Hummingbird
import LandscapeCore
import LandscapeStore
import LandscapeWording

/// What every page needs to know about its request: the language it is shown in and whether the
/// language switch chose it (then every link carries it on as `lang`).
struct PageContext: Sendable {
    /// The language of the page: `lang` from the query, else the landscape's.
    let language: Language
    /// The language the switch chose; `nil`: the landscape's own.
    let chosen: Language?
    /// The path of the page, for the language switch.
    let path: String
    /// The prefix of the landscape's paths: `/l/ID` when the request came that way, else empty.
    let base: String
    /// Whether the page may offer changes: on a server without accounts always, else to an
    /// editor or admin (a reader and a share link only read; the server refuses their changes).
    let mayEdit: Bool
    /// The account whose session the request came with, `nil` without one (a server without
    /// accounts, a share link): the frame then offers no sign-out.
    let account: String?
    /// The CSRF token of the frame's own form (signing out); empty where the page has none.
    let token: String

    init(request: Request, landscapeLanguage: Language, token: String = "") {
        chosen = request.uri.queryParameters.get("lang").flatMap { Language(parsing: $0) }
        language = chosen ?? landscapeLanguage
        path = request.uri.path
        base = request.headers[.landscapeBase] ?? ""
        let role = request.headers[.landscapeRole].flatMap { AccountRole(rawValue: $0) }
        let shared = request.headers[.landscapeShare] != nil
        mayEdit = !shared && (role.map { $0 >= .editor } ?? true)
        // The access middleware sets the role and the acting account only for a signed-in session.
        account = shared || role == nil ? nil : LandscapeStore.acting
        self.token = token
    }

    var words: ServePagesWording { language.servePagesWording }
    var names: DiagramStrings { DiagramStrings.of(language) }

    /// A link to `path` of this landscape with `query`, carrying the chosen language on.
    func link(_ path: String, _ query: [(String, String)] = []) -> String {
        Self.link(base + path, query + (chosen.map { [("lang", $0.rawValue)] } ?? []))
    }

    /// `path` of this landscape, without a query (the action of a GET form, whose fields are the query).
    func local(_ path: String) -> String { base + path }

    /// The same page in the other language.
    var otherLanguageLink: String {
        let other: Language = language == .de ? .en : .de
        return Self.link(base + path, [("lang", other.rawValue)])
    }

    /// `path?key=value&…`, keys and values percent-encoded.
    static func link(_ path: String, _ query: [(String, String)]) -> String {
        guard !query.isEmpty else { return path }
        return path + "?" + query.map { "\(encoded($0.0))=\(encoded($0.1))" }.joined(separator: "&")
    }

    /// The path of a tie's form: its id as one percent-encoded path segment.
    static func tiePath(_ id: TieID) -> String { "/ties/" + segment(id.rawValue) }

    /// The path of an actor's own page: its id as one percent-encoded path segment.
    static func actorPath(_ id: ActorID) -> String { "/actors/" + segment(id.rawValue) }

    /// `text` as one path segment: everything but unreserved characters percent-encoded.
    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// RFC 3986's unreserved characters.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
