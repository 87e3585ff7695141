import Testing
@testable import LandscapeCore
import LandscapeWording

/// Committees and groups of providers as an education manager reads them: a committee that
/// links is coordination, not a weakness.
@Suite("Coordination gaps")
struct CoordinationGapTests {
    /// An office, the Bündnis it convenes, and nine course providers who meet only there.
    static func buendnis(convened: Bool = true) -> Landscape {
        let providers = (1...9).map { "p\($0):institution:W" }
        var ties = (1...9).map { "p\($0)-buendnis:member" } + ["amt-buendnis:member", "amt-jobcenter"]
        if convened { ties.append("amt-buendnis:steering") }
        return GapFinderTests.landscape(["amt:office:W", "jobcenter:agency:W", "buendnis:committee:W"] + providers, ties)
    }

    @Test("A Bündnis linking nine providers to the office is no cut point: a minor note naming who convenes it")
    func committeeIsNoCutPoint() throws {
        let landscape = Self.buendnis()
        let found = GapFinder.find(landscape)
        #expect(!found.contains { $0.type == .cutPoint })
        let note = try #require(found.first { $0.type == .committeeDependency })
        #expect(note.severity == .low)
        #expect(note.reason == .committeeDependency(committee: "buendnis", cutOff: (1...9).map { ActorID("p\($0)") }, convener: "amt"))
        #expect(GapFinderTests.explanation(note, landscape)
            == "9 actors (»P1«, »P2«, »P3«, »P4« and 5 more) are linked to the rest of the landscape only through »BUENDNIS«: coordination at work, as long as the committee lasts. It is convened by »AMT«.")
        #expect(GapFinderTests.action(note, landscape, .de)
            == "Den Bestand von »BUENDNIS« sichern: »AMT« braucht einen dauerhaften Auftrag und Mittel, um es einzuberufen, und eine Vertretung.")
        // Without the office only the jobcenter would be alone: one actor, no cut point either.
        #expect(GapFinder.find(landscape, options: GapOptions(types: [.cutPoint])).isEmpty)
    }

    @Test("Without a steering tie nobody convenes it; a committee that cuts off two gives no note")
    func unconvenedAndSmall() throws {
        let landscape = Self.buendnis(convened: false)
        let note = try #require(GapFinder.find(landscape, options: GapOptions(types: [.committeeDependency])).first)
        #expect(note.reason == .committeeDependency(committee: "buendnis", cutOff: (1...9).map { ActorID("p\($0)") }, convener: nil))
        #expect(GapFinderTests.explanation(note, landscape, .de)?.hasSuffix("Niemand beruft es ein: Kein Akteur hat eine Steuerungsbeziehung zu ihm.") == true)
        let small = GapFinderTests.landscape(["a:office", "b:office", "k:committee", "x:association", "y:association"],
                                             ["a-b", "a-k:member", "x-k:member", "y-k:member"])
        let gaps = GapFinder.find(small, options: GapOptions(types: [.cutPoint, .committeeDependency]))
        #expect(gaps.isEmpty)
    }

    @Test("whatif --remove still shows the full effect of losing the committee")
    func whatIfShowsTheEffect() {
        let landscape = Self.buendnis()
        let result = WhatIf.compare(before: landscape, after: WhatIf.removing(["buendnis"], from: landscape))
        #expect(result.cutOff.count == 9)
    }
}
