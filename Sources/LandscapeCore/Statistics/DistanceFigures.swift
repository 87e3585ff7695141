/// How the average distance and the diameter of a large landscape were estimated.
public struct DistanceEstimate: Sendable, Equatable {
    public var sampling: Sampling
    /// Sources searched for the average distance.
    public var sources: Int
    /// With probability ≥ 1 − δ the average distance lies within this of the exact value:
    /// ε·(D − 1) for the diameter's upper bound D.
    public var averageDistanceBound: Double
    /// The diameter is certainly at most this (and at least `LandscapeStatistics.diameter`); equal
    /// to it when the bounds met, which makes the diameter exact.
    public var diameterUpperBound: Int
    /// Breadth-first searches spent on the diameter's bounds.
    public var searches: Int

    /// Whether the diameter is exact (its bounds met).
    public func diameterIsExact(_ diameter: Int?) -> Bool { diameter == diameterUpperBound }
}

/// The diameter and the average distance (in ties, direction ignored) within one component.
struct DistanceFigures {
    var diameter: Int?
    var averageDistance: Double?
    var estimate: DistanceEstimate?

    /// Searches at most this many times for the diameter's bounds before it settles for them.
    static let searchBudget = 48

    /// The figures of the component `nodes` of the undirected network `g`: exact by a search
    /// from each of its actors (parallel over cores), or, with `sampling` and a component larger
    /// than the sample, estimated:
    /// - **average distance** (Eppstein & Wang 2004, doi:10.7155/jgaa.00081): the mean over
    ///   k = ⌈ln(2/δ) / (2ε²)⌉ sources drawn uniformly with replacement of each source's mean
    ///   distance to the other c − 1 actors. Those means lie in [1, D] for the diameter D, so by
    ///   Hoeffding's inequality the estimate lies within ε·(D − 1) of the exact value with
    ///   probability ≥ 1 − δ (D taken as its upper bound below);
    /// - **diameter** (Takes & Kosters 2011, "Determining the diameter of small world networks",
    ///   CIKM, doi:10.1145/2063576.2063748): certain lower and upper bounds on every actor's
    ///   eccentricity from a few searches (`boundingDiameter`), with the sampled sources'
    ///   eccentricities as a first lower bound. It is exact when the bounds meet, which on
    ///   landscapes they usually do; otherwise the lower bound is reported with the upper.
    ///   Without `diameter` (for a caller that reads only the average) the bounds are not
    ///   searched for, and an estimate has neither a diameter nor an `estimate`.
    ///
    /// - Complexity: exact O(c·(V + E)); estimated O(⌈k/64⌉·(V·D + E·L) + s·(V + E)) for s ≤
    ///   `searchBudget` searches (none without `diameter`), on `workers` threads.
    static func compute(_ g: Network, nodes: [Int], sampling: Sampling?, workers: Int?, diameter: Bool = true) -> DistanceFigures {
        guard nodes.count > 1 else { return DistanceFigures(diameter: nodes.isEmpty ? nil : 0, averageDistance: nil) }
        let kernel = UnweightedPaths(g)
        let count = sampling.map { DistanceSample.sourceCount(epsilon: $0.epsilon, delta: $0.delta, nodes: 1) } ?? 0
        guard let sampling, nodes.count > count else {
            let (diameter, average) = exact(kernel, nodes: nodes, workers: workers)
            return DistanceFigures(diameter: diameter, averageDistance: average)
        }
        // The component is one run of the relabelled nodes.
        let first = Int(kernel.relabelled[nodes[0]])
        let run = kernel.componentRuns().first { $0.contains(first) } ?? first..<first + 1
        var generator = SeededGenerator(seed: sampling.seed)
        let sample = DistanceSample(kernel, components: DistanceSample.draw(kernel, count: count, only: run, using: &generator),
                                    workers: workers)
        let sources = sample.components.first?.sources.count ?? 0
        let totals = run.reduce(0) { $0 + sample.distanceSum[$1] }
        let average = Double(totals) / (Double(sources) * Double(run.count - 1))
        guard diameter else { return DistanceFigures(diameter: nil, averageDistance: average) }
        let bounds = boundingDiameter(kernel, run: run, lower: sample.eccentricity.first?.max() ?? 0)
        return DistanceFigures(
            diameter: bounds.lower, averageDistance: average,
            estimate: DistanceEstimate(sampling: sampling, sources: sources,
                                       averageDistanceBound: sampling.epsilon * Double(max(0, bounds.upper - 1)),
                                       diameterUpperBound: bounds.upper, searches: bounds.searches))
    }

