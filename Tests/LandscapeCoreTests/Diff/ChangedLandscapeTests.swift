import Testing
@testable import LandscapeCore

@Suite("The union of two versions, marked with what changed")
struct ChangedLandscapeTests {
    /// a–b–c–d, c–e (LandscapeDiffTests.base).
    let base = LandscapeDiffTests.base

    @Test("A landscape with itself: every actor and tie kept, in its order")
    func itself() {
        let changed = ChangedLandscape(old: base, new: base)
        #expect(changed.landscape == base)
        #expect(Set(changed.actors.values) == [.kept])
        #expect(changed.ties == Array(repeating: .kept, count: base.ties.count))
    }

    @Test("Joined, left, begun and ended: the new side in its order, then what only the old side has")
    func union() {
        // d leaves with its tie c–d; f joins, tied to a; b–c changes its kind; a–b changes its weight.
        var actors = base.actors.filter { $0.id != "d" }
        actors.append(Actor(id: "f", name: "F", kind: .committee))
        let new = Landscape(actors: actors, ties: [
            Tie(from: "a", to: "b", weight: 2), Tie(from: "b", to: "c", kind: .exchange), Tie(from: "c", to: "e"),
            Tie(from: "a", to: "f", kind: .member),
        ])
        let changed = ChangedLandscape(old: base, new: new)
        #expect(changed.landscape.actors.map(\.id) == ["a", "b", "c", "e", "f", "d"])
        #expect(changed.actors == ["a": .kept, "b": .kept, "c": .kept, "e": .kept, "f": .added, "d": .removed])
        #expect(changed.landscape.ties.map { "\($0.from)\($0.to) \($0.kind.rawValue)" }
                == ["ab cooperation", "bc exchange", "ce cooperation", "af member", "bc cooperation", "cd cooperation"])
        #expect(changed.ties == [.kept, .added, .kept, .added, .removed, .removed])
        #expect(changed.actorCount(.added) == 1 && changed.actorCount(.removed) == 1 && changed.actorCount(.kept) == 4)
        #expect(changed.tieCount(.added) == 2 && changed.tieCount(.removed) == 2)
        #expect(ChangedLandscape(old: base, new: new, diff: LandscapeDiff(old: base, new: new)) == changed)
    }

    @Test("Seen from the other side: added and removed swap")
    func mirrored() {
        let new = Landscape(actors: base.actors + [Actor(id: "f", name: "F", kind: .association)], ties: base.ties + [Tie(from: "e", to: "f")])
        let forward = ChangedLandscape(old: base, new: new), backward = ChangedLandscape(old: new, new: base)
        #expect(forward.actors["f"] == .added && backward.actors["f"] == .removed)
        #expect(forward.tieCount(.added) == backward.tieCount(.removed))
        #expect(Set(forward.landscape.actors.map(\.id)) == Set(backward.landscape.actors.map(\.id)))
    }
}
