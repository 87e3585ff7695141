import LandscapeCore
import LandscapeIO
import LandscapeRender

/// Where the written formats meet the renderer's look: LandscapeIO writes GEXF, LandscapeRender
/// knows the palette, and GEXF's `viz` takes its colours and shapes from here when `convert`
/// writes it. (DOT is the drawing itself: `LandscapeDOTWriter`.)
extension GraphStyle {
    /// The renderer's look: the node colour is the kind's fill as drawn (its outline for the
    /// kinds drawn hollow), the shape the nearest GEXF shape; edges get the tie kind's colour
    /// and line, double for formal ties, and the drawn pen width.
    public static let asDrawn = GraphStyle(
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

    /// A renderer's colour as GEXF's.
    static func rgb(_ color: Color) -> GraphStyle.RGB {
        GraphStyle.RGB(red: color.red, green: color.green, blue: color.blue)
    }
}
