import Foundation
import HTTPTypes
import Hummingbird
import LandscapeIO
import LandscapeStore
import LandscapeWording

/// One refusal in an answer's `errors`: the field it is about (`nil`: the request as a whole) and
/// the sentence, in the landscape's language.
struct APIError: Sendable {
    var field: String?
    var message: String
}

/// The answers of the JSON API: a value, or `{"errors": [{"field": …, "message": …}]}`.
enum APIResponse {
    /// `value` as JSON, pretty-printed with its keys in their fixed order.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: value.serialized() + "\n"))
        )
    }

    /// A refusal: `status` and every error.
    static func errors(_ status: HTTPResponse.Status, _ errors: [APIError]) -> Response {
        json(.object([("errors", .array(errors.map { .object([("field", .string($0.field)), ("message", .string($0.message))]) }))]), status: status)
    }

    /// A store's refusal as its status (404 missing, 409 stale version, 422 a record the landscape
    /// cannot hold, 503 a database server that is away — restarting, say — and may be back at the
    /// next request, 500 the database otherwise) and its sentence.
    static func refusal(_ error: StoreError, words: StoreCommandWording) -> Response {
        let status: HTTPResponse.Status = switch error {
        case .notFound, .noSuchChange, .noSuchAccount, .noSuchLandscape, .noSuchShareLink: .notFound
        case .conflict, .undoConflict: .conflict
        case .duplicate, .unknownActor, .selfTie, .badAccountName, .accountExists, .adminOfOneLandscape: .unprocessableContent
        case .unreachable: .serviceUnavailable
        case .notADatabase, .foreignDatabase, .newerSchema, .unreadableRow, .database, .badAddress, .passwordInAddress,
             .unreadablePasswordFile, .passwordRefused, .noSuchDatabase, .badLandscapeID, .tlsUnsupported: .internalServerError
        }
        return errors(status, [APIError(message: error.message(words))])
    }
}

/// Any JSON value, as Foundation's decoder reads it (the history's stored rows).
private enum AnyJSON: Decodable {
    case null, bool(Bool), int(Int), number(Double), string(String), array([AnyJSON]), object([String: AnyJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([AnyJSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: AnyJSON].self)) }
    }

    /// As a `JSONValue`, objects with their keys sorted.
    var value: JSONValue {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .number(let value): .number(value)
        case .string(let value): .string(value)
        case .array(let items): .array(items.map(\.value))
        case .object(let fields): .object(fields.keys.sorted().map { ($0, fields[$0]?.value ?? .null) })
        }
    }
}

extension JSONValue {
    /// The JSON text `text` as a value.
    ///
    /// - Throws: Foundation's error for a text that is no JSON.
    init(parsing text: String) throws {
        self = try JSONDecoder().decode(AnyJSON.self, from: Data(text.utf8)).value
    }
}
