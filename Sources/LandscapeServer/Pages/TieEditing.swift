import HTTPTypes
import Hummingbird
import LandscapeApp
import LandscapeCore
import LandscapeReport
import LandscapeStore
import LandscapeWording

/// The forms of ties: a new one (`/ties/new`, `?from=ID&to=ID` from an actor's panel or two
/// actors picked on the map), editing one (`/ties/ID/edit`) and deleting it, at the version the
/// form saw, and what their POSTs do. They go through the edit use case, as the API does: a
/// refused form comes back as typed, with the messages at its fields.
extension Pages {
    func add(tieRoutesTo router: Router<BasicRequestContext>) {
        router.get("ties/new") { request, _ in try await tieForm(request) }
        router.post("ties") { request, _ in try await saveTie(request, id: nil) }
        router.get("ties/:id/edit") { request, context in try await tieForm(request, id: try context.pathParameter("id")) }
        router.post("ties/:id") { request, context in try await saveTie(request, id: try context.pathParameter("id")) }
        router.post("ties/:id/delete") { request, context in try await deleteTie(request, id: try context.pathParameter("id")) }
    }

    /// The form of a new tie, its ends from `?from=` and `?to=`.
    func tieForm(_ request: Request) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        guard context.mayEdit else { return editNotAllowed(.ties, landscape: landscape, context: context) }
        var values: [String: String] = ["kind": TieKind.cooperation.rawValue, "weight": "1"]
        if let from = request.uri.queryParameters.get("from") { values["from"] = from }
        if let to = request.uri.queryParameters.get("to") { values["to"] = to }
        return tiePage(TieForm(values: values, errors: [:], editing: nil, token: token, context: context, landscape: landscape), status: .ok)
    }

    /// The form of the stored tie `id` with its values and version, and the button that deletes it.
    func tieForm(_ request: Request, id: String) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        guard context.mayEdit else { return editNotAllowed(.ties, landscape: landscape, context: context) }
        guard let stored = try await storedTie(TieID(id)) else { return tieMissing(id, landscape: landscape, context: context) }
        let form = TieForm(values: TieForm.values(of: stored.tie), errors: [:], editing: (stored.id, stored.version),
                           token: token, context: context, landscape: landscape)
        return tiePage(form, status: .ok)
    }

    /// Adds the posted tie, or changes tie `id` at the version the form saw; back to the map with
    /// the panel of its first end open, or the form again.
    func saveTie(_ request: Request, id: String?) async throws -> Response {
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: ServerSecurity.formLimit)))
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        let editing = id.flatMap { id in fields["version"].flatMap { Int($0) }.map { (TieID(id), $0) } }
        let values = Dictionary(fields.pairs.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        let editor = editor(context, labels: TieForm.labels(context.words))
        do {
            let record = FormRecords.tie(fields)
            let saved = if let editing {
                try await editor.updateTie(editing.0, record, expectedVersion: editing.1)
            } else {
                try await editor.addTie(record)
            }
            return PageResponse.redirect(to: context.link("/", [("actor", saved.tie.from.rawValue)]))
        } catch {
            let refusal = FormRecords.refusal(error, context: context)
            let form = TieForm(values: values, errors: refusal.messages, editing: editing, token: token, context: context, landscape: landscape)
            return tiePage(form, status: refusal.status)
        }
    }

    /// Deletes tie `id` at the version the form saw; back to the ties.
    func deleteTie(_ request: Request, id: String) async throws -> Response {
        try await deleting(request, back: "/ties") { editor, version throws(EditFailure) in
            try await editor.deleteTie(TieID(id), expectedVersion: version)
        }
    }

    private func storedTie(_ id: TieID) async throws -> StoredTie? {
        do {
            return try await store.tie(id)
        } catch {
            throw await failure(error)
        }
    }

    private func tieMissing(_ id: String, landscape: Landscape, context: PageContext) -> Response {
        PageResponse.document(PageFrame.document(.ties, title: landscape.title, context: context) {
            Node.element("p", [("class", "error"), ("role", "alert")]) { context.words.tieMissing(id: id) }
        }, status: .notFound)
    }

    private func tiePage(_ form: TieForm, status: HTTPResponse.Status) -> Response {
        let words = form.context.words
        let heading = form.editing.map { _ in
            words.formEditTie(from: form.name(form.values["from"] ?? ""), to: form.name(form.values["to"] ?? ""))
        } ?? words.formNewTie
        return PageResponse.document(PageFrame.document(.ties, title: form.landscape.title, context: form.context) {
            Node.element("h1") { heading }
            form.node
            if let editing = form.editing {
                Node.element("form", [("class", "delete"), ("method", "post"),
                                      ("action", form.context.link(PageContext.tiePath(editing.id) + "/delete"))]) {
                    Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)])
                    Node.element("input", [("type", "hidden"), ("name", "version"), ("value", String(editing.version))])
                    Node.element("p", [("class", "hint")]) { words.formDeleteTieHint }
                    Node.element("button", [("type", "submit"), ("class", "secondary danger")]) { words.formDelete }
                }
            }
        }, status: status)
    }
}
