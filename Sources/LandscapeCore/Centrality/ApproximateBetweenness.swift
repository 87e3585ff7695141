#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Betweenness estimated from a sample of shortest paths, for landscapes too large for the
/// exact O(V·E) computation, with a guaranteed bound on the error of every actor's value.
///
/// Riondato & Kornaropoulos (2016), "Fast approximation of betweenness centrality through
/// sampling", Data Mining and Knowledge Discovery 30(2), doi:10.1007/s10618-015-0423-0: draw
/// r = ⌈(c / ε²) · (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉ ordered pairs (u, v), u ≠ v, uniformly at
/// random (c = 0.5, VD an upper bound on the vertex diameter, the most actors on any shortest
/// path); for each, pick one shortest u–v path uniformly at random (`PathSampler`: a search
/// from both ends, as in KADABRA, then back to each end, each predecessor with probability
/// proportional to its number of shortest paths) and add 1/r to every actor strictly inside
/// it. By the VC-dimension bound, with probability at least 1 − δ every estimate lies within ε of
/// b(x) = 1/(n(n−1)) · Σ_{u≠v} σ_uv(x) / σ_uv.
///
/// Our exact betweenness is normalised by 1/((n−1)(n−2)) (docs/measures.md), so estimates are
/// scaled by n/(n−2) and **the guarantee is |estimate − exact| ≤ ε · n/(n−2) for every actor,
/// with probability ≥ 1 − δ** (for n ≥ 100 that is within 2 % of ε).
///
/// VD: unweighted and undirected, 2·ecc(x) + 1 for a node x of each component (the farthest
/// node from x is ecc(x) hops away, so no shortest path has more than 2·ecc(x) + 1 nodes);
/// directed, the size of the largest weakly connected component. Weighted readings are not
/// supported (the caller uses exact betweenness there).
package enum ApproximateBetweenness {
    /// Estimated betweenness and how it was obtained.
    public struct Estimate: Sendable {
        /// Per node index, on the scale of `PathMeasures.betweenness`.
        public var betweenness: [Double]
        /// Number of sampled pairs r.
        public var samples: Int
        /// The vertex-diameter bound VD used for r.
        public var vertexDiameterBound: Int
        /// The guaranteed absolute error on our scale, ε · n/(n−2), holding with probability ≥ 1 − δ.
        public var errorBound: Double
    }

    /// The number of samples for ε, δ and a vertex-diameter bound (Riondato–Kornaropoulos, c = 0.5).
    public static func sampleCount(epsilon: Double, delta: Double, vertexDiameter: Int) -> Int {
        guard vertexDiameter >= 3 else { return 0 }
        let vc = Double(Int(log2(Double(vertexDiameter - 2)).rounded(.down))) + 1
        return Int((0.5 / (epsilon * epsilon) * (vc + log(1 / delta))).rounded(.up))
    }

    /// Estimates betweenness within ε (our scale: ε · n/(n−2)) with probability ≥ 1 − δ.
    /// Deterministic for a generator state and independent of `workers`.
    ///
    /// - Precondition: the network is unweighted; 0 < ε < 1, 0 < δ < 1.
    /// - Complexity: O(r · (V + E)) time with r from `sampleCount`, on `workers` threads; in
    ///   practice far less, as each pair's two searches stop where they meet; O(V + E) extra
    ///   space plus O(V) per worker.
    package static func estimate(
        _ network: Network, epsilon: Double, delta: Double = 0.1, workers: Int? = nil,
        using generator: inout some RandomNumberGenerator
    ) -> Estimate {
        let n = network.nodeCount
        let scaleToOurs = n > 2 ? Double(n) / Double(n - 2) : 1
        let kernel = UnweightedPaths(network)
        let vd = vertexDiameterBound(kernel)
        let r = sampleCount(epsilon: epsilon, delta: delta, vertexDiameter: vd)
        guard n > 2, r > 0 else {
            return Estimate(betweenness: [Double](repeating: 0, count: n), samples: 0, vertexDiameterBound: vd,
                            errorBound: epsilon * scaleToOurs)
        }
        // Draw every pair and a seed for each path choice up front, so the result does not depend
        // on how samples are spread over workers.
        var pairs: [(source: Int32, target: Int32, seed: UInt64)] = []
        pairs.reserveCapacity(r)
        for _ in 0..<r {
            let u = Int.random(in: 0..<n, using: &generator)
            var v = Int.random(in: 0..<(n - 1), using: &generator)
            if v >= u { v += 1 }
            pairs.append((Int32(u), Int32(v), generator.next()))
        }
        let counts = kernel.samplePaths(pairs, workers: workers)
        let weight = scaleToOurs / Double(r)
        var betweenness = [Double](repeating: 0, count: n)
        for i in 0..<n { betweenness[Int(kernel.original[i])] = Double(counts[i]) * weight }
        return Estimate(betweenness: betweenness, samples: r, vertexDiameterBound: vd, errorBound: epsilon * scaleToOurs)
    }

    /// VD as described in the type's documentation.
    static func vertexDiameterBound(_ kernel: UnweightedPaths) -> Int {
        let n = kernel.original.count
        let workspace = UnweightedPaths.Workspace(nodeCount: n)
        var bound = 0
        var root = 0
        // Relabelled nodes are in breadth-first order over both directions, so each weak
        // component is a contiguous run that starts at its root.
        while root < n {
            let end = kernel.componentEnd(from: root)
            if kernel.isDirected {
                bound = max(bound, end - root)
            } else {
                kernel.withRows { rows in
                    workspace.search(from: root, start: rows.outStart, target: rows.outTarget, countPaths: true)
                }
                let eccentricity = Int(workspace.hops[Int(workspace.order[workspace.count - 1])])
                bound = max(bound, min(end - root, 2 * eccentricity + 1))
                workspace.reset()
            }
            root = end
        }
        return bound
    }
}

extension UnweightedPaths {
    /// The first relabelled node after `root`'s weak component (components are contiguous runs
    /// in breadth-first order over both directions).
    func componentEnd(from root: Int) -> Int {
        var end = root + 1
        var i = root
        while i < end {
            for k in Int(outStart[i])..<Int(outStart[i + 1]) { end = max(end, Int(outTarget[k]) + 1) }
            if isDirected {
                for k in Int(inStart[i])..<Int(inStart[i + 1]) { end = max(end, Int(inTarget[k]) + 1) }
            }
            i += 1
        }
        return end
    }

    /// For each (source, target, seed), one shortest path chosen uniformly at random
    /// (`PathSampler`); returns how often each relabelled node lies strictly inside a chosen path.
    func samplePaths(_ pairs: [(source: Int32, target: Int32, seed: UInt64)], workers: Int?) -> [Int] {
        let n = original.count
        struct State {
            var sampler: PathSampler
            var counts: [Int]
        }
        let states = withRows { rows in
            Parallel.forEach(count: pairs.count, workers: workers, makeState: {
                State(sampler: PathSampler(nodeCount: n), counts: [Int](repeating: 0, count: n))
            }, body: { state, index in
                let (u, v) = (Int(relabelled[Int(pairs[index].source)]), Int(relabelled[Int(pairs[index].target)]))
                var random = SeededGenerator(seed: pairs[index].seed)
                state.sampler.sample(from: u, to: v, rows: rows, using: &random) { state.counts[$0] += 1 }
            })
        }
        var counts = [Int](repeating: 0, count: n)
        for state in states { for i in 0..<n { counts[i] += state.counts[i] } }
        return counts
    }
}
