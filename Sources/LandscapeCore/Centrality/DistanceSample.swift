#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Distances from a sample of sources, summed per reached node and per source: the raw material
/// of the sampled closeness and harmonic centrality and of the sampled average distance.
///
/// Sources are drawn per weak component (a contiguous run of the relabelled nodes): a component
/// with more actors than the sample size gets that many sources drawn uniformly with
/// replacement; a smaller one takes every actor once (its values are then exact); an isolated
/// actor gets none. The sums are integers (the inverse distances in fixed point, 2⁻⁴⁰), so the
/// result depends on the generator's state only, never on how the batches are spread over
/// workers.
struct DistanceSample {
    /// A weak component (relabelled run) and how many sources were drawn from it.
    struct Component {
        var nodes: Range<Int>
        var sources: [Int]
        /// Whether every actor of the component is a source once (the sums are then exact).
        var isWhole: Bool { sources.count == nodes.count }
    }

    /// Per relabelled node: how many sources other than itself reach it, the sum of their
    /// distances, and the sum of their inverse distances in units of 2⁻⁴⁰.
    var reached: [Int]
    var distanceSum: [Int]
    var inverseSum: [Int]
    /// The sampled components.
    var components: [Component]
    /// Per component, per source (in the order drawn): its eccentricity within the component.
    var eccentricity: [[Int]]

    /// The fixed-point unit of `inverseSum`.
    static let inverseUnit = Double(1 << 40)

    /// The sample size for ε and δ over `nodes` nodes: ⌈ln(2·nodes/δ) / (2ε²)⌉, Hoeffding's bound
    /// for values in a range of width 1 with a union bound over the nodes (Eppstein & Wang 2004).
    static func sourceCount(epsilon: Double, delta: Double, nodes: Int) -> Int {
        guard nodes > 0 else { return 0 }
        return Int((log(2 * Double(nodes) / delta) / (2 * epsilon * epsilon)).rounded(.up))
    }

    /// Draws `count` sources from each component of the kernel that is larger than `count` (all
    /// actors of a smaller one, none of an isolate), or only from the component `only` when given.
    static func draw(
        _ kernel: UnweightedPaths, count: Int, only: Range<Int>? = nil, using generator: inout some RandomNumberGenerator
    ) -> [Component] {
        let runs = only.map { [$0] } ?? kernel.componentRuns()
        return runs.compactMap { run in
            guard run.count > 1 else { return nil }
            if run.count <= count { return Component(nodes: run, sources: Array(run)) }
            return Component(nodes: run, sources: (0..<count).map { _ in Int.random(in: run, using: &generator) })
        }
    }

    /// Runs the searches of `components` (64 sources per batch, on `workers` threads) along the
    /// kernel's outgoing rows, so that a directed reading gets the distances *to* each node.
    ///
    /// - Complexity: O(Σ_C ⌈k_C/64⌉ · (V_C·D_C + E_C·L)) for k_C sources in a component of V_C
    ///   nodes, E_C arcs and diameter D_C, L ≤ min(64, D_C); O(V) extra space per worker.
    init(_ kernel: UnweightedPaths, components: [Component], workers: Int?) {
        let n = kernel.original.count
        let batches = components.indices.flatMap { c in
            stride(from: 0, to: components[c].sources.count, by: 64).map { (component: c, first: $0) }
        }
        let states = kernel.withRows { rows in
            Parallel.forEach(count: batches.count, workers: workers, makeState: { SampleState(nodeCount: n) }, body: { state, index in
                let (c, first) = batches[index]
                let component = components[c]
                let sources = Array(component.sources[first..<min(first + 64, component.sources.count)])
                state.search(sources, nodes: component.nodes, start: rows.outStart, target: rows.outTarget)
                state.perSource.append((c, first, state.lastEccentricity))
            })
        }
        reached = [Int](repeating: 0, count: n)
        distanceSum = [Int](repeating: 0, count: n)
        inverseSum = [Int](repeating: 0, count: n)
        eccentricity = components.map { [Int](repeating: 0, count: $0.sources.count) }
        self.components = components
        for state in states {
            for v in 0..<n {
                reached[v] += state.reached[v]
                distanceSum[v] += state.distanceSum[v]
                inverseSum[v] += state.inverseSum[v]
            }
            for (c, first, eccentricities) in state.perSource {
                for i in eccentricities.indices { eccentricity[c][first + i] = eccentricities[i] }
            }
        }
    }

    /// One worker's sums and its search.
    private struct SampleState {
        let searcher: MultiSourceSearch
        var reached: [Int], distanceSum: [Int], inverseSum: [Int]
        var lastEccentricity: [Int] = []
        var perSource: [(Int, Int, [Int])] = []
        /// 2⁴⁰ / ℓ rounded, for the distances ℓ met so far.
        var inverse: [Int] = [0]

        init(nodeCount n: Int) {
            searcher = MultiSourceSearch(nodeCount: n)
            reached = [Int](repeating: 0, count: n)
            distanceSum = reached
            inverseSum = reached
        }

        /// One batch of at most 64 sources within `nodes`: per node a population count per
        /// level, per source only the last level it reached (its eccentricity).
        mutating func search(_ sources: [Int], nodes: Range<Int>, start: UnsafePointer<Int32>, target: UnsafePointer<Int32>) {
            var eccentricity = [Int](repeating: 0, count: sources.count)
            var levelMask: UInt64 = 0
            var reachedSums: [Int] = [], distanceSums: [Int] = [], inverseSums: [Int] = [], inverse: [Int] = []
            swap(&reachedSums, &reached)
            swap(&distanceSums, &distanceSum)
            swap(&inverseSums, &inverseSum)
            swap(&inverse, &self.inverse)
            searcher.run(sources: sources, nodes: nodes, start: start, target: target, reach: { v, fresh, level in
                if level >= inverse.count { inverse.append(Int((DistanceSample.inverseUnit / Double(level)).rounded())) }
                let count = fresh.nonzeroBitCount
                reachedSums[v] += count
                distanceSums[v] += count &* level
                inverseSums[v] += count &* inverse[level]
                levelMask |= fresh
            }, levelDone: { level in
                while levelMask != 0 {
                    eccentricity[levelMask.trailingZeroBitCount] = level
                    levelMask &= levelMask &- 1
                }
            })
            swap(&reachedSums, &reached)
            swap(&distanceSums, &distanceSum)
            swap(&inverseSums, &inverseSum)
            swap(&inverse, &self.inverse)
            lastEccentricity = eccentricity
        }
    }
}

extension UnweightedPaths {
    /// The weak components as runs of relabelled nodes, in order.
    func componentRuns() -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var root = 0
        while root < original.count {
            let end = componentEnd(from: root)
            runs.append(root..<end)
            root = end
        }
        return runs
    }
}
