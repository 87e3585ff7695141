import Testing
@testable import LandscapeCore
import LandscapeWording

/// Small purpose-built landscapes: each gap must appear where it is, and not where it is not.
@Suite("Gaps")
struct GapFinderTests {
    /// Builds a landscape from compact specs: "id:kind[:municipality]" and "a-b[:kind]".
    static func landscape(_ actors: [String], _ ties: [String], needs: [String] = [],
                          tags: [String: [String]] = [:], targetGroups: [String: [String]] = [:],
                          programs: [String: [String]] = [:], until: [String: String] = [:]) -> Landscape {
        let list = actors.map { spec -> Actor in
            let parts = spec.split(separator: ":").map(String.init)
            let id = parts[0]
            return Actor(id: ActorID(id), name: id.uppercased(), kind: ActorKind(rawValue: parts[1]) ?? .other,
                         municipality: parts.count > 2 ? parts[2] : nil, topics: tags[id] ?? [], targetGroups: targetGroups[id] ?? [],
                         programs: (programs[id] ?? []).map { ActorID($0) },
                         period: ActivePeriod(until: until[id].flatMap { PartialDate(parsing: $0) }))
        }
        let links = ties.map { spec -> Tie in
            let parts = spec.split(separator: ":").map(String.init)
            let ends = parts[0].split(separator: "-").map(String.init)
            return Tie(from: ActorID(ends[0]), to: ActorID(ends[1]), kind: parts.count > 1 ? TieKind(rawValue: parts[1]) ?? .cooperation : .cooperation)
        }
        return Landscape(needs: needs, actors: list, ties: links)
    }

    func gaps(_ landscape: Landscape, _ type: GapType) -> [Gap] {
        GapFinder.find(landscape, options: GapOptions(types: [type]))
    }

    /// The explanation of a gap as the commands word it.
    static func explanation(_ gap: Gap?, _ landscape: Landscape, _ language: Language = .en) -> String? {
        gap.map { language.gapWording.explanation($0, in: landscape) }
    }

    /// What to do about a gap, as the commands word it.
    static func action(_ gap: Gap?, _ landscape: Landscape, _ language: Language = .en) -> String? {
        gap.map { language.gapWording.action($0, in: landscape) }
    }

    /// Six actors all tied to each other, all in one committee, sharing their tags.
    static let wellConnected = landscape(
        ["a:office:M", "b:foundation:M", "c:association:M", "d:institution:M", "e:office:M", "k:committee:M"],
        ["a-b", "a-c", "a-d", "a-e", "b-c", "b-d", "b-e", "c-d", "c-e", "d-e",
         "a-k:member", "b-k:member", "c-k:member", "d-k:member", "e-k:member"],
        needs: ["Sprachförderung"],
        tags: ["a": ["Sprachförderung"], "b": ["Sprachförderung"], "c": ["Sprachförderung"], "d": ["Sprachförderung"], "e": ["Sprachförderung"]])

    @Test("No false alarms on a well-connected landscape")
    func wellConnectedHasNoGaps() {
        let found = GapFinder.find(Self.wellConnected)
        #expect(found.map { "\($0.type.rawValue): \(Self.explanation($0, Self.wellConnected) ?? "")" } == [])
    }

    @Test("isolate: medium; high when it works on a declared need; wording in English and German")
    func isolate() {
        var l = Self.landscape(["a:office", "b:office", "x:association"], ["a-b"], needs: ["Sprachförderung"])
        var found = gaps(l, .isolate)
        #expect(found.map(\.actors) == [["x"]])
        #expect(found.first?.severity == .medium)
        #expect(Self.explanation(found.first, l) == "»X« has no ties to anyone in the landscape.")
        l = Self.landscape(["a:office", "b:office", "x:association"], ["a-b"], needs: ["Sprachförderung"], tags: ["x": ["sprachförderung"]])
        found = gaps(l, .isolate)
        #expect(found.first?.severity == .high)
        #expect(Self.explanation(found.first, l, .de) == "»X« arbeitet am erklärten Bedarf »Sprachförderung«, hat aber keine Verbindung zu anderen Akteuren der Bildungslandschaft.")
        #expect(gaps(Self.wellConnected, .isolate).isEmpty)
    }

