import Testing
@testable import LandscapeCore

@Suite("Landscape diff")
struct LandscapeDiffTests {
    /// a–b–c–d, c–e, with b and d serving »Sprache«.
    static let base = GapFinderTests.landscape(["a:office", "b:association", "c:office", "d:institution", "e:institution"],
                                               ["a-b", "b-c", "c-d", "c-e"], tags: ["b": ["Sprache"], "d": ["Sprache"]])

    /// `landscape` with `change` applied to the actor `id`.
    static func changing(_ id: ActorID, in landscape: Landscape, _ change: (inout Actor) -> Void) -> Landscape {
        Landscape(needs: landscape.needs, actors: landscape.actors.map { actor in
            var actor = actor
            if actor.id == id { change(&actor) }
            return actor
        }, ties: landscape.ties)
    }

    /// `landscape` with other ties.
    static func with(ties: [Tie], _ landscape: Landscape) -> Landscape {
        Landscape(needs: landscape.needs, actors: landscape.actors, ties: ties)
    }

    @Test("A landscape compared with itself is empty")
    func itself() {
        let diff = LandscapeDiff(old: Self.base, new: Self.base)
        #expect(diff.isEmpty)
        #expect(diff.actors.isEmpty && diff.ties.isEmpty && diff.gaps.closed.isEmpty && diff.gaps.opened.isEmpty)
        #expect(diff.gaps.persisting.count == GapFinder.find(Self.base).count)
        #expect(!diff.structure.isChanged && diff.movers.isEmpty)
    }

    @Test("A renamed actor is one changed field, old and new name; nothing else changes")
    func renamed() throws {
        let renamed = Self.changing("c", in: Self.base) { $0.name = "Schulamt" }
        let diff = LandscapeDiff(old: Self.base, new: renamed)
        #expect(diff.actors.changed == [ActorFieldChange(id: "c", field: .name, value: Change(old: .text("C"), new: .text("Schulamt")))])
        #expect(diff.actors.joined.isEmpty && diff.actors.left.isEmpty && diff.ties.isEmpty)
        #expect(diff.gaps.isEmpty && !diff.structure.isChanged && diff.movers.isEmpty)
        #expect(!diff.isEmpty)
    }

    @Test("Every field of an actor is compared; lists as sets, so a new order is no change")
    func fields() {
        let changed = Self.changing("b", in: Self.base) { actor in
            actor.kind = .foundation
            actor.topics = ["Sprache", "Integration"]
            actor.sectors = [.adult]
            actor.period = ActivePeriod(since: PartialDate(year: 2018))
            actor.note = "neu"
        }
        let diff = LandscapeDiff(old: Self.base, new: changed)
        #expect(diff.actors.changed.map(\.field) == [.kind, .sectors, .topics, .since, .note])
        #expect(diff.actors.changed.first?.value == Change(old: .kind(.association), new: .kind(.foundation)))
        #expect(diff.actors.changed[3].value == Change(old: nil, new: .date(PartialDate(year: 2018)!)))
        let reordered = Self.changing("b", in: changed) { $0.topics = ["Integration", " Sprache"] }
        #expect(LandscapeDiff(old: changed, new: reordered).actors.isEmpty)
    }

    @Test("A tie is matched by its ends and kind: a new kind ends the old tie and begins a new one")
    func tieKindChanged() {
        var ties = Self.base.ties
        ties[0].kind = .agreement
        let diff = LandscapeDiff(old: Self.base, new: Self.with(ties: ties, Self.base))
        #expect(diff.ties.ended == [Self.base.ties[0]])
        #expect(diff.ties.new == [ties[0]])
        #expect(diff.ties.changed.isEmpty && diff.actors.isEmpty)
    }

    @Test("Weight, formal and dates of a tie are changed fields; symmetric ends match in either order")
    func tieFields() {
        var ties = Self.base.ties
        ties[1] = Tie(from: "c", to: "b", weight: 3, formal: true)
        let diff = LandscapeDiff(old: Self.base, new: Self.with(ties: ties, Self.base))
        #expect(diff.ties.new.isEmpty && diff.ties.ended.isEmpty)
        #expect(diff.ties.changed.map(\.field) == [.weight, .formal])
        #expect(diff.ties.changed.first?.value == Change(old: .number(1), new: .number(3)))
    }

    @Test("An actor that leaves takes its ties with it")
    func actorLeft() {
        let without = WhatIf.removing(["c"], from: Self.base)
        let diff = LandscapeDiff(old: Self.base, new: without)
        #expect(diff.actors.left == ["c"])
        #expect(diff.actors.joined.isEmpty && diff.actors.changed.isEmpty)
        #expect(diff.ties.ended == Self.base.ties.filter { $0.from == "c" || $0.to == "c" })
        #expect(diff.ties.new.isEmpty)
        #expect(diff.structure.old.components == 1 && diff.structure.new.components == 3)
    }

    /// Four actors serving »Sprache« without ties (an uncoordinated gap), plus those of `more`.
    static func sprache(_ serving: [String], more: [String] = []) -> Landscape {
        let ids = ["a", "b", "c", "d", "e", "f", "g", "h"]
        return GapFinderTests.landscape(ids.map { "\($0):association" } + ["hub:office"], ids.map { "hub-\($0)" },
                                        tags: Dictionary(uniqueKeysWithValues: serving.map { ($0, ["Sprache"]) }))
    }

