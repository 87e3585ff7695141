import Testing
@testable import LandscapeCore

/// The level's modularity and aggregation on several threads (`LouvainSums.swift`): the same
/// values, to the last bit, as on one thread and as the modularity on the network itself.
@Suite("Louvain's sums and aggregation on several threads")
struct LouvainSumsTests {
    /// 30,000 actors in blocks of 100 (about 8 partners inside, 1 outside): ~300,000 arcs, above
    /// `LouvainLevel.parallelArcsAbove`, so that the work is split.
    static let network = LouvainParallelTests.blockModel(actors: 30_000, seed: 23)

    /// A partition into `count` labels: blocks of 100 with every seventh actor elsewhere.
    static func partition(count: Int) -> [Int] {
        (0..<network.nodeCount).map { u in u % 7 == 0 ? (u * 31) % count : (u / 100) % count }
    }

    @Test("The level's modularity equals the network's, bit for bit, on 1 and 2 workers")
    func modularity() {
        let level = LouvainLevel(Self.network)
        #expect(level.target.count > LouvainLevel.parallelArcsAbove)
        let community = Self.partition(count: 300)
        let reference = Louvain.modularity(Self.network, community: community, workers: 1)
        #expect(Louvain.modularity(Self.network, community: community, workers: 2) == reference)
        for workers in [1, 2, 3] {
            #expect(level.modularity(community, count: 300, resolution: 1, workers: workers) == reference)
        }
        let singletons = Array(0..<Self.network.nodeCount)
        #expect(level.modularity(singletons, count: singletons.count, resolution: 1, workers: 2)
                == Louvain.modularity(Self.network, community: singletons, workers: 1))
    }

    @Test("Aggregating on 2 workers gives the level of 1 worker, and modularity is kept")
    func aggregate() {
        let level = LouvainLevel(Self.network)
        let community = Self.partition(count: 300)
        let one = level.aggregate(community, workers: 1), two = level.aggregate(community, workers: 2)
        #expect(one.start == two.start && one.target == two.target && one.weight == two.weight)
        #expect(one.selfLoop == two.selfLoop && one.degree == two.degree && one.totalWeight == two.totalWeight)
        let q = level.modularity(community, count: 300, resolution: 1, workers: 1)
        #expect(two.modularity(Array(0..<300), count: 300, resolution: 1, workers: 2) == q)
    }

    @Test("Louvain gives the same partition and modularity on 1, 2 and 3 workers")
    func deterministic() {
        let results = [1, 2, 3].map { workers -> Communities in
            var generator = SeededGenerator(seed: 5)
            return Louvain.communities(Self.network, workers: workers, using: &generator)
        }
        #expect(results[0].community == results[1].community && results[1].community == results[2].community)
        #expect(results[0].modularity == results[1].modularity && results[1].modularity == results[2].modularity)
        #expect(results[0].modularity > 0.8, "modularity \(results[0].modularity)")
    }

    @Test("Moving by colour classes on 30,000 actors is as good as moving one by one (within 0.005)")
    func quality() {
        var a = SeededGenerator(seed: 6), b = SeededGenerator(seed: 6)
        let classes = Louvain.communities(Self.network, workers: 2, using: &a).modularity
        let oneByOne = Louvain.communities(Self.network, parallelAbove: .max, using: &b).modularity
        #expect(classes >= oneByOne - 0.005, "classes \(classes), one by one \(oneByOne)")
    }

    @Test("A partition's modularity is its aggregate's singleton modularity, bit for bit")
    func aggregateFirst() {
        let level = LouvainLevel(Self.network)
        let singletons = Array(0..<Self.network.nodeCount)
        #expect(level.singletonModularity(resolution: 1) == level.modularity(singletons, count: singletons.count, resolution: 1, workers: 1))
        for (count, resolution) in [(300, 1.0), (2_000, 0.5)] {
            let community = Self.partition(count: count)
            let expected = level.modularity(community, count: count, resolution: resolution, workers: 1)
            #expect(level.aggregate(community, workers: 2).singletonModularity(resolution: resolution) == expected)
        }
    }
}
