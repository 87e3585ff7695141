import Testing
@testable import LandscapeCore

@Suite("Committee suggestions")
struct CommitteeSuggestionsTests {
    /// The committees as `make` chose them before it numbered the members: by id, with a set
    /// of the members for the shared count.
    static func byID(_ gaps: [Gap], options: SuggestOptions, landscape: Landscape) -> [Suggestion] {
        var chosen: [Suggestion] = []
        var chosenOf: [ActorID: [Int]] = [:]
        for gap in gaps {
            guard case .uncoordinated(let group) = gap.reason else { continue }
            let members = group.members
            let involved = members + [group.convener].compactMap { $0 }
            if let actor = options.actor, !involved.contains(actor) { continue }
            if let kind = options.kind, !involved.contains(where: { landscape[$0]?.kind == kind }) { continue }
            var shared: [Int: Int] = [:]
            for member in Set(members) {
                for index in chosenOf[member] ?? [] { shared[index, default: 0] += 1 }
            }
            let overlapping = shared.contains { index, count in count * 2 > min(chosen[index].members.count, members.count) }
            guard members.count >= 2, !overlapping else { continue }
            for member in members { chosenOf[member, default: []].append(chosen.count) }
            let score = 2 * GapIndex.weight(gap.severity) * Double(group.fragments.count - 1)
            chosen.append(Suggestion(
                committee: members, convener: group.convener, score: score,
                reasons: [.uncoordinatedGroup(place: group.place, members: members.count, parts: group.fragments.count),
                          .sharedTags(group.topics + group.targetGroups)],
                closes: [.coordinates(tag: group.tag)]))
        }
        return chosen.enumerated().sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }
            .map(\.element)
    }

    /// Random groups over 30 actors and two ids outside the network, with repeated members.
    static func gaps(seed: UInt64) -> [Gap] {
        var random = SplitMix(seed: seed)
        let ids = (0..<30).map { ActorID("a\($0)") } + ["x1", "x2"]
        return (0..<40).map { g in
            let parts = (0..<Int(random.next() % 3) + 1).map { _ in
                (0..<Int(random.next() % 4)).map { _ in ids[Int(random.next() % UInt64(ids.count))] }
            }
            let group = Gap.ProviderGroup(place: "M", tag: "t\(g)", topics: ["t\(g)"], targetGroups: [], fragments: parts,
                                          invited: [], coordinator: random.next() % 2 == 0 ? ids[g % ids.count] : nil,
                                          existingCommittee: nil, untied: [])
            let severity = GapSeverity.allCases[Int(random.next() % 3)]
            return Gap(severity: severity, actors: [], reason: .uncoordinated(group))
        }
    }

    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("Numbering the members chooses the same committees as comparing ids, repeated and unknown members included")
    func sameAsByID() {
        let actors = (0..<30).map { "a\($0):\($0 % 3 == 0 ? "office" : "association"):M" }
        let l = GapFinderTests.landscape(actors, ["a0-a1", "a2-a3"])
        let context = SuggestionContext(l)
        for seed in UInt64(1)...40 {
            let gaps = Self.gaps(seed: seed)
            for options in [SuggestOptions(), SuggestOptions(actor: "a3"), SuggestOptions(kind: .office)] {
                let made = CommitteeSuggestions.make(gaps, options: options, context: context)
                #expect(made.suggestions == Self.byID(gaps, options: options, landscape: l))
                // The nodes are each committee's distinct members in the network.
                #expect(made.nodes.map { Set($0) } == made.suggestions.map { Set($0.members.compactMap(context.network.index(of:))) })
                #expect(made.nodes.allSatisfy { $0.count == Set($0).count })
                let given = CommitteeSuggestions.Membership(made.suggestions, nodes: made.nodes, context: context)
                let lookedUp = CommitteeSuggestions.Membership(made.suggestions, nodes: [], context: context)
                for a in 0..<30 {
                    for b in 0..<30 where given.share(a, b) != lookedUp.share(a, b) { Issue.record("share(\(a), \(b)) differs") }
                }
            }
        }
    }
}
