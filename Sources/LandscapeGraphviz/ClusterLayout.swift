import CGraphviz
import LandscapeRender

/// Clusters for engines that do not keep them together themselves (neato, sfdp): a layout in
/// two levels, in the spirit of Graphviz's own `gvpack`.
///
/// 1. Each cluster is laid out on its own with the diagram's engine.
/// 2. Every cluster becomes one box-shaped stand-in node of its drawing's size (plus margin and
///    a band for its label); the stand-ins, the actors outside clusters and the ties between
///    them are laid out with the same engine, overlaps removed.
/// 3. Each actor is pinned at its stand-in's centre plus its place inside the cluster, each
///    cluster gets the stand-in's box, and `nop2` routes the edges.
///
/// neato's own clusters are only boxes drawn around wherever the members fall, so they
/// overlap; this keeps each municipality (sector, kind) together in a box of its own, and
/// stays as reproducible as the engine (no randomness is added).
enum ClusterLayout {
    /// Space between a cluster's drawing and its box, in points.
    static let margin = 12.0
    /// Height reserved for a cluster's label at the top of its box, in points.
    static let labelBand = 24.0

    /// One cluster laid out on its own: where its members sit and the box they fill.
    struct ClusterDrawing {
        var positions: [String: Point]
        var box: Box
    }

    /// Lays out `graph` (built from `diagram`) so that every node has a `pos`, every cluster a
    /// `bb` and every edge a route. Called with `GraphvizLibrary`'s lock held.
    ///
    /// - Complexity: one layout per cluster, one of the clusters' arrangement and one edge
    ///   routing; each is the engine's cost on its part of the graph.
    static func layout(_ diagram: Diagram, into graph: CGraph, context: OpaquePointer) throws(RenderError) {
        let clusterOf = clusterIndex(diagram)
        // 1. Each cluster on its own.
        var drawings: [ClusterDrawing] = []
        for index in diagram.clusters.indices {
            drawings.append(try layOutCluster(index, of: diagram, clusterOf: clusterOf, context: context))
        }
        // 2. The clusters (as stand-ins) and the free actors together.
        let arrangement = Diagram(
            engine: diagram.engine, graph: diagram.graph, nodeDefaults: diagram.nodeDefaults,
            edgeDefaults: diagram.edgeDefaults,
            nodes: diagram.nodes.filter { clusterOf[$0.name] == nil } + standIns(diagram, drawings),
            edges: links(diagram, clusterOf: clusterOf, drawings: drawings))
        let top = try CGraph(directed: true, context: context)
        defer { top.close() }
        try top.build(arrangement)
        try top.layout(diagram.engine.rawValue)
        attach_attrs(top.pointer)
        // 3. Pin everything, give each cluster its box, route the edges.
        pin(diagram, in: graph, arrangedIn: top, clusterOf: clusterOf, drawings: drawings)
        do {
            try graph.layout("nop2")
        } catch {
            throw .layoutFailed(engine: diagram.engine.rawValue, messages: [])
        }
    }

    /// The cluster of each actor that is in one (the first, when it is in several).
    static func clusterIndex(_ diagram: Diagram) -> [String: Int] {
        var clusterOf: [String: Int] = [:]
        for (index, cluster) in diagram.clusters.enumerated() {
            for member in cluster.members where clusterOf[member] == nil { clusterOf[member] = index }
        }
        return clusterOf
    }

    /// Lays out cluster `index`'s members and the ties among them with the diagram's engine.
    static func layOutCluster(_ index: Int, of diagram: Diagram, clusterOf: [String: Int], context: OpaquePointer) throws(RenderError) -> ClusterDrawing {
        let members = Set(diagram.clusters[index].members.filter { clusterOf[$0] == index })
        let part = Diagram(
            engine: diagram.engine, graph: diagram.graph, nodeDefaults: diagram.nodeDefaults,
            edgeDefaults: diagram.edgeDefaults,
            nodes: diagram.nodes.filter { members.contains($0.name) },
            edges: diagram.edges.filter { members.contains($0.tail) && members.contains($0.head) })
        let sub = try CGraph(directed: true, context: context)
        defer { sub.close() }
        try sub.build(part)
        try sub.layout(diagram.engine.rawValue)
        attach_attrs(sub.pointer)  // the layout as attributes (pos, bb)
        var positions: [String: Point] = [:]
        for name in members { positions[name] = sub.position(of: name) }
        return ClusterDrawing(positions: positions, box: sub.boundingBox() ?? Box(minX: 0, minY: 0, maxX: 0, maxY: 0))
    }

