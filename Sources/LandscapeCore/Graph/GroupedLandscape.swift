/// A landscape seen from above: its actors gathered into groups (municipalities, communities),
/// the ties between groups bundled and counted, and the actors that hold several groups
/// together kept on their own — what an overview of a large landscape draws.
///
/// An actor is *kept* on its own when its group has no other member, or when it reaches
/// other groups: a committee with a partner in at least one other group, any other actor
/// with partners in at least two. Of these, the `keptLimit` reaching the most groups are kept
/// (committees first among equals, then the better connected); the rest stay in their groups.
/// Ties are counted once each whatever their kind and direction; parallel ties count
/// separately.
public struct GroupedLandscape: Hashable, Sendable {
    /// One end of a bundle: a group by its number, or an actor kept on its own.
    public enum Node: Hashable, Sendable {
        case group(Int)
        case actor(ActorID)
    }

    /// A group and the actors it stands for.
    public struct Group: Hashable, Sendable {
        /// The group's number, as the caller numbered the groups.
        public var number: Int
        /// Its actors that are not kept on their own, in the landscape's order.
        public var members: [ActorID]
        /// Ties between two of those members.
        public var innerTies: Int
    }

    /// An actor drawn on its own.
    public struct Kept: Hashable, Sendable {
        public var actor: ActorID
        /// The number of the group it belongs to.
        public var group: Int
        /// How many groups besides its own its partners belong to.
        public var groupsReached: Int
    }

    /// The ties between two nodes, counted.
    public struct Bundle: Hashable, Sendable {
        public var from: Node
        public var to: Node
        public var ties: Int
    }

    /// The groups with at least one member left, by number.
    public private(set) var groups: [Group]
    /// The actors kept on their own, in the order they were chosen (most groups reached first).
    public private(set) var kept: [Kept]
    /// The bundles, the most ties first (ties broken by the ends' order: groups by number, then
    /// kept actors in `kept`'s order).
    public private(set) var bundles: [Bundle]
    /// Actors that reach other groups as the kept ones do but were left in their groups,
    /// beyond `keptLimit`.
    public private(set) var brokersLeftInGroups: Int

    /// Groups the actors of `landscape`, `group[i]` being the group number (≥ 0) of
    /// `landscape.actors[i]`.
    ///
    /// Edge cases: an empty landscape gives no groups; a `group` shorter than the actors puts
    /// the rest in group 0; self-ties cannot occur in a validated landscape and would count as
    /// inner ties.
    ///
    /// - Complexity: O(A + T + B log B) time and O(A + B) extra space, where A is the number of
    ///   actors, T the number of ties and B the number of bundles (at most T).
    public init(_ landscape: Landscape, group: [Int], keptLimit: Int) {
        let actors = landscape.actors
        let groupOf = actors.indices.map { $0 < group.count ? max(0, group[$0]) : 0 }
        let groupCount = (groupOf.max() ?? -1) + 1
        // The landscape's own index of its actors: nothing to hash twice.
        let position = landscape.positions
        let ends: [(Int, Int)] = landscape.ties.compactMap { tie in
            guard let a = position[tie.from], let b = position[tie.to] else { return nil }
            return (a, b)
        }
        var sizes = [Int](repeating: 0, count: groupCount)
        for g in groupOf { sizes[g] += 1 }

        let choice = KeptChoice(actors: actors, ends: ends, groupOf: groupOf, sizes: sizes, keptLimit: keptLimit)
        let keptIndices = choice.kept
        brokersLeftInGroups = choice.left
        kept = keptIndices.map { Kept(actor: actors[$0].id, group: groupOf[$0], groupsReached: choice.reached[$0]) }

        // Node numbers: groups 0..<groupCount, then kept actors.
        var node = groupOf
        for (k, index) in keptIndices.enumerated() { node[index] = groupCount + k }
        var members = [[ActorID]](repeating: [], count: groupCount)
        for index in actors.indices where node[index] < groupCount { members[node[index]].append(actors[index].id) }
        var inner = [Int](repeating: 0, count: groupCount)
        var counts: [Int: Int] = [:]
        let nodeCount = groupCount + keptIndices.count
        for (a, b) in ends {
            let (x, y) = (node[a], node[b])
            if x == y {
                if x < groupCount { inner[x] += 1 }
                continue
            }
            counts[min(x, y) * nodeCount + max(x, y), default: 0] += 1
        }
        groups = (0..<groupCount).filter { !members[$0].isEmpty }.map {
            Group(number: $0, members: members[$0], innerTies: inner[$0])
        }
        let keptIDs = keptIndices.map { actors[$0].id }
        func end(_ n: Int) -> Node { n < groupCount ? .group(n) : .actor(keptIDs[n - groupCount]) }
        bundles = counts.sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }.map { key, ties in
            Bundle(from: end(key / nodeCount), to: end(key % nodeCount), ties: ties)
        }
    }
}

