extension GapChanges {
    /// Matches the gaps of the two sides: same type (for uncoordinated providers also the same
    /// topic they formed around, `subject(of:)`), and actors overlapping by at least half of the
    /// smaller set (`GapChanges.overlaps`), or the same groups where a gap has no actors.
    /// Each gap matches at most one; candidates are taken greedily, those naming the same groups
    /// first, then the largest overlap, then the smallest union, then by their actors, so that
    /// the matching does not depend on which side is called old (the diff of new → old mirrors
    /// that of old → new).
    ///
    /// - Complexity: O(G_o · G_n · k) time for G_o and G_n gaps of one type and k actors per
    ///   gap, O(G_o · G_n) extra space.
    init(old: [Gap], new: [Gap], oldLandscape: Landscape, newLandscape: Landscape) {
        var candidates: [Candidate] = []
        let newSets = new.map { Set($0.actors) }
        for (i, gap) in old.enumerated() {
            let actors = Set(gap.actors)
            for (j, other) in new.enumerated() where other.type == gap.type {
                guard let candidate = Candidate(old: i, gap, actors, new: j, other, newSets[j]) else { continue }
                candidates.append(candidate)
            }
        }
        candidates.sort()
        var oldMatch: [Int: Int] = [:], newMatch: [Int: Int] = [:]
        for candidate in candidates where oldMatch[candidate.old] == nil && newMatch[candidate.new] == nil {
            oldMatch[candidate.old] = candidate.new
            newMatch[candidate.new] = candidate.old
        }
        let closed = old.indices.filter { oldMatch[$0] == nil }.map { old[$0] }
        self.init(
            closed: closed.map { ClosedGap(gap: $0, closedBy: Self.closers(of: $0, old: oldLandscape, new: newLandscape)) },
            opened: new.indices.filter { newMatch[$0] == nil }.map { new[$0] },
            persisting: new.indices.compactMap { j in newMatch[j].map { PersistingGap(old: old[$0], new: new[j]) } })
    }

    /// Whether two sets of a gap's actors overlap enough for the gaps to be one: at least half of
    /// the smaller set in common. (A gap without actors, such as a need nobody serves, matches
    /// one of its type that names the same groups.)
    public static func overlaps(_ a: Set<ActorID>, _ b: Set<ActorID>) -> Bool {
        2 * a.intersection(b).count >= min(a.count, b.count)
    }

    /// What a gap is about beyond its type and actors, where that is part of its identity: the
    /// topic or target group a group of uncoordinated providers formed around, and their place.
    /// Once the providers around »Integrationskurse« work together, what is left around
    /// »Sprachförderung« (the volunteers apart from them) is another gap, though most of its
    /// actors are the same.
    static func subject(of gap: Gap) -> String? {
        guard case .uncoordinated(let group) = gap.reason else { return nil }
        return GapFinder.tagKey(group.tag) + "\u{1F}" + (group.place ?? "")
    }

    /// Who closed a gap: actors of the new landscape that the old lacks and that are tied to at
    /// least two of the gap's actors.
    static func closers(of gap: Gap, old: Landscape, new: Landscape) -> [ActorID] {
        let members = Set(gap.actors)
        guard members.count >= 2 else { return [] }
        var reached: [ActorID: Set<ActorID>] = [:]
        for tie in new.ties {
            for (joined, other) in [(tie.from, tie.to), (tie.to, tie.from)]
            where !old.contains(joined) && members.contains(other) {
                reached[joined, default: []].insert(other)
            }
        }
        return new.actors.map(\.id).filter { (reached[$0]?.count ?? 0) >= 2 }
    }

    /// A possible match of an old and a new gap, ordered so that the best comes first.
    private struct Candidate: Comparable {
        var old: Int
        var new: Int
        var sameGroups: Bool
        var shared: Int
        var union: Int
        /// The two gaps' sorted actors, the smaller list first: a tie-break that does not
        /// depend on which side is old.
        var names: [String]

        init?(old i: Int, _ a: Gap, _ actorsA: Set<ActorID>, new j: Int, _ b: Gap, _ actorsB: Set<ActorID>) {
            guard GapChanges.subject(of: a) == GapChanges.subject(of: b) else { return nil }
            let sameGroups = a.groups == b.groups
            if actorsA.isEmpty || actorsB.isEmpty {
                guard sameGroups else { return nil }
            } else {
                guard GapChanges.overlaps(actorsA, actorsB) else { return nil }
            }
            old = i
            new = j
            self.sameGroups = sameGroups
            shared = actorsA.intersection(actorsB).count
            union = actorsA.union(actorsB).count
            let keys = [actorsA, actorsB].map { $0.map(\.rawValue).sorted().joined(separator: "\u{1F}") }
            names = keys.sorted() + [a.groups, b.groups].map { $0.joined(separator: "\u{1F}") }.sorted()
        }

        static func < (a: Candidate, b: Candidate) -> Bool {
            if a.sameGroups != b.sameGroups { return a.sameGroups }
            if a.shared != b.shared { return a.shared > b.shared }
            if a.union != b.union { return a.union < b.union }
            return a.names.lexicographicallyPrecedes(b.names)
        }
    }
}
