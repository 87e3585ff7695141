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
    /// Unweighted networks run on `UnweightedPaths` (a relabelled copy, scaled dependencies);
    /// closeness and harmonic without betweenness use its multi-source BFS (64 sources per
    /// traversal). Weighted networks run Dijkstra with predecessor lists (`PathWorkspace`).
    ///
    /// - Complexity: O(V·E) time unweighted, O(V·E log V) weighted, on `workers` threads;
    ///   O(V + E) extra space for the relabelled copy plus O(V) per worker (weighted:
    ///   O(V + E) per worker for the predecessor lists and the heap).
    public static func compute(_ network: Network, request: Request = .all, workers: Int? = nil) -> PathMeasures {
        let n = network.nodeCount
        let wantsBetweenness = request.contains(.betweenness)
        let wantsDistances = request.contains(.closeness) || request.contains(.harmonic)
        let reverseForDistances = network.isDirected && wantsDistances

        if !network.isWeighted {
            // The unweighted kernel: relabelled, cache-friendly copy (see `UnweightedPaths`).
            let kernel = UnweightedPaths(network)
            var sums: (betweenness: [Double], closeness: [Double], harmonic: [Double])
            if wantsBetweenness {
                sums = kernel.run(betweenness: true, distances: wantsDistances, workers: workers)
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

        struct State {
            var workspace: PathWorkspace
            var betweenness: [Double]
            var closeness: [(Int, Double)] = []
            var harmonic: [(Int, Double)] = []
        }
        let arcCount = network.outTarget.count
        let weighted = network.isWeighted
        let states = network.withRows { out, into in
            Parallel.forEach(count: n, workers: workers, makeState: {
                State(workspace: PathWorkspace(nodeCount: n, arcCount: weighted ? arcCount : 0),
                      betweenness: wantsBetweenness ? [Double](repeating: 0, count: n) : [])
            }, body: { state, source in
                let workspace = state.workspace
                if wantsBetweenness || (wantsDistances && !reverseForDistances) {
                    traverse(weighted, rows: out, from: source, countPaths: wantsBetweenness, workspace: workspace)
                    if wantsBetweenness {
                        state.betweenness.withUnsafeMutableBufferPointer { total in
                            if weighted {
                                accumulateWeighted(source: source, workspace: workspace, into: total.baseAddress!)
                            } else {
                                accumulate(incoming: into, workspace: workspace, into: total.baseAddress!)
                            }
                        }
                    }
                    if wantsDistances && !reverseForDistances {
                        let (c, h) = distanceSums(weighted, nodeCount: n, workspace: workspace)
                        state.closeness.append((source, c))
                        state.harmonic.append((source, h))
                    }
                    workspace.reset()
                }
                if reverseForDistances {
                    traverse(weighted, rows: into, from: source, countPaths: false, workspace: workspace)
                    let (c, h) = distanceSums(weighted, nodeCount: n, workspace: workspace)
                    state.closeness.append((source, c))
                    state.harmonic.append((source, h))
                    workspace.reset()
                }
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

    private static func traverse(_ weighted: Bool, rows: RowView, from source: Int, countPaths: Bool, workspace: PathWorkspace) {
        if weighted {
            workspace.dijkstra(from: source, rows: rows, countPaths: countPaths)
        } else {
            workspace.breadthFirst(from: source, rows: rows, countPaths: countPaths)
        }
    }

    /// Brandes' backward pass after a BFS: the source's dependency on every node, added to
    /// `total`. Predecessors are found by scanning each node's incoming arcs for nodes one hop
    /// nearer (no predecessor lists to build). The source (`order[0]`) is skipped: endpoints are
    /// excluded.
    private static func accumulate(incoming rows: RowView, workspace ws: PathWorkspace, into total: UnsafeMutablePointer<Double>) {
        let order = ws.order, hops = ws.hops, sigma = ws.sigma, delta = ws.delta
        let start = rows.start, target = rows.target
        var i = ws.orderCount - 1
        while i > 0 {
            let w = Int(order[i])
            let previous = hops[w] &- 1
            let dw = delta[w]
            let coefficient = (1 + dw) / sigma[w]
            var k = start[w]
            let end = start[w &+ 1]
            while k < end {
                let v = Int(target[k])
                if hops[v] == previous { delta[v] += sigma[v] * coefficient }
                k &+= 1
            }
            total[w] += dw
            i &-= 1
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

    /// Closeness and the raw harmonic sum for the traversal's source.
    private static func distanceSums(_ weighted: Bool, nodeCount n: Int, workspace ws: PathWorkspace) -> (Double, Double) {
        var total = 0.0, harmonic = 0.0
        let order = ws.order, hops = ws.hops, distance = ws.distance
        for i in 1..<max(1, ws.orderCount) {
            let v = Int(order[i])
            let d = weighted ? distance[v] : Double(hops[v])
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
