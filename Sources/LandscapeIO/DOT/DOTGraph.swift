/// The graph a DOT text describes, as Graphviz's reader (cgraph) builds it: nodes in the order
/// they were first named, edges in the order they were made, every attribute value an object
/// ends up with — set on it, or a default (`node [ … ]`, `edge [ … ]`) in force where it was
/// made — and the graph's own attributes. Empty values are left out, as unset.
///
/// `DOTGraph.read` parses the whole DOT language; `DOTReader` turns the graph into a landscape.
public struct DOTGraph: Hashable, Sendable {
    public struct Node: Hashable, Sendable {
        public var name: String
        public var attributes: [String: String]
    }

    public struct Edge: Hashable, Sendable {
        public var tail: String
        public var head: String
        public var attributes: [String: String]
    }

    /// The graph's name; `nil` for an anonymous graph.
    public var name: String?
    public var isDirected = false
    public var isStrict = false
    /// The graph's attributes (`title = …`, `graph [ … ]` outside subgraphs).
    public var attributes: [String: String] = [:]
    public var nodes: [Node] = []
    public var edges: [Edge] = []
    /// The nodes inside the top-level subgraph `cluster_legend` (the legend `landscape` draws).
    public var legend: Set<String> = []
    /// `name NUL value` of every HTML value (`label=<…>`), which is markup, not text.
    var htmlValues: Set<String> = []

    func isHTML(_ name: String, _ value: String) -> Bool { htmlValues.contains(name + "\u{0}" + value) }
}

/// An attribute value and whether it was written as an HTML string.
struct DOTValue: Hashable, Sendable {
    var text: String
    var isHTML = false
}

/// The graph being built, with cgraph's rules for defaults, subgraphs and edges.
struct DOTGraphBuilder {
    /// A graph or subgraph: its defaults and nodes. Defaults set in a subgraph apply to the
    /// nodes and edges made inside it, after the statement that sets them.
    struct Scope {
        var parent: Int?
        var nodeDefaults: [String: DOTValue] = [:]
        var edgeDefaults: [String: DOTValue] = [:]
        var graphAttributes: [String: DOTValue] = [:]
        /// Named subgraphs directly inside: naming one again adds to it.
        var children: [String: Int] = [:]
        var members: Set<Int> = []
        /// The members in the order they were added; sorted by node number when read.
        var order: [Int] = []
        var isSorted = true
        var name: String?
    }

    struct EdgeRecord {
        var tail: Int
        var head: Int
        var attributes: [String: DOTValue]
    }

    struct EdgeKey: Hashable {
        var tail: Int
        var head: Int
        var key: String?
    }

    var isDirected: Bool
    var isStrict: Bool
    var name: String?
    var scopes = [Scope(parent: nil)]
    var nodeNames: [String] = []
    var nodeIndex: [String: Int] = [:]
    var nodeAttributes: [[String: DOTValue]] = []
    var edges: [EdgeRecord] = []
    /// Edges by ends and key, for strict graphs and keyed edges, which are made once.
    var edgesByKey: [EdgeKey: Int] = [:]
    /// The most edges to make (the edge statements of a small text can ask for millions).
    let edgeLimit: Int

    init(name: String?, directed: Bool, strict: Bool, edgeLimit: Int) {
        self.name = name
        isDirected = directed
        isStrict = strict
        self.edgeLimit = edgeLimit
    }

    // MARK: Subgraphs

    /// The subgraph `name` inside `scope` (made if new); every anonymous one is new.
    mutating func subgraph(_ name: String?, in scope: Int) -> Int {
        if let name, let found = scopes[scope].children[name] { return found }
        scopes.append(Scope(parent: scope, name: name))
        let index = scopes.count - 1
        if let name { scopes[scope].children[name] = index }
        return index
    }

    /// The nodes of a subgraph, in the order they were made.
    mutating func members(of scope: Int) -> [Int] {
        if !scopes[scope].isSorted {
            scopes[scope].order.sort()
            scopes[scope].isSorted = true
        }
        return scopes[scope].order
    }

