import Testing
@testable import LandscapeCore

/// Resources and events are not actors: the analyses leave them out unless asked to include them.
@Suite("Resources and events in the analyses")
struct ElementTests {
    /// Six actors who know each other only through the portal one of them maintains and the
    /// others use: as a node, the portal would be the hub of a star.
    static let portal = GapFinderTests.landscape(
        ["amt:office:M", "vhs:institution:M", "verein:association:M", "traeger:association:M", "schule:institution:M",
         "stiftung:foundation:M", "portal:resource:M"],
        ["amt-portal:maintains", "vhs-portal:uses", "verein-portal:uses", "traeger-portal:uses", "schule-portal:uses",
         "stiftung-portal:uses", "amt-vhs", "verein-traeger"],
        tags: ["amt": ["Integration"], "vhs": ["Integration"], "verein": ["Integration"], "portal": ["Integration"]])

    /// Twelve actors in three groups of four, each group tied in a ring, who all attended one
    /// Fachtag: as a node, the Fachtag would broker between the groups.
    static let fachtag: Landscape = {
        let actors = (1...12).map { "a\($0):\($0 <= 4 ? "office" : ($0 <= 8 ? "association" : "institution")):M" } + ["fachtag:event:M"]
        var ties = (1...12).map { "a\($0)-fachtag:attends" }
        for group in 0..<3 {
            for i in 1...4 { ties.append("a\(group * 4 + i)-a\(group * 4 + i % 4 + 1)") }
        }
        return GapFinderTests.landscape(actors, ties)
    }()

    @Test("Who stands behind a resource or an event: maintainers, users, attendees, once each; counts without them")
    func elementTies() throws {
        let resources = Self.portal.resourceTies()
        #expect(resources.count == 1)
        let portal = try #require(resources.first)
        #expect(portal.element == "portal" && portal.maintainers == ["amt"] && !portal.isUnmaintained)
        #expect(portal.users == ["vhs", "verein", "traeger", "schule", "stiftung"] && portal.others.isEmpty)
        #expect(Self.portal.eventTies().isEmpty)
        #expect(Self.portal.actorCount == 6 && Self.portal.actorTieCount == 2)

        let fachtag = try #require(Self.fachtag.eventTies().first)
        #expect(fachtag.users == (1...12).map { ActorID("a\($0)") } && fachtag.maintainers.isEmpty)
        #expect(Self.fachtag.actorCount == 12 && Self.fachtag.actorTieCount == 12)
        // A resource nobody maintains; a tie of another kind is listed apart; a repeated tie counts once.
        let orphan = GapFinderTests.landscape(["amt:office:M", "vhs:institution:M", "bericht:resource:M"],
                                              ["vhs-bericht:uses", "vhs-bericht:uses", "amt-bericht:funding"])
        let report = try #require(orphan.resourceTies().first)
        #expect(report.isUnmaintained && report.users == ["vhs"] && report.others == ["amt"])
    }

    @Test("A resource used by many actors is in no ranking, suggestion or cut point; --include brings it in")
    func resourceLeftOut() {
        let ranking = Analysis.centrality(Self.portal, AnalysisOptions())
        #expect(ranking.actors.map(\.id).sorted() == ["amt", "schule", "stiftung", "traeger", "verein", "vhs"])
        let gaps = GapFinder.find(Self.portal)
        #expect(!gaps.contains { $0.actors.contains("portal") })
        #expect(!gaps.contains { $0.type == .cutPoint })
        let suggestions = Suggester.suggest(Self.portal, gaps: gaps, options: SuggestOptions(top: 20))
        #expect(!suggestions.isEmpty)
        #expect(!suggestions.contains { $0.from == "portal" || $0.to == "portal" })
        #expect(Suggester.suggest(Self.portal, gaps: gaps, options: SuggestOptions(kind: .resource)).isEmpty)

        let included = AnalysisOptions(include: [.resources])
        let withPortal = Analysis.centrality(Self.portal, included)
        #expect(withPortal.actors.first { $0.id == "portal" }?.betweenness ?? 0 > 0.5)
        #expect(GapFinder.find(Self.portal, options: GapOptions(include: [.resources])).contains { $0.type == .cutPoint && $0.actors.first == "portal" })
    }

    @Test("An event tied to twelve actors is no broker; with --include events it folds like a committee")
    func eventLeftOut() throws {
        let options = AnalysisOptions(groups: .kind)
        let ranking = Analysis.centrality(Self.fachtag, options)
        #expect(ranking.actors.count == 12)
        #expect(!ranking.actors.contains { $0.id == "fachtag" })
        let statistics = Analysis.statistics(Self.fachtag, options)
        #expect(statistics.actors == 12 && statistics.ties == 12)
        #expect(statistics.actorsByKind[.event] == nil)
        #expect(statistics.components == 3)
        #expect(Analysis.communities(Self.fachtag, options).members.count == 3)

        let withEvent = Analysis.centrality(Self.fachtag, AnalysisOptions(include: [.events]))
        let broker = try #require(withEvent.actors.first { $0.id == "fachtag" })
        #expect(broker.betweenness ?? 0 > 0.5)
        // Folded, every attendee is tied to every other: one component, the event no node.
        let folded = Analysis.components(Self.fachtag, AnalysisOptions(reading: .foldedCommittees, include: [.events]))
        #expect(folded.count == 1 && folded.members.first?.count == 12)
        #expect(Analysis.components(Self.fachtag, AnalysisOptions(reading: .foldedCommittees)).count == 12)
    }

    @Test("The landscape as analysed: resources and events with their ties go unless included")
    func analysed() {
        let landscape = Self.portal.analysed()
        #expect(landscape.actors.count == 6 && landscape.ties.count == 2)
        #expect(Self.portal.analysed(including: [.resources]) == Self.portal)
        #expect(Self.portal.analysed(including: [.events]).actors.count == 6)
        #expect(GapFinderTests.wellConnected.analysed() == GapFinderTests.wellConnected)
    }
}
