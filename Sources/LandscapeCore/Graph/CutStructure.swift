/// Articulation points (cut points) and bridges of the undirected network, with what each
/// would cut off (Hopcroft & Tarjan 1973, "Efficient algorithms for graph manipulation",
/// CACM 16(6), doi:10.1145/362248.362272), by an iterative depth-first search.
public struct CutStructure: Sendable, Equatable {
    /// A cut point and the actors (node indices) that lose their connection to the rest of its
    /// component when it goes: every piece but the largest.
    package struct IndexedCutPoint: Sendable, Equatable {
        package var node: Int
        package var cutOff: [Int]
    }

    /// A bridge and the node indices on its smaller side.
    package struct IndexedBridge: Sendable, Equatable {
        package var a: Int
        package var b: Int
        package var smallerSide: [Int]
    }

    /// An actor whose departure splits its part of the landscape, and who would be cut off.
    public struct CutPoint: Sendable, Equatable {
        public var actor: ActorID
        /// Every piece but the largest, in the landscape's order.
        public var cutOff: [ActorID]
    }

    /// A tie whose end splits its part of the landscape, and the actors on its smaller side.
    public struct Bridge: Sendable, Equatable {
        public var ends: (ActorID, ActorID)
        public var smallerSide: [ActorID]

        public static func == (left: Bridge, right: Bridge) -> Bool {
            left.ends == right.ends && left.smallerSide == right.smallerSide
        }
    }

    package var cutPoints: [IndexedCutPoint]
    package var bridges: [IndexedBridge]
    /// The network's actors by node index, to answer by `ActorID`.
    private var actorIDs: [ActorID] = []

    /// The cut points, in the landscape's order.
    public var cutPointsByActor: [CutPoint] {
        cutPoints.map { CutPoint(actor: actorIDs[$0.node], cutOff: $0.cutOff.map { actorIDs[$0] }) }
    }

    /// The bridges (ties that are the only connection between two parts), in the landscape's order.
    public var bridgesByActor: [Bridge] {
        bridges.map { Bridge(ends: (actorIDs[$0.a], actorIDs[$0.b]), smallerSide: $0.smallerSide.map { actorIDs[$0] }) }
    }

    /// - Complexity: O(V + E) for the search, plus the size of the reported pieces.
    package init(_ network: Network) {
        let g = network.undirected()
        let n = g.nodeCount
        var discovery = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var parent = [Int](repeating: -1, count: n)
        var size = [Int](repeating: 1, count: n)
        var exit = [Int](repeating: 0, count: n)
        var order: [Int] = []  // nodes by discovery time: order[discovery[v]] == v; subtrees are contiguous
        order.reserveCapacity(n)
        var cutPoints: [IndexedCutPoint] = []
        var bridges: [IndexedBridge] = []
        var time = 0
        var stack: [(node: Int, next: Int)] = []

        for root in 0..<n where discovery[root] < 0 {
            let componentStart = order.count
            discovery[root] = time; low[root] = time; time += 1
            order.append(root)
            stack.append((root, g.outStart[root]))
            while var top = stack.popLast() {
                let v = top.node
                if top.next < g.outStart[v + 1] {
                    let w = Int(g.outTarget[top.next])
                    top.next += 1
                    stack.append(top)
                    if discovery[w] < 0 {
                        parent[w] = v
                        discovery[w] = time; low[w] = time; time += 1
                        order.append(w)
                        stack.append((w, g.outStart[w]))
                    } else if w != parent[v] {
                        low[v] = min(low[v], discovery[w])
                    }
                } else {
                    exit[v] = time - 1
                    if let p = stack.last?.node {
                        low[p] = min(low[p], low[v])
                        size[p] += size[v]
                    }
                }
            }
            let componentSize = order.count - componentStart
            // Pieces left when a node goes: child subtrees that cannot reach above it, and the rest.
            for index in componentStart..<order.count {
                let u = order[index]
                var pieces: [(start: Int, count: Int)] = []  // ranges in `order` (subtrees)
                var separated = 0
                for k in g.outRange(u) {
                    let v = Int(g.outTarget[k])
                    guard parent[v] == u, low[v] >= discovery[u] else { continue }
                    pieces.append((discovery[v], size[v]))
                    separated += size[v]
                }
                let isRoot = parent[u] < 0
                let isCut = isRoot ? pieces.count >= 2 : !pieces.isEmpty
                guard isCut else { continue }
                let rest = componentSize - 1 - separated
                // Keep the largest piece (the rest counts as one piece when non-empty).
                var cutOff: [Int] = []
                let largestSubtree = pieces.map(\.count).max() ?? 0
                let restIsLargest = rest >= largestSubtree
                var keptOne = restIsLargest
                if !restIsLargest {
                    // The rest is cut off too: everything in the component outside u's qualifying subtrees.
                    cutOff += Self.nodes(in: componentStart..<order.count, order: order, discovery: discovery, excluding: pieces, and: u)
                }
                for piece in pieces.sorted(by: { $0.start < $1.start }) {
                    if !keptOne && piece.count == largestSubtree { keptOne = true; continue }
                    cutOff += order[piece.start..<piece.start + piece.count]
                }
                cutPoints.append(IndexedCutPoint(node: u, cutOff: cutOff.sorted()))
            }
            for index in componentStart..<order.count {
                let v = order[index]
                let p = parent[v]
                guard p >= 0, low[v] > discovery[p] else { continue }
                let subtree = Array(order[discovery[v]..<discovery[v] + size[v]])
                let other = componentSize - size[v]
                let smaller = size[v] <= other ? subtree : Self.nodes(in: componentStart..<order.count, order: order, discovery: discovery,
                                                                 excluding: [(discovery[v], size[v])], and: nil)
                bridges.append(IndexedBridge(a: min(p, v), b: max(p, v), smallerSide: smaller.sorted()))
            }
        }
        self.cutPoints = cutPoints.sorted { $0.node < $1.node }
        self.bridges = bridges.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        self.actorIDs = network.actors
    }

    /// The component's nodes outside the given subtrees (and other than `node`).
    private static func nodes(in range: Range<Int>, order: [Int], discovery: [Int], excluding pieces: [(start: Int, count: Int)], and node: Int?) -> [Int] {
        range.compactMap { index -> Int? in
            let v = order[index]
            if v == node { return nil }
            let d = discovery[v]
            return pieces.contains { d >= $0.start && d < $0.start + $0.count } ? nil : v
        }
    }
}
