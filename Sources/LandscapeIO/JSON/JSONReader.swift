import LandscapeCore

/// Reads the landscape as JSON: the same fields as the YAML format (`docs/format.md`), an
/// object with `title`, `language`, `as_of`, `needs`, `actors` and `ties`. A field may be a
/// text, a number or a boolean (read as their text), `null` (absent), or for list fields a
/// list. Problems are reported with the line and column of the value.
///
/// - Complexity: O(n) time and space for a file of n characters.
public struct JSONReader: LandscapeReader {
    public init() {}

    public func read(path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        guard let decoded = FileInput.text(of: path, diagnostics: &diagnostics) else { return nil }
        return read(text: decoded.text, path: path, diagnostics: &diagnostics)
    }

    /// Reads JSON text; `path` names it in diagnostics.
    public func read(text: String, path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        let root: LocatedJSON
        do {
            root = try JSONParser.parse(text, file: path)
        } catch {
            diagnostics.append(.error(.structure(.jsonSyntax(error.syntax)), at: error.location))
            return nil
        }
        return JSONWalker.walk(root, file: path, diagnostics: &diagnostics)
    }
}

private struct JSONWalker: DraftWalker {
    var file = ""
    var diagnostics: [Diagnostic] = []
    /// The unknown keys of records warned about: once per key and kind of record, as each is kept.
    var warnedKeys: Set<String> = []

    static let topKeys = ["title", "language", "as_of", "needs", "actors", "ties"]

    mutating func draft(_ root: LocatedJSON) -> LandscapeDraft? {
        guard case .object(let members) = root.value else {
            diagnostics.append(.error(.structure(.wrongTop(.json, found: root.kind)), at: root.location))
            return nil
        }
        var draft = LandscapeDraft(file: file)
        var sawActors = false
        for (key, value) in unique(members) {
            switch key.value {
            case "title": draft.title = text(value, field: key.value)
            case "language": draft.language = text(value, field: key.value)
            case "as_of": draft.asOf = text(value, field: key.value)
            case "needs": draft.needs = texts(value, field: key.value)
            case "actors":
                sawActors = true
                draft.actors = records(value, field: "actors", fields: ActorField.self)
            case "ties": draft.ties = records(value, field: "ties", fields: TieField.self)
            default:
                diagnostics.append(.warning(Self.unknownKey(key.value, in: .topLevel, known: Self.topKeys), at: key.location))
            }
        }
        if !sawActors {
            diagnostics.append(.error(.structure(.noActorsList), at: root.location))
        }
        return draft
    }

    /// The members without repeated keys; a repeat is an error (its later value is ignored).
    mutating func unique(_ members: [(key: Located<String>, value: LocatedJSON)]) -> [(key: Located<String>, value: LocatedJSON)] {
        var seen: [String: SourceLocation] = [:]
        var kept: [(key: Located<String>, value: LocatedJSON)] = []
        for member in members {
            if let first = seen[member.key.value] {
                diagnostics.append(.error(.structure(.duplicateMember(member.key.value, firstLine: first.line)), at: member.key.location))
                continue
            }
            seen[member.key.value] = member.key.location
            kept.append(member)
        }
        return kept
    }

    mutating func records<Field>(_ node: LocatedJSON, field: String, fields: Field.Type) -> [RecordDraft<Field>]
    where Field: DraftField {
        if case .null = node.value { return [] }
        guard case .array(let items) = node.value else {
            diagnostics.append(.error(.structure(.notAList(field: field, .json, found: node.kind)), at: node.location))
            return []
        }
        let kind: ValidationProblem.RecordKind = field == "actors" ? .actor : .tie
        var result: [RecordDraft<Field>] = []
        for item in items {
            guard case .object(let members) = item.value else {
                diagnostics.append(.error(.structure(.recordNotMapping(kind, .json, found: item.kind)), at: item.location))
                continue
            }
            var record = RecordDraft<Field>(at: item.location)
            for (key, value) in unique(members) {
                guard let recordField = Field(rawValue: key.value) ?? Field(rawValue: key.value.replacingOccurrences(of: "-", with: "_")) else {
                    if warnedKeys.insert("\(kind):\(key.value)").inserted {
                        diagnostics.append(.warning(Self.unknownKey(key.value, in: .record(kind), known: Field.allCases.map(\.rawValue)), at: key.location))
                    }
                    switch value.value {
                    case .array: record.keepExtra(key.value, Located(.list(texts(value, field: key.value)), at: value.location))
                    default: if let scalar = Self.scalarText(value) { record.keepExtra(key.value, Located(.text(scalar), at: value.location)) }
                    }
                    continue
                }
                switch value.value {
                case .null: continue
                case .array:
                    record[recordField] = Located(.list(texts(value, field: key.value)), at: value.location)
                case .object:
                    diagnostics.append(.error(.structure(.notTextOrList(field: key.value, found: .object)), at: value.location))
                default:
                    if let scalar = Self.scalarText(value) { record[recordField] = Located(.text(scalar), at: value.location) }
                }
            }
            result.append(record)
        }
        return result
    }

    /// A text, number or boolean as text.
    static func scalarText(_ node: LocatedJSON) -> String? {
        switch node.value {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    mutating func text(_ node: LocatedJSON, field: String) -> Located<String>? {
        if case .null = node.value { return nil }
        guard let scalar = Self.scalarText(node) else {
            diagnostics.append(.error(.structure(.notText(field: field, found: node.kind)), at: node.location))
            return nil
        }
        return Located(scalar, at: node.location)
    }

    /// A list of texts; a single text counts as a list of one.
    mutating func texts(_ node: LocatedJSON, field: String) -> [Located<String>] {
        if case .null = node.value { return [] }
        if let scalar = Self.scalarText(node) { return [Located(scalar, at: node.location)] }
        guard case .array(let items) = node.value else {
            diagnostics.append(.error(.structure(.notTextList(field: field, found: node.kind)), at: node.location))
            return []
        }
        var result: [Located<String>] = []
        for item in items {
            if case .null = item.value { continue }
            if let scalar = Self.scalarText(item) {
                result.append(Located(scalar, at: item.location))
            } else {
                diagnostics.append(.error(.structure(.itemNotText(field: field, found: item.kind)), at: item.location))
            }
        }
        return result
    }
}
