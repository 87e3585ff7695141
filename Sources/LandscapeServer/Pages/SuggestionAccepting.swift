import Hummingbird
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeReport
import LandscapeStore
import LandscapeWording

/// Accepting or dismissing a suggestion on the panel or the analysis page. Accepted, the pair
/// becomes a cooperation tie with `status: planned`, through the edit use case (the API's
/// checks); the analyses leave it out until it exists, and the suggestion is no longer made.
/// Dismissed with a reason, the pair is no longer suggested and the reason is kept (listed on
/// the analysis page; the history can undo it).
extension Pages {
    func add(suggestionRoutesTo router: Router<BasicRequestContext>) {
        router.post("suggestions/accept") { request, _ in try await acceptSuggestion(request) }
        router.post("suggestions/dismiss") { request, _ in try await dismissSuggestion(request) }
    }

    /// Dismisses the posted pair for the posted reason; back to the panel it was dismissed on
    /// (`back=panel`) or to the analysis page. A refusal (no reason) shows the analysis page with
    /// the message, nothing stored.
    func dismissSuggestion(_ request: Request) async throws -> Response {
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: ServerSecurity.formLimit)))
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        let from = ActorID(fields["from"] ?? ""), to = ActorID(fields["to"] ?? "")
        do {
            _ = try await editor(context, labels: [:]).dismissSuggestion(Dismissal.id(from, to), reason: fields["reason"].map(JSONValue.string))
        } catch {
            let refusal = FormRecords.refusal(error, context: context)
            return try await analysisPage(request, message: (refusal.messages.values.flatMap { $0 }.joined(separator: " "), true), status: refusal.status)
        }
        if fields["back"] == "panel" { return PageResponse.redirect(to: context.link("/", [("actor", from.rawValue)])) }
        return PageResponse.redirect(to: context.link("/analysis", [("dismissed", Dismissal.id(from, to))]) + "#suggestions")
    }

    /// The store's dismissals; a store failure becomes a 500 with its words.
    func dismissals() async throws -> [Dismissal] {
        do {
            return try await store.dismissals()
        } catch {
            throw await failure(error)
        }
    }

    /// Stores the posted pair as a planned tie; back to the map with the first actor's panel, or
    /// to the history with why it was refused.
    func acceptSuggestion(_ request: Request) async throws -> Response {
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: ServerSecurity.formLimit)))
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        let from = fields["from"] ?? "", to = fields["to"] ?? ""
        do {
            _ = try await editor(context, labels: TieForm.labels(context.words)).addTie([
                "from": .string(from), "to": .string(to), "kind": .string(TieKind.cooperation.rawValue), "status": .string(TieStatus.planned.rawValue),
            ])
        } catch {
            let refusal = FormRecords.refusal(error, context: context)
            return try await historyPage(request, message: (refusal.messages.values.flatMap { $0 }.joined(separator: " "), true), status: refusal.status)
        }
        return PageResponse.redirect(to: context.link("/", [("actor", from)]))
    }
}

/// The forms that accept or dismiss a pair suggestion.
enum SuggestionAcceptance {
    /// The form that accepts `suggestion` (a pair only: a committee or a fund is no one tie);
    /// `nil` on a page that may not offer changes.
    static func button(_ suggestion: Suggestion, context: PageContext, token: String) -> Node? {
        guard suggestion.form == .pair, context.mayEdit else { return nil }
        return Node.element("form", [("class", "accept"), ("method", "post"), ("action", context.link("/suggestions/accept"))]) {
            hidden(suggestion, token: token)
            Node.element("button", [("type", "submit"), ("class", "secondary")]) { context.words.suggestionAccept }
        }
    }

    /// The form that dismisses `suggestion` with a reason, folded until opened (a pair only);
    /// `panel`: it stands on the actor's panel, which the answer returns to.
    static func dismissal(_ suggestion: Suggestion, context: PageContext, token: String, panel: Bool) -> Node? {
        guard suggestion.form == .pair, context.mayEdit else { return nil }
        let words = context.words
        return Node.element("details", [("class", "dismiss")]) {
            Node.element("summary") { words.suggestionDismiss }
            Node.element("form", [("method", "post"), ("action", context.link("/suggestions/dismiss"))]) {
                hidden(suggestion, token: token)
                if panel { Node.element("input", [("type", "hidden"), ("name", "back"), ("value", "panel")]) }
                Node.element("label") {
                    Node.element("span") { words.suggestionReason }
                    Node.element("input", [("type", "text"), ("name", "reason"), ("required", "required"),
                                           ("maxlength", String(RecordEditor.reasonLimit)), ("placeholder", words.suggestionReasonHint)])
                }
                Node.element("button", [("type", "submit"), ("class", "secondary")]) { words.suggestionDismissButton }
            }
        }
    }

    private static func hidden(_ suggestion: Suggestion, token: String) -> [Node] {
        [
            Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)]),
            Node.element("input", [("type", "hidden"), ("name", "from"), ("value", suggestion.from.rawValue)]),
            Node.element("input", [("type", "hidden"), ("name", "to"), ("value", suggestion.to.rawValue)]),
        ]
    }
}
