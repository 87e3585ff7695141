import Foundation
import LandscapeCore

/// Reads GraphML as yEd, Gephi, Cytoscape, networkx, igraph and `landscape convert` write it.
///
/// Nodes are actors (the node id is the actor's id; the name comes from a `name` or `label`
/// key, else yEd's node label, else the id), edges are ties (`source` → `from`, `target` →
/// `to`). Keys are matched by their `attr.name` with the names of the YAML format, German
/// names and Kumu's (`label`, `type`, `description`, `tags` …); list fields are split at `|`.
/// A key's `<default>` applies where a node or edge gives no value. yEd's graphics are
/// ignored; unknown keys are warned about once each. Only the first `<graph>` is read;
/// hyperedges, ports and nested graphs are ignored with a warning.
///
/// - Complexity: O(n) time and space for a file of n bytes.
public struct GraphMLReader: LandscapeBytesReader {
    public init() {}

    public func read(bytes: [UInt8], path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        GraphMLWalker.walk(xml: bytes, root: "graphml", file: path, diagnostics: &diagnostics)
    }
}

private struct GraphMLWalker: DraftWalker {
    var file = ""
    var diagnostics: [Diagnostic] = []
    /// Keys already warned about as unknown (once each).
    var warned: Set<String> = []
    /// What is ignored with a warning (hyperedges, ports …), each at its first place.
    var ignored: [ReadingProblem.XML.GraphMLPart: SourceLocation] = [:]

    /// A `<key>`: what it names, for which elements, and its default.
    struct Key {
        var name: String
        var domain: String
        var defaultValue: String?
        var location: SourceLocation
        /// yEd's graphics and similar: ignored without a warning.
        var isGraphics: Bool
    }

