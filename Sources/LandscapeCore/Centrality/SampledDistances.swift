/// Closeness and harmonic centrality estimated from the distances of sampled sources, for
/// landscapes too large for a search from every actor.
///
/// Eppstein & Wang (2004), "Fast approximation of centrality", Journal of Graph Algorithms and
/// Applications 8(1), 39–45, doi:10.7155/jgaa.00081: search from k sources drawn uniformly at
/// random and average, for every actor, the distances the searches found to it. Here the sources
/// are drawn per component (`DistanceSample`), k = ⌈ln(2n/δ) / (2ε²)⌉ in each component of more
/// than k actors (a smaller component is searched from every actor and is exact), and the
/// constants are Hoeffding's (1963): a mean of k independent values in a range of width w lies
/// within ε·w of its expectation except with probability 2·exp(−2kε²), which the union over the
/// n actors makes δ. So, **with probability ≥ 1 − δ, for every actor v of a component C of c
/// actors and diameter D**:
/// - **harmonic**: |estimate − exact| ≤ ε · c/(n−1) ≤ ε · n/(n−1) (the values 1/d lie in [0, 1]);
/// - **closeness**, undirected: the estimated mean distance μ̂ from C's actors to v (v itself
///   counting 0) lies within ε·D of the exact μ, and closeness = (c−1)² / ((n−1)·c·μ) is
///   estimated as (c−1)² / ((n−1)·c·μ̂): a relative error of at most ε·D/μ̂. In a directed
///   reading the number of actors that reach v is estimated from the same searches (within
///   ε·c, the same probability) and the mean distance within ε·D as before.
/// Weighted readings are not estimated (the callers compute them exactly).
package enum SampledDistances {
    /// Estimated closeness and harmonic centrality per node index, on the scales of
    /// `PathMeasures` (harmonic `nil` below two nodes).
    package struct Estimate: Sendable {
        package var closeness: [Double]
        package var harmonic: [Double?]
        /// The number of sources searched, over all components.
        package var sources: Int
    }

    /// Estimates closeness and harmonic centrality within the bounds of the type's
    /// documentation, with probability ≥ 1 − δ. Deterministic for a generator state, whatever
    /// the number of workers.
    ///
    /// - Precondition: the network is unweighted; 0 < ε < 1, 0 < δ < 1.
    /// - Complexity: O(⌈k/64⌉ · (V·D + E·L)) time per component for k = ⌈ln(2n/δ) / (2ε²)⌉,
    ///   diameter D and L ≤ min(64, D), on `workers` threads; O(V + E) extra space for the
    ///   relabelled copy plus O(V) per worker.
    package static func estimate(
        _ network: Network, epsilon: Double, delta: Double, workers: Int? = nil, using generator: inout some RandomNumberGenerator
    ) -> Estimate {
        let n = network.nodeCount
        let kernel = UnweightedPaths(network)
        let count = DistanceSample.sourceCount(epsilon: epsilon, delta: delta, nodes: n)
        let sample = DistanceSample(kernel, components: DistanceSample.draw(kernel, count: count, using: &generator), workers: workers)
        var closeness = [Double](repeating: 0, count: n)
        var harmonic = [Double?](repeating: n > 1 ? 0 : nil, count: n)
        for component in sample.components {
            let c = Double(component.nodes.count), scale = c / Double(component.sources.count)
            for v in component.nodes {
                let node = Int(kernel.original[v])
                let distances = scale * Double(sample.distanceSum[v])
                let reaching = network.isDirected ? scale * Double(sample.reached[v]) : c - 1
                closeness[node] = distances > 0 ? reaching * reaching / (Double(n - 1) * distances) : 0
                harmonic[node] = scale * Double(sample.inverseSum[v]) / DistanceSample.inverseUnit / Double(n - 1)
            }
        }
        return Estimate(closeness: closeness, harmonic: harmonic, sources: sample.components.reduce(0) { $0 + $1.sources.count })
    }
}
