import Testing
@testable import LandscapeCore

/// Invariants on seeded random networks. A failure names its seed; `RandomNetwork.make(seed:)`
/// rebuilds the network.
@Suite("Properties of the measures on random networks")
struct PropertyTests {
    static let seeds: [UInt64] = Array(1...25)

    @Test("Betweenness sums to Σ (d(s,t) − 1) over connected ordered pairs, times the normalisation", arguments: seeds)
    func betweennessSum(seed: UInt64) {
        let network = RandomNetwork.make(seed: seed)
        let n = network.nodeCount
        let paths = PathMeasures.compute(network, request: .betweenness)
        var expected = 0.0
        for s in 0..<n {
            for (t, d) in RandomNetwork.hops(from: s, in: network).enumerated() where t != s && d > 0 {
                expected += Double(d - 1)
            }
        }
        if n > 2 { expected /= Double(n - 1) * Double(n - 2) }
        let total = paths.betweenness?.reduce(0, +) ?? -1
        #expect(abs(total - expected) <= 1e-9 * max(1, expected), "seed \(seed)")
    }

    @Test("Closeness and harmonic centrality lie in [0, 1]; harmonic ≥ closeness·(reached share)", arguments: seeds)
    func bounds(seed: UInt64) {
        let network = RandomNetwork.make(seed: seed)
        let paths = PathMeasures.compute(network, request: .all)
        for v in 0..<network.nodeCount {
            let c = paths.closeness?[v] ?? -1, h = paths.harmonic?[v] ?? nil
            #expect((0...1).contains(c), "seed \(seed) node \(v)")
            #expect(h.map { (0...1.0000001).contains($0) } ?? false, "seed \(seed) node \(v)")
        }
    }

    @Test("Measures do not depend on the order of the actors", arguments: seeds.prefix(10))
    func relabelling(seed: UInt64) throws {
        let landscape = RandomNetwork.landscape(seed: seed)
        var generator = SeededGenerator(seed: seed &+ 99)
        let shuffled = Landscape(actors: landscape.actors.shuffled(using: &generator), ties: landscape.ties.shuffled(using: &generator))
        for weighted in [false, true] {
            let a = Centrality.compute(Network(landscape, weighted: weighted))
            let b = Centrality.compute(Network(shuffled, weighted: weighted))
            let byID = Dictionary(uniqueKeysWithValues: b.actors.map { ($0.id, $0) })
            for actor in a.actors {
                let other = try #require(byID[actor.id])
                for measure in Measure.allCases where measure != .brokerage {
                    let x = actor.value(of: measure), y = other.value(of: measure)
                    #expect(x == nil && y == nil || abs((x ?? .nan) - (y ?? .nan)) <= 1e-9,
                            "seed \(seed) weighted \(weighted) \(actor.id) \(measure)")
                }
            }
        }
    }

    @Test("One worker and many give the same path measures", arguments: seeds.prefix(8))
    func parallelEqualsSequential(seed: UInt64) {
        for weighted in [false, true] {
            let network = RandomNetwork.make(seed: seed, weighted: weighted)
            let one = PathMeasures.compute(network, workers: 1)
            let many = PathMeasures.compute(network, workers: 4)
            for v in 0..<network.nodeCount {
                #expect(abs((one.betweenness?[v] ?? 0) - (many.betweenness?[v] ?? 1)) <= 1e-12, "seed \(seed)")
                #expect(one.closeness?[v] == many.closeness?[v], "seed \(seed)")
            }
        }
    }

    @Test("Weights of 1 give the unweighted values", arguments: seeds.prefix(8))
    func unitWeights(seed: UInt64) {
        let landscape = RandomNetwork.landscape(seed: seed, unitWeights: true)
        let plain = PathMeasures.compute(Network(landscape, weighted: false))
        let weighted = PathMeasures.compute(Network(landscape, weighted: true))
        for v in plain.betweenness?.indices ?? 0..<0 {
            #expect(abs((plain.betweenness?[v] ?? 0) - (weighted.betweenness?[v] ?? 1)) <= 1e-12, "seed \(seed)")
            #expect(abs((plain.closeness?[v] ?? 0) - (weighted.closeness?[v] ?? 1)) <= 1e-12, "seed \(seed)")
        }
    }

    @Test("Components by BFS equal components by union–find", arguments: seeds)
    func components(seed: UInt64) {
        let network = RandomNetwork.make(seed: seed, density: 0.04)
        let components = Components(network)
        var parent = Array(0..<network.nodeCount)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for u in 0..<network.nodeCount {
            for k in network.outRange(u) { parent[find(u)] = find(Int(network.outTarget[k])) }
        }
        for u in 0..<network.nodeCount {
            for v in 0..<network.nodeCount {
                #expect((components.component[u] == components.component[v]) == (find(u) == find(v)), "seed \(seed)")
            }
        }
        #expect(components.members.map(\.count).reduce(0, +) == network.nodeCount)
        #expect(zip(components.members, components.members.dropFirst()).allSatisfy { $0.count >= $1.count })
    }

    @Test("Louvain: a partition of every actor, deterministic for a seed, modularity as computed", arguments: seeds.prefix(10))
    func louvain(seed: UInt64) {
        let network = RandomNetwork.make(seed: seed)
        var g1 = SeededGenerator(seed: seed), g2 = SeededGenerator(seed: seed)
        let a = Louvain.communities(network, using: &g1)
        let b = Louvain.communities(network, using: &g2)
        #expect(a.community == b.community, "seed \(seed)")
        #expect(a.members.flatMap { $0 }.sorted() == Array(0..<network.nodeCount))
        #expect(abs(a.modularity - Louvain.modularity(network, community: a.community)) <= 1e-12)
        let singletons = Louvain.modularity(network, community: Array(0..<network.nodeCount))
        #expect(a.modularity >= singletons - 1e-12)
    }
}

/// Seeded random landscapes for property tests: Erdős–Rényi style, with a few isolates and
/// random weights.
enum RandomNetwork {
    static func landscape(seed: UInt64, density: Double = 0.12, unitWeights: Bool = false) -> Landscape {
        var generator = SeededGenerator(seed: seed)
        let n = Int.random(in: 8...40, using: &generator)
        let actors = (0..<n).map { Actor(id: ActorID("a\($0)"), name: "Actor \($0)", kind: ActorKind.allCases[$0 % ActorKind.allCases.count]) }
        var ties: [Tie] = []
        for u in 0..<n {
            for v in (u + 1)..<max(u + 1, n) where Double.random(in: 0..<1, using: &generator) < density {
                let weight = unitWeights ? 1 : Double(Int.random(in: 1...4, using: &generator))
                ties.append(Tie(from: actors[u].id, to: actors[v].id, weight: weight))
            }
        }
        return Landscape(actors: actors, ties: ties)
    }

    static func make(seed: UInt64, weighted: Bool = false, density: Double = 0.12) -> Network {
        Network(landscape(seed: seed, density: density), weighted: weighted)
    }

    /// Hop distances from `source` (−1 unreached), by a plain BFS written independently.
    static func hops(from source: Int, in network: Network) -> [Int] {
        var distance = [Int](repeating: -1, count: network.nodeCount)
        distance[source] = 0
        var queue = [source]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for k in network.outRange(v) where distance[Int(network.outTarget[k])] < 0 {
                distance[Int(network.outTarget[k])] = distance[v] + 1
                queue.append(Int(network.outTarget[k]))
            }
        }
        return distance
    }
}
