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
}
