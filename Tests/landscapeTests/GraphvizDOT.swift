import CGraphviz
import LandscapeRender
@testable import LandscapeGraphviz
@testable import LandscapeIO

/// A DOT text read by Graphviz itself (`agmemread`) into LandscapeIO's `DOTGraph`: the graph's
/// name and attributes, every node and edge (in the order they were made) with its non-empty
/// attribute values, and the nodes of the top-level `cluster_legend`. The other side of
/// `DOTDifferentialTests`, which compares LandscapeIO's DOT parser with it.
enum GraphvizDOT {
    /// Reads `text` with Graphviz (`agmemread`): the graph, or `nil` with Graphviz's messages.
    ///
    /// Graphviz's scanner keeps what follows a graph for the next read (a second graph, say),
    /// and its state after a text that ends inside a string, so it is emptied after each read:
    /// later reads see their own text only.
    /// - Complexity: O(V + E) after parsing, for V nodes and E edges, times the attributes.
    static func graph(_ text: String) -> (graph: DOTGraph?, messages: [RenderMessage]) {
        let result = try? GraphvizLibrary.run { _ throws(RenderError) -> DOTGraph? in
            agreadline(1)
            let graph = agmemread(text)
            defer {
                if let graph { agclose(graph) }
                let messages = MessageCapture.text
                DOTSummary.flushScanner()
                MessageCapture.text = messages
            }
            return graph.map(copy)
        }
        return (result?.0 ?? nil, result?.1 ?? [])
    }

    private static func copy(_ graph: UnsafeMutablePointer<Agraph_t>) -> DOTGraph {
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
        var result = DOTGraph(name: String(cString: agnameof(UnsafeMutableRawPointer(graph))))
        result.attributes = values(UnsafeMutableRawPointer(graph), symbols(0))
        let nodeSymbols = symbols(1), edgeSymbols = symbols(2)
        let legend = "cluster_legend".withCString { agsubg(graph, UnsafeMutablePointer(mutating: $0), 0) }
        var edges: [(sequence: UInt64, edge: DOTGraph.Edge)] = []
        var node = agfstnode(graph)
        while let current = node {
            let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
            result.nodes.append(DOTGraph.Node(name: name, attributes: values(UnsafeMutableRawPointer(current), nodeSymbols)))
            if let legend, agsubnode(legend, current, 0) != nil { result.legend.insert(name) }
            var edge = agfstout(graph, current)
            while let out = edge {
                if let head = out.pointee.node {
                    let copied = DOTGraph.Edge(tail: name, head: String(cString: agnameof(UnsafeMutableRawPointer(head))),
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
