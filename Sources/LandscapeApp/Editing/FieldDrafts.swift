import LandscapeCore
import LandscapeIO
import LandscapeWording

/// One problem of an edit: the field it is about (`nil`: the record or the request as a whole)
/// and the sentence, in the landscape's language. A form shows it beside the field; the API
/// answers `{"errors": [{"field", "message"}]}`.
public struct FieldProblem: Sendable, Hashable {
    /// A field as the file formats name it (`name`, `target_groups`, `from` …), or `nil`.
    public var field: String?
    public var message: String

    public init(field: String?, message: String) {
        self.field = field
        self.message = message
    }
}

/// A record's fields as an edit gives them (a JSON object, a form), turned into the draft the
/// file readers make, so that one builder checks an edit with the words `check` uses.
///
/// Each field's value is located at `SourceLocation(file: FIELD)`: a diagnostic's place then
/// names the field. The record itself is located at the empty file name, as is every stored
/// record that an edit is checked against, so their problems concern the record as a whole.
struct FieldDrafts<Field: DraftField> {
    /// The member an edit may carry beside the fields: the version it is based on (the caller's).
    static var versionKey: String { "version" }

    /// The draft of `fields`; a member that is no field or a value that is no text, number,
    /// boolean or list of them adds a problem. A blank text and `null` are an absent field (an
    /// emptied form field clears it).
    ///
    /// - Complexity: O(f + v) for f members with v list items in all.
    static func record(_ fields: [String: JSONValue], words: ServeEditingWording, actor: Bool, problems: inout [Diagnostic], unknown: inout [FieldProblem]) -> RecordDraft<Field> {
        var record = RecordDraft<Field>(at: SourceLocation(file: ""))
        let known = Field.allCases.map(\.rawValue)
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) where key != versionKey {
            guard let field = Field(rawValue: key) else {
                let suggestion = SpellingSuggestion.closest(to: key, among: known)
                unknown.append(FieldProblem(field: key, message: words.unknownField(key, actor: actor, suggestion: suggestion, known: known)))
                continue
            }
            let place = SourceLocation(file: key)
            switch value {
            case .null: continue
            case .array(let items):
                var texts: [Located<String>] = []
                for item in items {
                    if let text = text(of: item) {
                        if !text.isBlank { texts.append(Located(text, at: place)) }
                    } else {
                        problems.append(.error(.structure(.itemNotText(field: key, found: kind(of: item))), at: place))
                    }
                }
                record[field] = Located(.list(texts), at: place)
            case .object:
                problems.append(.error(.structure(.notTextOrList(field: key, found: .object)), at: place))
            default:
                if let text = text(of: value), !text.isBlank { record[field] = Located(.text(text), at: place) }
            }
        }
        return record
    }

    /// A stored record's JSON (`JSONWriter.value(of:)`) as a draft located at the empty file name.
    static func stored(_ value: JSONValue) -> RecordDraft<Field> {
        var ignored: [Diagnostic] = [], unknown: [FieldProblem] = []
        var record = record(members(of: value), words: Language.en.serveEditingWording, actor: true, problems: &ignored, unknown: &unknown)
        record.location = SourceLocation(file: "")
        for field in Field.allCases {
            if let value = record[field] { record[field] = Located(relocated(value.value), at: record.location) }
        }
        return record
    }

    /// The members of a JSON object as a field map (the last of repeated keys).
    static func members(of value: JSONValue) -> [String: JSONValue] {
        guard case .object(let members) = value else { return [:] }
        return Dictionary(members, uniquingKeysWith: { _, last in last })
    }

    private static func relocated(_ value: FieldValue) -> FieldValue {
        guard case .list(let items) = value else { return value }
        return .list(items.map { Located($0.value, at: SourceLocation(file: "")) })
    }

    /// A scalar as the readers take it: a text, a number as written, a boolean as `true`/`false`.
    static func text(of value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .int(let number): String(number)
        case .number: value.serialized()
        case .bool(let flag): flag ? "true" : "false"
        case .null, .array, .object: nil
        }
    }

    private static func kind(of value: JSONValue) -> ReadingProblem.NodeKind {
        switch value {
        case .null: .null
        case .array: .list
        case .object: .object
        case .bool(let flag): .boolean(flag)
        case .string(let text): .text(text)
        case .int, .number: .number(value.serialized())
        }
    }

    /// The errors among `diagnostics` as field problems worded by `naming`: a problem located at a
    /// field names it, a missing required field names that field, any other concerns the record.
    static func problems(_ diagnostics: [Diagnostic], naming: FieldNaming) -> [FieldProblem] {
        var seen = Set<FieldProblem>()
        return diagnostics.filter { $0.severity == .error }.compactMap { diagnostic in
            var field = Field(rawValue: diagnostic.location.file)?.rawValue
            if case .validation(let problem) = diagnostic.message {
                switch problem {
                case .actorWithoutName: field = "name"
                case .actorWithoutKind: field = "kind"
                case .tieWithoutEnd(let end): field = end.rawValue
                default: break
                }
            }
            let problem = FieldProblem(field: field, message: naming.message(diagnostic.message))
            return seen.insert(problem).inserted ? problem : nil
        }
    }
}
