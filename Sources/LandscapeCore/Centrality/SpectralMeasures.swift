/// Eigenvector centrality and PageRank: power iterations over the network, each step a sparse
/// matrix–vector product on the compressed incoming rows, parallel over blocks of rows
/// (`RowProduct`).
///
/// Every row's sum is formed in the row's order on one thread, and norms and changes are summed
/// in node order afterwards (PageRank's change and dangling mass per block of 4,096 rows in the
/// same pass, then over the blocks in order), so the values are the same bits on any number of
/// cores.
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
    /// incoming arcs in a directed reading, stopped by networkx's test (the L1 change below
    /// n·tolerance) — but to a tight tolerance. An undirected network of more than
    /// `Sampling.largeAbove` actors runs the Lanczos iteration instead (`Lanczos.perron`): the
    /// same vector in far fewer products where the two largest eigenvalues lie close, as in a
    /// block model of many weakly linked municipalities (8,262 power steps on sbm-200k).
    ///
    /// On a disconnected network the iteration converges to the component(s) with the largest
    /// eigenvalue: nodes elsewhere tend to 0 (the mathematical limit, which networkx approaches
    /// too) and come out as values within the tolerance of 0. With no ties at all the measure is
    /// undefined: every value is `nil`.
    ///
    /// - Complexity: O(k·(V + E)) for k iterations (at most `maxIterations`), on `workers`
    ///   threads; O(V) extra space (Lanczos: O(m·V) for its basis of m vectors).
    package static func eigenvector(
        _ network: Network, tolerance: Double = 1e-13, maxIterations: Int = 100_000, workers: Int? = nil
    ) -> Scores {
        let n = network.nodeCount
        guard n > 0, network.edgeCount > 0 else { return Scores(values: [Double?](repeating: nil, count: n), converged: true) }
        if !network.isDirected && n > Sampling.largeAbove {
            let perron = Lanczos.perron(network, workers: workers)
            return Scores(values: perron.vector, converged: perron.converged)
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        let rows = RowProduct(network)
        for _ in 0..<maxIterations {
            rows.adjacencyPlusIdentity(x, into: &next, workers: workers)
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
    /// both ways. Iterated until the L1 change is below n·tolerance (networkx's test).
    ///
    /// - Complexity: O(k·(V + E)) for k iterations, on `workers` threads.
    package static func pageRank(
        _ network: Network, alpha: Double = 0.85, tolerance: Double = 1e-13, maxIterations: Int = 100_000, workers: Int? = nil
    ) -> Scores {
        let n = network.nodeCount
        guard n > 0 else { return Scores(values: [], converged: true) }
        var outTotal = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for k in network.outRange(v) { outTotal[v] += network.isWeighted ? network.outWeight[k] : 1 }
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        let uniform = 1 / Double(n)
        let rows = RowProduct(network)
        var dangling = 0.0
        for v in 0..<n where outTotal[v] == 0 { dangling += x[v] }
        for _ in 0..<maxIterations {
            let (change, nextDangling) = rows.surferSums(
                x, outTotal: outTotal, alpha: alpha, jump: dangling * uniform, uniform: uniform, into: &next, workers: workers)
            dangling = nextDangling
            swap(&x, &next)
            if change < Double(n) * tolerance { return Scores(values: x, converged: true) }
        }
        return Scores(values: x, converged: false)
    }
}
