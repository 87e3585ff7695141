import HTTPTypes
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeStore
import LandscapeWording

/// A posted form as the field map the edit use case (`RecordEditor`) checks — the same path as
/// the API's — and its refusal as the messages at the form's fields.
///
/// Every field the form shows is in the map: a blank one is `null`, so that an edit clears it
/// (a JSON merge patch) and an addition leaves it out.
enum FormRecords {
    /// The actor's fields: the lists (sectors as checkboxes, the others typed with commas) as
    /// lists, the rest as texts.
    static func actor(_ form: FormFields) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [:]
        for field in ActorField.allCases {
            let values = form.all(field.rawValue)
            if field.isList {
                let items = values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                fields[field.rawValue] = items.isEmpty ? .null : .array(items.map(JSONValue.string))
            } else {
                fields[field.rawValue] = text(values.first)
            }
        }
        return fields
    }

    /// The tie's fields; `formal` is a checkbox, absent when not ticked; `status` stays as stored
    /// when the form has no such field.
    static func tie(_ form: FormFields) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [:]
        for field in TieField.allCases where field != .id && (field != .status || form[field.rawValue] != nil) {
            fields[field.rawValue] = field == .formal ? .string(form[field.rawValue] == nil ? "false" : "true") : text(form[field.rawValue])
        }
        return fields
    }

    /// A refused edit as the messages by field (`""`: the record as a whole) and the answer's
    /// status: 422 for a record that is not valid, 409 for a version that moved on, 404 for a
    /// record that is gone, 503 while the database server is away (nothing was saved; the form
    /// keeps what was typed, to be sent again).
    static func refusal(_ failure: EditFailure, context: PageContext) -> (messages: [String: [String]], status: HTTPResponse.Status) {
        switch failure {
        case .invalid(let problems):
            return (Dictionary(grouping: problems, by: { $0.field ?? "" }).mapValues { $0.map(\.message) }, .unprocessableContent)
        case .refused(let error):
            let status: HTTPResponse.Status = switch error {
            case .conflict, .undoConflict: .conflict
            case .notFound, .noSuchChange: .notFound
            case .unreachable: .serviceUnavailable
            default: .unprocessableContent
            }
            return (["": [PageFailure.message(error, sent: true, context: context)]], status)
        }
    }

    private static func text(_ value: String?) -> JSONValue {
        guard let text = value?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return .null }
        return .string(text)
    }
}
