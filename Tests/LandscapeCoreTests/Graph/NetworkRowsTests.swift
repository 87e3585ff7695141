import Testing
@testable import LandscapeCore

/// The network's compressed rows, built by counting sort, are those of the straightforward
/// construction: a hash table of pairs summing weights in reading order, then rows sorted.
@Suite("Network rows")
struct NetworkRowsTests {
    /// The rows as the reference builds them: a dictionary keyed by (lower, higher) or
    /// (from, to), weights added in the order given, each row sorted by neighbour.
    static func reference(_ pairs: [(Int, Int, Double)], nodeCount n: Int, directed: Bool)
        -> (out: [[(Int32, Double)]], incoming: [[(Int32, Double)]]) {
        var merged: [Int: Double] = [:]
        var keys: [Int] = []
        for (u, v, w) in pairs where u != v && u >= 0 && v >= 0 && u < n && v < n {
            let (a, b) = directed || u < v ? (u, v) : (v, u)
            if merged[a * n + b] == nil { keys.append(a * n + b) }
            merged[a * n + b, default: 0] += w
        }
        var out = [[(Int32, Double)]](repeating: [], count: n), incoming = out
        for key in keys {
            let (a, b, w) = (key / n, key % n, merged[key] ?? 0)
            out[a].append((Int32(b), w))
            incoming[b].append((Int32(a), w))
            if !directed {
                out[b].append((Int32(a), w))
                incoming[a].append((Int32(b), w))
            }
        }
        let sort = { (rows: [[(Int32, Double)]]) in rows.map { $0.sorted { $0.0 < $1.0 } } }
        return (sort(out), sort(incoming))
    }

    static func rows(_ start: [Int], _ target: [Int32], _ weight: [Double]) -> [[(Int32, Double)]] {
        (0..<(start.count - 1)).map { node in (start[node]..<start[node + 1]).map { (target[$0], weight[$0]) } }
    }

    @Test("Random pairs with repeats, both directions, self-pairs, out-of-range ends and a hub: the reference's rows and sums",
          arguments: 0..<24)
    func randomPairs(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let n = 1 + Int.random(in: 0..<60, using: &random)
        let weights = [1.0, 0.5, 0.1, 0.7, 1e-3, 3.3]
        var pairs = (0..<Int.random(in: 0..<400, using: &random)).map { _ in
            (Int.random(in: -1...n, using: &random), Int.random(in: -1...n, using: &random), weights.randomElement(using: &random) ?? 1)
        }
        // A hub with a long row (sorted by the long-row path), repeated ties among them.
        pairs += (0..<120).map { _ in (0, Int.random(in: 0..<n, using: &random), weights.randomElement(using: &random) ?? 1) }
        for directed in [false, true] {
            let network = Network(actors: (0..<n).map { ActorID("a\($0)") }, pairs: pairs, directed: directed, weighted: true)
            let expected = Self.reference(pairs, nodeCount: n, directed: directed)
            let out = Self.rows(network.outStart, network.outTarget, network.outWeight)
            let incoming = Self.rows(network.inStart, network.inTarget, network.inWeight)
            for node in 0..<n {
                #expect(out[node].map(\.0) == expected.out[node].map(\.0), "seed \(seed) directed \(directed) node \(node)")
                #expect(out[node].map(\.1) == expected.out[node].map(\.1), "seed \(seed) directed \(directed) node \(node)")
                #expect(incoming[node].map(\.0) == expected.incoming[node].map(\.0), "seed \(seed) directed \(directed) node \(node)")
                #expect(incoming[node].map(\.1) == expected.incoming[node].map(\.1), "seed \(seed) directed \(directed) node \(node)")
            }
        }
    }

    @Test("By hand: a–b twice (0.5 + 0.25), b–a once (1), a self-tie, c alone")
    func byHand() {
        let network = Network(actors: ["a", "b", "c"].map { ActorID($0) }, pairs: [(0, 1, 0.5), (1, 0, 1), (0, 0, 9), (0, 1, 0.25)],
                              directed: false, weighted: true)
        #expect(network.outStart == [0, 1, 2, 2])
        #expect(network.outTarget == [1, 0])
        #expect(network.outWeight == [1.75, 1.75])
        #expect(network.edgeCount == 1)
    }
}
