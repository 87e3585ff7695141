import Foundation
import HTTPTypes
import Hummingbird
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeStore
import LandscapeWording

/// The routes that change the landscape: `POST /api/actors`, `PATCH` and `DELETE
/// /api/actors/{id}`, the same for `/api/ties`, `POST /api/suggestions/{id}/dismiss` and
/// `POST /api/history/{n}/undo`. Each calls one
/// edit use case (`RecordEditor`, LandscapeApp) — the same the web app's forms call.
///
/// A change of a stored record names the version it is based on, in `If-Match: "N"` (the
/// record's `ETag`) or as `"version": N` in the body; without one it is refused with 428 (an
/// edit that would overwrite whatever is stored is never what a second tab meant). The answers:
/// 201 with the record (`Location`, `ETag`) for an add, 200 with the record for a change, 204 for
/// a delete; 400 for a body that is no JSON object or a version that is no number, 404, 409 for a
/// stale version, 422 `{"errors": [{"field", "message"}]}` for a record `check` would refuse.
/// A refused request changes nothing.
struct Writes: Sendable {
    let editor: RecordEditor
    let storeWords: StoreCommandWording
    let words: ServeEditingWording

    /// The largest body read (a record is a few hundred bytes).
    static let bodyLimit = 1 << 20

    /// Adds the write routes to `api` (a group of the router behind the security middleware).
    func register(on api: RouterGroup<BasicRequestContext>) {
        records("actors", on: api, add: { fields throws(EditFailure) in
            let stored = try await editor.addActor(fields)
            return (Reads.value(stored), stored.actor.id.rawValue)
        }, update: { id, fields, version throws(EditFailure) in
            let stored = try await editor.updateActor(ActorID(id), fields, expectedVersion: version)
            return (Reads.value(stored), stored.version)
        }, delete: { id, version throws(EditFailure) in
            try await editor.deleteActor(ActorID(id), expectedVersion: version)
        })
        records("ties", on: api, add: { fields throws(EditFailure) in
            let stored = try await editor.addTie(fields)
            return (Reads.value(stored), stored.id.rawValue)
        }, update: { id, fields, version throws(EditFailure) in
            let stored = try await editor.updateTie(TieID(id), fields, expectedVersion: version)
            return (Reads.value(stored), stored.version)
        }, delete: { id, version throws(EditFailure) in
            try await editor.deleteTie(TieID(id), expectedVersion: version)
        })
        api.post("suggestions/:id/dismiss") { request, context in
            // The id's `+` may come percent-encoded (%2B).
            let id = try context.pathParameter("id")
            return await write(request, context, needsVersion: false) { fields, _ throws(EditFailure) in
                let dismissal = try await editor.dismissSuggestion(id, reason: fields[RecordEditor.reasonField])
                return APIResponse.json(Reads.value(dismissal), status: .created)
            }
        }
        api.post("history/:number/undo") { request, context in
            let number = try context.parameters.require("number", as: Int.self)
            return await write(request, context, needsVersion: false) { _, _ throws(EditFailure) in
                let change = try await editor.undo(change: number)
                return APIResponse.json(.object([("undone", .int(number)), ("change", .int(change))]))
            }
        }
    }

    /// `POST /api/NAME` (`add` gives the record and its id), `PATCH` and `DELETE /api/NAME/{id}`.
    private func records(
        _ name: String, on api: RouterGroup<BasicRequestContext>,
        add: @escaping @Sendable ([String: JSONValue]) async throws(EditFailure) -> (JSONValue, String),
        update: @escaping @Sendable (String, [String: JSONValue], Int) async throws(EditFailure) -> (JSONValue, Int),
        delete: @escaping @Sendable (String, Int) async throws(EditFailure) -> Void
    ) {
        api.post(RouterPath(name)) { request, context in
            await write(request, context, needsVersion: false) { fields, _ throws(EditFailure) in
                let (value, id) = try await add(fields)
                return Self.created(value, path: (request.headers[.landscapeBase] ?? "") + "/api/\(name)/", id: id)
            }
        }
        api.patch(RouterPath("\(name)/:id")) { request, context in
            let id = try context.pathParameter("id")
            return await write(request, context, needsVersion: true) { fields, version throws(EditFailure) in
                let (value, stored) = try await update(id, fields, version ?? 0)
                return Self.record(value, version: stored)
            }
        }
        api.delete(RouterPath("\(name)/:id")) { request, context in
            let id = try context.pathParameter("id")
            return await write(request, context, needsVersion: true) { _, version throws(EditFailure) in
                try await delete(id, version ?? 0)
                return Response(status: .noContent)
            }
        }
    }

