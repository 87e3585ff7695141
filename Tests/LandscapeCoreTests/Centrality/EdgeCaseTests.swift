import Testing
@testable import LandscapeCore

/// Edge cases worked out by hand (each derivation in a comment).
@Suite("Measures on tiny networks, checked by hand")
struct EdgeCaseTests {
    func network(_ n: Int, _ edges: [(Int, Int)], weighted: Bool = false, directed: Bool = false) -> Network {
        Network(actors: (0..<n).map { ActorID("n\($0)") }, pairs: edges.map { ($0.0, $0.1, 1) }, directed: directed, weighted: weighted)
    }

    @Test("Empty network and a single actor: nothing undefined becomes NaN")
    func empty() {
        let none = Centrality.compute(network(0, []))
        #expect(none.actors.isEmpty)
        let one = Centrality.compute(network(1, [])).actors[0]
        #expect(one.degree == 0)
        #expect(one.betweenness == 0)
        #expect(one.closeness == 0)
        #expect(one.harmonic == nil)       // n − 1 = 0: undefined
        #expect(one.eigenvector == nil)    // no ties: undefined
        #expect(one.pagerank == 1)
        #expect(one.constraint == nil)     // isolate: undefined (networkx: NaN)
        #expect(one.effectiveSize == nil)
        #expect(one.core == 0)
    }

    @Test("Path a–b–c: b lies on the only a–c path")
    func path() {
        // Ordered pairs (a,c) and (c,a) both pass b: 2 / ((3−1)(3−2)) = 1.
        let result = Centrality.compute(network(3, [(0, 1), (1, 2)])).actors
        #expect(result.map(\.betweenness) == [0, 1, 0])
        // closeness(a) = (2/3)·(2/2) = 2/3; closeness(b) = 2/2 = 1.
        #expect(result[1].closeness == 1)
        #expect(abs((result[0].closeness ?? 0) - 2.0 / 3.0) < 1e-15)
        // constraint(a) = (1 + 0)² = 1: a depends entirely on b. effective size(b) = 2 − 0 = 2.
        #expect(result[0].constraint == 1)
        #expect(result[1].effectiveSize == 2)
        #expect(result[1].clustering == 0)
    }

    @Test("Parallel ties and self-ties: one edge with the summed weight, no loop")
    func collapse() {
        let net = Network(actors: ["a", "b"], pairs: [(0, 1, 1), (1, 0, 2.5), (0, 0, 7)], directed: false, weighted: true)
        #expect(net.edgeCount == 1)
        #expect(Centrality.compute(net).actors[0].strength == 3.5)
    }

    @Test("Directed reading: a funder that only gives is reached by nobody")
    func directed() {
        // p → o (funding), o ↔ s (cooperation). Distances TO p: none, so closeness(p) = 0.
        let landscape = Landscape(actors: [
            Actor(id: "p", name: "Programm", kind: .program), Actor(id: "o", name: "Amt", kind: .office),
            Actor(id: "s", name: "Schule", kind: .institution),
        ], ties: [Tie(from: "p", to: "o", kind: .funding), Tie(from: "o", to: "s")])
        let result = Centrality.compute(Network(landscape, reading: .directed))
        #expect(result.actors[0].closeness == 0)
        // o brokers p → o → s (no arc p → s): one two-path, all three kinds differ: liaison.
        let roles = Brokerage.roles(Network(landscape, reading: .directed), groups: ["program", "office", "institution"])
        #expect(roles[1].liaison == 1)
        #expect(roles[1].total == 1)
        #expect(roles[0].total == 0 && roles[2].total == 0)
    }

    @Test("Folding committees: two actors in two shared committees get weight 2")
    func fold() {
        let landscape = Landscape(actors: [
            Actor(id: "a", name: "A", kind: .office), Actor(id: "b", name: "B", kind: .association),
            Actor(id: "c", name: "C", kind: .foundation),
            Actor(id: "k1", name: "K1", kind: .committee), Actor(id: "k2", name: "K2", kind: .committee),
        ], ties: [
            Tie(from: "a", to: "k1", kind: .member), Tie(from: "b", to: "k1", kind: .member),
            Tie(from: "a", to: "k2", kind: .member), Tie(from: "b", to: "k2", kind: .member),
            Tie(from: "c", to: "k2", kind: .member), Tie(from: "a", to: "c"),  // a cooperation tie is not part of the fold
        ])
        let net = Network(landscape, reading: .foldedCommittees, weighted: true)
        #expect(net.actors == ["a", "b", "c"])
        let strength = Centrality.compute(net, measures: [.strength]).actors.map(\.strength)
        #expect(strength == [3, 3, 2])  // a–b: 2 committees, a–c: 1, b–c: 1
    }

    @Test("E–I index: one tie inside, three across")
    func eiIndex() {
        // Groups x, x, y, z; edges 0–1 (inside x), 0–2, 1–3, 2–3 (across): (3 − 1) / 4 = 0.5.
        let mixing = GroupMixing(network(4, [(0, 1), (0, 2), (1, 3), (2, 3)]), groups: ["x", "x", "y", "z"])
        #expect(mixing.overall == 0.5)
        // Group x: edges 0–2 and 1–3 leave it (E = 2), 0–1 stays inside (I = 1): (2 − 1)/3.
        #expect(abs(((mixing.perGroup["x"] ?? nil) ?? 0) - 1.0 / 3.0) < 1e-15)
        #expect(mixing.perGroup["y"] == 1.0)
        #expect(mixing.matrix["x"]?["x"] == 1)
        #expect(mixing.matrix["y"]?["z"] == 1 && mixing.matrix["z"]?["y"] == 1)
    }
}
