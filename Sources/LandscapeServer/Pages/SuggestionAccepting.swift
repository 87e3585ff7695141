import Hummingbird
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeReport
import LandscapeWording

/// Accepting a suggestion on the panel or the analysis page: the pair becomes a cooperation tie
/// with `status: planned`, through the edit use case (the API's checks); the analyses leave it
/// out until it exists, and the suggestion is no longer made.
extension Pages {
    func add(suggestionRoutesTo router: Router<BasicRequestContext>) {
        router.post("suggestions/accept") { request, _ in try await acceptSuggestion(request) }
    }

    /// Stores the posted pair as a planned tie; back to the map with the first actor's panel, or
    /// to the history with why it was refused.
    func acceptSuggestion(_ request: Request) async throws -> Response {
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: ServerSecurity.formLimit)))
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language)
        let from = fields["from"] ?? "", to = fields["to"] ?? ""
        do {
            _ = try await editor(context, labels: TieForm.labels(context.words)).addTie([
                "from": .string(from), "to": .string(to), "kind": .string(TieKind.cooperation.rawValue), "status": .string(TieStatus.planned.rawValue),
            ])
        } catch {
            let refusal = FormRecords.refusal(error, words: context.language.storeCommandWording)
            return try await historyPage(request, message: (refusal.messages.values.flatMap { $0 }.joined(separator: " "), true), status: refusal.status)
        }
        return PageResponse.redirect(to: context.link("/", [("actor", from)]))
    }
}

/// The button that accepts a pair suggestion, and which suggestions are still open.
enum SuggestionAcceptance {
    /// The form that accepts `suggestion` (a pair only: a committee or a fund is no one tie).
    static func button(_ suggestion: Suggestion, context: PageContext, token: String) -> Node? {
        guard suggestion.form == .pair else { return nil }
        return Node.element("form", [("class", "accept"), ("method", "post"), ("action", context.link("/suggestions/accept"))]) {
            Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)])
            Node.element("input", [("type", "hidden"), ("name", "from"), ("value", suggestion.from.rawValue)])
            Node.element("input", [("type", "hidden"), ("name", "to"), ("value", suggestion.to.rawValue)])
            Node.element("button", [("type", "submit"), ("class", "secondary")]) { context.words.suggestionAccept }
        }
    }

    /// `suggestions` without the pairs that a planned tie joins already (accepted before).
    ///
    /// - Complexity: O(S + T) for S suggestions and T ties.
    static func open(_ suggestions: [Suggestion], in landscape: Landscape) -> [Suggestion] {
        let planned = Set(landscape.ties.filter { $0.status == .planned }.flatMap { [[$0.from, $0.to], [$0.to, $0.from]] })
        return suggestions.filter { $0.form != .pair || !planned.contains([$0.from, $0.to]) }
    }
}
