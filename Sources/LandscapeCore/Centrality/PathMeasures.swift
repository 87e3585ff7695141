/// Betweenness, closeness and harmonic centrality: the all-pairs shortest-path measures,
/// computed in one pass over the sources, parallel over cores.
package struct PathMeasures: Sendable {
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
    /// Unweighted networks run on `UnweightedPaths` (a relabelled copy, scaled dependencies);
    /// closeness and harmonic without betweenness use its multi-source BFS (64 sources per
    /// traversal). Weighted networks run Dijkstra with predecessor lists (`PathWorkspace`).
    ///
    /// - Complexity: O(V·E) time unweighted, O(V·E log V) weighted, on `workers` threads;
    ///   O(V + E) extra space for the relabelled copy plus O(V) per worker (weighted:
    ///   O(V + E) per worker for the predecessor lists and the heap).
    package static func compute(_ network: Network, request: Request = .all, workers: Int? = nil) -> PathMeasures {
        if network.isWeighted { return weighted(network, request: request, workers: workers) }
        // The unweighted kernel: relabelled, cache-friendly copy (see `UnweightedPaths`).
        let n = network.nodeCount
        let wantsBetweenness = request.contains(.betweenness)
        let kernel = UnweightedPaths(network)
        var sums: (betweenness: [Double], closeness: [Double], harmonic: [Double])
        if wantsBetweenness {
            sums = kernel.run(betweenness: true, distances: request.contains(.closeness) || request.contains(.harmonic), workers: workers)
        } else {
            // Distances only: 64 sources per traversal (multi-source BFS).
            let distances = kernel.distanceSums(incoming: network.isDirected, workers: workers)
            sums = ([], distances.closeness, distances.harmonic)
        }
        var result = PathMeasures()
        if wantsBetweenness {
            var total = sums.betweenness
            if n > 2 {
                let scale = 1 / (Double(n - 1) * Double(n - 2))
                for i in 0..<n { total[i] *= scale }
            }
            result.betweenness = total
        }
        if request.contains(.closeness) { result.closeness = sums.closeness }
        if request.contains(.harmonic) {
            result.harmonic = n > 1 ? sums.harmonic.map { $0 / Double(n - 1) } : [Double?](repeating: nil, count: n)
        }
        return result
    }

    /// What one worker of the weighted traversals adds up.
    private struct WeightedState {
        var workspace: PathWorkspace
        var betweenness: [Double]
        var closeness: [(Int, Double)] = []
        var harmonic: [(Int, Double)] = []
    }

    /// The measures of a weighted network: Dijkstra from every source, on `workers` threads.
    private static func weighted(_ network: Network, request: Request, workers: Int?) -> PathMeasures {
        let n = network.nodeCount
        let wantsBetweenness = request.contains(.betweenness)
        let wantsDistances = request.contains(.closeness) || request.contains(.harmonic)
        let arcCount = network.outTarget.count, isDirected = network.isDirected
        let states = network.withRows { out, into in
            Parallel.forEach(count: n, workers: workers, makeState: {
                WeightedState(workspace: PathWorkspace(nodeCount: n, arcCount: arcCount),
                              betweenness: wantsBetweenness ? [Double](repeating: 0, count: n) : [])
            }, body: { state, source in
                visit(source, out: out, into: into, isDirected: isDirected, nodeCount: n,
                      betweenness: wantsBetweenness, distances: wantsDistances, state: &state)
            })
        }

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

    /// One source of the weighted traversals: Dijkstra forward for betweenness (and for the
    /// distances when undirected), and backward for the distances in a directed reading.
    @inline(__always)
    private static func visit(
        _ source: Int, out: RowView, into: RowView, isDirected: Bool, nodeCount n: Int,
        betweenness wantsBetweenness: Bool, distances wantsDistances: Bool, state: inout WeightedState
    ) {
        let workspace = state.workspace
        let reverseForDistances = isDirected && wantsDistances
        if wantsBetweenness || (wantsDistances && !reverseForDistances) {
            workspace.dijkstra(from: source, rows: out, countPaths: wantsBetweenness)
            if wantsBetweenness {
                state.betweenness.withUnsafeMutableBufferPointer { total in
                    accumulateWeighted(source: source, workspace: workspace, into: total.baseAddress!)
                }
            }
            if wantsDistances && !reverseForDistances {
                let (c, h) = distanceSums(nodeCount: n, workspace: workspace)
                state.closeness.append((source, c))
                state.harmonic.append((source, h))
            }
            workspace.reset()
        }
        if reverseForDistances {
            workspace.dijkstra(from: source, rows: into, countPaths: false)
            let (c, h) = distanceSums(nodeCount: n, workspace: workspace)
            state.closeness.append((source, c))
            state.harmonic.append((source, h))
            workspace.reset()
        }
    }

    /// Brandes' backward pass after Dijkstra, along the recorded predecessor lists.
    private static func accumulateWeighted(source: Int, workspace ws: PathWorkspace, into total: UnsafeMutablePointer<Double>) {
        let order = ws.order, sigma = ws.sigma, delta = ws.delta
        let head = ws.predecessorHead, next = ws.predecessorNext, node = ws.predecessorNode
        var i = ws.orderCount - 1
        while i >= 0 {
            let w = Int(order[i])
            let coefficient = (1 + delta[w]) / sigma[w]
            var link = head[w]
            while link >= 0 {
                let v = Int(node[Int(link)])
                delta[v] += sigma[v] * coefficient
                link = next[Int(link)]
            }
            if w != source { total[w] += delta[w] }
            i -= 1
        }
    }

    /// Closeness and the raw harmonic sum for the weighted traversal's source.
    private static func distanceSums(nodeCount n: Int, workspace ws: PathWorkspace) -> (Double, Double) {
        var total = 0.0, harmonic = 0.0
        let order = ws.order, distance = ws.distance
        for i in 1..<max(1, ws.orderCount) {
            let v = Int(order[i])
            let d = distance[v]
            total += d
            if d > 0 { harmonic += 1 / d }
        }
        let reached = Double(ws.orderCount - 1)
        var closeness = 0.0
        if total > 0 && n > 1 {
            closeness = (reached / total) * (reached / Double(n - 1))
        }
        return (closeness, harmonic)
    }
}
