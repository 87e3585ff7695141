import CGraphviz
import Foundation
import LandscapeRender

/// A cgraph graph under construction. Only used with `GraphvizLibrary`'s lock held; every
/// attribute goes through `agsafeset`/`agattr`, escaped by `GraphvizText`, so no text can
/// change the graph's structure.
///
/// It owns its layout too: `layout` and `freeLayout` pair every `gvLayout` with one
/// `gvFreeLayout` (also when a render fails half-way: `close` frees a layout still attached).
final class CGraph {
    let pointer: UnsafeMutablePointer<Agraph_t>
    private let context: OpaquePointer
    private var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
    private var subgraphs: [String: UnsafeMutablePointer<Agraph_t>] = [:]
    /// The engine of the layout attached to the graph (`nil`: none).
    private(set) var layoutEngine: String?
    private var closed = false

    /// cgraph's object kinds (`AGNODE`, `AGEDGE` in cgraph.h).
    static let nodeKind: Int32 = 1
    static let edgeKind: Int32 = 2

    /// Opens an empty graph, to be laid out with `context` (the shared context, which must
    /// exist before the first graph: see `GraphvizLibrary`).
    init(directed: Bool, context: OpaquePointer) throws(RenderError) {
        // Built by hand: the C globals `Agdirected` … are shared mutable state to Swift 6.
        var description = Agdesc_t()
        description.directed = directed ? 1 : 0
        description.strict = 0
        description.maingraph = 1
        guard let graph = withMutableCString("landscape", { agopen($0, description, SequentialIDs.discipline) }) else {
            throw .graphConstruction("agopen failed")
        }
        pointer = graph
        self.context = context
    }

    /// Frees the layout, if one is still attached, and the graph. Idempotent.
    func close() {
        guard !closed else { return }
        freeLayout()
        closed = true
        agclose(pointer)
    }

    /// Lays the graph out with `engine` (a Graphviz layout plugin: `dot`, `neato`, `nop2` …),
    /// freeing an earlier layout first.
    ///
    /// - Throws: `RenderError.layoutFailed` when `gvLayout` fails (Graphviz's messages are
    ///   added by `GraphvizLibrary.run`).
    func layout(_ engine: String) throws(RenderError) {
        freeLayout()
        guard gvLayout(context, pointer, engine) == 0 else {
            // A failed gvLayout can still have bound layout records; free them with the graph.
            layoutEngine = engine
            throw .layoutFailed(engine: engine, messages: [])
        }
        layoutEngine = engine
    }

    /// Frees what the last `layout` attached (`gvFreeLayout`). Does nothing when no layout is
    /// attached.
    func freeLayout() {
        guard layoutEngine != nil, !closed else { return }
        layoutEngine = nil
        gvFreeLayout(context, pointer)
    }

    /// Transfers the diagram's graph attributes, defaults, nodes, edges and clusters.
    func build(_ diagram: Diagram) throws(RenderError) {
        setAll(diagram.graph)
        // The default label `\N` must be declared before any node sets its own label.
        declare(Self.nodeKind, "label", "\\N")
        for attribute in diagram.nodeDefaults { declare(Self.nodeKind, attribute.name, encoded(attribute.value)) }
        for attribute in diagram.edgeDefaults { declare(Self.edgeKind, attribute.name, encoded(attribute.value)) }
        for node in diagram.nodes { try addNode(node, in: pointer) }
        for edge in diagram.edges { try addEdge(edge) }
        for cluster in diagram.clusters {
            let subgraph = try addSubgraph(cluster.name, cluster.attributes)
            for member in cluster.members {
                guard let node = nodes[member] else { continue }
                _ = agsubnode(subgraph, node, 1)
            }
        }
    }

    /// Adds the legend with every position pinned: its items moved to `origin`, its frame a
    /// cluster with a given bounding box.
    func addLegend(_ legend: LegendBlock, at origin: Point) throws(RenderError) {
        var frame = legend.frame
        let box = Box(minX: origin.x, minY: origin.y, maxX: origin.x + legend.size.width, maxY: origin.y + legend.size.height)
        frame.set("bb", [box.minX, box.minY, box.maxX, box.maxY].map(GraphvizText.format).joined(separator: ","))
        let subgraph = try addSubgraph("cluster_legend", frame)
        for item in legend.nodes {
            var node = item.node
            node.attributes.set("pos", "\(GraphvizText.format(item.center.x + origin.x)),\(GraphvizText.format(item.center.y + origin.y))")
            try addNode(node, in: subgraph)
        }
        for item in legend.edges {
            var edge = item.edge
            let arrowSize = edge.attributes.value("arrowsize").flatMap(Double.init) ?? 1
            let spline = item.spline(offsetBy: origin, arrowSize: arrowSize)
            var position = spline.points.map { "\(GraphvizText.format($0.x)),\(GraphvizText.format($0.y))" }.joined(separator: " ")
            if let end = spline.end { position = "e,\(GraphvizText.format(end.x)),\(GraphvizText.format(end.y)) " + position }
            edge.attributes.set("pos", position)
            try addEdge(edge)
        }
    }