    /// Reads the body's fields and the version, runs `edit`, and answers with its response or the refusal.
    func write(
        _ request: Request, _ context: BasicRequestContext, needsVersion: Bool,
        _ edit: ([String: JSONValue], Int?) async throws(EditFailure) -> Response
    ) async -> Response {
        var request = request
        let fields: [String: JSONValue]
        let version: Int?
        do {
            let buffer = try await request.collectBody(upTo: Self.bodyLimit)
            fields = try body(String(buffer: buffer))
            version = try self.version(header: request.headers[.ifMatch], body: fields[FieldNames.version])
        } catch let refusal as Refusal {
            return APIResponse.errors(refusal.status, [APIError(field: refusal.field, message: refusal.message)])
        } catch {
            return APIResponse.errors(.contentTooLarge, [APIError(message: words.bodyTooLarge(limit: String(Self.bodyLimit)))])
        }
        if needsVersion && version == nil {
            return APIResponse.errors(.preconditionRequired, [APIError(field: FieldNames.version, message: words.versionMissing(path: request.uri.path))])
        }
        do {
            return try await edit(fields, version)
        } catch {
            switch error {
            case .invalid(let problems): return APIResponse.errors(.unprocessableContent, problems.map { APIError(field: $0.field, message: $0.message) })
            case .refused(let refusal): return APIResponse.refusal(refusal, words: storeWords)
            }
        }
    }

    /// A request refused before any edit: its status and sentence.
    struct Refusal: Error {
        var status: HTTPResponse.Status
        var field: String?
        var message: String
    }

    /// The members of the body's JSON object; an empty body has none.
    func body(_ text: String) throws(Refusal) -> [String: JSONValue] {
        if text.allSatisfy(\.isWhitespace) { return [:] }
        let value: JSONValue
        do {
            value = try JSONValue(parsing: text)
        } catch {
            throw Refusal(status: .badRequest, message: words.bodyNotJson(detail: error.localizedDescription))
        }
        guard case .object(let members) = value else { throw Refusal(status: .badRequest, message: words.bodyNotObject) }
        return Dictionary(members, uniquingKeysWith: { _, last in last })
    }

    /// The version named by `If-Match` (`"3"`, `W/"3"` or `3`) or the body's `version`; the two
    /// must agree when both are given.
    func version(header: String?, body: JSONValue?) throws(Refusal) -> Int? {
        var fromHeader: Int?
        if let header {
            var text = header.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("W/") { text.removeFirst(2) }
            text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            guard let number = Int(text), number > 0 else { throw Refusal(status: .badRequest, field: FieldNames.version, message: words.versionInvalid(value: header)) }
            fromHeader = number
        }
        var fromBody: Int?
        switch body {
        case nil, .null?: break
        case .int(let number)? where number > 0: fromBody = number
        case .string(let text)? where Int(text).map({ $0 > 0 }) == true: fromBody = Int(text)
        case let other?:
            throw Refusal(status: .badRequest, field: FieldNames.version, message: words.versionInvalid(value: other.serialized()))
        }
        if let fromHeader, let fromBody, fromHeader != fromBody {
            throw Refusal(status: .badRequest, field: FieldNames.version, message: words.versionsDisagree(header: String(fromHeader), body: String(fromBody)))
        }
        return fromHeader ?? fromBody
    }

    /// 201 with the new record at `path` + `id`.
    static func created(_ value: JSONValue, path: String, id: String) -> Response {
        var response = record(value, version: 1)
        response.status = .created
        response.headers[.location] = path + (id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? id)
        return response
    }

    /// 200 with the record and its version as `ETag` (what `If-Match` sends back).
    static func record(_ value: JSONValue, version: Int) -> Response {
        var response = APIResponse.json(value)
        response.headers[.eTag] = "\"\(version)\""
        return response
    }
}

/// Member names the API reads beside a record's fields.
enum FieldNames {
    /// The version an edit is based on.
    static let version = "version"
}
