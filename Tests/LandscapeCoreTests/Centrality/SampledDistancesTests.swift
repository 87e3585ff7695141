import Testing
@testable import LandscapeCore

/// Sampled closeness, harmonic centrality, average distance and diameter against the exact values
/// on 2,000-actor landscapes (the block model and the preferential-attachment graph of
/// `ApproximateBetweennessTests`): the guarantees of `SampledDistances` and `DistanceFigures`
/// must hold for every seed tried. With δ = 0.1 one failure in ten seeds would be within them;
/// Hoeffding's bound is loose in practice, so none is expected.
@Suite("Sampled distances (Eppstein–Wang, Takes–Kosters)")
struct SampledDistancesTests {
    /// ε = 0.1 draws ⌈ln(40,000) / 0.02⌉ = 530 sources, fewer than the 2,000 actors: a real sample.
    static let sampling = Sampling(epsilon: 0.1, delta: 0.1, seed: 1)

    /// The landscapes of the tests, with a second part (a path of 40) and two isolates added to the
    /// block model, so that a small component is searched whole.
    static func networks(seed: UInt64) -> [(String, Network)] {
        let block = ApproximateBetweennessTests.blockModel(seed: seed)
        var pairs: [(Int, Int, Double)] = []
        for u in 0..<block.nodeCount { for k in block.outRange(u) where u < Int(block.outTarget[k]) { pairs.append((u, Int(block.outTarget[k]), 1)) } }
        let n = block.nodeCount
        pairs += (0..<39).map { (n + $0, n + $0 + 1, 1.0) }
        let parts = Network(actors: (0..<n + 42).map { ActorID("a\($0)") }, pairs: pairs, directed: false, weighted: false)
        return [("block", block), ("preferential", ApproximateBetweennessTests.preferential(seed: seed)), ("parts", parts)]
    }

    @Test("Every harmonic value within ε·n/(n−1), every mean distance within ε·D", arguments: [UInt64(1), 2, 3])
    func withinBound(seed: UInt64) {
        for (name, network) in Self.networks(seed: seed) {
            let n = network.nodeCount
            let exact = PathMeasures.compute(network, request: [.closeness, .harmonic])
            var generator = SeededGenerator(seed: seed &+ 100)
            let estimate = SampledDistances.estimate(network, epsilon: 0.1, delta: 0.1, using: &generator)
            #expect(estimate.sources < n, "\(name): a sample, not every actor")
            let harmonicBound = 0.1 * Double(n) / Double(n - 1)
            let worstHarmonic = zip(exact.harmonic ?? [], estimate.harmonic).map { abs(($0 ?? 0) - ($1 ?? 0)) }.max() ?? 0
            #expect(worstHarmonic <= harmonicBound, "seed \(seed) \(name): harmonic off by \(worstHarmonic)")
            let components = Components(network)
            for members in components.members where members.count > 1 {
                let c = Double(members.count)
                let diameter = Double(DistanceFigures.compute(network, nodes: members, sampling: nil, workers: nil).diameter ?? 0)
                for v in members {
                    // closeness = (c−1)² / ((n−1)·c·μ): the mean distance μ from the closeness.
                    let mean = { (closeness: Double) in (c - 1) * (c - 1) / (Double(n - 1) * c * closeness) }
                    let exactMean = mean(exact.closeness?[v] ?? 0), estimatedMean = mean(estimate.closeness[v])
                    #expect(abs(exactMean - estimatedMean) <= 0.1 * diameter, "seed \(seed) \(name) a\(v): \(exactMean) vs \(estimatedMean)")
                }
            }
        }
    }

