import Testing
@testable import LandscapeCore

/// The overview's facts: groups, actors kept on their own, bundles counted.
@Suite("Grouped landscape")
struct GroupedLandscapeTests {
    /// Groups A (a1, a2, a3, committee k), B (b1, b2) and C (c1 alone). By hand: k's partners
    /// are a1 (its own group) and b1, so it reaches one other group and, being a committee, is
    /// kept; c1 is alone in C and kept; every other actor reaches at most one other group and
    /// stays. A keeps a1–a2 and a2–a3 inside (2 ties); B keeps b1–b2 (1). Between nodes: A–B
    /// twice (a1–b1, a2–b2), A–k (a1→k), A–c1 (a3–c1), B–k (b1→k).
    static let landscape = Landscape(
        actors: [("a1", ActorKind.office), ("a2", .association), ("a3", .association), ("k", .committee),
                 ("b1", .office), ("b2", .institution), ("c1", .office)].map { Actor(id: ActorID($0.0), name: $0.0, kind: $0.1) },
        ties: [("a1", "a2", TieKind.cooperation), ("a2", "a3", .cooperation), ("a1", "b1", .cooperation), ("a2", "b2", .exchange),
               ("b1", "b2", .cooperation), ("a3", "c1", .cooperation), ("b1", "k", .member), ("a1", "k", .member)].map {
            Tie(from: ActorID($0.0), to: ActorID($0.1), kind: $0.2)
        })
    static let groups = [0, 0, 0, 0, 1, 1, 2]

    @Test("Groups, kept actors and counted bundles (by hand)")
    func byHand() {
        let grouped = GroupedLandscape(Self.landscape, group: Self.groups, keptLimit: 5)
        #expect(grouped.groups.map(\.number) == [0, 1])
        #expect(grouped.groups[0].members == ["a1", "a2", "a3"].map { ActorID($0) })
        #expect(grouped.groups.map(\.innerTies) == [2, 1])
        #expect(grouped.kept.map(\.actor) == [ActorID("k"), ActorID("c1")])
        #expect(grouped.kept.map(\.groupsReached) == [1, 1])
        #expect(grouped.brokersLeftInGroups == 0)
        #expect(grouped.bundles == [
            .init(from: .group(0), to: .group(1), ties: 2),
            .init(from: .group(0), to: .actor(ActorID("k")), ties: 1),
            .init(from: .group(0), to: .actor(ActorID("c1")), ties: 1),
            .init(from: .group(1), to: .actor(ActorID("k")), ties: 1),
        ])
        // Every tie is counted once: inside a group or in a bundle.
        let counted = grouped.groups.map(\.innerTies).reduce(0, +) + grouped.bundles.map(\.ties).reduce(0, +)
        #expect(counted == Self.landscape.ties.count)
    }

    @Test("Beyond the limit a broker stays in its group and is counted; an actor alone is kept anyway")
    func limit() {
        let grouped = GroupedLandscape(Self.landscape, group: Self.groups, keptLimit: 0)
        #expect(grouped.kept.map(\.actor) == [ActorID("c1")])
        #expect(grouped.brokersLeftInGroups == 1)
        #expect(grouped.groups[0].members.contains(ActorID("k")))
        // k's two ties now run inside A (a1→k) and between A and B (b1→k).
        #expect(grouped.groups[0].innerTies == 3)
        #expect(grouped.bundles.first == .init(from: .group(0), to: .group(1), ties: 3))
    }

    @Test("An empty landscape has no groups, kept actors or bundles")
    func empty() {
        let grouped = GroupedLandscape(Landscape(actors: [], ties: []), group: [], keptLimit: 5)
        #expect(grouped.groups.isEmpty && grouped.kept.isEmpty && grouped.bundles.isEmpty)
    }
}
