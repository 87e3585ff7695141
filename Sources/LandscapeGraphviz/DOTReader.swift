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
    /// A graph as Graphviz's reader builds it from a DOT text, in full: the graph's name and
    /// attributes, every node and edge (in the order they were made) with its non-empty
    /// attribute values, and the nodes of the top-level `cluster_legend`. A checking aid: the
    /// tests compare LandscapeIO's DOT parser with it.
    public struct Graph: Hashable, Sendable {
        public struct Node: Hashable, Sendable {
            public var name: String
            public var attributes: [String: String]
        }

        public struct Edge: Hashable, Sendable {
            public var tail: String
            public var head: String
            public var attributes: [String: String]
        }

        public var name: String
        public var attributes: [String: String] = [:]
        public var nodes: [Node] = []
        public var edges: [Edge] = []
        public var legend: Set<String> = []
    }

    /// Reads `text` with Graphviz (`agmemread`): the graph, or `nil` with Graphviz's messages.
    ///
    /// Graphviz's scanner keeps what follows a graph for the next read (a second graph, say),
    /// and its state after a text that ends inside a string, so it is emptied after each read:
    /// later reads see their own text only.
    /// - Complexity: O(V + E) after parsing, for V nodes and E edges, times the attributes.
    public static func graph(_ text: String) -> (graph: Graph?, messages: [RenderMessage]) {
        let result = try? GraphvizLibrary.run { _ throws(RenderError) -> Graph? in
            agreadline(1)
            let graph = agmemread(text)
            defer {
                if let graph { agclose(graph) }
                let messages = MessageCapture.text
                flushScanner()
                MessageCapture.text = messages
            }
            return graph.map(copy)
        }
        return (result?.0 ?? nil, result?.1 ?? [])
    }

    /// Empties Graphviz's scanner: reads texts until one ends in a syntax error, on which the
    /// scanner drops what it still holds. A text that ended inside a quoted or HTML string or
    /// a comment leaves the scanner there (a later text then reads as part of that string),
    /// so the texts that close each are tried in turn.
    private static func flushScanner() {
        let closers = ["}", "\"", "*/}", String(repeating: ">", count: 64) + "}"]
        for attempt in 0..<16 {
            let before = MessageCapture.text.count
            let graph = agmemread(closers[attempt % closers.count])
            if let graph { agclose(graph) }
            if graph == nil, MessageCapture.text.count > before { return }
        }
    }

    private static func copy(_ graph: UnsafeMutablePointer<Agraph_t>) -> Graph {
        func symbols(_ kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
            var found: [UnsafeMutablePointer<Agsym_t>] = []
            var symbol = agnxtattr(graph, kind, nil)
            while let current = symbol {
                found.append(current)
                symbol = agnxtattr(graph, kind, current)
            }
            return found
        }
        func values(_ object: UnsafeMutableRawPointer, _ symbols: [UnsafeMutablePointer<Agsym_t>]) -> [String: String] {
            var values: [String: String] = [:]
            for symbol in symbols {
                guard let name = symbol.pointee.name, let raw = agxget(object, symbol), raw.pointee != 0 else { continue }
                values[String(cString: name)] = String(cString: raw)
            }
            return values
        }
        var result = Graph(name: String(cString: agnameof(UnsafeMutableRawPointer(graph))))
        result.attributes = values(UnsafeMutableRawPointer(graph), symbols(0))
        let nodeSymbols = symbols(1), edgeSymbols = symbols(2)
        let legend = "cluster_legend".withCString { agsubg(graph, UnsafeMutablePointer(mutating: $0), 0) }
        var edges: [(sequence: UInt64, edge: Graph.Edge)] = []
        var node = agfstnode(graph)
        while let current = node {
            let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
            result.nodes.append(Graph.Node(name: name, attributes: values(UnsafeMutableRawPointer(current), nodeSymbols)))
            if let legend, agsubnode(legend, current, 0) != nil { result.legend.insert(name) }
            var edge = agfstout(graph, current)
            while let out = edge {
                if let head = out.pointee.node {
                    let copied = Graph.Edge(tail: name, head: String(cString: agnameof(UnsafeMutableRawPointer(head))),
                                            attributes: values(UnsafeMutableRawPointer(out), edgeSymbols))
                    edges.append((UInt64(out.pointee.base.tag.seq), copied))
                }
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        result.edges = edges.sorted { $0.sequence < $1.sequence }.map(\.edge)
        return result
    }
}