    @Test("pendant: actors hanging on one tie, grouped by their anchor, low")
    func pendant() {
        let l = Self.landscape(["h:committee", "p1:institution", "p2:institution", "a:office", "b:office"],
                               ["p1-h:member", "p2-h:member", "a-h:member", "a-b", "b-h:member"])
        let found = gaps(l, .pendant)
        #expect(found.count == 1)
        #expect(found.first?.actors == ["p1", "p2", "h"])
        #expect(found.first?.severity == .low)
        #expect(Self.explanation(found.first, l) == "»P1« and »P2« are tied to the landscape only through »H«.")
    }

    @Test("fragmented: parts without a path to the main network, named by their hub")
    func fragmented() {
        let l = Self.landscape(["a:office", "b:office", "c:office", "d:office", "x:association", "y:association", "z:association"],
                               ["a-b", "b-c", "c-d", "a-c", "x-y", "y-z"])
        let found = gaps(l, .fragmented)
        #expect(found.count == 1)
        #expect(found.first?.severity == .high)
        #expect(found.first?.groups == ["Y"])
        #expect(Self.explanation(found.first, l) == "The landscape falls apart: the group around »Y« (3 actors) has no path to the main network around »C«.")
        #expect(gaps(Self.wellConnected, .fragmented).isEmpty)
    }

    @Test("cut-point and bridge: two triangles joined by one tie")
    func cuts() {
        let l = Self.landscape(["a:office", "b:office", "c:office", "x:association", "y:association", "z:association"],
                               ["a-b", "b-c", "a-c", "c-x", "x-y", "y-z", "x-z"])
        let cuts = gaps(l, .cutPoint)
        #expect(cuts.map { $0.actors.first } == ["c", "x"])
        #expect(cuts.first?.actors == ["c", "a", "b"] || cuts.first?.actors == ["c", "x", "y", "z"])
        #expect(cuts.allSatisfy { $0.severity == .high })  // 2 of 6 actors = a third
        let bridges = gaps(l, .bridge)
        #expect(bridges.count == 1)
        #expect(bridges.first?.actors == ["c", "x"])
        #expect(bridges.first?.severity == .medium)
        #expect(gaps(Self.wellConnected, .cutPoint).isEmpty && gaps(Self.wellConnected, .bridge).isEmpty)
    }

    @Test("group-hole: two kinds that never meet though their sizes make ties expected")
    func groupHole() {
        // Offices form a dense group, associations another, no tie across.
        let l = Self.landscape(["o1:office", "o2:office", "o3:office", "o4:office", "a1:association", "a2:association", "a3:association", "a4:association"],
                               ["o1-o2", "o1-o3", "o1-o4", "o2-o3", "o2-o4", "o3-o4", "a1-a2", "a1-a3", "a1-a4", "a2-a3", "a2-a4", "a3-a4"])
        let found = GapFinder.find(l, options: GapOptions(groupings: [.kind], types: [.groupHole]))
        #expect(found.count == 1)
        #expect(found.first?.groups == ["association", "office"])
        // 12 edges · 4·4 / 28 pairs = 6.9 expected, 0 observed: high.
        #expect(found.first?.severity == .high)
        #expect(Self.explanation(found.first, l) == "There is no tie at all between associations and offices; with random mixing one would expect about 6.9.")
    }

    @Test("uncoordinated: course providers serving newcomers without a common committee — and after one is founded")
    func uncoordinated() {
        let providers = ["t1", "t2", "t3", "t4"]
        let before = Self.landscape(providers.map { "\($0):institution:W" } + ["ko:office:W"], ["ko-t1:funding"],
                                    targetGroups: Dictionary(uniqueKeysWithValues: (providers + ["ko"]).map { ($0, ["Neuzugewanderte"]) }))
        let found = gaps(before, .uncoordinated)
        #expect(found.count == 1)
        #expect(found.first?.severity == .high)
        #expect(found.first?.fragments.count == 4)  // a funding tie does not coordinate; the office convenes, it offers no course
        #expect(Self.action(found.first, before) == "Set up a coordinating committee for »Neuzugewanderte«, chaired by »KO«, with »T1«, »T2«, »T3« and »T4«.")

        let after = Self.landscape(providers.map { "\($0):institution:W" } + ["ko:office:W", "bu:committee:W"],
                                   (providers + ["ko"]).map { "\($0)-bu:member" },
                                   targetGroups: Dictionary(uniqueKeysWithValues: (providers + ["ko"]).map { ($0, ["Neuzugewanderte"]) }))
        #expect(gaps(after, .uncoordinated).isEmpty)
    }

