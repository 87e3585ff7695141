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

    /// The suggested committees each node is a member of: which pairs meet in one, found
    /// without going through every committee's members for every scored pair.
    struct Membership {
        /// Indices into the committees, ascending, for each node.
        private let committees: [[Int]]
        let isEmpty: Bool

        /// - Complexity: O(V + Σ k) for committees of k members.
        init(_ suggestions: [Suggestion], context: SuggestionContext) {
            var committees = [[Int]](repeating: [], count: context.nodeCount)
            for (index, committee) in suggestions.enumerated() {
                for node in Set(committee.members.compactMap(context.network.index(of:))) { committees[node].append(index) }
            }
            self.committees = committees
            isEmpty = suggestions.isEmpty
        }

        /// Whether a committee has both `a` and `b` as members.
        ///
        /// - Complexity: O(c) for the committees c of the two.
        func share(_ a: Int, _ b: Int) -> Bool {
            let x = committees[a], y = committees[b]
            var i = 0, j = 0
            while i < x.count && j < y.count {
                if x[i] == y[j] { return true }
                if x[i] < y[j] { i += 1 } else { j += 1 }
            }
            return false
        }
    }

    /// Whether a scored pair says no more than that both belong to a suggested committee: both
    /// are its members, and they have no common partner, no complementary kinds, and close no
    /// gap that the committee would not close too (the uncoordinated one, or joining two parts
    /// of the landscape, which meeting in the committee joins as well).
    static func covers(_ committees: Membership, pair: ScoredPair, gaps: GapIndex) -> Bool {
        guard !committees.isEmpty, pair.structural == 0, pair.complementarity == 0, committees.share(pair.a, pair.b) else { return false }
        return gaps.closing(pair.a, pair.b).closed.allSatisfy { $0.type == .uncoordinated || $0.type == .fragmented }
    }
}
