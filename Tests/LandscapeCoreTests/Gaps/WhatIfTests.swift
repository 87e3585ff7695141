import Testing
@testable import LandscapeCore

@Suite("What-if")
struct WhatIfTests {
    @Test("Removing a cut point: who is cut off, pairs and ties lost, brokers lost")
    func removeCutPoint() {
        // a–b–c–d, c–e: removing c cuts d and e off from a, b.
        let l = GapFinderTests.landscape(["a:office", "b:office", "c:office", "d:office", "e:office"], ["a-b", "b-c", "c-d", "c-e"])
        let result = WhatIf.compare(before: l, after: WhatIf.removing(["c"], from: l))
        #expect(result.removed == ["c"])
        #expect(result.lostTies == 3)
        #expect(result.before.reachablePairs == 10)
        #expect(result.after.reachablePairs == 1)      // only a–b remain connected
        #expect(result.reachablePairsLost == 5)  // of the 6 pairs among a, b, d, e only a–b stay connected
        #expect(result.cutOff == ["d", "e"] || result.cutOff == ["a", "b"])
        #expect(result.brokersLost == ["c"])
        #expect(result.after.components == 3)
    }

    @Test("Lost ties count each tie as often as it occurs, whether the other side keeps their order or not")
    func lostTies() {
        let ab = Tie(from: "a", to: "b", kind: .cooperation), bc = Tie(from: "b", to: "c", kind: .cooperation)
        let cd = Tie(from: "c", to: "d", kind: .exchange)
        let before = [ab, bc, ab, cd]
        #expect(WhatIf.lostTies(before, [ab, cd]) == 2)        // kept in order: b–c and one a–b lost
        #expect(WhatIf.lostTies(before, [cd, ab]) == 2)        // reordered: the same count
        #expect(WhatIf.lostTies(before, [ab, ab, ab]) == 2)    // a third a–b that before lacks gains nothing
        #expect(WhatIf.lostTies(before, before) == 0)
        #expect(WhatIf.lostTies(before, []) == 4)
    }

    @Test("A programme's end takes its positions and funding ties; committees below two members are named")
    func program() {
        let l = GapFinderTests.landscape(["p:program", "bm:office", "x:office", "k:committee"],
                                         ["p-bm:funding", "p-x:funding", "bm-k:member", "x-k:member"],
                                         programs: ["bm": ["p"]])
        let after = WhatIf.withoutProgram("p", from: l)
        #expect(after.actors.map(\.id) == ["x", "k"])           // x only received funding: it stays
        let result = WhatIf.compare(before: l, after: after)
        #expect(result.committeesBelowTwo == ["k"])
        #expect(result.lostTies == 3)
    }

    @Test("Compared with an earlier day, what begins later was not yet founded or begun: not removed, lost or a lost broker")
    func earlierDay() throws {
        // a–k–b with k a committee founded in 2018: on a day in 2017 it is not yet there.
        var l = GapFinderTests.landscape(["a:office", "k:committee", "b:office", "c:office"], ["a-k", "k-b", "b-c"])
        let founded = ActivePeriod(since: PartialDate(year: 2018))
        l = Landscape(actors: l.actors.map { actor in
            var actor = actor
            if actor.id == "k" { actor.period = founded }
            return actor
        }, ties: l.ties.map { tie in
            var tie = tie
            if tie.from == "b" { tie.period = ActivePeriod(since: PartialDate(year: 2019)) }
            return tie
        })
        let day = try #require(CalendarDay(year: 2017, month: 6, day: 1))
        let result = WhatIf.compare(before: l, after: l.active(on: day), on: day)
        #expect(result.notYetFounded == ["k"])
        #expect(result.removed.isEmpty && result.brokersLost.isEmpty)
        #expect(result.tiesNotYetBegun == 3 && result.lostTies == 0)
    }
}