    @Test("uncoordinated: a common third partner does not coordinate; a direct exchange does")
    func coordinationRule() {
        let serve = Dictionary(uniqueKeysWithValues: ["a", "b", "c"].map { ($0, ["Sprachförderung"]) })
        let viaThird = Self.landscape(["a:institution", "b:institution", "c:institution", "x:office"], ["a-x", "b-x", "c-x"], tags: serve)
        #expect(gaps(viaThird, .uncoordinated).first?.fragments.count == 3)
        let direct = Self.landscape(["a:institution", "b:institution", "c:institution"], ["a-b:exchange", "b-c:agreement"], tags: serve)
        #expect(gaps(direct, .uncoordinated).isEmpty)
    }

    @Test("program-dependency: a programme's end takes the position that links two parts")
    func programDependency() {
        let l = Self.landscape(["p:program", "bm:office", "a:office", "b:association", "c:association"],
                               ["p-bm:funding", "bm-a", "bm-b", "b-c"],
                               programs: ["bm": ["p"]], until: ["p": "2021-12"])
        let found = gaps(l, .programDependency)
        #expect(found.count == 1)
        #expect(found.first?.severity == .high)
        #expect(found.first?.actors == ["p", "bm", "b", "c"] || found.first?.actors == ["p", "bm", "a"])
        #expect(Self.explanation(found.first, l)?.hasPrefix("»P« ends in December 2021; with it go the position »BM« and one funding tie.") == true)
        // Without an end date there is nothing to report.
        let open = Self.landscape(["p:program", "bm:office", "a:office"], ["p-bm:funding", "bm-a"], programs: ["bm": ["p"]])
        #expect(gaps(open, .programDependency).isEmpty)
    }

    @Test("uncovered: a need nobody serves, and one served only outside the main network")
    func uncovered() {
        let l = Self.landscape(["a:office", "b:office", "c:office", "x:association"], ["a-b", "b-c"],
                               needs: ["Schulbau", "Frühkindliche Bildung"], tags: ["x": ["Frühkindliche Bildung"]])
        let found = gaps(l, .uncovered)
        #expect(found.map(\.groups) == [["Schulbau"], ["Frühkindliche Bildung"]])
        #expect(found.map(\.severity) == [.high, .medium])
        #expect(gaps(Self.wellConnected, .uncovered).isEmpty)
    }

    @Test("planning-silo: offices of one municipality in separate groups; linked by a committee they are not")
    func planningSilo() {
        let silo = Self.landscape(["j:office:Jena", "s:office:Jena", "b:office:Jena", "x:office:Weimar"], ["j-x", "s-x"])
        let found = gaps(silo, .planningSilo)
        #expect(found.count == 1)
        #expect(found.first?.groups == ["Jena"])
        #expect(found.first?.severity == .high)
        let linked = Self.landscape(["j:office:Jena", "s:office:Jena", "b:office:Jena", "k:committee:Jena"],
                                    ["j-k:member", "s-k:member", "b-k:member"])
        #expect(gaps(linked, .planningSilo).isEmpty)
    }

    @Test("Gaps come most severe first")
    func order() {
        let l = Self.landscape(["a:office", "b:office", "c:office", "x:association"], ["a-b", "b-c"],
                               needs: ["Schulbau"], tags: ["x": ["Schulbau"]])
        let found = GapFinder.find(l)
        #expect(found.map(\.severity) == found.map(\.severity).sorted())
    }

