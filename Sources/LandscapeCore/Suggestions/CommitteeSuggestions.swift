/// One committee suggestion for each group of providers that an `uncoordinated` gap finds: the
/// answer to competing offers is a body where they meet, not one pair after another.
enum CommitteeSuggestions {
    /// The committee suggestions of the gaps, most valuable first: every provider of the group
    /// as a member, the group's convener, score 2 · w(severity) · (parts − 1) — the coordination
    /// bonus of a pair for each pair of parts the committee joins. A group that shares more
    /// than half of its members (or of the other's) with one already suggested is left out;
    /// `options.actor` and `options.kind` keep the committees that have such a member or convener.
    /// `nodes`: the distinct network nodes of each suggestion's members, for `Membership`.
    ///
    /// - Complexity: O(G · k · c) for G uncoordinated gaps of up to k members, each member in
    ///   up to c chosen committees; each member's id is looked up once.
    static func make(_ gaps: [Gap], options: SuggestOptions, context: SuggestionContext)
        -> (suggestions: [Suggestion], nodes: [[Int]]) {
        let landscape = context.landscape
        var chooser = Chooser(context.network)
        for (stamp, gap) in gaps.enumerated() {
            guard case .uncoordinated(let group) = gap.reason else { continue }
            if options.actor != nil || options.kind != nil {
                let involved = group.members + [group.convener].compactMap { $0 }
                if let actor = options.actor, !involved.contains(actor) { continue }
                if let kind = options.kind, !involved.contains(where: { landscape[$0]?.kind == kind }) { continue }
            }
            let members = group.members
            chooser.number(members, stamp: stamp)
            guard members.count >= 2, !chooser.overlaps(size: members.count, stamp: stamp) else { continue }
            let score = 2 * GapIndex.weight(gap.severity) * Double(group.fragments.count - 1)
            chooser.add(Suggestion(
                committee: members, convener: group.convener, score: score,
                reasons: [.uncoordinatedGroup(place: group.place, members: members.count, parts: group.fragments.count),
                          .sharedTags(group.topics + group.targetGroups)],
                closes: [.coordinates(tag: group.tag)]))
        }
        let chosen = chooser.chosen, scores = chosen.map(\.score)
        let order = chosen.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return (order.map { chosen[$0] }, order.map { chooser.nodes[$0] })
    }

    /// The committees chosen so far, with their members as numbers: a member's network node, or
    /// for an id outside the network a number after the nodes. Only committees that share a
    /// member can overlap, so a group is compared with those alone.
    private struct Chooser {
        let network: Network
        var chosen: [Suggestion] = []
        /// The distinct network nodes of each chosen committee.
        var nodes: [[Int]] = []
        /// The chosen committees of each member number (an index per listing, as often as the
        /// committee lists the member).
        private var chosenOf: [[Int]]
        /// Per member number: the stamp of the group that last counted it.
        private var seen: [Int]
        /// Per chosen committee: its number of members, the stamp of the group that last
        /// counted it, and how many of that group's distinct members it has.
        private var sizes: [Int] = [], sharedStamp: [Int] = [], shared: [Int] = []
        private var outside: [ActorID: Int] = [:]
        /// The current group's members as numbers, and its distinct ones.
        private var numbers: [Int] = [], distinct: [Int] = []

        init(_ network: Network) {
            self.network = network
            chosenOf = [[Int]](repeating: [], count: network.nodeCount)
            seen = [Int](repeating: -1, count: network.nodeCount)
        }

        /// Numbers the members of the group with `stamp` (each stamp used once).
        mutating func number(_ members: [ActorID], stamp: Int) {
            numbers.removeAll(keepingCapacity: true)
            distinct.removeAll(keepingCapacity: true)
            for member in members {
                let x = network.index(of: member) ?? outsideNumber(member)
                numbers.append(x)
                if seen[x] != stamp {
                    seen[x] = stamp
                    distinct.append(x)
                }
            }
        }

        private mutating func outsideNumber(_ id: ActorID) -> Int {
            if let x = outside[id] { return x }
            let x = chosenOf.count
            outside[id] = x
            chosenOf.append([])
            seen.append(-1)
            return x
        }

        /// Whether a chosen committee shares more than half of the current group's `size`
        /// members, or of its own, counting distinct members of the group.
        mutating func overlaps(size: Int, stamp: Int) -> Bool {
            for x in distinct {
                for index in chosenOf[x] {
                    if sharedStamp[index] != stamp {
                        sharedStamp[index] = stamp
                        shared[index] = 0
                    }
                    shared[index] += 1
                    // The counts only grow: once over the limit, the final count is too.
                    if shared[index] * 2 > min(sizes[index], size) { return true }
                }
            }
            return false
        }

        /// Chooses the current group's committee.
        mutating func add(_ committee: Suggestion) {
            for x in numbers { chosenOf[x].append(chosen.count) }
            nodes.append(distinct.filter { $0 < network.nodeCount })
            sizes.append(committee.members.count)
            sharedStamp.append(-1)
            shared.append(0)
            chosen.append(committee)
        }
    }

    /// The suggested committees each node is a member of: which pairs meet in one, found
    /// without going through every committee's members for every scored pair.
    struct Membership {
        /// Indices into the committees, ascending, for each node.
        private let committees: [[Int]]
        let isEmpty: Bool

        /// `nodes`: the distinct network nodes of the leading suggestions' members, as `make`
        /// gives them; the members of the others are looked up.
        ///
        /// - Complexity: O(V + Σ k) for committees of k members.
        init(_ suggestions: [Suggestion], nodes: [[Int]], context: SuggestionContext) {
            var committees = [[Int]](repeating: [], count: context.nodeCount)
            for (index, committee) in suggestions.enumerated() {
                let own = index < nodes.count ? nodes[index] : Array(Set(committee.members.compactMap(context.network.index(of:))))
                for node in own { committees[node].append(index) }
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