    // MARK: Nodes

    /// The node `name`, made in `scope` with the defaults in force there if it is new, and
    /// added to `scope` and the graphs around it.
    mutating func node(_ name: String, in scope: Int) -> Int {
        let index: Int
        if let found = nodeIndex[name] {
            index = found
        } else {
            index = nodeNames.count
            nodeNames.append(name)
            nodeIndex[name] = index
            nodeAttributes.append(defaults(\.nodeDefaults, in: scope))
        }
        var current: Int? = scope
        while let at = current, scopes[at].members.insert(index).inserted {
            if let last = scopes[at].order.last, last > index { scopes[at].isSorted = false }
            scopes[at].order.append(index)
            current = scopes[at].parent
        }
        return index
    }

    /// The defaults in force in `scope`: its own over those of the graphs around it.
    func defaults(_ kind: KeyPath<Scope, [String: DOTValue]>, in scope: Int) -> [String: DOTValue] {
        var chain: [Int] = []
        var current: Int? = scope
        while let at = current {
            chain.append(at)
            current = scopes[at].parent
        }
        var result: [String: DOTValue] = [:]
        for at in chain.reversed() {
            result.merge(scopes[at][keyPath: kind]) { _, new in new }
        }
        return result
    }

    // MARK: Edges

    /// Makes the edge `tail`–`head` in `scope`, or finds it where cgraph would reuse one (a
    /// strict graph has one edge per pair; an edge `key` names one edge per pair), and sets
    /// `attributes` on it. A strict graph refuses a second edge with another key.
    ///
    /// - Returns: false when the edge limit is reached.
    mutating func edge(_ tail: Int, _ head: Int, key: String?, attributes: [String: DOTValue], in scope: Int) -> Bool {
        if key != nil || isStrict {
            // Without a key, any edge between the ends (`key: nil` holds the first of each pair).
            let found = edgesByKey[EdgeKey(tail: tail, head: head, key: key)]
                ?? (isDirected ? nil : edgesByKey[EdgeKey(tail: head, head: tail, key: key)])
            if let found {
                edges[found].attributes.merge(attributes) { _, new in new }
                return true
            }
            if isStrict, edgesByKey[EdgeKey(tail: tail, head: head, key: nil)] != nil { return true }
        }
        guard edges.count < edgeLimit else { return false }
        var made = defaults(\.edgeDefaults, in: scope)
        made.merge(attributes) { _, new in new }
        edges.append(EdgeRecord(tail: tail, head: head, attributes: made))
        let index = edges.count - 1
        if edgesByKey[EdgeKey(tail: tail, head: head, key: nil)] == nil {
            edgesByKey[EdgeKey(tail: tail, head: head, key: nil)] = index
        }
        if let key { edgesByKey[EdgeKey(tail: tail, head: head, key: key)] = index }
        return true
    }

    // MARK: The result

    func build() -> DOTGraph {
        var graph = DOTGraph(name: name, isDirected: isDirected, isStrict: isStrict)
        var html: Set<String> = []
        func plain(_ values: [String: DOTValue]) -> [String: String] {
            var result: [String: String] = [:]
            for (name, value) in values where !value.text.isEmpty {
                result[name] = value.text
                if value.isHTML { html.insert(name + "\u{0}" + value.text) }
            }
            return result
        }
        graph.attributes = plain(scopes[0].graphAttributes)
        graph.nodes = zip(nodeNames, nodeAttributes).map { DOTGraph.Node(name: $0, attributes: plain($1)) }
        graph.edges = edges.map { DOTGraph.Edge(tail: nodeNames[$0.tail], head: nodeNames[$0.head], attributes: plain($0.attributes)) }
        if let legend = scopes[0].children["cluster_legend"] {
            graph.legend = Set(scopes[legend].members.map { nodeNames[$0] })
        }
        graph.htmlValues = html
        return graph
    }
}
