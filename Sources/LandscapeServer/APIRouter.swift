import Foundation
import HTTPTypes
import Hummingbird
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeRender
import LandscapeStore
import LandscapeWording

/// The routes of the JSON API under `/api/`, behind the security middleware. Every answer is
/// JSON; a record carries the `version` an edit must name.
public enum APIRouter {
    /// The router over `store`; refusals are worded in `language` (the landscape's). With a
    /// `renderer`, the pages (map, panels) are served too, their map drawn by it. `access` says
    /// whether a request needs an account with a role for the store's landscape.
    public static func router(
        store: LandscapeStore, security: ServerSecurity, language: Language, renderer: (any DiagramRenderer)? = nil,
        access: ServerAccess = .open
    ) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityMiddleware(security: security, words: language.serveWording))
        let login = LoginRoutes(store: store, access: access, words: language.serveAccessWording, token: security.token, language: language)
        router.add(middleware: AccessMiddleware(access: access, store: store, words: language.serveAccessWording, login: login))
        let reads = Reads(store: store, words: language.storeCommandWording)
        let api = router.group("api")
        login.register(on: router, api: api)
        api.get("session") { _, _ in APIResponse.json(.object([("csrf_token", .string(security.token))])) }
        api.get("landscape") { request, _ in await reads.kept(request) { store throws(StoreError) in JSONWriter.value(of: try await store.landscape()) } }
        api.get("actors") { _, _ in await reads.whole(reads.actors) }
        api.get("actors/:id") { _, context in try await reads.kept(reads.actors, .actor, context) }
        api.get("ties") { _, _ in await reads.whole(reads.ties) }
        api.get("ties/:id") { _, context in try await reads.kept(reads.ties, .tie, context) }
        api.get("history") { request, _ in
            let limit = request.uri.queryParameters.get("limit", as: Int.self)
            let items = request.uri.queryParameters.get("items", as: Int.self) ?? Reads.historyItems
            return await reads.kept(request) { store throws(StoreError) in
                .object([("changes", .array(try await store.history(limit: limit, items: items).map { change throws(StoreError) in
                    try Reads.value(change)
                }))])
            }
        }
        let editing = language.serveEditingWording
        Writes(editor: RecordEditor(store: store), storeWords: language.storeCommandWording, words: editing).register(on: api)
        Computed(reads: reads, words: editing).register(on: router, api: api)
        api.get("openapi.json") { _, _ in APIResponse.json(APIDocument.document) }
        if let renderer {
            Pages(store: store, renderer: renderer, layouts: StoredLayout(store: store), token: security.token, language: language).add(to: router)
        }
        return router
    }
}

/// The read routes' shared part: the store, its refusals' words, and the records as JSON.
struct Reads: Sendable {
    let store: LandscapeStore
    let words: StoreCommandWording
    /// The answers that read the whole landscape, kept until the database changes.
    let cache = AnswerCache()
    /// The answers of `GET /api/actors` and `/api/ties`, kept record by record.
    let actors: KeptRecords<StoredActor>
    let ties: KeptRecords<StoredTie>

    init(store: LandscapeStore, words: StoreCommandWording) {
        self.store = store
        self.words = words
        actors = KeptRecords(key: "actors", changes: { mark throws(StoreError) in try await store.actorChanges(after: mark) },
                             id: \.actor.id.rawValue, json: Reads.value)
        ties = KeptRecords(key: "ties", changes: { mark throws(StoreError) in try await store.tieChanges(after: mark) },
                           id: \.id.rawValue, json: Reads.value)
    }

