import Foundation
import LandscapeCore

/// Reads GEXF 1.1, 1.2 and 1.3 as Gephi, networkx and `landscape convert` write it.
///
/// Nodes are actors (`id` the actor's id, `label` its name, else the id), edges are ties
/// (`source`, `target`, `weight`). Attributes are matched by their `title` with the names of
/// the YAML format, German and Kumu names; list fields are split at `|`. Where a node or edge
/// has no `since`/`until` attribute, its `start`/`end` (or first spell) give them. The
/// `<meta>` description becomes the title. `viz` data, hierarchy and dynamic attribute values
/// beyond the first are ignored.
///
/// - Complexity: O(n) time and space for a file of n bytes.
public struct GEXFReader: LandscapeBytesReader {
    public init() {}

    public func read(bytes: [UInt8], path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        GEXFWalker.walk(xml: bytes, root: "gexf", file: path, diagnostics: &diagnostics)
    }
}

private struct GEXFWalker: DraftWalker {
    var file = ""
    var diagnostics: [Diagnostic] = []

    struct Attribute {
        var title: String
        var defaultValue: String?
        var location: SourceLocation
    }

    mutating func draft(_ root: XMLTreeElement) -> LandscapeDraft? {
        guard let graph = root.child("graph") else {
            diagnostics.append(.error(.xml(.noGraph(.gexf)), at: root.location))
            return nil
        }
        var draft = LandscapeDraft(file: file)
        if let description = root.child("meta")?.child("description"), !description.text.trimmingSpaces.isEmpty {
            draft.title = Located(description.text, at: description.location)
        }
        var nodeAttributes: [String: Attribute] = [:]
        var edgeAttributes: [String: Attribute] = [:]
        for group in graph.children("attributes") {
            for attribute in group.children("attribute") {
                guard let id = attribute.attributes["id"] else {
                    diagnostics.append(.error(.xml(.missingAttribute("id", element: "attribute")), at: attribute.location))
                    continue
                }
                let entry = Attribute(title: attribute.attributes["title"] ?? id, defaultValue: attribute.child("default")?.text, location: attribute.location)
                if group.attributes["class"] == "edge" { edgeAttributes[id] = entry } else { nodeAttributes[id] = entry }
            }
        }
        var warned: Set<String> = []
        let nodes = graph.child("nodes")?.children("node") ?? []
        for node in nodes {
            guard let id = node.attributes["id"] else {
                diagnostics.append(.error(.xml(.missingAttribute("id", element: "node")), at: node.location))
                continue
            }
            var record = RecordDraft<ActorField>(at: node.location)
            record[.id] = Located(.text(id), at: node.location)
            let label = node.attributes["label"].flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 }
            record[.name] = Located(.text(label ?? id), at: node.location)
            readValues(node, attributes: nodeAttributes, into: &record, warned: &warned, owner: .node) { AttributeNames.actorField($0) }
            readInterval(node, into: &record)
            if node.child("nodes") != nil, warned.insert("hierarchy").inserted {
                diagnostics.append(.warning(.xml(.gexfHierarchyIgnored), at: node.location))
            }
            draft.actors.append(record)
        }
        for edge in graph.child("edges")?.children("edge") ?? [] {
            var record = RecordDraft<TieField>(at: edge.location)
            for (attribute, field) in [("source", TieField.from), ("target", TieField.to)] {
                if let end = edge.attributes[attribute] {
                    record[field] = Located(.text(end), at: edge.location)
                } else {
                    diagnostics.append(.error(.xml(.missingAttribute(attribute, element: "edge")), at: edge.location))
                }
            }
            if let weight = edge.attributes["weight"] { record[.weight] = Located(.text(weight), at: edge.location) }
            readValues(edge, attributes: edgeAttributes, into: &record, warned: &warned, owner: .edge) { AttributeNames.tieField($0) }
            readInterval(edge, into: &record)
            draft.ties.append(record)
        }
        return draft
    }

    /// The `<attvalues>` of a node or edge, and the defaults of attributes it gives no value.
    mutating func readValues<Field: DraftField>(
        _ element: XMLTreeElement, attributes: [String: Attribute], into record: inout RecordDraft<Field>,
        warned: inout Set<String>, owner: ReadingProblem.XML.Owner, field: (String) -> Field?
    ) {
        let reserved: Set<String> = ["id", "name", "from", "to"]
        var given: Set<String> = []
        for value in element.child("attvalues")?.children("attvalue") ?? [] {
            guard let id = value.attributes["for"] ?? value.attributes["id"] else {
                diagnostics.append(.error(.xml(.missingAttribute("for", element: "attvalue")), at: value.location))
                continue
            }
            guard let attribute = attributes[id] else {
                diagnostics.append(.error(.xml(.undeclaredAttribute(id: id)), at: value.location))
                continue
            }
            given.insert(id)
            guard let target = field(attribute.title), !reserved.contains(target.rawValue) else {
                if warned.insert("\(owner):\(id)").inserted {
                    diagnostics.append(.warning(AttributeNames.unknown(attribute.title, owner: owner, known: Self.known(Field.self)), at: attribute.location))
                }
                continue
            }
            // Dynamic attributes may repeat with other intervals: the first value counts.
            guard record[target] == nil || target.rawValue == "weight" else { continue }
            let text = value.attributes["value"] ?? ""
            record[target] = AttributeNames.value(text, isList: (target as? ActorField)?.isList ?? false, at: value.location)
        }
        for (id, attribute) in attributes.sorted(by: { $0.key < $1.key }) where !given.contains(id) {
            guard let text = attribute.defaultValue, let target = field(attribute.title), !reserved.contains(target.rawValue), record[target] == nil else { continue }
            record[target] = AttributeNames.value(text, isList: (target as? ActorField)?.isList ?? false, at: attribute.location)
        }
    }

    static func known<Field: RawRepresentable & CaseIterable>(_ type: Field.Type) -> [String] where Field.RawValue == String {
        Field.allCases.map(\.rawValue)
    }

    /// `since`/`until` from `start`/`end` (or the first spell) where the attributes give none.
    mutating func readInterval<Field: DraftField>(_ element: XMLTreeElement, into record: inout RecordDraft<Field>) {
        let spell = element.child("spells")?.child("spell")
        for (attribute, name) in [("start", "since"), ("end", "until")] {
            guard let field = Field(rawValue: name), record[field] == nil else { continue }
            let source = element.attributes[attribute] != nil ? element : spell
            guard let source, let text = source.attributes[attribute] else { continue }
            record[field] = Located(.text(Self.date(text)), at: source.location)
        }
    }

    /// A GEXF time as a landscape date: a date or the date of a date-time; an integral
    /// number (timeformat integer/double) as a year.
    static func date(_ text: String) -> String {
        let trimmed = text.trimmingSpaces
        if let t = trimmed.firstIndex(of: "T"), PartialDate(parsing: String(trimmed[..<t])) != nil {
            return String(trimmed[..<t])
        }
        if PartialDate(parsing: trimmed) == nil, let number = Double(trimmed), number == number.rounded(), (1...9999).contains(number) {
            return String(Int(number))
        }
        return trimmed
    }
}
