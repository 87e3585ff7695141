import HTTPTypes
import Hummingbird
import LandscapeCore
import LandscapeReport
import LandscapeStore
import LandscapeWording

/// The form that adds a tie (`/ties/new`, `?from=ID` from an actor's panel) and what its POST
/// does. A refused form comes back as typed, with the messages at its fields.
extension Pages {
    func tieForm(_ request: Request) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language)
        var values: [String: String] = ["kind": TieKind.cooperation.rawValue, "weight": "1"]
        if let from = request.uri.queryParameters.get("from") { values["from"] = from }
        if let to = request.uri.queryParameters.get("to") { values["to"] = to }
        return tiePage(TieForm(values: values, errors: [:], token: token, context: context, landscape: landscape), status: .ok)
    }

    func saveTie(_ request: Request) async throws -> Response {
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: ServerSecurity.formLimit)))
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language)
        let values = Dictionary(fields.pairs.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        func refused(_ messages: [String: [String]]) -> Response {
            tiePage(TieForm(values: values, errors: messages, token: token, context: context, landscape: landscape), status: .unprocessableContent)
        }
        switch FormChecking(landscape: landscape, language: context.language).tie(fields) {
        case .failure(let problems):
            return refused(problems.messages)
        case .success(let tie):
            do {
                _ = try await store.addTie(tie)
            } catch {
                return refused(["": [error.message(context.language.storeCommandWording)]])
            }
            return PageResponse.redirect(to: context.link("/", [("actor", tie.from.rawValue)]))
        }
    }

    private func tiePage(_ form: TieForm, status: HTTPResponse.Status) -> Response {
        PageResponse.document(PageFrame.document(.ties, title: form.landscape.title, context: form.context) {
            Node.element("h1") { form.context.words.formNewTie }
            form.node
        }, status: status)
    }
}

/// The form of a new tie: its two ends chosen among the actors, its kind, weight, dates,
/// whether it is formal, a note; the messages of `check` at each field.
struct TieForm {
    var values: [String: String]
    var errors: [String: [String]]
    let token: String
    let context: PageContext
    let landscape: Landscape

    var node: Node {
        let words = context.words, names = context.names
        let actors = landscape.actors.sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }.map { ($0.id.rawValue, $0.name) }
        let form = FormFieldsView(values: values, errors: errors)
        return Node.element("form", [("class", "record"), ("method", "post"), ("action", context.link("/ties")), ("novalidate", "novalidate")]) {
            Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)])
            if !errors.isEmpty {
                Node.element("div", [("class", "notice error"), ("role", "alert")]) {
                    Node.element("p") { words.formRefusedTie }
                    if let general = errors[""] { Node.element("ul") { for message in general { Node.element("li") { message } } } }
                }
            }
            form.choice("from", label: words.columnFrom, options: [("", "—")] + actors)
            form.choice("to", label: words.columnTo, options: [("", "—")] + actors)
            form.choice("kind", label: words.columnKind, options: TieKind.allCases.map { ($0.rawValue, names.name(of: $0)) })
            form.field("weight", label: words.columnWeight)
            form.period(words)
            form.checkbox("formal", label: words.formFormal)
            form.closing(words, cancel: context.link("/ties"))
        }
    }
}