    /// The whole list `kept` answers, as of the store's history mark now, or the store's refusal.
    ///
    /// - Complexity: one look-up of the mark while nothing changed; else the changed records.
    func whole<Record>(_ kept: KeptRecords<Record>) async -> Response {
        do {
            let bytes = try await kept.answer(at: try await RequestMark.now(store))
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: bytes))
        } catch {
            return APIResponse.refusal(error, words: words)
        }
    }

    /// The record of `kind` whose id the path names, as `kept` holds it as of the store's mark
    /// now; 404 when there is none.
    func kept<Record>(_ kept: KeptRecords<Record>, _ kind: StoredRecord, _ context: BasicRequestContext) async throws -> Response {
        let id = try context.pathParameter("id")
        do throws(StoreError) {
            guard let bytes = try await kept.record(id, at: try await RequestMark.now(store)) else { throw .notFound(kind, id: id) }
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: bytes))
        } catch {
            return APIResponse.refusal(error, words: words)
        }
    }

    /// `body`'s value as JSON, kept by the request's URI until the store's history mark moves
    /// (`AnswerCache`), or the store's refusal.
    ///
    /// - Complexity: one look-up of the mark while nothing changed; else that of `body`.
    func kept(_ request: Request, _ body: @escaping @Sendable (LandscapeStore) async throws(StoreError) -> JSONValue) async -> Response {
        let uri = request.uri.description
        let store = store
        do {
            let bytes = try await cache.answer(uri, at: try await RequestMark.now(store)) { () throws(StoreError) in
                ByteBuffer(string: try await body(store).serialized() + "\n")
            }
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: bytes))
        } catch {
            return APIResponse.refusal(error, words: words)
        }
    }

    /// `body`'s value as JSON, or the store's refusal.
    func answer(_ body: (LandscapeStore) async throws(StoreError) -> JSONValue) async -> Response {
        do {
            return APIResponse.json(try await body(store))
        } catch {
            return APIResponse.refusal(error, words: words)
        }
    }

    /// The records of one change `GET /api/history` shows unless `items=N` says otherwise: an
    /// import touches every record, and ten thousand of them in each of a reader's requests
    /// right after one took seconds.
    static let historyItems = 100

    /// An actor as the file's JSON writes it, and its version.
    static func value(_ stored: StoredActor) -> JSONValue {
        versioned(JSONWriter.value(of: stored.actor), stored.version)
    }

    /// A tie as the file's JSON writes it (with its id), and its version.
    static func value(_ stored: StoredTie) -> JSONValue {
        versioned(JSONWriter.value(of: stored.tie), stored.version)
    }

    /// One change of the history, each record's value before and after as the API shows the
    /// record (`null` for none): an actor or tie with its version, or the landscape's own fields.
    static func value(_ change: HistoryChange) throws(StoreError) -> JSONValue {
        var items: [JSONValue] = []
        for item in change.items {
            items.append(.object([
                ("record", .string(item.record.rawValue)), ("id", .string(item.id)),
                ("old", value(try item.old())), ("new", value(try item.new())),
            ]))
        }
        return .object([
            ("number", .int(change.number)), ("action", .string(change.action.rawValue)), ("at", .string(change.at)),
            ("who", .string(change.who)), ("undone_by", .int(change.undoneBy)), ("item_count", .int(change.itemCount)),
            ("items", .array(items)),
        ])
    }

    /// A record of the history as JSON.
    static func value(_ record: HistoryValue?) -> JSONValue {
        switch record {
        case nil: .null
        case .actor(let actor, let version)?: versioned(JSONWriter.value(of: actor), version)
        case .tie(let tie, let version)?: versioned(JSONWriter.value(of: tie), version)
        case .landscape(let landscape, let version)?:
            versioned(.object([
                ("title", .string(landscape.title)), ("language", .string(landscape.language.rawValue)),
                ("as_of", .string(landscape.asOf?.description)), ("needs", .array(landscape.needs.map { .string($0) })),
            ]), version)
        case .dismissal(let dismissal, let version)?: versioned(value(dismissal), version)
        }
    }

    /// A dismissed suggestion: its id, the pair, the reason, when and by whom (without version).
    static func value(_ dismissal: Dismissal) -> JSONValue {
        .object([
            ("id", .string(dismissal.id)), ("first", .string(dismissal.first.rawValue)), ("second", .string(dismissal.second.rawValue)),
            ("reason", .string(dismissal.reason)), ("at", .string(dismissal.at)), ("who", .string(dismissal.who)),
        ])
    }

    private static func versioned(_ value: JSONValue, _ version: Int) -> JSONValue {
        guard case .object(let fields) = value else { return value }
        return .object(fields + [("version", .int(version))])
    }
}