    /// One box-shaped node `b<index>` per cluster, of its drawing's size plus margin and label
    /// band, carrying the cluster's label in the cluster's font (so that it is at least as wide
    /// as the label).
    static func standIns(_ diagram: Diagram, _ drawings: [ClusterDrawing]) -> [DiagramNode] {
        diagram.clusters.enumerated().map { index, cluster in
            let box = drawings[index].box
            var attributes: Attributes = [
                "shape": "box", "margin": "0", "labelloc": "t",
                "width": GraphvizText.format((box.width + 2 * margin) / 72),
                "height": GraphvizText.format((box.height + 2 * margin + labelBand) / 72),
            ]
            for name in ["label", "fontname", "fontsize"] { attributes[name] = cluster.attributes[name] }
            return DiagramNode(name: "b\(index)", attributes: attributes)
        }
    }

    /// One edge per pair of blocks (stand-ins and free actors), as strong as the ties it stands
    /// for, and as long as the two blocks need (neato's `len` is the ideal distance of the
    /// centres); in the order the ties first join the pair.
    static func links(_ diagram: Diagram, clusterOf: [String: Int], drawings: [ClusterDrawing]) -> [DiagramEdge] {
        func block(_ node: String) -> String { clusterOf[node].map { "b\($0)" } ?? node }
        func radius(_ block: String) -> Double {
            guard block.hasPrefix("b"), let index = Int(block.dropFirst()), drawings.indices.contains(index) else { return 36 }
            let box = drawings[index].box
            return (max(box.width, box.height) + 2 * margin + labelBand) / 2
        }
        var counts: [String: Int] = [:]
        var order: [(key: String, tail: String, head: String)] = []
        for edge in diagram.edges {
            let tail = block(edge.tail), head = block(edge.head)
            guard tail != head else { continue }
            let key = tail < head ? "\(tail) \(head)" : "\(head) \(tail)"
            if counts[key] == nil { order.append((key, tail, head)) }
            counts[key, default: 0] += 1
        }
        return order.map { pair in
            DiagramEdge(tail: pair.tail, head: pair.head, attributes: [
                "len": GraphvizText.format((radius(pair.tail) + radius(pair.head)) / 72 + 0.3),
                "weight": "\(min(counts[pair.key] ?? 1, 5))",
            ])
        }
    }

    /// Pins the free actors where the arrangement put them, each cluster's box on its
    /// stand-in, and each member at the stand-in's centre plus its place in the cluster's
    /// drawing (centred below the label band).
    static func pin(_ diagram: Diagram, in graph: CGraph, arrangedIn top: CGraph, clusterOf: [String: Int], drawings: [ClusterDrawing]) {
        for node in diagram.nodes where clusterOf[node.name] == nil {
            if let p = top.position(of: node.name) { graph.setNode(node.name, "pos", point(p)) }
        }
        for (index, cluster) in diagram.clusters.enumerated() {
            guard let center = top.position(of: "b\(index)"), let size = top.size(of: "b\(index)") else { continue }
            let box = drawings[index].box
            let bounds = Box(minX: center.x - size.width / 2, minY: center.y - size.height / 2,
                             maxX: center.x + size.width / 2, maxY: center.y + size.height / 2)
            graph.setSubgraph(cluster.name, "bb", [bounds.minX, bounds.minY, bounds.maxX, bounds.maxY].map(GraphvizText.format).joined(separator: ","))
            let inner = Point(x: center.x, y: center.y - labelBand / 2)
            let middle = Point(x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2)
            for (name, p) in drawings[index].positions {
                graph.setNode(name, "pos", point(Point(x: inner.x + p.x - middle.x, y: inner.y + p.y - middle.y)))
            }
        }
    }

    private static func point(_ p: Point) -> String {
        "\(GraphvizText.format(p.x)),\(GraphvizText.format(p.y))"
    }
}
