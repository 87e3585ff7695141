import HTTPTypes
import Hummingbird
import LandscapeApp
import LandscapeCore
import LandscapeReport
import LandscapeStore
import LandscapeWording

/// The pages that change actors: the form to add one (`/actors/new`), to edit one
/// (`/actors/ID/edit`), and what their POSTs do. A refused form comes back with what was typed
/// and the messages at their fields (422); an edit based on an old version is refused (409).
extension Pages {
    func add(editingRoutesTo router: Router<BasicRequestContext>) {
        router.get("actors/new") { request, _ in try await actorForm(request, id: nil) }
        router.get("actors/:id/edit") { request, context in try await actorForm(request, id: try context.pathParameter("id")) }
        router.post("actors") { request, _ in try await saveActor(request, id: nil) }
        router.post("actors/:id") { request, context in try await saveActor(request, id: try context.pathParameter("id")) }
        router.post("actors/:id/delete") { request, context in try await deleteActor(request, id: try context.pathParameter("id")) }
        add(tieRoutesTo: router)
    }

    /// The empty form, or the form of actor `id` with its stored values.
    func actorForm(_ request: Request, id: String?) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        guard context.mayEdit else { return editNotAllowed(.actors, landscape: landscape, context: context) }
        guard let id else {
            return actorPage(ActorForm(values: [:], errors: [:], editing: nil, token: token, context: context), landscape: landscape)
        }
        guard let stored = try await stored(ActorID(id)) else {
            return PageResponse.document(PageFrame.document(.actors, title: landscape.title, context: context) {
                Node.element("p", [("class", "error"), ("role", "alert")]) { context.words.actorMissing(id: id) }
            }, status: .notFound)
        }
        let form = ActorForm(values: ActorForm.values(of: stored.actor), errors: [:], editing: (stored.actor.id, stored.version),
                             token: token, context: context)
        return actorPage(form, landscape: landscape)
    }

    /// Adds or updates the posted actor through the edit use case (the API's checks and
    /// words, the fields called by their labels); back to the map with its panel open, or the
    /// form again with what was typed and the messages at their fields.
    func saveActor(_ request: Request, id: String?) async throws -> Response {
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: ServerSecurity.formLimit)))
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        let version = fields["version"].flatMap { Int($0) }
        let editing = id.flatMap { id in version.map { (ActorID(id), $0) } }
        var values = Dictionary(fields.pairs.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        values["sectors"] = fields.all("sectors").joined(separator: ",")
        if let editing { values["id"] = editing.0.rawValue }
        let editor = editor(context, labels: ActorForm.labels(context.words))
        do {
            var record = FormRecords.actor(fields)
            let saved: StoredActor
            if let editing {
                record["id"] = nil
                saved = try await editor.updateActor(editing.0, record, expectedVersion: editing.1)
            } else {
                saved = try await editor.addActor(record)
            }
            return PageResponse.redirect(to: context.link("/", [("actor", saved.actor.id.rawValue)]))
        } catch {
            let refusal = FormRecords.refusal(error, context: context)
            return actorPage(ActorForm(values: values, errors: refusal.messages, editing: editing, token: token, context: context),
                             landscape: landscape, status: refusal.status)
        }
    }

    /// Deletes actor `id` (and its ties) at the version the form saw.
    func deleteActor(_ request: Request, id: String) async throws -> Response {
        try await deleting(request, back: "/actors") { editor, version throws(EditFailure) in
            try await editor.deleteActor(ActorID(id), expectedVersion: version)
        }
    }

    /// Deletes a record by `delete`, at the version the form posted; back to `back`, or to the
    /// history with why it was refused (409 for a version that moved on, 404 for a record gone).
    func deleting(_ request: Request, back: String, _ delete: (RecordEditor, Int) async throws(EditFailure) -> Void) async throws -> Response {
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: ServerSecurity.formLimit)))
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        do {
            try await delete(editor(context, labels: [:]), fields["version"].flatMap { Int($0) } ?? 0)
        } catch {
            let refusal = FormRecords.refusal(error, context: context)
            return try await historyPage(request, message: (refusal.messages.values.flatMap { $0 }.joined(separator: " "), true), status: refusal.status)
        }
        return PageResponse.redirect(to: context.link(back))
    }

    /// The edit use case for a page: its problems in the page's language, the fields called by `labels`.
    func editor(_ context: PageContext, labels: [String: String]) -> RecordEditor {
        RecordEditor(store: store, fieldLabels: labels, problemLanguage: context.language)
    }

    func stored(_ id: ActorID) async throws -> StoredActor? {
        do {
            return try await store.actor(id)
        } catch {
            throw await failure(error)
        }
    }

    private func actorPage(_ form: ActorForm, landscape: Landscape, status: HTTPResponse.Status = .ok) -> Response {
        let words = form.context.words
        let heading = form.editing.map { editing in words.formEditActor(name: landscape[editing.id]?.name ?? editing.id.rawValue) } ?? words.formNewActor
        let page = PageFrame.document(.actors, title: landscape.title, context: form.context) {
            Node.element("h1") { heading }
            form.node
            if let editing = form.editing {
                Node.element("form", [("class", "delete"), ("method", "post"),
                                      ("action", form.context.link(PageContext.actorPath(editing.id) + "/delete"))]) {
                    Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)])
                    Node.element("input", [("type", "hidden"), ("name", "version"), ("value", String(editing.version))])
                    Node.element("p", [("class", "hint")]) { words.formDeleteHint }
                    Node.element("button", [("type", "submit"), ("class", "secondary danger")]) { words.formDelete }
                }
            }
        }
        return PageResponse.document(page, status: status)
    }
}
