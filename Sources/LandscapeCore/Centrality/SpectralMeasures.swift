/// Eigenvector centrality and PageRank: power iterations over the network.
package enum SpectralMeasures {
    /// The outcome of a power iteration.
    public struct Scores: Sendable {
        /// Per node index; `nil` where undefined (see each function).
        public var values: [Double?]
        /// Whether the iteration met its tolerance within the iteration limit.
        public var converged: Bool
    }

    /// Eigenvector centrality (Bonacich 1972): the Perron eigenvector of the adjacency matrix,
    /// scaled to unit Euclidean length. Computed as networkx `eigenvector_centrality` does — power
    /// iteration with A + I from the uniform vector, weights used when the network is weighted,
    /// incoming arcs in a directed reading — but to a tight tolerance (L1 change below n·1e-13).
    ///
    /// On a disconnected network the iteration converges to the component(s) with the largest
    /// eigenvalue: nodes elsewhere tend to 0 (the mathematical limit, which networkx approaches
    /// too) and come out as values within the tolerance of 0. With no ties at all the measure is
    /// undefined: every value is `nil`.
    ///
    /// - Complexity: O(k·(V + E)) for k iterations (at most `maxIterations`).
    package static func eigenvector(_ network: Network, tolerance: Double = 1e-13, maxIterations: Int = 100_000) -> Scores {
        let n = network.nodeCount
        guard n > 0, network.edgeCount > 0 else { return Scores(values: [Double?](repeating: nil, count: n), converged: true) }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var sum = x[v]
                for k in network.inRange(v) {
                    sum += x[Int(network.inTarget[k])] * (network.isWeighted ? network.inWeight[k] : 1)
                }
                next[v] = sum
            }
            var norm = 0.0
            for value in next { norm += value * value }
            norm = norm.squareRoot()
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance {
                return Scores(values: x, converged: true)
            }
        }
        return Scores(values: x, converged: false)
    }

    /// PageRank (Brin & Page 1998) with damping `alpha`, as networkx `pagerank(G, alpha)`: a
    /// random surfer follows an arc with probability alpha (proportional to weight when the
    /// network is weighted, else uniformly), otherwise jumps to a uniformly random node; nodes
    /// without outgoing arcs hand their score to all nodes uniformly. Undirected edges count
    /// both ways. Iterated until the L1 change is below n·tolerance.
    ///
    /// - Complexity: O(k·(V + E)) for k iterations.
    package static func pageRank(_ network: Network, alpha: Double = 0.85, tolerance: Double = 1e-13, maxIterations: Int = 100_000) -> Scores {
        let n = network.nodeCount
        guard n > 0 else { return Scores(values: [], converged: true) }
        var outTotal = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for k in network.outRange(v) { outTotal[v] += network.isWeighted ? network.outWeight[k] : 1 }
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        let uniform = 1 / Double(n)
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for v in 0..<n where outTotal[v] == 0 { dangling += x[v] }
            for v in 0..<n {
                var sum = 0.0
                for k in network.inRange(v) {
                    let u = Int(network.inTarget[k])
                    sum += x[u] * (network.isWeighted ? network.inWeight[k] : 1) / outTotal[u]
                }
                next[v] = alpha * (sum + dangling * uniform) + (1 - alpha) * uniform
            }
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - x[v]) }
            swap(&x, &next)
            if change < Double(n) * tolerance { return Scores(values: x, converged: true) }
        }
        return Scores(values: x, converged: false)
    }
}
