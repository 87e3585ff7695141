import Testing
@testable import LandscapeCore

/// The Lanczos iteration that large undirected landscapes use for eigenvector centrality gives
/// the power iteration's vector; the products parallel over rows give the same bits on any
/// number of workers.
@Suite("Eigenvector and PageRank as parallel products")
struct SpectralTests {
    /// Two copies of the 2,000-actor block model side by side (the largest eigenvalue twice) and
    /// a path of 30 (a smaller one): the power iteration keeps the uniform start's share of each
    /// copy, and the path tends to 0.
    static func twoCopies() -> Network {
        let block = ApproximateBetweennessTests.blockModel(seed: 3)
        var pairs: [(Int, Int, Double)] = []
        for u in 0..<block.nodeCount {
            for k in block.outRange(u) where u < Int(block.outTarget[k]) {
                pairs.append((u, Int(block.outTarget[k]), 1))
                pairs.append((u + 2000, Int(block.outTarget[k]) + 2000, 1))
            }
        }
        pairs += (0..<29).map { (4000 + $0, 4001 + $0, 1.0) }
        return Network(actors: (0..<4030).map { ActorID("a\($0)") }, pairs: pairs, directed: false, weighted: false)
    }

    @Test("Lanczos gives the power iteration's eigenvector within 1e-8", arguments: [1, 2])
    func lanczosAgrees(which: Int) {
        let network = which == 1 ? ApproximateBetweennessTests.preferential(seed: 5) : Self.twoCopies()
        let power = SpectralMeasures.eigenvector(network)
        let lanczos = Lanczos.perron(network, workers: 2)
        #expect(power.converged && lanczos.converged)
        let worst = zip(power.values, lanczos.vector).map { abs(($0 ?? 0) - ($1 ?? 0)) }.max() ?? 1
        #expect(worst < 1e-8, "largest difference \(worst) after \(lanczos.products) products")
    }

    @Test("The largest eigenpair of a small tridiagonal matrix (by hand: 2 − 1 − 0 / −1 2 −1 / 0 −1 2 has 2 + √2)")
    func tridiagonal() {
        let (value, vector) = Lanczos.largestEigenpair(diagonal: [2, 2, 2], offDiagonal: [-1, -1])
        #expect(abs(value - (2 + 2.0.squareRoot())) < 1e-12)
        let expected = [0.5, -0.5 * 2.0.squareRoot(), 0.5]
        let sign = vector[0] < 0 ? -1.0 : 1.0
        #expect(zip(vector, expected).allSatisfy { abs(sign * $0 - $1) < 1e-12 })
    }

    @Test("The same bits on 1 and 3 workers: eigenvector (Lanczos), PageRank, constraint")
    func workers() {
        var generator = SeededGenerator(seed: 2)
        let n = 16_000
        let pairs = (0..<4 * n).map { _ in (Int.random(in: 0..<n, using: &generator), Int.random(in: 0..<n, using: &generator), 1.0) }
        let network = Network(actors: (0..<n).map { ActorID("a\($0)") }, pairs: pairs, directed: false, weighted: false)
        #expect(SpectralMeasures.eigenvector(network, workers: 1).values == SpectralMeasures.eigenvector(network, workers: 3).values)
        #expect(SpectralMeasures.pageRank(network, workers: 1).values == SpectralMeasures.pageRank(network, workers: 3).values)
        #expect(StructuralHoles.compute(network, workers: 1).constraint == StructuralHoles.compute(network, workers: 3).constraint)
    }
}
