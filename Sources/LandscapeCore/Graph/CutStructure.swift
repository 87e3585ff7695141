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

    package var indexedCutPoints: [IndexedCutPoint]
    package var indexedBridges: [IndexedBridge]
    /// The network's actors by node index, to answer by `ActorID`.
    private var actorIDs: [ActorID] = []

    /// The cut points, in the landscape's order.
    public var cutPoints: [CutPoint] {
        indexedCutPoints.map { CutPoint(actor: actorIDs[$0.node], cutOff: $0.cutOff.map { actorIDs[$0] }) }
    }

    /// The bridges (ties that are the only connection between two parts), in the landscape's order.
    public var bridges: [Bridge] {
        indexedBridges.map { Bridge(ends: (actorIDs[$0.a], actorIDs[$0.b]), smallerSide: $0.smallerSide.map { actorIDs[$0] }) }
    }

    /// - Complexity: O(V + E) for the search, plus the size of the reported pieces.
    package init(_ network: Network) {
        let g = network.undirected()
        var search = DepthFirst(g)
        var cutPoints: [IndexedCutPoint] = []
        var bridges: [IndexedBridge] = []
        for root in 0..<g.nodeCount where search.discovery[root] < 0 {
            let component = search.run(from: root)
            for index in component {
                if let cutPoint = search.cutPoint(search.order[index], in: component) { cutPoints.append(cutPoint) }
            }
            for index in component {
                if let bridge = search.bridge(above: search.order[index], in: component) { bridges.append(bridge) }
            }
        }
        self.indexedCutPoints = cutPoints.sorted { $0.node < $1.node }
        self.indexedBridges = bridges.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        self.actorIDs = network.actors
    }

    /// An iterative depth-first search with discovery times, low points and subtree sizes.
    private struct DepthFirst {
        let g: Network
        var discovery: [Int]
        var low: [Int]
        var parent: [Int]
        var size: [Int]
        /// Nodes by discovery time: `order[discovery[v]] == v`; subtrees are contiguous.
        var order: [Int] = []
        var time = 0

        init(_ g: Network) {
            let n = g.nodeCount
            self.g = g
            discovery = [Int](repeating: -1, count: n)
            low = [Int](repeating: 0, count: n)
            parent = [Int](repeating: -1, count: n)
            size = [Int](repeating: 1, count: n)
            order.reserveCapacity(n)
        }

        /// Searches `root`'s component; returns its range in `order`.
        mutating func run(from root: Int) -> Range<Int> {
            let componentStart = order.count
            var stack: [(node: Int, next: Int)] = []
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
                } else if let p = stack.last?.node {
                    low[p] = min(low[p], low[v])
                    size[p] += size[v]
                }
            }
            return componentStart..<order.count
        }

        /// `u` as a cut point of its component with the pieces it cuts off, or `nil` when its
        /// removal leaves the component in one piece. The pieces left when `u` goes: child
        /// subtrees that cannot reach above it, and the rest.
        func cutPoint(_ u: Int, in component: Range<Int>) -> IndexedCutPoint? {
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
            guard isCut else { return nil }
            let rest = component.count - 1 - separated
            // Keep the largest piece (the rest counts as one piece when non-empty).
            var cutOff: [Int] = []
            let largestSubtree = pieces.map(\.count).max() ?? 0
            let restIsLargest = rest >= largestSubtree
            var keptOne = restIsLargest
            if !restIsLargest {
                // The rest is cut off too: everything in the component outside u's qualifying subtrees.
                cutOff += CutStructure.nodes(in: component, order: order, discovery: discovery, excluding: pieces, and: u)
            }
            for piece in pieces.sorted(by: { $0.start < $1.start }) {
                if !keptOne && piece.count == largestSubtree { keptOne = true; continue }
                cutOff += order[piece.start..<piece.start + piece.count]
            }
            return IndexedCutPoint(node: u, cutOff: cutOff.sorted())
        }

        /// The tie between `v` and its parent as a bridge with its smaller side, or `nil` when
        /// `v` is a root or the tie is not a bridge.
        func bridge(above v: Int, in component: Range<Int>) -> IndexedBridge? {
            let p = parent[v]
            guard p >= 0, low[v] > discovery[p] else { return nil }
            let subtree = Array(order[discovery[v]..<discovery[v] + size[v]])
            let other = component.count - size[v]
            let smaller = size[v] <= other ? subtree : CutStructure.nodes(in: component, order: order, discovery: discovery,
                                                                         excluding: [(discovery[v], size[v])], and: nil)
            return IndexedBridge(a: min(p, v), b: max(p, v), smallerSide: smaller.sorted())
        }
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