    @Test("A gap that keeps half of its actors persists; one that moves beyond that is closed and opened")
    func gapMoves() throws {
        let before = Self.sprache(["a", "b", "c", "d"])
        let kept = LandscapeDiff(old: before, new: Self.sprache(["a", "b", "e", "f"])).gaps
        let persisting = try #require(kept.persisting.first { $0.new.type == .uncoordinated })
        #expect(Set(persisting.old.actors) == ["a", "b", "c", "d"] && Set(persisting.new.actors) == ["a", "b", "e", "f"])
        #expect(!kept.closed.contains { $0.gap.type == .uncoordinated } && !kept.opened.contains { $0.type == .uncoordinated })

        let moved = LandscapeDiff(old: before, new: Self.sprache(["a", "e", "f", "g"])).gaps
        #expect(moved.closed.map(\.gap.type) == [.uncoordinated] && moved.opened.map(\.type) == [.uncoordinated])
        #expect(!moved.persisting.contains { $0.new.type == .uncoordinated })
    }

    @Test("A gap closed by an actor that joined names it")
    func closedBy() {
        let before = Self.sprache(["a", "b", "c", "d"])
        let round = Actor(id: "runde", name: "Runde", kind: .committee)
        let after = Landscape(actors: before.actors + [round],
                              ties: before.ties + ["a", "b", "c", "d"].map { Tie(from: ActorID($0), to: "runde", kind: .member) })
        let diff = LandscapeDiff(old: before, new: after)
        let closed = diff.gaps.closed.first { $0.gap.type == .uncoordinated }
        #expect(closed?.closedBy == ["runde"])
        #expect(diff.actors.joined == ["runde"])
        #expect(diff.ties.new.count == 4)
    }

    @Test("OLD → NEW and NEW → OLD mirror each other")
    func mirror() {
        var ties = Self.base.ties.filter { $0.to != "e" }
        ties.append(Tie(from: "a", to: "d", kind: .exchange))
        let new = Self.with(ties: ties, Self.changing("b", in: Self.base) { $0.name = "Verein B" })
        Self.expectMirrored(LandscapeDiff(old: Self.base, new: new), LandscapeDiff(old: new, new: Self.base))
        let before = Self.sprache(["a", "b", "c", "d"]), after = Self.sprache(["a", "e", "f", "g"])
        Self.expectMirrored(LandscapeDiff(old: before, new: after), LandscapeDiff(old: after, new: before))
    }

    /// Joined ↔ left, new ↔ ended, closed ↔ opened, persisting and every change reversed.
    static func expectMirrored(_ forward: LandscapeDiff, _ backward: LandscapeDiff) {
        #expect(forward.actors.joined == backward.actors.left && forward.actors.left == backward.actors.joined)
        #expect(Set(forward.actors.changed.map { "\($0.id)\($0.field)" }) == Set(backward.actors.changed.map { "\($0.id)\($0.field)" }))
        #expect(forward.actors.changed.map(\.value.reversed) == backward.actors.changed.map(\.value))
        #expect(forward.ties.new == backward.ties.ended && forward.ties.ended == backward.ties.new)
        #expect(forward.gaps.closed.map(\.gap) == backward.gaps.opened && forward.gaps.opened == backward.gaps.closed.map(\.gap))
        #expect(forward.gaps.persisting.count == backward.gaps.persisting.count)
        for pair in forward.gaps.persisting {
            #expect(backward.gaps.persisting.contains(PersistingGap(old: pair.new, new: pair.old)))
        }
        #expect(forward.structure == backward.structure.reversed)
        #expect(forward.movers.ranked.map { Mover(id: $0.id, measure: $0.measure, rank: $0.rank.reversed, value: $0.value.reversed) }
                == backward.movers.ranked)
        #expect(forward.movers.brokersAppeared == backward.movers.brokersDisappeared)
        #expect(forward.coverage.map { $0.serving.reversed } == backward.coverage.map(\.serving))
    }

    @Test("Movers: the largest changes of rank in betweenness and degree, among actors on both sides")
    func movers() throws {
        // e gets a second partner: its degree rank rises; c loses the paths through it to e.
        let new = Self.with(ties: Self.base.ties + [Tie(from: "a", to: "e")], Self.base)
        let movers = LandscapeDiff(old: Self.base, new: new).movers
        #expect(movers.measures == [.betweenness, .degree] && !movers.approximate)
        let e = try #require(movers.ranked.first { $0.id == "e" && $0.measure == .degree })
        #expect(e.value == Change(old: 1, new: 2))
        #expect(e.rank.new < e.rank.old)
        #expect(movers.ranked.allSatisfy { $0.rank.isChanged })
    }

    @Test("Above the size limit, movers come from degree, PageRank and estimated betweenness, and say so")
    func large() {
        let new = Self.with(ties: Self.base.ties + [Tie(from: "a", to: "e")], Self.base)
        let movers = LandscapeDiff(old: Self.base, new: new, largeAbove: 3).movers
        #expect(movers.approximate)
        #expect(movers.measures == [.betweenness, .degree, .pagerank])
        #expect(LandscapeDiff.largeAbove == 5_000)
    }

    @Test("Coverage of every declared need on both sides, with its status")
    func coverage() {
        let before = GapFinderTests.landscape(["a:office", "b:association"], ["a-b"], needs: ["Sprache", "Kita"], tags: ["a": ["Sprache"]])
        let after = Self.changing("b", in: before) { $0.topics = ["sprache ", "Kita"] }
        let rows = LandscapeDiff(old: before, new: after).coverage
        #expect(rows.map(\.need) == ["Sprache", "Kita"])
        #expect(rows.map(\.serving) == [Change(old: 1, new: 2), Change(old: 0, new: 1)])
        #expect(rows[1].status == Change(old: .uncovered, new: .covered))
    }
}
