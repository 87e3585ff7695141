import LandscapeCore

/// How actors and ties look in a format that carries a drawing style (GEXF's `viz`). The
/// caller supplies it — `landscape convert` passes the renderer's palette — so that this
/// module stays free of the renderer.
public struct GraphStyle: Sendable {
    /// An sRGB colour.
    public struct RGB: Hashable, Sendable {
        public var red: Int
        public var green: Int
        public var blue: Int

        public init(red: Int, green: Int, blue: Int) {
            self.red = min(255, max(0, red))
            self.green = min(255, max(0, green))
            self.blue = min(255, max(0, blue))
        }
    }

    /// GEXF's node shapes.
    public enum NodeShape: String, Sendable {
        case disc, square, triangle, diamond

        /// The GEXF shape nearest to a Graphviz shape name.
        public init(graphvizShape: String) {
            switch graphvizShape.lowercased() {
            case "ellipse", "oval", "circle", "doublecircle", "point", "egg": self = .disc
            case "triangle", "invtriangle": self = .triangle
            case "diamond", "hexagon", "octagon", "doubleoctagon", "tripleoctagon", "pentagon", "septagon", "mdiamond": self = .diamond
            default: self = .square
            }
        }
    }

    /// GEXF's edge shapes.
    public enum LineShape: String, Sendable {
        case solid, dotted, dashed, double
    }

    public struct NodeLook: Hashable, Sendable {
        public var color: RGB
        public var shape: NodeShape

        public init(color: RGB, shape: NodeShape) {
            self.color = color
            self.shape = shape
        }
    }

    public struct EdgeLook: Hashable, Sendable {
        public var color: RGB
        public var thickness: Double
        public var shape: LineShape

        public init(color: RGB, thickness: Double, shape: LineShape) {
            self.color = color
            self.thickness = thickness
            self.shape = shape
        }
    }

    public var node: @Sendable (Actor) -> NodeLook?
    public var edge: @Sendable (Tie) -> EdgeLook?

    public init(node: @escaping @Sendable (Actor) -> NodeLook?, edge: @escaping @Sendable (Tie) -> EdgeLook?) {
        self.node = node
        self.edge = edge
    }

    /// No style: the file holds data only.
    public static let plain = GraphStyle(node: { _ in nil }, edge: { _ in nil })
}
