/// Betweenness, closeness and harmonic centrality: the all-pairs shortest-path measures,
/// computed in one pass over the sources, parallel over cores.
public struct PathMeasures: Sendable {
    /// Normalised betweenness per node index, or `nil` when not asked for.
    public var betweenness: [Double]?
    public var closeness: [Double]?
    /// `nil` per node when the network has fewer than two nodes.
    public var harmonic: [Double?]?

    /// Which of the three to compute.
    public struct Request: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let betweenness = Request(rawValue: 1)
        public static let closeness = Request(rawValue: 2)
        public static let harmonic = Request(rawValue: 4)
        public static let all: Request = [.betweenness, .closeness, .harmonic]
    }

    /// Computes the requested measures.
    ///
    /// - **Betweenness** (Brandes 2001, doi:10.1080/0022250X.2001.9990249): for each node v,
    ///   the sum over ordered pairs (s, t), s ≠ v ≠ t, of σ_st(v) / σ_st, the share of shortest
    ///   s–t paths through v; endpoints excluded; multiplied by 1 / ((n−1)(n−2)) when n > 2.
    ///   Undirected pairs are thus counted in both orders, which equals networkx's
    ///   `betweenness_centrality(G, normalized=True)`. Weighted: arc length 1 / weight, and
    ///   paths of exactly equal length count as equal (as in networkx).
    /// - **Closeness** (Wasserman & Faust 1994, the improved form for disconnected graphs, as
    ///   networkx `closeness_centrality`): (r / Σd) · (r / (n−1)) where r is the number of nodes
    ///   that reach v and Σd the sum of their distances to v; 0 when nothing reaches v.
    /// - **Harmonic** (Marchiori & Latora 2000; Boldi & Vigna 2014): Σ 1 / d(u, v) over the
    ///   nodes u that reach v, divided by n − 1.
    /// In a directed reading closeness and harmonic use distances *to* the actor (networkx's
    /// convention); betweenness follows arcs forward.
    ///
    /// - Complexity: O(V·E) time unweighted, O(V·E log V) weighted, on `workers` threads;
    ///   O(W·(V + E)) extra space for W workers.
    public static func compute(_ network: Network, request: Request = .all, workers: Int? = nil) -> PathMeasures {
        let n = network.nodeCount
        let wantsBetweenness = request.contains(.betweenness)
        let wantsDistances = request.contains(.closeness) || request.contains(.harmonic)
        let reverseForDistances = network.isDirected && wantsDistances

        struct State {
            var workspace: PathWorkspace
            var betweenness: [Double]
            var closeness: [(Int, Double)] = []
            var harmonic: [(Int, Double)] = []
        }
        let arcCount = network.outTarget.count
        let states = Parallel.forEach(count: n, workers: workers, makeState: {
            State(workspace: PathWorkspace(nodeCount: n, arcCount: arcCount),
                  betweenness: wantsBetweenness ? [Double](repeating: 0, count: n) : [])
        }, body: { state, source in
            if wantsBetweenness || (wantsDistances && !reverseForDistances) {
                traverse(network, from: source, incoming: false, countPaths: wantsBetweenness, workspace: &state.workspace)
                if wantsBetweenness { accumulate(network, source: source, state: &state.workspace, into: &state.betweenness) }
                if wantsDistances && !reverseForDistances {
                    let (c, h) = distanceSums(network, workspace: state.workspace)
                    state.closeness.append((source, c))
                    state.harmonic.append((source, h))
                }
                state.workspace.reset()
            }
            if reverseForDistances {
                traverse(network, from: source, incoming: true, countPaths: false, workspace: &state.workspace)
                let (c, h) = distanceSums(network, workspace: state.workspace)
                state.closeness.append((source, c))
                state.harmonic.append((source, h))
                state.workspace.reset()
            }
        })

        var result = PathMeasures()
        if wantsBetweenness {
            var total = [Double](repeating: 0, count: n)
            for state in states {
                for i in 0..<n { total[i] += state.betweenness[i] }
            }
            if n > 2 {
                let scale = 1 / (Double(n - 1) * Double(n - 2))
                for i in 0..<n { total[i] *= scale }
            }
            result.betweenness = total
        }
        if request.contains(.closeness) {
            var closeness = [Double](repeating: 0, count: n)
            for state in states { for (i, value) in state.closeness { closeness[i] = value } }
            result.closeness = closeness
        }
        if request.contains(.harmonic) {
            var harmonic = [Double?](repeating: nil, count: n)
            if n > 1 {
                for state in states { for (i, value) in state.harmonic { harmonic[i] = value / Double(n - 1) } }
            }
            result.harmonic = harmonic
        }
        return result
    }

    private static func traverse(_ network: Network, from source: Int, incoming: Bool, countPaths: Bool, workspace: inout PathWorkspace) {
        if network.isWeighted {
            workspace.dijkstra(from: source, in: network, incoming: incoming, countPaths: countPaths)
        } else {
            workspace.breadthFirst(from: source, in: network, incoming: incoming, countPaths: countPaths)
        }
    }

    /// Brandes' backward pass: dependencies of the source on every node, added to `total`.
    private static func accumulate(_ network: Network, source: Int, state ws: inout PathWorkspace, into total: inout [Double]) {
        var i = ws.orderCount - 1
        while i >= 0 {
            let w = Int(ws.order[i])
            let coefficient = (1 + ws.delta[w]) / ws.sigma[w]
            if network.isWeighted {
                var link = ws.predecessorHead[w]
                while link >= 0 {
                    let v = Int(ws.predecessorNode[Int(link)])
                    ws.delta[v] += ws.sigma[v] * coefficient
                    link = ws.predecessorNext[Int(link)]
                }
            } else {
                let previous = ws.hops[w] - 1
                for k in network.inRange(w) {
                    let v = Int(network.inTarget[k])
                    if ws.hops[v] == previous { ws.delta[v] += ws.sigma[v] * coefficient }
                }
            }
            if w != source { total[w] += ws.delta[w] }
            i -= 1
        }
    }

    /// Closeness and the raw harmonic sum for the traversal's source.
    private static func distanceSums(_ network: Network, workspace ws: PathWorkspace) -> (Double, Double) {
        var total = 0.0, harmonic = 0.0
        for i in 1..<max(1, ws.orderCount) {
            let v = Int(ws.order[i])
            let d = network.isWeighted ? ws.distance[v] : Double(ws.hops[v])
            total += d
            if d > 0 { harmonic += 1 / d }
        }
        let reached = Double(ws.orderCount - 1)
        let n = network.nodeCount
        var closeness = 0.0
        if total > 0 && n > 1 {
            closeness = (reached / total) * (reached / Double(n - 1))
        }
        return (closeness, harmonic)
    }
}
