import Testing
@testable import LandscapeCore

/// The public results answer by `ActorID`, not by the network's dense index.
@Suite("Results by actor")
struct ResultsByActorTests {
    /// Two parts: a path a–b–c–d (b and c are cut points, every tie a bridge) and a pair x–y;
    /// the actors are listed out of alphabetical order so that positions and ids differ.
    static let landscape = Landscape(actors: ["d", "x", "b", "a", "y", "c"].map {
        Actor(id: ActorID($0), name: $0.uppercased(), kind: .association)
    }, ties: [("a", "b"), ("b", "c"), ("c", "d"), ("x", "y")].map {
        Tie(from: ActorID($0.0), to: ActorID($0.1), kind: .cooperation)
    })

    @Test("Components: the path first (larger), then the pair, each in the landscape's order")
    func components() {
        let components = Analysis.components(Self.landscape)
        #expect(components.count == 2)
        #expect(components.groups == [["d", "b", "a", "c"].map { ActorID($0) }, ["x", "y"].map { ActorID($0) }])
        #expect(components.numbers[ActorID("y")] == 1)
        #expect(components.numbers[ActorID("a")] == 0)
    }

    @Test("Cut points b and c with who they cut off; bridges with their smaller side (by hand)")
    func cuts() {
        let cuts = Analysis.cutStructure(Self.landscape)
        // b cuts off a; c cuts off d. Node order: d, x, b, a, y, c — so b (2) comes before c (5).
        #expect(cuts.cutPoints == [
            CutStructure.CutPoint(actor: ActorID("b"), cutOff: [ActorID("a")]),
            CutStructure.CutPoint(actor: ActorID("c"), cutOff: [ActorID("d")]),
        ])
        let bridges = cuts.bridges
        #expect(bridges.count == 4)
        #expect(bridges.contains { $0.ends == (ActorID("x"), ActorID("y")) && $0.smallerSide.count == 1 })
    }

    @Test("Communities: every actor in exactly one, numbered as its group")
    func communities() {
        let found = Analysis.communities(Self.landscape, AnalysisOptions())
        let numbers = found.numbers
        #expect(Set(found.groups.joined()) == Set(Self.landscape.actors.map(\.id)))
        #expect(found.groups.joined().count == Self.landscape.actors.count)
        for (number, group) in found.groups.enumerated() {
            for id in group { #expect(numbers[id] == number) }
        }
        #expect(numbers[ActorID("x")] == numbers[ActorID("y")])
    }
}
