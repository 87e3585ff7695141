import LandscapeCore
import Yams

/// Reads the canonical YAML format (`docs/format.md`) with Yams (libyaml), keeping the line and
/// column of every key and value.
public struct YAMLReader: LandscapeReader {
    public init() {}

    public func read(path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        guard let decoded = FileInput.text(of: path, diagnostics: &diagnostics) else { return nil }
        return read(text: decoded.text, path: path, diagnostics: &diagnostics)
    }

    /// Reads YAML text; `path` names it in diagnostics.
    public func read(text: String, path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        if let refused = YAMLKeyGuard.check(text) {
            diagnostics.append(.error(.structure(.refusedKey(refused.key)), at: SourceLocation(file: path, line: refused.line, column: refused.column)))
            return nil
        }
        let root: Node?
        do {
            root = try Parser(yaml: text).singleRoot()
        } catch let error as YamlError {
            diagnostics.append(YAMLErrors.diagnostic(for: error, file: path, text: text))
            return nil
        } catch {
            diagnostics.append(.error(.structure(.yamlUnparsable(detail: "\(error)")), at: SourceLocation(file: path)))
            return nil
        }
        return YAMLWalker.walk(root, file: path, diagnostics: &diagnostics)
    }
}

/// Turns the YAML node tree into a draft, reporting structure problems (a list where a mapping
/// belongs, unknown keys …) with the node's line and column.
private struct YAMLWalker: DraftWalker {
    var file = ""
    var diagnostics: [Diagnostic] = []
    /// The unknown keys of records warned about: once per key and kind of record, as each is kept.
    var warnedKeys: Set<String> = []

    func location(_ node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    mutating func draft(_ root: Node?) -> LandscapeDraft? {
        guard let root, !root.isNull else {
            diagnostics.append(.error(.structure(.noDocument), at: location(nil)))
            return nil
        }
        guard case .mapping(let mapping) = root else {
            diagnostics.append(.error(.structure(.wrongTop(.yaml, found: root.kind)), at: location(root)))
            return nil
        }
        var draft = LandscapeDraft(file: file)
        var sawActors = false
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                diagnostics.append(.error(.structure(.keyNotText), at: location(key)))
                continue
            }
            switch name {
            case "title": draft.title = text(value, field: name)
            case "language": draft.language = text(value, field: name)
            case "as_of": draft.asOf = text(value, field: name)
            case "needs": draft.needs = texts(value, field: name)
            case "actors":
                sawActors = true
                draft.actors = records(value, field: name, fields: ActorField.self)
            case "ties": draft.ties = records(value, field: name, fields: TieField.self)
            default:
                let known = ["title", "language", "as_of", "needs", "actors", "ties"]
                diagnostics.append(.warning(Self.unknownKey(name, in: .topLevel, known: known), at: location(key)))
            }
        }
        if !sawActors {
            diagnostics.append(.error(.structure(.noActorsList), at: location(root)))
        }
        return draft
    }

    /// A list of actor or tie mappings.
    mutating func records<Field>(_ node: Node, field: String, fields: Field.Type) -> [RecordDraft<Field>]
    where Field: DraftField {
        if node.isNull { return [] }
        guard case .sequence(let sequence) = node else {
            diagnostics.append(.error(.structure(.notAList(field: field, .yaml, found: node.kind)), at: location(node)))
            return []
        }
        var result: [RecordDraft<Field>] = []
        let kind: ValidationProblem.RecordKind = field == "actors" ? .actor : .tie
        for item in sequence {
            guard case .mapping(let mapping) = item else {
                diagnostics.append(.error(.structure(.recordNotMapping(kind, .yaml, found: item.kind)), at: location(item)))
                continue
            }
            var record = RecordDraft<Field>(at: location(item))
            for (key, value) in mapping {
                guard let keyText = key.scalar?.string else {
                    diagnostics.append(.error(.structure(.keyNotText), at: location(key)))
                    continue
                }
                guard let recordField = Field(rawValue: keyText) ?? Field(rawValue: keyText.replacingHyphens) else {
                    let known = Field.allCases.map(\.rawValue)
                    if warnedKeys.insert("\(kind):\(keyText)").inserted {
                        diagnostics.append(.warning(Self.unknownKey(keyText, in: .record(kind), known: known), at: location(key)))
                    }
                    keepExtra(keyText, value, in: &record)
                    continue
                }
                if value.isNull { continue }
                switch value {
                case .scalar(let scalar):
                    record[recordField] = Located(.text(scalar.string), at: location(value))
                case .sequence:
                    record[recordField] = Located(.list(texts(value, field: keyText)), at: location(value))
                case .mapping, .alias:
                    diagnostics.append(.error(.structure(.notTextOrList(field: keyText, found: value.kind)), at: location(value)))
                }
            }
            result.append(record)
        }
        return result
    }

    /// Keeps a field the format does not know on its record: a text or a list of texts (a
    /// mapping is not kept; the warning about the key has told).
    mutating func keepExtra<Field>(_ name: String, _ value: Node, in record: inout RecordDraft<Field>) {
        switch value {
        case .scalar(let scalar) where !value.isNull:
            record.keepExtra(name, Located(.text(scalar.string), at: location(value)))
        case .sequence:
            record.keepExtra(name, Located(.list(texts(value, field: name)), at: location(value)))
        default:
            break
        }
    }

    /// A text value; `nil` (and an error) for a list or mapping.
    mutating func text(_ node: Node, field: String) -> Located<String>? {
        if node.isNull { return nil }
        guard let scalar = node.scalar else {
            diagnostics.append(.error(.structure(.notText(field: field, found: node.kind)), at: location(node)))
            return nil
        }
        return Located(scalar.string, at: location(node))
    }

    /// A list of texts; a single text counts as a list of one.
    mutating func texts(_ node: Node, field: String) -> [Located<String>] {
        if node.isNull { return [] }
        if let scalar = node.scalar { return [Located(scalar.string, at: location(node))] }
        guard case .sequence(let sequence) = node else {
            diagnostics.append(.error(.structure(.notTextList(field: field, found: node.kind)), at: location(node)))
            return []
        }
        var result: [Located<String>] = []
        for item in sequence where !item.isNull {
            if let scalar = item.scalar {
                result.append(Located(scalar.string, at: location(item)))
            } else {
                diagnostics.append(.error(.structure(.itemNotText(field: field, found: item.kind)), at: location(item)))
            }
        }
        return result
    }
}

private extension Node {
    /// A plain `~`, `null` or empty scalar: an absent value.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// What the node is, for a message: "found a list".
    var kind: ReadingProblem.NodeKind {
        switch self {
        case .scalar(let scalar): .text(scalar.string)
        case .mapping: .mapping
        case .sequence: .list
        case .alias: .alias
        }
    }
}

private extension String {
    var replacingHyphens: String { String(map { $0 == "-" ? "_" : $0 }) }
}
