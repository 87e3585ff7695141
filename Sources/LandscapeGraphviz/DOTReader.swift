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
    /// Graphviz's scanner is emptied afterwards, as `graph` does: what it kept of this text
    /// (a final line end, say) would otherwise shift the line numbers of the next read.
    /// - Throws: `RenderError.unreadableDOT` with Graphviz's reasons.
    /// - Complexity: O(V + E) after parsing, for V nodes and E edges.
    public static func read(_ dot: Data) throws(RenderError) -> DOTSummary {
        let text = String(decoding: dot, as: UTF8.self)
        return try GraphvizLibrary.run { _ throws(RenderError) in
            // Graphviz counts lines across reads until told otherwise: start each text at line 1.
            agreadline(1)
            let read = agmemread(text)
            defer {
                if let read { agclose(read) }
                let messages = MessageCapture.text
                flushScanner()
                MessageCapture.text = messages
            }
            guard let graph = read else { throw .unreadableDOT(messages: []) }
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

extension DOTSummary {
    /// Empties Graphviz's scanner: reads texts until one ends in a syntax error, on which the
    /// scanner drops what it still holds. A text that ended inside a quoted or HTML string or
    /// a comment leaves the scanner there (a later text then reads as part of that string),
    /// so the texts that close each are tried in turn.
    static func flushScanner() {
        let closers = ["}", "\"", "*/}", String(repeating: ">", count: 64) + "}"]
        for attempt in 0..<16 {
            let before = MessageCapture.text.count
            let graph = agmemread(closers[attempt % closers.count])
            if let graph { agclose(graph) }
            if graph == nil, MessageCapture.text.count > before { return }
        }
    }

}
