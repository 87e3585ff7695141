import Foundation
import LandscapeApp
import LandscapeCore
import Testing

@Suite("Gaps, suggestions and what-if through the application library")
struct GapAnalysesTests {
    static func load(_ relative: String) throws -> Landscape {
        try Landscape.load(CentralRankingTests.path(relative))
    }

    @Test("A gap request limits the types and the count, as GapFinder does")
    func gapRequest() throws {
        let landscape = try Self.load("graphs/weimar.yaml")
        let all = landscape.gaps(GapRequest())
        #expect(all == GapFinder.find(landscape))
        #expect(landscape.gaps(GapRequest(top: 2)) == Array(all.prefix(2)))
        let isolated = landscape.gaps(GapRequest(types: [.isolate]))
        #expect(isolated.allSatisfy { $0.type == .isolate })
    }

    @Test("A suggestion request for an unknown actor is a typed error")
    func unknownSuggestionActor() throws {
        let landscape = try Self.load("graphs/weimar.yaml")
        #expect(throws: SuggestionError.unknownActor(ActorID("nobody"))) {
            try landscape.suggestions(SuggestOptions(actor: ActorID("nobody")))
        }
        #expect(try landscape.suggestions(SuggestOptions(top: 3)).count == 3)
    }

    @Test("What-if: every unknown id and a programme that is none, in the request's order")
    func whatIfProblems() throws {
        let landscape = try Self.load("graphs/jena.yaml")
        let known = try #require(landscape.actors.first { $0.kind != .program })
        #expect(throws: WhatIfError(problems: [
            .unknownActor(ActorID("nobody")), .unknownActor(ActorID("nemo")), .notAProgram(known.id, kind: known.kind),
        ])) {
            try landscape.whatIf(WhatIfRequest(remove: [ActorID("nobody"), known.id, ActorID("nemo")], program: known.id))
        }
        #expect(throws: WhatIfError(problems: [.unknownProgram(ActorID("none"))])) {
            try landscape.whatIf(WhatIfRequest(program: ActorID("none")))
        }
    }

    @Test("What-if: taking out an actor is WhatIf.compare of the landscape without it")
    func whatIfRemoval() throws {
        let landscape = try Self.load("graphs/weimar.yaml")
        let id = try #require(landscape.actors.first).id
        let result = try landscape.whatIf(WhatIfRequest(remove: [id]))
        let direct = WhatIf.compare(before: landscape, after: WhatIf.removing([id], from: landscape))
        #expect(result.removed == direct.removed)
        #expect(result.removed == [id])
    }

    @Test("whatif --at an earlier day: actors founded later are not yet founded, not removed")
    func whatIfEarlier() throws {
        let landscape = try Self.load("graphs/weimar.yaml")
        let result = try landscape.whatIf(WhatIfRequest(day: try #require(PartialDate(parsing: "2017")).firstDay))
        #expect(result.notYetFounded == ["weimar-buendnis"])
        #expect(result.removed.isEmpty && result.brokersLost.isEmpty)
        let buendnisTies = landscape.ties.filter { $0.from == "weimar-buendnis" || $0.to == "weimar-buendnis" }.count
        #expect(result.tiesNotYetBegun == buendnisTies && result.lostTies == 0)
        let later = try landscape.whatIf(WhatIfRequest(day: try #require(PartialDate(parsing: "2022")).firstDay))
        #expect(later.notYetFounded.isEmpty && !later.removed.isEmpty)
    }
}
