import Testing
@testable import LandscapeCore

/// A network read from another reading of the same landscape (`Network(_:reading:weighted:readAs:)`,
/// which takes the actors' positions and the ties' ends from it) is the network read afresh.
@Suite("Network read from another reading")
struct NetworkReadingTests {
    /// Directed and symmetric kinds, a tie repeated and a self-tie.
    static let landscape = Landscape(
        actors: ["a", "b", "c", "d", "e"].map { Actor(id: ActorID($0), name: $0.uppercased(), kind: .association) },
        ties: [
            Tie(from: "a", to: "b"), Tie(from: "b", to: "c", kind: .funding), Tie(from: "c", to: "a", kind: .steering, weight: 2),
            Tie(from: "a", to: "b", kind: .exchange, weight: 0.5), Tie(from: "d", to: "d"),
            Tie(from: "d", to: "e", kind: .member),
        ])

    @Test("Directed from undirected and undirected from directed: the same rows, weights and tie ends",
          arguments: [NetworkReading.directed, .undirected], [false, true])
    func sameRows(reading: NetworkReading, weighted: Bool) {
        let other: NetworkReading = reading == .directed ? .undirected : .directed
        let first = Network(Self.landscape, reading: other, weighted: weighted)
        let reused = Network(Self.landscape, reading: reading, weighted: weighted, readAs: first)
        let fresh = Network(Self.landscape, reading: reading, weighted: weighted)
        #expect(reused.actors == fresh.actors)
        #expect(reused.isDirected == fresh.isDirected)
        #expect(reused.outStart == fresh.outStart && reused.outTarget == fresh.outTarget && reused.outWeight == fresh.outWeight)
        #expect(reused.inStart == fresh.inStart && reused.inTarget == fresh.inTarget && reused.inWeight == fresh.inWeight)
        #expect(reused.tieEnds.from == fresh.tieEnds.from && reused.tieEnds.to == fresh.tieEnds.to)
        // The ends are the actors' positions.
        #expect(fresh.tieEnds.from == [0, 1, 2, 0, 3, 3])
        #expect(fresh.tieEnds.to == [1, 2, 0, 1, 3, 4])
    }

    @Test("Another landscape's network is not taken for this one's: the reading is done afresh")
    func otherLandscape() {
        let smaller = Landscape(actors: Array(Self.landscape.actors.prefix(2)), ties: [Tie(from: "a", to: "b")])
        let network = Network(Self.landscape, reading: .directed, weighted: false, readAs: Network(smaller))
        #expect(network.actors == Network(Self.landscape, reading: .directed).actors)
        #expect(network.outTarget == Network(Self.landscape, reading: .directed).outTarget)
    }
}
