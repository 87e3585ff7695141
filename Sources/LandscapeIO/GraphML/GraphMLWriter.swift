import Foundation
import LandscapeCore

/// Writes a landscape as GraphML (<http://graphml.graphdrawing.org/>), for yEd, Gephi,
/// Cytoscape, networkx and igraph.
///
/// Actors are nodes (the node id is the actor's id), ties are edges, every field a typed
/// `<key>` named as in the YAML format: texts are `string`, `weight` is `double`, `formal` is
/// `boolean`, dates are `string`s (`2019`, `2019-08`, `2019-08-29`), list fields are strings
/// joined with `|`. The landscape's title, language, date and needs are graph data. How the
/// direction of ties is marked: `EdgeDirections`.
///
/// - Complexity: O(A + T + S) time and space for A actors, T ties and S characters of text.
public struct GraphMLWriter: LandscapeWriter {
    public var edgeDirections: EdgeDirections

    public init(edgeDirections: EdgeDirections = .graph) {
        self.edgeDirections = edgeDirections
    }

    static let namespace = "http://graphml.graphdrawing.org/xmlns"

    /// Key ids by domain: `g_…` for the graph, `a_…` for actors, `t_…` for ties.
    struct Key {
        var id: String
        var domain: String
        var name: String
        var type: String
    }

    static let graphKeys = ["title", "language", "as_of", "needs"].map { Key(id: "g_\($0)", domain: "graph", name: $0, type: "string") }
    static let actorKeys = ActorField.allCases.filter { $0 != .id }.map { Key(id: "a_\($0.rawValue)", domain: "node", name: $0.rawValue, type: "string") }
    static let tieKeys = TieField.allCases.filter { $0 != .from && $0 != .to && $0 != .id }.map { field in
        Key(id: "t_\(field.rawValue)", domain: "edge", name: field.rawValue,
            type: field == .weight ? "double" : field == .formal ? "boolean" : "string")
    }
    static let directedKey = Key(id: "t_directed", domain: "edge", name: "directed", type: "boolean")

    public func write(_ landscape: Landscape) -> WriteResult {
        var check = LossCheck(format: .graphml)
        check.graphFormat(landscape)

        let anyDirected = landscape.ties.contains { $0.kind.isDirected }
        var xml = XMLBuilder()
        xml.open("graphml", [
            ("xmlns", Self.namespace),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "\(Self.namespace) http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"),
        ])
        var keys = Self.graphKeys + Self.actorKeys + Self.tieKeys
        if edgeDirections == .graph && anyDirected { keys.append(Self.directedKey) }
        for key in keys {
            xml.empty("key", [("id", key.id), ("for", key.domain), ("attr.name", key.name), ("attr.type", key.type)])
        }
        xml.open("graph", [("id", "landscape"), ("edgedefault", anyDirected ? "directed" : "undirected")])
        func data(_ key: String, _ value: String?) {
            guard let value else { return }
            xml.element("data", [("key", key)], text: value)
        }
        data("g_title", landscape.title)
        data("g_language", landscape.language.rawValue)
        data("g_as_of", landscape.asOf?.description)
        data("g_needs", landscape.needs.isEmpty ? nil : Spelling.joined(landscape.needs))
        for actor in landscape.actors {
            xml.open("node", [("id", actor.id.rawValue)])
            for (field, value) in Self.fields(of: actor) { data("a_\(field.rawValue)", value) }
            xml.close("node")
        }
        for (index, tie) in landscape.ties.enumerated() {
            var attributes: XMLBuilder.Attributes = [("id", "t\(index)"), ("source", tie.from.rawValue), ("target", tie.to.rawValue)]
            if edgeDirections == .perEdge && anyDirected && !tie.kind.isDirected { attributes.append(("directed", "false")) }
            xml.open("edge", attributes)
            for (field, value) in Self.fields(of: tie) { data("t_\(field.rawValue)", value) }
            if edgeDirections == .graph && anyDirected { data("t_directed", tie.kind.isDirected ? "true" : "false") }
            xml.close("edge")
        }
        xml.close("graph")
        xml.close("graphml")
        return WriteResult(output: .file(Data(xml.text.utf8)), losses: check.losses)
    }

    /// An actor's fields (besides its id) as texts, in the order of the YAML format; absent
    /// ones left out.
    static func fields(of actor: Actor) -> [(ActorField, String)] {
        var fields: [(ActorField, String?)] = [
            (.name, actor.name), (.kind, actor.kind.rawValue), (.municipality, actor.municipality),
            (.sectors, list(actor.sectors.map(\.rawValue))), (.topics, list(actor.topics)),
            (.targetGroups, list(actor.targetGroups)), (.programs, list(actor.programs.map(\.rawValue))),
            (.since, actor.period.since?.description), (.until, actor.period.until?.description),
            (.contact, actor.contact), (.note, actor.note),
        ]
        fields.removeAll { $0.1 == nil }
        return fields.compactMap { field, value in value.map { (field, $0) } }
    }

    /// A tie's fields (besides its ends) as texts; weight and formal always given.
    static func fields(of tie: Tie) -> [(TieField, String)] {
        let fields: [(TieField, String?)] = [
            (.kind, tie.kind.rawValue), (.weight, Spelling.number(tie.weight)),
            (.since, tie.period.since?.description), (.until, tie.period.until?.description),
            (.formal, tie.formal ? "true" : "false"), (.note, tie.note),
            (.status, tie.status == .existing ? nil : tie.status.rawValue),
        ]
        return fields.compactMap { field, value in value.map { (field, $0) } }
    }

    static func list(_ items: [String]) -> String? {
        items.isEmpty ? nil : Spelling.joined(items)
    }
}