    @Test("Each gap carries its facts as a typed reason: ids, counts, dates, no names")
    func typedReasons() throws {
        let isolated = Self.landscape(["a:office", "b:office", "x:association"], ["a-b"], needs: ["Sprachförderung"], tags: ["x": ["sprachförderung"]])
        #expect(gaps(isolated, .isolate).map(\.reason) == [.isolate(actor: "x", need: "Sprachförderung")])

        let hanging = Self.landscape(["h:committee", "p1:institution", "p2:institution", "a:office", "b:office"],
                                     ["p1-h:member", "p2-h:member", "a-h:member", "a-b", "b-h:member"])
        #expect(gaps(hanging, .pendant).map(\.reason) == [.pendant(anchor: "h", actors: ["p1", "p2"])])

        let apart = Self.landscape(["a:office", "b:office", "c:office", "d:office", "x:association", "y:association", "z:association"],
                                   ["a-b", "b-c", "c-d", "a-c", "x-y", "y-z"])
        #expect(gaps(apart, .fragmented).map(\.reason) == [.fragmented(components: [Gap.Component(hub: "y", size: 3)], mainHub: "c")])

        let triangles = Self.landscape(["a:office", "b:office", "c:office", "x:association", "y:association", "z:association"],
                                       ["a-b", "b-c", "a-c", "c-x", "x-y", "y-z", "x-z"])
        for gap in gaps(triangles, .cutPoint) {
            guard case .cutPoint(let actor, let cutOff) = gap.reason else { Issue.record("\(gap.reason)"); continue }
            #expect([actor] + cutOff == gap.actors)
            #expect(cutOff.count == 2)
        }
        let bridge = try #require(gaps(triangles, .bridge).first)
        guard case .bridge(let a, let b, let side) = bridge.reason else { Issue.record("\(bridge.reason)"); return }
        #expect([a, b] == ["c", "x"] && side.count == 3)
    }

    @Test("Typed reasons of group holes, coordination, programmes, needs and silos")
    func typedReasonsOfGroups() throws {
        let kinds = Self.landscape(["o1:office", "o2:office", "o3:office", "o4:office", "a1:association", "a2:association", "a3:association", "a4:association"],
                                   ["o1-o2", "o1-o3", "o1-o4", "o2-o3", "o2-o4", "o3-o4", "a1-a2", "a1-a3", "a1-a4", "a2-a3", "a2-a4", "a3-a4"])
        let hole = GapFinder.find(kinds, options: GapOptions(groupings: [.kind], types: [.groupHole]))
        // 12 edges · 4 · 4 / 28 pairs, computed in the finder's order.
        let expected: Double = 12.0 * 4 * 4 / 28
        let reason = Gap.Reason.groupHole(attribute: .kind, a: "association", b: "office", observed: 0, expected: expected)
        #expect(hole.map(\.reason) == [reason])

        let providers = ["t1", "t2", "t3", "t4"]
        let courses = Self.landscape(providers.map { "\($0):institution:W" } + ["ko:office:W"], ["ko-t1:funding"],
                                     targetGroups: Dictionary(uniqueKeysWithValues: (providers + ["ko"]).map { ($0, ["Neuzugewanderte"]) }))
        let uncoordinated = try #require(gaps(courses, .uncoordinated).first)
        #expect(uncoordinated.reason == .uncoordinated(Gap.ProviderGroup(
            place: "W", tag: "Neuzugewanderte", topics: [], targetGroups: ["Neuzugewanderte"], fragments: uncoordinated.fragments,
            invited: ["t1", "t2", "t3", "t4"], coordinator: "ko", existingCommittee: nil, untied: ["t2", "t3", "t4"])))

        let funded = Self.landscape(["p:program", "bm:office", "a:office", "b:association", "c:association"],
                                    ["p-bm:funding", "bm-a", "bm-b", "b-c"], programs: ["bm": ["p"]], until: ["p": "2021-12"])
        let programme = try #require(gaps(funded, .programDependency).first)
        guard case .programDependency(let program, let until, let ended, let positions, let fundingTies, let cutOff, _, _, let share) = programme.reason else {
            Issue.record("\(programme.reason)")
            return
        }
        #expect(program == "p" && until == PartialDate(parsing: "2021-12") && !ended)
        #expect(positions == ["bm"] && fundingTies == 1 && !cutOff.isEmpty && (share ?? 0) > 0)

        let needs = Self.landscape(["a:office", "b:office", "c:office", "x:association"], ["a-b", "b-c"],
                                   needs: ["Schulbau", "Frühkindliche Bildung"], tags: ["x": ["Frühkindliche Bildung"]])
        #expect(gaps(needs, .uncovered).map(\.reason) == [.uncovered(need: "Schulbau", outside: []),
                                                          .uncovered(need: "Frühkindliche Bildung", outside: ["x"])])

        let silo = Self.landscape(["j:office:Jena", "s:office:Jena", "b:office:Jena", "x:office:Weimar"], ["j-x", "s-x"])
        let planning = try #require(gaps(silo, .planningSilo).first)
        #expect(planning.reason == .planningSilo(municipality: "Jena", fragments: planning.fragments))
        #expect(planning.fragments.count == 3)
    }
}