    /// Diameter and average distance by a search from each node of `nodes` (original indices).
    private static func exact(_ kernel: UnweightedPaths, nodes: [Int], workers: Int?) -> (Int, Double) {
        struct State {
            var workspace: UnweightedPaths.Workspace
            var longest = 0
            var total = 0
        }
        let n = kernel.original.count
        let states = kernel.withRows { rows in
            Parallel.forEach(count: nodes.count, workers: workers, makeState: {
                State(workspace: UnweightedPaths.Workspace(nodeCount: n))
            }, body: { state, index in
                let workspace = state.workspace
                workspace.search(from: Int(kernel.relabelled[nodes[index]]), start: rows.outStart, target: rows.outTarget, countPaths: false)
                for i in 1..<workspace.count {
                    let d = Int(workspace.hops[Int(workspace.order[i])])
                    state.total += d
                    state.longest = max(state.longest, d)
                }
                workspace.reset()
            })
        }
        let longest = states.map(\.longest).max() ?? 0
        let total = states.reduce(0) { $0 + $1.total }
        let pairs = Double(nodes.count) * Double(nodes.count - 1)
        return (longest, Double(total) / pairs)
    }

    /// Takes & Kosters' BoundingDiameters on the component `run` (relabelled nodes): each search
    /// from a node v with eccentricity e(v) bounds every w of the component by
    /// max(d(v,w), e(v) − d(v,w)) ≤ e(w) ≤ e(v) + d(v,w). Nodes whose upper bound does not
    /// exceed the largest lower bound cannot lengthen the diameter and drop out; the next search
    /// starts alternately from the candidate with the largest upper bound and from the node with
    /// the smallest lower bound (a central one, which tightens the upper bounds), the larger
    /// degree first on ties. Stops when no candidate is left (the diameter is then exact) or
    /// after `searchBudget` searches.
    ///
    /// Each search is a direction-optimising one (`LevelSearch`): the same hops, fewer arcs read.
    /// The candidates and the next pick are found in one pass over the component per search.
    ///
    /// - Complexity: O(s·(V + E)) for s searches.
    static func boundingDiameter(_ kernel: UnweightedPaths, run: Range<Int>, lower start: Int) -> (lower: Int, upper: Int, searches: Int) {
        let workspace = UnweightedPaths.Workspace(nodeCount: kernel.original.count)
        var low = [Int](repeating: 0, count: run.count), high = [Int](repeating: Int.max, count: run.count)
        var searched = [Bool](repeating: false, count: run.count)
        var lower = start, searches = 0
        while searches < searchBudget {
            guard let pick = nextSearch(kernel, run: run, low: low, high: high, searched: searched, lower: lower,
                                        byUpperBound: searches % 2 == 0) else { break }
            searched[pick] = true
            searches += 1
            LevelSearch.search(kernel, from: run.lowerBound + pick, run: run, workspace: workspace)
            let hops = workspace.hops
            let eccentricity = Int(hops[Int(workspace.order[workspace.count - 1])])
            low.withUnsafeMutableBufferPointer { low in
                high.withUnsafeMutableBufferPointer { high in
                    for i in 0..<run.count {
                        let d = Int(hops[run.lowerBound + i])
                        low[i] = max(low[i], d, eccentricity - d)
                        high[i] = min(high[i], eccentricity + d)
                        lower = max(lower, low[i])
                    }
                }
            }
            workspace.reset()
        }
        let upper = (0..<run.count).reduce(lower) { high[$1] > lower ? max($0, high[$1]) : $0 }
        return (lower, upper, searches)
    }

    /// The node (index within `run`) to search from next, `nil` when no node's upper bound
    /// exceeds `lower` (the diameter is then exact) or none is left: by `byUpperBound` the
    /// unsearched candidate (upper bound above `lower`) with the largest upper bound, else the
    /// unsearched node with the smallest lower bound; the larger degree first on ties, then the
    /// first in the run (as `max(by:)` over the candidates picked).
    ///
    /// - Complexity: O(V) for the component's V nodes.
    private static func nextSearch(_ kernel: UnweightedPaths, run: Range<Int>, low: [Int], high: [Int], searched: [Bool],
                                   lower: Int, byUpperBound: Bool) -> Int? {
        var candidates = false
        var pick = -1, pickKey = 0, pickDegree = 0
        for i in 0..<run.count {
            let candidate = high[i] > lower
            candidates = candidates || candidate
            guard !searched[i], candidate || !byUpperBound else { continue }
            let key = byUpperBound ? high[i] : -low[i]
            let degree = Int(kernel.outStart[run.lowerBound + i + 1] - kernel.outStart[run.lowerBound + i])
            if pick < 0 || (key != pickKey ? pickKey < key : pickDegree < degree) {
                (pick, pickKey, pickDegree) = (i, key, degree)
            }
        }
        return candidates && pick >= 0 ? pick : nil
    }
}