/// Which actors an overview draws on their own (see `GroupedLandscape`).
private struct KeptChoice {
    /// Positions of the kept actors: the chosen brokers, most groups reached first, then the
    /// actors alone in their group, the better connected first.
    var kept: [Int] = []
    /// Brokers beyond the limit.
    var left = 0
    /// For each actor, how many groups besides its own its partners belong to.
    var reached: [Int]

    /// - Complexity: O(A log A + T) for A actors and T ties (`ends`).
    init(actors: [Actor], ends: [(Int, Int)], groupOf: [Int], sizes: [Int], keptLimit: Int) {
        var degree = [Int](repeating: 0, count: actors.count)
        for (a, b) in ends {
            degree[a] += 1
            degree[b] += 1
        }
        let reached = Self.groupsReached(count: actors.count, ends: ends, groupOf: groupOf, groups: sizes.count)
        self.reached = reached
        let isCommittee = actors.map { $0.kind == .committee }
        var candidates: [Int] = [], alone: [Int] = []
        for index in actors.indices {
            if sizes[groupOf[index]] == 1 {
                alone.append(index)
            } else if reached[index] >= (isCommittee[index] ? 1 : 2) {
                candidates.append(index)
            }
        }
        candidates.sort { a, b in
            if reached[a] != reached[b] { return reached[a] > reached[b] }
            if isCommittee[a] != isCommittee[b] { return isCommittee[a] }
            if degree[a] != degree[b] { return degree[a] > degree[b] }
            return a < b
        }
        let chosen = candidates.prefix(max(0, keptLimit))
        left = candidates.count - chosen.count
        kept = Array(chosen) + alone.sorted { a, b in degree[a] != degree[b] ? degree[a] > degree[b] : a < b }
    }

    /// For each of the `count` actors, how many groups besides its own its partners belong to:
    /// the other ends' groups of its ties across groups, listed per actor, each counted once
    /// (a group is marked with the last actor that counted it) — no set per actor.
    ///
    /// - Complexity: O(A + T + G) for A actors, T ties and G groups.
    static func groupsReached(count: Int, ends: [(Int, Int)], groupOf: [Int], groups: Int) -> [Int] {
        var start = [Int](repeating: 0, count: count + 1)
        for (a, b) in ends where groupOf[a] != groupOf[b] {
            start[a + 1] += 1
            start[b + 1] += 1
        }
        for v in 0..<count { start[v + 1] += start[v] }
        var fill = start
        var other = [Int32](repeating: 0, count: start[count])
        for (a, b) in ends where groupOf[a] != groupOf[b] {
            other[fill[a]] = Int32(truncatingIfNeeded: groupOf[b])
            fill[a] += 1
            other[fill[b]] = Int32(truncatingIfNeeded: groupOf[a])
            fill[b] += 1
        }
        var mark = [Int](repeating: -1, count: groups)
        var reached = [Int](repeating: 0, count: count)
        for v in 0..<count {
            for k in start[v]..<start[v + 1] where mark[Int(other[k])] != v {
                mark[Int(other[k])] = v
                reached[v] += 1
            }
        }
        return reached
    }
}