    mutating func draft(_ root: XMLTreeElement) -> LandscapeDraft? {
        let keys = readKeys(root)
        guard let graph = root.child("graph") else {
            diagnostics.append(.error(.xml(.noGraph(.graphml)), at: root.location))
            return nil
        }
        var draft = LandscapeDraft(file: file)
        for data in graph.children("data") {
            guard let (key, id) = lookup(data, keys: keys), !key.isGraphics else { continue }
            if let field = AttributeNames.landscapeField(key.name) {
                draft.set(field, data.text, at: data.location)
            } else if !data.allText.trimmingSpaces.isEmpty, warned.insert(id).inserted {
                diagnostics.append(.warning(AttributeNames.unknown(key.name, owner: .graph, known: AttributeNames.LandscapeField.allCases.map(\.rawValue)), at: key.location))
            }
        }
        for node in graph.children("node") {
            if let record = actor(node, keys: keys) { draft.actors.append(record) }
        }
        for edge in graph.children("edge") { draft.ties.append(tie(edge, keys: keys)) }
        if let hyperedge = graph.child("hyperedge") { ignored[.hyperedges] = hyperedge.location }
        if root.children("graph").count > 1, let second = root.children("graph").dropFirst().first {
            ignored[.graphsAfterFirst] = second.location
        }
        for (part, location) in ignored.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(.warning(.xml(.graphMLIgnored(part)), at: location))
        }
        return draft
    }

    /// The `<key>`s by id.
    mutating func readKeys(_ root: XMLTreeElement) -> [String: Key] {
        var keys: [String: Key] = [:]
        for key in root.children("key") {
            guard let id = key.attributes["id"] else {
                diagnostics.append(.error(.xml(.missingAttribute("id", element: "key")), at: key.location))
                continue
            }
            let name = key.attributes["attr.name"] ?? id
            let defaultValue = key.child("default").map(\.text)
            keys[id] = Key(name: name, domain: key.attributes["for"] ?? "all", defaultValue: defaultValue,
                           location: key.location, isGraphics: key.attributes["yfiles.type"] != nil)
        }
        return keys
    }

    /// The actor of a `<node>`; `nil` without an id.
    mutating func actor(_ node: XMLTreeElement, keys: [String: Key]) -> RecordDraft<ActorField>? {
        guard let id = node.attributes["id"] else {
            diagnostics.append(.error(.xml(.missingAttribute("id", element: "node")), at: node.location))
            return nil
        }
        var record = RecordDraft<ActorField>(at: node.location)
        record[.id] = Located(.text(id), at: node.location)
        var label: String?
        for data in node.children("data") {
            guard let (key, keyID) = lookup(data, keys: keys) else { continue }
            if key.isGraphics {
                label = label ?? data.descendants("NodeLabel").first.map(\.allText)
                continue
            }
            guard let field = AttributeNames.actorField(key.name), field != .id else {
                if warned.insert(keyID).inserted {
                    diagnostics.append(.warning(AttributeNames.unknown(key.name, owner: .node, known: ActorField.allCases.map(\.rawValue)), at: key.location))
                }
                continue
            }
            // `name` wins over `label` (both map to the name).
            if record[field] != nil, field == .name, key.name.lowercased() != "name" { continue }
            record[field] = AttributeNames.value(data.text, isList: field.isList, at: data.location)
        }
        applyDefaults(keys, domain: "node", to: &record, location: node.location) { AttributeNames.actorField($0) }
        if record[.name] == nil {
            let fallback = label?.trimmingSpaces.isEmpty == false ? label ?? id : id
            record[.name] = Located(.text(fallback), at: node.location)
        }
        if node.child("graph") != nil { ignored[.nestedGraphs] = ignored[.nestedGraphs] ?? node.location }
        if node.child("port") != nil { ignored[.ports] = ignored[.ports] ?? node.location }
        return record
    }

    /// The tie of an `<edge>`.
    mutating func tie(_ edge: XMLTreeElement, keys: [String: Key]) -> RecordDraft<TieField> {
        var record = RecordDraft<TieField>(at: edge.location)
        for (attribute, field) in [("source", TieField.from), ("target", TieField.to)] {
            if let end = edge.attributes[attribute] {
                record[field] = Located(.text(end), at: edge.location)
            } else {
                diagnostics.append(.error(.xml(.missingAttribute(attribute, element: "edge")), at: edge.location))
            }
        }
        for data in edge.children("data") {
            guard let (key, keyID) = lookup(data, keys: keys), !key.isGraphics else { continue }
            guard let field = AttributeNames.tieField(key.name), field != .from, field != .to else {
                if key.name != "directed", warned.insert(keyID).inserted {
                    diagnostics.append(.warning(AttributeNames.unknown(key.name, owner: .edge, known: TieField.allCases.map(\.rawValue)), at: key.location))
                }
                continue
            }
            record[field] = Located(.text(data.text), at: data.location)
        }
        applyDefaults(keys, domain: "edge", to: &record, location: edge.location) { AttributeNames.tieField($0) }
        return record
    }

    /// The key a `<data>` element names; an error when it names none.
    mutating func lookup(_ data: XMLTreeElement, keys: [String: Key]) -> (Key, String)? {
        guard let id = data.attributes["key"] else {
            diagnostics.append(.error(.xml(.missingAttribute("key", element: "data")), at: data.location))
            return nil
        }
        guard let key = keys[id] else {
            diagnostics.append(.error(.xml(.undeclaredKey(id: id)), at: data.location))
            return nil
        }
        return (key, id)
    }

    /// Fills fields a node or edge leaves out from its keys' defaults.
    func applyDefaults<Field: DraftField>(
        _ keys: [String: Key], domain: String, to record: inout RecordDraft<Field>, location: SourceLocation,
        field: (String) -> Field?
    ) {
        for key in keys.values.sorted(by: { $0.name < $1.name }) where key.domain == domain || key.domain == "all" {
            guard let value = key.defaultValue, let target = field(key.name), record[target] == nil else { continue }
            let isList = (target as? ActorField)?.isList ?? false
            record[target] = AttributeNames.value(value, isList: isList, at: key.location)
        }
    }
}
