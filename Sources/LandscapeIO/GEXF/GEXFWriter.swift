import Foundation
import LandscapeCore

/// Writes a landscape as GEXF 1.3 (<https://gexf.net>), Gephi's format.
///
/// Actors are nodes (`id` the actor's id, `label` its name), ties are edges (`weight` the
/// tie's weight); the other fields are static attributes named as in the YAML format
/// (`formal` a boolean, the rest strings; list fields joined with `|`). `since`/`until` also
/// become the node's or edge's `start`/`end` (first and last day, `timeformat="date"`), so
/// that Gephi's timeline shows the landscape over time; the attributes keep the dates exactly
/// as given (`2019` stays a year). The title is the description in `<meta>`; the language,
/// date and needs have no place in GEXF. `viz` colours and shapes come from `style`.
///
/// - Complexity: O(A + T + S) time and space for A actors, T ties and S characters of text.
public struct GEXFWriter: LandscapeWriter {
    public var edgeDirections: EdgeDirections
    public var style: GraphStyle

    public init(edgeDirections: EdgeDirections = .graph, style: GraphStyle = .plain) {
        self.edgeDirections = edgeDirections
        self.style = style
    }

    static let namespace = "http://gexf.net/1.3"
    static let vizNamespace = "http://gexf.net/1.3/viz"

    static let actorAttributes: [(ActorField, String)] = ActorField.allCases
        .filter { $0 != .id && $0 != .name }.map { ($0, "string") }
    static let tieAttributes: [(TieField, String)] = [
        (.kind, "string"), (.formal, "boolean"), (.since, "string"), (.until, "string"), (.note, "string"), (.status, "string"),
    ]

    public func write(_ landscape: Landscape) -> WriteResult {
        var check = LossCheck(format: .gexf)
        check.metadata(landscape, carriesTitle: true, carriesRest: false)
        check.graphFormat(landscape)

        let anyDirected = landscape.ties.contains { $0.kind.isDirected }
        let dynamic = landscape.actors.contains { $0.period != ActivePeriod() } || landscape.ties.contains { $0.period != ActivePeriod() }
        var xml = XMLBuilder()
        xml.open("gexf", [
            ("xmlns", Self.namespace), ("xmlns:viz", Self.vizNamespace),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "\(Self.namespace) \(Self.namespace)/gexf.xsd"), ("version", "1.3"),
        ])
        xml.open("meta")
        xml.element("creator", text: "landscape")
        if let title = landscape.title { xml.element("description", text: title) }
        xml.close("meta")
        var graphAttributes: XMLBuilder.Attributes = [("defaultedgetype", anyDirected ? "directed" : "undirected"), ("mode", dynamic ? "dynamic" : "static")]
        if dynamic { graphAttributes.append(("timeformat", "date")) }
        xml.open("graph", graphAttributes)
        xml.open("attributes", [("class", "node"), ("mode", "static")])
        for (field, type) in Self.actorAttributes { xml.empty("attribute", [("id", "a_\(field.rawValue)"), ("title", field.rawValue), ("type", type)]) }
        xml.close("attributes")
        xml.open("attributes", [("class", "edge"), ("mode", "static")])
        for (field, type) in Self.tieAttributes { xml.empty("attribute", [("id", "t_\(field.rawValue)"), ("title", field.rawValue), ("type", type)]) }
        xml.close("attributes")

        xml.open("nodes")
        for actor in landscape.actors { node(actor, into: &xml) }
        xml.close("nodes")
        xml.open("edges")
        for (index, tie) in landscape.ties.enumerated() { edge(tie, index: index, anyDirected: anyDirected, into: &xml) }
        xml.close("edges")
        xml.close("graph")
        xml.close("gexf")
        return WriteResult(output: .file(Data(xml.text.utf8)), losses: check.losses)
    }

    /// A `<node>` with its attribute values and its look.
    func node(_ actor: Actor, into xml: inout XMLBuilder) {
        var attributes: XMLBuilder.Attributes = [("id", actor.id.rawValue), ("label", actor.name)]
        attributes += Self.interval(actor.period)
        xml.open("node", attributes)
        let values = GraphMLWriter.fields(of: actor).filter { $0.0 != .name }
        if !values.isEmpty {
            xml.open("attvalues")
            for (field, value) in values { xml.empty("attvalue", [("for", "a_\(field.rawValue)"), ("value", value)]) }
            xml.close("attvalues")
        }
        if let look = style.node(actor) {
            xml.empty("viz:color", Self.rgb(look.color))
            xml.empty("viz:shape", [("value", look.shape.rawValue)])
        }
        xml.close("node")
    }

    /// An `<edge>` with its attribute values and its look; `index` is its id.
    func edge(_ tie: Tie, index: Int, anyDirected: Bool, into xml: inout XMLBuilder) {
        var attributes: XMLBuilder.Attributes = [("id", "\(index)"), ("source", tie.from.rawValue), ("target", tie.to.rawValue)]
        if anyDirected && !tie.kind.isDirected {
            attributes.append(("type", edgeDirections == .perEdge ? "undirected" : "mutual"))
        }
        attributes.append(("weight", Spelling.number(tie.weight)))
        attributes += Self.interval(tie.period)
        xml.open("edge", attributes)
        xml.open("attvalues")
        for (field, value) in GraphMLWriter.fields(of: tie) where field != .weight {
            xml.empty("attvalue", [("for", "t_\(field.rawValue)"), ("value", value)])
        }
        xml.close("attvalues")
        if let look = style.edge(tie) {
            xml.empty("viz:color", Self.rgb(look.color))
            xml.empty("viz:thickness", [("value", Spelling.number((look.thickness * 100).rounded() / 100))])
            xml.empty("viz:shape", [("value", look.shape.rawValue)])
        }
        xml.close("edge")
    }

    /// `start` and `end` for Gephi's timeline: the first day of `since`, the last of `until`.
    static func interval(_ period: ActivePeriod) -> XMLBuilder.Attributes {
        var attributes: XMLBuilder.Attributes = []
        if let since = period.since { attributes.append(("start", since.firstDay.description)) }
        if let until = period.until { attributes.append(("end", until.lastDay.description)) }
        return attributes
    }

    static func rgb(_ color: GraphStyle.RGB) -> XMLBuilder.Attributes {
        [("r", "\(color.red)"), ("g", "\(color.green)"), ("b", "\(color.blue)")]
    }
}
