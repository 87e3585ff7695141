import Foundation
import HTTPTypes
import Hummingbird
import LandscapeCore
import LandscapeRender
import LandscapeReport
import LandscapeStore
import LandscapeWording

/// The pages of the web app: the map (`/`), an actor's panel (`/actors/ID`), the app's own script
/// and style sheet. Mounted on the API's router, behind the same security middleware.
struct Pages: Sendable {
    let store: LandscapeStore
    let drawings: MapDrawings
    /// What draws the steering report's diagrams (the map's renderer).
    let renderer: any DiagramRenderer
    /// Refusals of the store, worded (the API's words).
    let storeWords: StoreCommandWording
    /// The landscape's language, as the server started (a failure's page is in it).
    let language: Language
    /// The CSRF token every form carries as its field `csrf_token`.
    let token: String
    /// Uploads compared on the import page, waiting to be merged or to replace the landscape.
    let uploads = PendingUploads()
    /// The landscape, read again only when the store changed.
    let reads: LandscapeReads
    /// The pages that only read, kept until the landscape changes (`PageCache`).
    let cache = PageCache()

    init(store: LandscapeStore, renderer: any DiagramRenderer, layouts: any LayoutKeeping, token: String, language: Language) {
        self.store = store
        self.token = token
        self.renderer = renderer
        reads = LandscapeReads(store: store)
        drawings = MapDrawings(renderer: renderer, layouts: layouts)
        storeWords = language.storeCommandWording
        self.language = language
    }

