import Testing
@testable import LandscapeCore

/// The sampling estimate against exact betweenness on 2,000-actor landscapes: the guarantee
/// (every actor within ε·n/(n−2), with probability ≥ 1 − δ) must hold for every seed tried.
/// With δ = 0.1 one failure in ten seeds would be within the guarantee; the bound is loose in
/// practice (Riondato & Kornaropoulos 2016, section 6), so none is expected.
@Suite("Approximate betweenness (Riondato–Kornaropoulos sampling)")
struct ApproximateBetweennessTests {
    /// A 2,000-actor block model like Benchmarks/generate.py's: blocks of 100, about 8 partners
    /// inside the block and 1 outside, one hub per block tied to a third of it.
    static func blockModel(seed: UInt64, directed: Bool = false) -> Network {
        var generator = SeededGenerator(seed: seed)
        let n = 2000
        var pairs: [(Int, Int, Double)] = []
        for u in 0..<n {
            let block = u / 100 * 100
            for _ in 0..<4 { pairs.append((u, block + Int.random(in: 0..<100, using: &generator), 1)) }
            if Double.random(in: 0..<1, using: &generator) < 0.5 { pairs.append((u, Int.random(in: 0..<n, using: &generator), 1)) }
            if u % 100 != 0 && Double.random(in: 0..<1, using: &generator) < 0.33 { pairs.append((u, block, 1)) }
        }
        return Network(actors: (0..<n).map { ActorID("a\($0)") }, pairs: pairs, directed: directed, weighted: false)
    }

    /// Barabási–Albert, m = 3: heavy-tailed degrees.
    static func preferential(seed: UInt64) -> Network {
        var generator = SeededGenerator(seed: seed)
        let n = 2000, m = 3
        var ends: [Int] = Array(0..<m)
        var pairs: [(Int, Int, Double)] = []
        for v in m..<n {
            var chosen: Set<Int> = []
            while chosen.count < m { chosen.insert(ends[Int.random(in: 0..<ends.count, using: &generator)]) }
            for u in chosen.sorted() {
                pairs.append((v, u, 1))
                ends += [u, v]
            }
        }
        return Network(actors: (0..<n).map { ActorID("a\($0)") }, pairs: pairs, directed: false, weighted: false)
    }

    @Test("Every estimate lies within ε·n/(n−2) of the exact value", arguments: [UInt64(1), 2, 3])
    func withinBound(seed: UInt64) {
        for (name, network) in [("block", Self.blockModel(seed: seed)), ("preferential", Self.preferential(seed: seed)),
                                ("directed block", Self.blockModel(seed: seed, directed: true))] {
            let exact = PathMeasures.compute(network, request: .betweenness).betweenness ?? []
            var generator = SeededGenerator(seed: seed &+ 100)
            let estimate = ApproximateBetweenness.estimate(network, epsilon: 0.02, delta: 0.1, using: &generator)
            let worst = zip(exact, estimate.betweenness).map { abs($0 - $1) }.max() ?? 0
            #expect(estimate.samples > 0, "seed \(seed) \(name)")
            #expect(worst <= estimate.errorBound, "seed \(seed) \(name): worst error \(worst), bound \(estimate.errorBound)")
        }
    }

    @Test("The same seed gives the same estimate, whatever the number of workers")
    func deterministic() {
        let network = Self.blockModel(seed: 9)
        var a = SeededGenerator(seed: 5), b = SeededGenerator(seed: 5)
        let one = ApproximateBetweenness.estimate(network, epsilon: 0.05, workers: 1, using: &a)
        let many = ApproximateBetweenness.estimate(network, epsilon: 0.05, workers: 4, using: &b)
        #expect(one.betweenness == many.betweenness)
    }

    @Test("Sample count and vertex-diameter bound follow the paper's formula")
    func sampleCount() {
        // VD = 10: ⌊log2 8⌋ + 1 = 4; ln(1/0.1) = 2.302…; 0.5/0.01² · 6.302… = 31,513
        #expect(ApproximateBetweenness.sampleCount(epsilon: 0.01, delta: 0.1, vertexDiameter: 10) == 31_513)
        #expect(ApproximateBetweenness.sampleCount(epsilon: 0.01, delta: 0.1, vertexDiameter: 2) == 0)
        // A path a0 – a1 – … – a9: eccentricity of a0 is 9, bound min(10, 19) = 10.
        let path = Network(actors: (0..<10).map { ActorID("a\($0)") }, pairs: (0..<9).map { ($0, $0 + 1, 1.0) }, directed: false, weighted: false)
        #expect(ApproximateBetweenness.vertexDiameterBound(UnweightedPaths(path)) == 10)
    }

    @Test("Edge cases: empty, two actors, no ties give zeros and no samples")
    func edgeCases() {
        for n in [0, 2, 5] {
            let network = Network(actors: (0..<n).map { ActorID("a\($0)") }, pairs: n == 2 ? [(0, 1, 1)] : [], directed: false, weighted: false)
            var generator = SeededGenerator(seed: 1)
            let estimate = ApproximateBetweenness.estimate(network, epsilon: 0.1, using: &generator)
            #expect(estimate.betweenness == [Double](repeating: 0, count: n))
            #expect(estimate.samples == 0)
        }
    }
}
