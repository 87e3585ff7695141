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

    /// Two towns 40 km apart, each with five course providers that know nobody, all naming the
    /// same three tags, and an office for newcomers in each town.
    static let twoTowns: Landscape = {
        var actors: [String] = ["amta:office:A", "amtb:office:B"]
        var tags: [String: [String]] = ["amta": ["Sprachförderung"], "amtb": ["Sprachförderung"]]
        var targetGroups: [String: [String]] = [:]
        for town in ["a", "b"] {
            for i in 1...5 {
                actors.append("\(town)\(i):institution:\(town.uppercased())")
                tags["\(town)\(i)"] = ["Integrationskurse", "Sprachförderung"]
                targetGroups["\(town)\(i)"] = ["Neuzugewanderte"]
            }
        }
        return GapFinderTests.landscape(actors, ["amta-amtb"], tags: tags, targetGroups: targetGroups)
    }()

    @Test("Providers are grouped by municipality: one gap per town naming every shared tag, the untied inside it")
    func oneGapPerTown() throws {
        let found = GapFinder.find(Self.twoTowns)
        let uncoordinated = found.filter { $0.type == .uncoordinated }
        #expect(uncoordinated.count == 2)
        #expect(!found.contains { $0.type == .isolate })
        guard case .uncoordinated(let a)? = uncoordinated.first?.reason else { Issue.record("no group"); return }
        #expect(a.place == "A" && a.members.sorted() == ["a1", "a2", "a3", "a4", "a5"])
        #expect(a.topics == ["Integrationskurse", "Sprachförderung"] && a.targetGroups == ["Neuzugewanderte"])
        #expect(a.untied.count == 5 && a.coordinator == "amta")
        #expect(GapFinderTests.explanation(uncoordinated.first, Self.twoTowns)
            == "A: 5 actors work on »Integrationskurse« and »Sprachförderung« and serve »Neuzugewanderte«; they fall into 5 groups that share no committee and have no direct cooperation (»A1«; »A2«; »A3«; »A4«; »A5«). Uncoordinated offers compete, people register twice and waiting times grow. Of them, »A1«, »A2«, »A3«, »A4« and 1 more have no tie at all.")
    }

    @Test("Two groups of uncoordinated providers give exactly two committee suggestions, each with every provider and a convener")
    func twoCommittees() throws {
        let gaps = GapFinder.find(Self.twoTowns)
        let suggestions = Suggester.suggest(Self.twoTowns, gaps: gaps, options: SuggestOptions(top: 20))
        let committees = suggestions.filter { $0.form == .committee }
        #expect(committees.count == 2)
        #expect(Set(committees.map { Set($0.members) }) == [["a1", "a2", "a3", "a4", "a5"], ["b1", "b2", "b3", "b4", "b5"]])
        #expect(Set(committees.compactMap(\.convener)) == ["amta", "amtb"])
        #expect(committees.allSatisfy { $0.closesTypes == [.uncoordinated] })
        // No pair of providers apart, and none that only says both belong to the group.
        let providers = Set((1...5).flatMap { [ActorID("a\($0)"), ActorID("b\($0)")] })
        #expect(!suggestions.contains { $0.form == .pair && providers.contains($0.from) && providers.contains($0.to) })
    }

    @Test("A provider without a municipality joins the town of its partners; no two groups share more than half")
    func placesAndOverlap() throws {
        var spec = ["amt:office:W", "x:institution"]
        var tags: [String: [String]] = ["x": ["Kita"]]
        for i in 1...4 {
            spec.append("k\(i):institution:W")
            tags["k\(i)"] = ["Kita", i <= 3 ? "Hort" : "Krippe"]
        }
        let landscape = GapFinderTests.landscape(spec, ["x-amt"], tags: tags)
        let gaps = GapFinder.find(landscape, options: GapOptions(types: [.uncoordinated]))
        // Hort (k1–k3) is the smaller group; Kita (k1–k4 and x) shares three of its five with it.
        #expect(gaps.count == 1)
        guard case .uncoordinated(let group)? = gaps.first?.reason else { Issue.record("no group"); return }
        #expect(group.place == "W" && group.tag == "Hort" && group.members.sorted() == ["k1", "k2", "k3"])
        #expect(group.topics == ["Hort", "Kita"])
        let alone = GapFinderTests.landscape(["k1:institution:W", "k2:institution:W", "x:institution"], [], tags: ["k1": ["Kita"], "k2": ["Kita"], "x": ["Kita"]])
        #expect(GapFinder.find(alone, options: GapOptions(types: [.uncoordinated])).isEmpty)
    }

    /// Four offices tied among themselves, four associations tied among themselves, and a
    /// Lenkungsgruppe all eight sit in.
    static let lenkungsgruppe = GapFinderTests.landscape(
        ["o1:office", "o2:office", "o3:office", "o4:office", "a1:association", "a2:association", "a3:association", "a4:association",
         "lg:committee"],
        ["o1-o2", "o1-o3", "o1-o4", "o2-o3", "o2-o4", "o3-o4", "a1-a2", "a1-a3", "a1-a4", "a2-a3", "a2-a4", "a3-a4"]
            + ["o1", "o2", "o3", "o4", "a1", "a2", "a3", "a4"].map { "\($0)-lg:member" })

    @Test("Members of one Lenkungsgruppe give no group hole; --direct-only counts direct ties only")
    func membershipIsContact() throws {
        let holes = GapFinder.find(Self.lenkungsgruppe, options: GapOptions(groupings: [.kind], types: [.groupHole]))
        #expect(holes.isEmpty)
        let direct = GapFinder.find(Self.lenkungsgruppe, options: GapOptions(groupings: [.kind], types: [.groupHole], directOnly: true))
        #expect(direct.map(\.groups) == [["association", "office"]])
        // The mixing matrix: no direct tie between the kinds, 16 pairs through the committee.
        let stats = Analysis.statistics(Self.lenkungsgruppe, AnalysisOptions(groups: .kind))
        let mixing = try #require(stats.mixing[.kind])
        #expect(mixing.matrix["office"]?["association"] == nil)
        #expect(mixing.throughCommittees["office"]?["association"] == 16)
        #expect(mixing.throughCommittees["office"]?["office"] == nil)  // tied directly already
        #expect(mixing.contacts("association", "office") == 16)
        #expect(Analysis.statistics(Self.lenkungsgruppe, AnalysisOptions(groups: .kind, directOnly: true)).mixing[.kind]?.throughCommittees.isEmpty == true)
    }

    @Test("Coordination advice only for providers: offices on a topic such as Schulbau are no uncoordinated group; registering twice only where they serve the same people")
    func onlyProviders() throws {
        let offices = GapFinderTests.landscape(["o1:office:W", "o2:office:W", "o3:office:W", "a1:agency:W"], [],
                                               tags: ["o1": ["Schulbau"], "o2": ["Schulbau"], "o3": ["Schulbau"], "a1": ["Schulbau"]])
        #expect(GapFinder.find(offices, options: GapOptions(types: [.uncoordinated])).isEmpty)
        let topicOnly = GapFinderTests.landscape(["k1:institution:W", "k2:institution:W", "k3:institution:W"], [],
                                                 tags: ["k1": ["Ganztag"], "k2": ["Ganztag"], "k3": ["Ganztag"]])
        let gap = try #require(GapFinder.find(topicOnly, options: GapOptions(types: [.uncoordinated])).first)
        let explanation = try #require(GapFinderTests.explanation(gap, topicOnly, .de))
        #expect(!explanation.contains("Mehrfachanmeldungen"))
        #expect(GapFinderTests.explanation(GapFinder.find(Self.twoTowns).first, Self.twoTowns, .de)?.contains("Mehrfachanmeldungen und Wartezeiten") == true)
    }

    @Test("suggest --kind foundation: what a foundation could start or fund, with the foundation best placed")
    func foundationView() throws {
        let landscape = GapFinderTests.landscape(
            ["amt:office:W", "s:foundation:W", "k1:institution:W", "k2:institution:W", "k3:institution:W", "v:association:W", "p:program:W"],
            ["s-amt", "p-k1:funding"], needs: ["Verstetigung", "Sprachförderung"],
            tags: ["s": ["Sprachförderung"], "k1": ["Integrationskurse"], "k2": ["Integrationskurse"], "k3": ["Integrationskurse"],
                   "v": ["Sprachförderung"]])
        let gaps = GapFinder.find(landscape)
        let suggestions = Suggester.suggest(landscape, gaps: gaps, options: SuggestOptions(kind: .foundation, top: 10))
        let funds = suggestions.filter { $0.form == .fund }
        #expect(funds.contains { $0.need == "Verstetigung" && $0.funder == "s" && $0.closesTypes == [.uncovered] })
        #expect(funds.contains { Set($0.members) == ["k1", "k2", "k3"] && $0.closesTypes == [.uncoordinated] })
        #expect(funds.contains { $0.members == ["v"] && $0.reasons == [.declaredNeeds(["Sprachförderung"]), .withoutFunding] })
        #expect(!funds.contains { $0.members == ["k1"] })  // funded by the programme
        #expect(Language.de.suggestionWording.fund(funds[0], in: landscape).hasPrefix("»S« könnte "))
        #expect(Suggester.suggest(landscape, gaps: gaps, options: SuggestOptions(top: 10)).allSatisfy { $0.form != .fund })
    }
}