    /// Adds the pages' routes to `router` (after its middleware, so that they are guarded).
    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try await cached(request) { try await mapPage(request) } }
        add(editingRoutesTo: router)
        add(transferRoutesTo: router)
        add(suggestionRoutesTo: router)
        router.get("actors") { request, _ in try await cached(request) { try await actorsPage(request) } }
        router.get("ties") { request, _ in try await cached(request) { try await tiesPage(request) } }
        router.get("actors/:id") { request, context in
            let id = try context.pathParameter("id")
            return try await cached(request) { try await actorPage(request, id: id) }
        }
        router.get("analysis") { request, _ in try await cached(request) { try await analysisPage(request) } }
        router.get("history") { request, _ in try await cached(request) { try await historyPage(request) } }
        router.post("history/:number/undo") { request, context in
            try await undo(request, number: try context.parameters.require("number"))
        }
        router.post("arrange") { request, _ in
            await drawings.forgetLayout()
            cache.forget()
            return PageResponse.redirect(to: PageContext(request: request, landscapeLanguage: .en, token: token).link("/"))
        }
        router.get(RouterPath(PageAssets.stylePath)) { _, _ in PageResponse.asset(PageAssets.style, type: "text/css; charset=utf-8") }
        router.get(RouterPath(PageAssets.iconPath)) { _, _ in PageResponse.asset(PageAssets.icon, type: "image/svg+xml") }
        router.get(RouterPath(PageAssets.mapScriptPath)) { _, _ in
            PageResponse.asset(PageAssets.mapScript, type: "text/javascript; charset=utf-8")
        }
    }

    /// The map, with the panel of `?actor=ID` or of the one actor `?q=` finds.
    func mapPage(_ request: Request) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        let query = request.uri.queryParameters.get("q") ?? ""
        var panel: [Node] = []
        if let id = request.uri.queryParameters.get("actor") {
            let dismissed = try await dismissals()
            panel = actor(ActorID(id), in: landscape, dismissed: dismissed, context: context)
        } else if !query.isEmpty {
            let dismissed = try await dismissals()
            panel = search(query, in: landscape, dismissed: dismissed, context: context)
        }
        let filters = MapFilters(kind: nonEmpty(request, "kind"), sector: nonEmpty(request, "sector"), tieKind: nonEmpty(request, "tie"))
        let slider = DaySlider(landscape: landscape, chosen: request.uri.queryParameters.get("at"))
        let ego = MapPage.ego(request, in: landscape)
        let group = ego == nil ? nonEmpty(request, "group") : nil
        let drawn = await drawings.map(of: landscape, in: context.language, on: slider.day, ego: ego, group: group)
        var groups: [String] = []
        if ego == nil, group == nil, MapDrawings.isOverview(landscape, on: slider.day) {
            let shown = slider.day.map { landscape.active(on: $0) } ?? landscape
            groups = DiagramBuilder().groupNames(of: shown, options: DiagramOptions(language: context.language, day: slider.day))
        }
        let page = MapPage(landscape: landscape, context: context, drawn: drawn, panel: panel, query: query, filters: filters,
                           slider: slider, ego: ego, token: token, group: group, groups: groups)
        return PageResponse.document(page.document)
    }

    /// An actor's panel on a page of its own; with `?part=panel` the panel alone, for the map's script.
    func actorPage(_ request: Request, id: String) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        let actorID = ActorID(id)
        let status: HTTPResponse.Status = landscape.contains(actorID) ? .ok : .notFound
        let dismissed = try await dismissals()
        let content = actor(actorID, in: landscape, dismissed: dismissed, context: context)
        if request.uri.queryParameters.get("part") == "panel" {
            return PageResponse.fragment(Node.element("div", [], content), status: status)
        }
        let page = PageFrame.document(.actors, title: landscape.title, context: context) {
            Node.element("aside", [("class", "panel page")], content)
        }
        return PageResponse.document(page, status: status)
    }

    /// The panel of `id`, or a line that there is no such actor.
    func actor(_ id: ActorID, in landscape: Landscape, dismissed: [Dismissal], context: PageContext) -> [Node] {
        guard let actor = landscape[id] else {
            return [Node.element("p", [("class", "error"), ("role", "alert")]) { context.words.actorMissing(id: id.rawValue) }]
        }
        return ActorPanel(actor: actor, landscape: landscape, context: context, token: token, dismissed: dismissed).content
    }

    /// The actors whose name or id contains `query` (any letter case): one opens its panel,
    /// several are listed to choose from, none is said.
    func search(_ query: String, in landscape: Landscape, dismissed: [Dismissal], context: PageContext) -> [Node] {
        let needle = query.trimmingCharacters(in: .whitespaces)
        let found = landscape.actors.filter {
            $0.name.localizedCaseInsensitiveContains(needle) || $0.id.rawValue.localizedCaseInsensitiveContains(needle)
        }
        if let exact = found.first(where: { $0.name.caseInsensitiveCompare(needle) == .orderedSame }) ?? (found.count == 1 ? found.first : nil) {
            return ActorPanel(actor: exact, landscape: landscape, context: context, token: token, dismissed: dismissed).content
        }
        if found.isEmpty {
            return [Node.element("p", [("role", "status")]) { context.words.searchNone(query: needle) }]
        }
        return [
            Node.element("p") { context.words.searchMany(query: needle) },
            Node.element("ul") {
                for actor in found {
                    Node.element("li") {
                        Node.element("a", [("href", context.link("/", [("actor", actor.id.rawValue)])), ("data-open", actor.id.rawValue)]) { actor.name }
                    }
                }
            },
        ]
    }

    /// The page a reader or a share link gets for a form that changes the landscape: why there
    /// is no form (the server would refuse what it posts). A 200, as every page a reader may
    /// read: the refusal is the POST's, with 403.
    func editNotAllowed(_ page: PageKind, landscape: Landscape, context: PageContext) -> Response {
        PageResponse.document(PageFrame.document(page, title: landscape.title, context: context) {
            Node.element("p", [("class", "notice error"), ("role", "alert")]) { context.words.editNotAllowed }
        })
    }

    /// The page `make` answers, kept in `cache` at the store's history mark (or 304 for the
    /// browser's own copy).
    func cached(_ request: Request, _ make: () async throws -> Response) async throws -> Response {
        let mark: Int
        do {
            mark = try await RequestMark.now(store)
        } catch {
            throw await failure(error)
        }
        return try await cache.answer(request, mark: mark, make: make)
    }

    /// The landscape the store holds; a store failure becomes its page (`PageFailure`).
    func current() async throws -> Landscape {
        do {
            return try await reads.landscape()
        } catch {
            throw await failure(error)
        }
    }

    private func nonEmpty(_ request: Request, _ name: String) -> String? {
        request.uri.queryParameters.get(name).flatMap { $0.isEmpty ? nil : $0 }
    }
}
