/// One committee suggestion for each group of providers that an `uncoordinated` gap finds: the
/// answer to competing offers is a body where they meet, not one pair after another.
enum CommitteeSuggestions {
    /// The committee suggestions of the gaps, most valuable first: every provider of the group
    /// as a member, the group's convener, score 2 · w(severity) · (parts − 1) — the coordination
    /// bonus of a pair for each pair of parts the committee joins. A group that shares more
    /// than half of its members (or of the other's) with one already suggested is left out;
    /// `options.actor` and `options.kind` keep the committees that have such a member or convener.
    ///
    /// - Complexity: O(G · k · c) for G uncoordinated gaps of up to k members, each member in
    ///   up to c chosen committees.
    static func make(_ gaps: [Gap], options: SuggestOptions, landscape: Landscape) -> [Suggestion] {
        var chosen: [Suggestion] = []
        // The chosen committees of each actor (an index per listing): only committees that
        // share a member can overlap, so a group is compared with those alone.
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

    /// Whether a scored pair says no more than that both belong to a suggested committee: both
    /// are its members, and they have no common partner, no complementary kinds, and close no
    /// gap that the committee would not close too (the uncoordinated one, or joining two parts
    /// of the landscape, which meeting in the committee joins as well).
    static func covers(_ committees: [Suggestion], pair: ScoredPair, context: SuggestionContext, gaps: GapIndex) -> Bool {
        guard !committees.isEmpty, pair.structural == 0, pair.complementarity == 0,
              gaps.closing(pair.a, pair.b).closed.allSatisfy({ $0.type == .uncoordinated || $0.type == .fragmented }) else { return false }
        let a = context.network.actors[pair.a], b = context.network.actors[pair.b]
        return committees.contains { $0.members.contains(a) && $0.members.contains(b) }
    }
}