    /// Two invisible points at the lower left and upper right of `box`, pinned, so that the
    /// picture covers it.
    func addCorners(of box: Box) throws(RenderError) {
        for (index, corner) in [Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.maxY)].enumerated() {
            var attributes: Attributes = [
                "shape": "point", "style": "invis", "width": "0.01", "height": "0.01", "fixedsize": "true",
                "pos": "\(GraphvizText.format(corner.x)),\(GraphvizText.format(corner.y))",
            ]
            attributes["label"] = .text("")
            try addNode(DiagramNode(name: "corner\(index)", attributes: attributes), in: pointer)
        }
    }

    /// The graph's bounding box after layout (`bb`), if it has one.
    func boundingBox() -> Box? {
        guard let text = get("bb") else { return nil }
        let numbers = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == 4 else { return nil }
        return Box(minX: numbers[0], minY: numbers[1], maxX: numbers[2], maxY: numbers[3])
    }

    func setAll(_ attributes: Attributes) {
        for attribute in attributes { set(attribute.name, attribute.value, on: UnsafeMutableRawPointer(pointer), isNode: false) }
    }

    func set(_ name: String, _ value: String) {
        set(name, .value(value), on: UnsafeMutableRawPointer(pointer), isNode: false)
    }

    /// Sets a program-chosen value on the node called `node`.
    func setNode(_ node: String, _ name: String, _ value: String) {
        guard let pointer = nodes[node] else { return }
        set(name, .value(value), on: UnsafeMutableRawPointer(pointer), isNode: true)
    }

    /// Sets a program-chosen value on the subgraph called `subgraph`.
    func setSubgraph(_ subgraph: String, _ name: String, _ value: String) {
        guard let pointer = subgraphs[subgraph] else { return }
        set(name, .value(value), on: UnsafeMutableRawPointer(pointer), isNode: false)
    }

    /// A node's centre after layout (its `pos`, once a render to DOT has written it).
    func position(of node: String) -> Point? {
        guard let pointer = nodes[node], let text = get("pos", of: UnsafeMutableRawPointer(pointer)) else { return nil }
        let numbers = text.split(separator: ",").prefix(2).compactMap { Double($0.trimmingCharacters(in: CharacterSet(charactersIn: " !"))) }
        guard numbers.count == 2 else { return nil }
        return Point(x: numbers[0], y: numbers[1])
    }

    /// A node's size in points after layout (its `width` and `height`, in inches).
    func size(of node: String) -> Size? {
        guard let pointer = nodes[node],
              let width = get("width", of: UnsafeMutableRawPointer(pointer)).flatMap(Double.init),
              let height = get("height", of: UnsafeMutableRawPointer(pointer)).flatMap(Double.init) else { return nil }
        return Size(width: width * 72, height: height * 72)
    }

    func get(_ name: String) -> String? {
        get(name, of: UnsafeMutableRawPointer(pointer))
    }

    private func get(_ name: String, of object: UnsafeMutableRawPointer) -> String? {
        guard let value = withMutableCString(name, { agget(object, $0) }) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    // MARK: - Private

    private func addNode(_ node: DiagramNode, in graph: UnsafeMutablePointer<Agraph_t>) throws(RenderError) {
        guard let created = withMutableCString(node.name, { agnode(graph, $0, 1) }) else {
            throw .graphConstruction("agnode failed for \(node.name)")
        }
        nodes[node.name] = created
        for attribute in node.attributes {
            set(attribute.name, attribute.value, on: UnsafeMutableRawPointer(created), isNode: true)
        }
    }

    private func addEdge(_ edge: DiagramEdge) throws(RenderError) {
        guard let tail = nodes[edge.tail], let head = nodes[edge.head] else {
            throw .graphConstruction("an edge names an unknown node")
        }
        // No name: every tie gets its own edge, parallel ties included.
        guard let created = agedge(pointer, tail, head, nil, 1) else {
            throw .graphConstruction("agedge failed")
        }
        for attribute in edge.attributes {
            set(attribute.name, attribute.value, on: UnsafeMutableRawPointer(created), isNode: false)
        }
    }

    private func addSubgraph(_ name: String, _ attributes: Attributes) throws(RenderError) -> UnsafeMutablePointer<Agraph_t> {
        guard let subgraph = withMutableCString(name, { agsubg(pointer, $0, 1) }) else {
            throw .graphConstruction("agsubg failed for \(name)")
        }
        for attribute in attributes {
            set(attribute.name, attribute.value, on: UnsafeMutableRawPointer(subgraph), isNode: false)
        }
        subgraphs[name] = subgraph
        return subgraph
    }

    private func declare(_ kind: Int32, _ name: String, _ value: String) {
        withMutableCString(name) { name in
            withMutableCString(value) { value in _ = agattr(pointer, kind, name, value) }
        }
    }

    private func set(_ name: String, _ value: AttributeValue, on object: UnsafeMutableRawPointer, isNode: Bool) {
        let root = pointer
        if case .lines(let lines) = value {
            // HTML-like label: interned as HTML, set, then released (the object keeps its reference).
            withMutableCString(GraphvizText.html(lines)) { content in
                guard let html = agstrdup_html(root, content) else { return }
                withMutableCString(name) { name in
                    withMutableCString("") { empty in _ = agsafeset(object, name, html, empty) }
                }
                _ = agstrfree(root, html)
            }
            return
        }
        // A node's label must default to `\N`, or every node without its own label loses it;
        // a graph's label must default to nothing, or every cluster shows its name.
        let fallback = isNode && name == "label" ? "\\N" : ""
        withMutableCString(name) { name in
            withMutableCString(encoded(value)) { text in
                withMutableCString(fallback) { fallback in _ = agsafeset(object, name, text, fallback) }
            }
        }
    }

    private func encoded(_ value: AttributeValue) -> String {
        switch value {
        case .value(let text): text
        case .text(let text, let justification): GraphvizText.label(text, justification)
        case .tooltip(let text): GraphvizText.tooltip(text)
        case .lines(let lines): GraphvizText.html(lines)
        }
    }
}

/// Calls `body` with a `char *` for `text`. cgraph's `char *` parameters are never written
/// through (the text is copied into its string pool), so lending a `const` buffer is safe.
@discardableResult
func withMutableCString<R>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) throws -> R) rethrows -> R {
    try text.withCString { try body(UnsafeMutablePointer(mutating: $0)) }
}
