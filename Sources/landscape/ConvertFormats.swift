import LandscapeCore
import LandscapeGraphviz
import LandscapeIO
import LandscapeRender

/// Where the formats of `landscape convert` meet: LandscapeIO reads and writes most of them,
/// LandscapeGraphviz reads and writes DOT, LandscapeRender knows the palette. Only the
/// executable depends on all three, so the joins are made here.
enum ConvertFormats {
    /// DOT as an input format of the loader.
    static let dot = AdditionalFormat(name: "DOT", extensions: ["dot", "gv"], reader: DOTFileReader())

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

/// The DOT reader of LandscapeGraphviz as a reader of the loader.
struct DOTFileReader: LandscapeReader {
    func read(path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        DOTLandscapeReader().read(path: path, diagnostics: &diagnostics)
    }
}
