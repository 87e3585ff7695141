import LandscapeCore
import LandscapeIO
import LandscapeRender

/// Where the formats of `landscape convert` meet the renderer's look: LandscapeIO reads and
/// writes the formats, LandscapeRender knows the palette. GEXF's `viz` takes its colours and
/// shapes from here; DOT is written by LandscapeApp's `LandscapeDOTWriter`.
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
