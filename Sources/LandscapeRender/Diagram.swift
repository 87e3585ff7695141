import LandscapeCore

/// A landscape drawn as a styled graph, ready for a layout engine: nodes, edges, clusters, a
/// legend and a title, each with its Graphviz attributes.
///
/// The value is plain data (`Codable`, so that a worker process can lay it out) and holds no
/// DOT text: the Graphviz layer transfers every attribute through the library's API.
public struct Diagram: Hashable, Sendable, Codable {
    /// The layout program to use.
    public var engine: LayoutEngine
    /// Attributes of the whole graph during layout (overlap removal, splines, seed, fonts …).
    public var graph: Attributes
    /// Defaults for every node and every edge (per-element attributes override them).
    public var nodeDefaults: Attributes
    public var edgeDefaults: Attributes
    /// Attributes set on the whole graph after layout: the title label and its placement, so
    /// that the title sits above the drawing and the legend together.
    public var title: Attributes
    /// One node per actor shown, in the landscape's order.
    public var nodes: [DiagramNode]
    /// One edge per tie shown, in the landscape's order.
    public var edges: [DiagramEdge]
    /// Boxed groups (`--cluster-by`); a node belongs to at most one.
    public var clusters: [DiagramCluster]
    /// The legend, placed beside or below the drawing after layout.
    public var legend: Legend?
    /// When every actor's node is pinned (its `pos` given, `pinned(to:)`): the box of the
    /// drawing the positions come from. The diagram is then laid out with no engine, the legend
    /// placed beside this box, and the picture made to cover it, so that it matches the drawing
    /// the positions came from. `nil`: the engine lays the diagram out.
    public var frame: Box?
    /// Remarks for the person who asked for the diagram (not drawn), e.g. that labels were
    /// thinned out or actors left out. Not encoded: a worker that lays out needs only the rest.
    public var notes: [DiagramNote]
    /// The rows `legend` was laid out from, for a page that shows the key beside the picture
    /// instead of inside it (set `legend` to `nil` then). Not encoded, like `notes`.
    public var legendRows: [LegendRow]

    enum CodingKeys: String, CodingKey {
        case engine, graph, nodeDefaults, edgeDefaults, title, nodes, edges, clusters, legend, frame
    }

    public init(
        engine: LayoutEngine, graph: Attributes = [:], nodeDefaults: Attributes = [:],
        edgeDefaults: Attributes = [:], title: Attributes = [:], nodes: [DiagramNode] = [],
        edges: [DiagramEdge] = [], clusters: [DiagramCluster] = [], legend: Legend? = nil,
        notes: [DiagramNote] = [], legendRows: [LegendRow] = []
    ) {
        self.engine = engine
        self.graph = graph
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.title = title
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.legend = legend
        self.notes = notes
        self.legendRows = legendRows
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        engine = try container.decode(LayoutEngine.self, forKey: .engine)
        graph = try container.decode(Attributes.self, forKey: .graph)
        nodeDefaults = try container.decode(Attributes.self, forKey: .nodeDefaults)
        edgeDefaults = try container.decode(Attributes.self, forKey: .edgeDefaults)
        title = try container.decode(Attributes.self, forKey: .title)
        nodes = try container.decode([DiagramNode].self, forKey: .nodes)
        edges = try container.decode([DiagramEdge].self, forKey: .edges)
        clusters = try container.decode([DiagramCluster].self, forKey: .clusters)
        legend = try container.decodeIfPresent(Legend.self, forKey: .legend)
        frame = try container.decodeIfPresent(Box.self, forKey: .frame)
        notes = []
        legendRows = []
    }
}

/// A node of the diagram. Its `name` is synthetic (`a0`, `a1` …; `l0` … in the legend) so
/// that no user text is ever a Graphviz name; the actor's name is in the `label`.
public struct DiagramNode: Hashable, Sendable, Codable {
    public var name: String
    /// The actor drawn, or `nil` for the legend's sample nodes.
    public var actor: ActorID?
    public var attributes: Attributes

    public init(name: String, actor: ActorID? = nil, attributes: Attributes = [:]) {
        self.name = name
        self.actor = actor
        self.attributes = attributes
    }

    enum CodingKeys: String, CodingKey { case name, actor, attributes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        actor = try container.decodeIfPresent(String.self, forKey: .actor).map { ActorID($0) }
        attributes = try container.decode(Attributes.self, forKey: .attributes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(actor?.rawValue, forKey: .actor)
        try container.encode(attributes, forKey: .attributes)
    }
}

/// An edge between two nodes, named by their synthetic names. Edges of directed tie kinds
/// carry arrows; the others have `dir=none`.
public struct DiagramEdge: Hashable, Sendable, Codable {
    public var tail: String
    public var head: String
    /// The tie's position in the landscape's `ties`, or `nil` for the legend's samples.
    public var tie: Int?
    public var attributes: Attributes

    public init(tail: String, head: String, tie: Int? = nil, attributes: Attributes = [:]) {
        self.tail = tail
        self.head = head
        self.tie = tie
        self.attributes = attributes
    }
}

/// A boxed, labelled group of nodes. `name` starts with `cluster` (Graphviz draws only such
/// subgraphs as boxes).
public struct DiagramCluster: Hashable, Sendable, Codable {
    public var name: String
    public var members: [String]
    public var attributes: Attributes

    public init(name: String, members: [String], attributes: Attributes = [:]) {
        self.name = name
        self.members = members
        self.attributes = attributes
    }
}

/// A point in Graphviz's coordinates: points (1/72 inch), y growing upwards.
public struct Point: Hashable, Sendable, Codable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A width and height in points.
public struct Size: Hashable, Sendable, Codable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

/// An axis-aligned box in points.
public struct Box: Hashable, Sendable, Codable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
}
