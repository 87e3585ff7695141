import Testing
@testable import LandscapeCore

/// The parallel local moving of large Louvain levels (PLM in blocks): the same partition on any
/// number of workers, and as good a partition as moving the nodes one by one.
@Suite("Louvain on large landscapes (parallel local moving)")
struct LouvainParallelTests {
    /// 8,000 actors in blocks of 100 (about 8 partners inside, 1 outside), as the benchmarks' block model.
    static let network = blockModel(actors: 8_000, seed: 21)

    /// `actors` actors in blocks of 100, each with four draws of a partner in its block and, half
    /// of the time, one anywhere: the benchmarks' block model in small.
    static func blockModel(actors n: Int, seed: UInt64) -> Network {
        var generator = SeededGenerator(seed: seed)
        var pairs: [(Int, Int, Double)] = []
        for u in 0..<n {
            let block = u / 100 * 100
            for _ in 0..<4 { pairs.append((u, block + Int.random(in: 0..<100, using: &generator), 1)) }
            if Double.random(in: 0..<1, using: &generator) < 0.5 { pairs.append((u, Int.random(in: 0..<n, using: &generator), 1)) }
        }
        return Network(actors: (0..<n).map { ActorID("a\($0)") }, pairs: pairs, directed: false, weighted: false)
    }

    @Test("The same seed gives the same communities on 1, 2 and 3 workers")
    func deterministic() {
        let partitions = [1, 2, 3].map { workers -> [Int] in
            var generator = SeededGenerator(seed: 4)
            return Louvain.communities(Self.network, workers: workers, using: &generator).community
        }
        #expect(partitions[0] == partitions[1] && partitions[1] == partitions[2])
    }

    @Test("Moving in blocks finds a first level as good as moving one by one (within 0.005)")
    func quality() {
        let level = LouvainLevel(Self.network)
        var a = SeededGenerator(seed: 8), b = SeededGenerator(seed: 8)
        let parallel = level.moveNodesInParallel(resolution: 1, workers: 2, using: &a).1
        let sequential = level.moveNodes(resolution: 1, using: &b).1
        let q = Louvain.modularity(Self.network, community: parallel), reference = Louvain.modularity(Self.network, community: sequential)
        #expect(q >= reference - 0.005, "parallel \(q), one by one \(reference)")
        var c = SeededGenerator(seed: 9), d = SeededGenerator(seed: 9)
        let blocks = Louvain.communities(Self.network, workers: 2, using: &c).modularity
        let oneByOne = Louvain.communities(Self.network, parallelAbove: .max, using: &d).modularity
        #expect(blocks >= oneByOne - 0.005, "whole run: parallel \(blocks), one by one \(oneByOne)")
    }
}