    @Test("A component smaller than the sample is searched whole: its values are exact")
    func smallComponentExact() throws {
        let network = try #require(Self.networks(seed: 4).last?.1)
        let exact = PathMeasures.compute(network, request: [.closeness, .harmonic])
        var generator = SeededGenerator(seed: 1)
        let estimate = SampledDistances.estimate(network, epsilon: 0.1, delta: 0.1, using: &generator)
        for v in 2000..<2042 {
            #expect(abs((exact.closeness?[v] ?? 0) - estimate.closeness[v]) < 1e-12)
            let harmonic = exact.harmonic?[v] ?? nil
            #expect(abs((harmonic ?? 0) - (estimate.harmonic[v] ?? 0)) < 1e-9)
        }
    }

    @Test("The same seed gives the same estimate, whatever the number of workers")
    func deterministic() {
        let network = ApproximateBetweennessTests.blockModel(seed: 9, directed: true)
        var a = SeededGenerator(seed: 5), b = SeededGenerator(seed: 5)
        let one = SampledDistances.estimate(network, epsilon: 0.1, delta: 0.1, workers: 1, using: &a)
        let many = SampledDistances.estimate(network, epsilon: 0.1, delta: 0.1, workers: 4, using: &b)
        #expect(one.closeness == many.closeness && one.harmonic == many.harmonic)
    }

    @Test("Directed: every harmonic value (distances to the actor) within ε·n/(n−1)")
    func directedHarmonic() {
        let network = ApproximateBetweennessTests.blockModel(seed: 2, directed: true)
        let exact = PathMeasures.compute(network, request: [.harmonic]).harmonic ?? []
        var generator = SeededGenerator(seed: 7)
        let estimate = SampledDistances.estimate(network, epsilon: 0.1, delta: 0.1, using: &generator)
        let worst = zip(exact, estimate.harmonic).map { abs(($0 ?? 0) - ($1 ?? 0)) }.max() ?? 0
        #expect(worst <= 0.1 * 2000 / 1999)
    }

    @Test("Average distance within ε·(D − 1), the diameter between its bounds", arguments: [UInt64(1), 2, 3])
    func averageDistanceAndDiameter(seed: UInt64) {
        for (name, network) in Self.networks(seed: seed) {
            let largest = Components(network).members.first ?? []
            let exact = DistanceFigures.compute(network, nodes: largest, sampling: nil, workers: nil)
            let sampling = Sampling(epsilon: 0.1, delta: 0.1, seed: seed)
            let estimated = DistanceFigures.compute(network, nodes: largest, sampling: sampling, workers: nil)
            guard let estimate = estimated.estimate, let diameter = exact.diameter, let lower = estimated.diameter else {
                Issue.record("\(name): not estimated")
                continue
            }
            #expect(estimate.sources == 150, "⌈ln 20 / 0.02⌉")
            #expect(abs((estimated.averageDistance ?? 0) - (exact.averageDistance ?? 0)) <= estimate.averageDistanceBound, "seed \(seed) \(name)")
            #expect(lower <= diameter && diameter <= estimate.diameterUpperBound, "seed \(seed) \(name): \(lower)…\(estimate.diameterUpperBound) vs \(diameter)")
            if estimate.diameterIsExact(lower) { #expect(lower == diameter) }
        }
    }

    @Test("Bounding the diameter: exact on a path, a cycle and a star")
    func boundingDiameter() {
        let shapes: [(String, Int, [(Int, Int, Double)], Int)] = [
            ("path", 30, (0..<29).map { ($0, $0 + 1, 1) }, 29),
            ("cycle", 31, (0..<31).map { ($0, ($0 + 1) % 31, 1) }, 15),
            ("star", 12, (1..<12).map { (0, $0, 1) }, 2),
        ]
        for (name, n, pairs, diameter) in shapes {
            let network = Network(actors: (0..<n).map { ActorID("a\($0)") }, pairs: pairs, directed: false, weighted: false)
            let bounds = DistanceFigures.boundingDiameter(UnweightedPaths(network), run: 0..<n, lower: 0)
            #expect(bounds.lower == diameter && bounds.upper == diameter, "\(name): \(bounds)")
        }
    }
}
