import HTTPTypes
import Hummingbird
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
        router.get("actors/:id/edit") { request, context in try await actorForm(request, id: try context.parameters.require("id")) }
        router.post("actors") { request, _ in try await saveActor(request, id: nil) }
        router.post("actors/:id") { request, context in try await saveActor(request, id: try context.parameters.require("id")) }
        router.post("actors/:id/delete") { request, context in try await deleteActor(request, id: try context.parameters.require("id")) }
        router.get("ties/new") { request, _ in try await tieForm(request) }
        router.post("ties") { request, _ in try await saveTie(request) }
    }

    /// The empty form, or the form of actor `id` with its stored values.
    func actorForm(_ request: Request, id: String?) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language)
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

    /// Adds or updates the posted actor; back to the map with its panel open, or the form again.
    func saveActor(_ request: Request, id: String?) async throws -> Response {
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: ServerSecurity.formLimit)))
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language)
        let version = fields["version"].flatMap { Int($0) }
        let editing = id.flatMap { id in version.map { (ActorID(id), $0) } }
        var values = Dictionary(fields.pairs.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        values["sectors"] = fields.all("sectors").joined(separator: ",")
        if let editing { values["id"] = editing.0.rawValue }
        func refused(_ messages: [String: [String]], _ status: HTTPResponse.Status) -> Response {
            actorPage(ActorForm(values: values, errors: messages, editing: editing, token: token, context: context),
                      landscape: landscape, status: status)
        }
        var posted = fields
        if let editing { posted = posted.replacing("id", with: editing.0.rawValue) }
        switch FormChecking(landscape: landscape, language: context.language).actor(posted) {
        case .failure(let problems):
            return refused(problems.messages, .unprocessableContent)
        case .success(let actor):
            do {
                if let editing {
                    _ = try await store.updateActor(actor, expectedVersion: editing.1)
                } else {
                    _ = try await store.addActor(actor)
                }
            } catch {
                let field = if case .duplicate = error { "id" } else { "" }
                let status: HTTPResponse.Status = if case .conflict = error { .conflict } else { .unprocessableContent }
                return refused([field: [error.message(context.language.storeCommandWording)]], status)
            }
            return PageResponse.redirect(to: context.link("/", [("actor", actor.id.rawValue)]))
        }
    }

    /// Deletes actor `id` (and its ties) at the version the form saw.
    func deleteActor(_ request: Request, id: String) async throws -> Response {
        var request = request
        let fields = FormFields(String(buffer: try await request.collectBody(upTo: ServerSecurity.formLimit)))
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language)
        do {
            try await store.deleteActor(ActorID(id), expectedVersion: fields["version"].flatMap { Int($0) } ?? 0)
        } catch {
            return try await historyPage(request, message: (error.message(context.language.storeCommandWording), true),
                                         status: error.isConflict ? .conflict : .notFound)
        }
        return PageResponse.redirect(to: context.link("/actors"))
    }

    func stored(_ id: ActorID) async throws -> StoredActor? {
        do {
            return try await store.actor(id)
        } catch {
            throw HTTPError(.internalServerError, message: error.message(storeWords))
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

extension StoreError {
    /// Whether the record changed since the form was shown.
    var isConflict: Bool { if case .conflict = self { true } else { false } }
}
