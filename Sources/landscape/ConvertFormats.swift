import Foundation
import LandscapeCore
import LandscapeGraphviz
import LandscapeIO
import LandscapeRender

/// Where the formats of `landscape convert` meet: LandscapeIO reads and writes them (DOT's
/// data attributes too), LandscapeRender knows the palette and draws the diagram that DOT
/// carries. Only the executable depends on all of them, so the joins are made here.
enum ConvertFormats {
    /// The renderer's look, for GEXF's `viz`: the node colour is the kind's fill as drawn
    /// (its outline for the kinds drawn hollow), the shape the nearest GEXF shape; edges get
    /// the tie kind's colour and line, double for formal ties, and the drawn pen width.
    static let rendererStyle = GraphStyle(
        node: { actor in
            let style = KindStyle.of(actor.kind)
            let color = style.hollow ? style.outline : style.fill
            return GraphStyle.NodeLook(color: rgb(color), shape: GraphStyle.NodeShape(graphvizShape: style.shape))
        },
        edge: { tie in
            let style = TieStyle.of(tie.kind)
            let shape: GraphStyle.LineShape = TieStyle.isDoubleLine(kind: tie.kind, formal: tie.formal)
                ? .double : GraphStyle.LineShape(rawValue: style.line) ?? .solid
            return GraphStyle.EdgeLook(color: rgb(style.color), thickness: style.penWidth(weight: tie.weight), shape: shape)
        })

    static func rgb(_ color: Color) -> GraphStyle.RGB {
        GraphStyle.RGB(red: color.red, green: color.green, blue: color.blue)
    }
}

/// Writes a landscape as DOT: the renderer's diagram (shapes, colours, legend, title, laid
/// out with positions) with the landscape's data as attributes (`DOTData`), so that the file
/// both draws as `landscape render` draws it and reads back as the same landscape.
struct LandscapeDOTWriter: Sendable {
    var renderer: any DiagramRenderer
    var options = DiagramOptions()

    /// The DOT text, the renderer's warnings, and what DOT cannot carry (sentences for warnings).
    func write(_ landscape: Landscape) throws(GraphvizError) -> (data: Data, messages: [GraphvizMessage], losses: [String]) {
        var diagram: Diagram
        do {
            diagram = try DiagramBuilder().build(landscape, options: options)
        } catch {
            throw .graphConstruction(error.description)
        }
        Self.addData(of: landscape, to: &diagram)
        let rendering = try renderer.render(diagram, as: .dot)
        return (rendering.data, rendering.messages, DOTData.losses(landscape))
    }

    /// The data attributes beside the diagram's own: the graph's, each actor's node's and each
    /// tie's edge's.
    static func addData(of landscape: Landscape, to diagram: inout Diagram) {
        for (name, value) in DOTData.graphAttributes(of: landscape) { diagram.graph.set(name, value) }
        for index in diagram.nodes.indices {
            guard let id = diagram.nodes[index].actor, let actor = landscape[id] else { continue }
            for (name, value) in DOTData.attributes(of: actor) { diagram.nodes[index].attributes.set(name, value) }
        }
        for index in diagram.edges.indices {
            guard let position = diagram.edges[index].tie, landscape.ties.indices.contains(position) else { continue }
            for (name, value) in DOTData.attributes(of: landscape.ties[position]) { diagram.edges[index].attributes.set(name, value) }
        }
    }
}
