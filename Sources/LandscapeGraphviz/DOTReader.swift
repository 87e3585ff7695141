import CGraphviz
import Foundation
import LandscapeRender

/// What a DOT text holds, read back by Graphviz itself (`agmemread`): used to check that the
/// DOT the tool writes is valid and complete.
public struct DOTSummary: Hashable, Sendable {
    public struct Node: Hashable, Sendable {
        public var name: String
        /// The `class` attribute (`actor office`, `legend` …).
        public var classes: String
        /// The `id` attribute.
        public var id: String
    }

    public var nodes: [Node]
    public var edgeClasses: [String]
    public var clusterNames: [String]

    /// Reads `dot`.
    ///
    /// - Throws: `RenderError.unreadableDOT` with Graphviz's reasons.
    /// - Complexity: O(V + E) after parsing, for V nodes and E edges.
    public static func read(_ dot: Data) throws(RenderError) -> DOTSummary {
        let text = String(decoding: dot, as: UTF8.self)
        return try GraphvizLibrary.run { _ throws(RenderError) in
            guard let graph = agmemread(text) else { throw .unreadableDOT(messages: []) }
            defer { agclose(graph) }
            func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String {
                guard let value = withMutableCString(name, { agget(object, $0) }) else { return "" }
                return String(cString: value)
            }
            var nodes: [Node] = []
            var edges: [String] = []
            var node = agfstnode(graph)
            while let current = node {
                let raw = UnsafeMutableRawPointer(current)
                nodes.append(Node(name: String(cString: agnameof(raw)), classes: attribute(raw, "class"), id: attribute(raw, "id")))
                var edge = agfstout(graph, current)
                while let out = edge {
                    edges.append(attribute(UnsafeMutableRawPointer(out), "class"))
                    edge = agnxtout(graph, out)
                }
                node = agnxtnode(graph, current)
            }
            var clusters: [String] = []
            var subgraph = agfstsubg(graph)
            while let current = subgraph {
                clusters.append(String(cString: agnameof(UnsafeMutableRawPointer(current))))
                subgraph = agnxtsubg(current)
            }
            return DOTSummary(nodes: nodes, edgeClasses: edges, clusterNames: clusters)
        }.0
    }
}
