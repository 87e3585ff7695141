extension GapChanges {
    /// Matches the gaps of the two sides: same type (for uncoordinated providers also the same
    /// topic they formed around, `subject(of:)`), and actors overlapping by at least half of the
    /// smaller set (`GapChanges.overlaps`), or the same groups where a gap has no actors.
    /// Each gap matches at most one; candidates are taken greedily, those naming the same groups
    /// first, then the largest overlap, then the smallest union, then by their actors, so that
    /// the matching does not depend on which side is called old (the diff of new → old mirrors
    /// that of old → new).
    ///
    /// Two gaps with actors can only overlap by half when they share an actor, so the candidates
    /// of an old gap are found through an index of the new gaps by kind and actor (and, for gaps
    /// without actors, by kind and groups), not by comparing every pair: tens of thousands of gaps
    /// on each side of a landscape of 200,000 actors are matched in well under a second.
    ///
    /// - Complexity: O(Σ c·k + C log C) time for c candidates per gap sharing an actor or its
    ///   groups, k actors per gap and C candidates in all; O(G·k + C) extra space for G gaps.
    init(old: [Gap], new: [Gap], oldLandscape: Landscape, newLandscape: Landscape) {
        let index = CandidateIndex(new)
        var candidates: [Candidate] = []
        var seen = [Int](repeating: -1, count: new.count)
        for (i, gap) in old.enumerated() {
            let actors = Set(gap.actors)
            for j in index.candidates(for: gap, actors: actors) where seen[j] != i {
                seen[j] = i
                if let candidate = Candidate(old: i, gap, actors, new: j, new[j], index.actors[j]) { candidates.append(candidate) }
            }
        }
        candidates.sort()
        var oldMatch: [Int: Int] = [:], newMatch: [Int: Int] = [:]
        for candidate in candidates where oldMatch[candidate.old] == nil && newMatch[candidate.new] == nil {
            oldMatch[candidate.old] = candidate.new
            newMatch[candidate.new] = candidate.old
        }
        let closed = old.indices.filter { oldMatch[$0] == nil }.map { old[$0] }
        let closers = Closers(old: oldLandscape, new: newLandscape)
        self.init(
            closed: closed.map { ClosedGap(gap: $0, closedBy: closers.of($0)) },
            opened: new.indices.filter { newMatch[$0] == nil }.map { new[$0] },
            persisting: new.indices.compactMap { j in newMatch[j].map { PersistingGap(old: old[$0], new: new[j]) } })
    }

    /// The new gaps by what a match needs in common with them: their type and subject with one
    /// of their actors, or with their groups (for a side without actors).
    private struct CandidateIndex {
        struct Key: Hashable {
            var type: GapType
            var subject: String?
            var actor: ActorID?
            var groups: [String]?
        }

        let actors: [Set<ActorID>]
        private var byActor: [Key: [Int]] = [:]
        private var byGroups: [Key: [Int]] = [:]
        private var withoutActors: [Key: [Int]] = [:]

        init(_ gaps: [Gap]) {
            actors = gaps.map { Set($0.actors) }
            for (j, gap) in gaps.enumerated() {
                let subject = GapChanges.subject(of: gap)
                for actor in actors[j] { byActor[Key(type: gap.type, subject: subject, actor: actor), default: []].append(j) }
                let groups = Key(type: gap.type, subject: subject, groups: gap.groups)
                byGroups[groups, default: []].append(j)
                if actors[j].isEmpty { withoutActors[groups, default: []].append(j) }
            }
        }

        /// The new gaps that may match `gap` (whose actors are `actors`), each once or more.
        func candidates(for gap: Gap, actors: Set<ActorID>) -> [Int] {
            let subject = GapChanges.subject(of: gap)
            let groups = Key(type: gap.type, subject: subject, groups: gap.groups)
            // A gap without actors matches one of its kind with the same groups, whatever its actors.
            if actors.isEmpty { return byGroups[groups] ?? [] }
            return actors.flatMap { byActor[Key(type: gap.type, subject: subject, actor: $0)] ?? [] } + (withoutActors[groups] ?? [])
        }
    }

    /// Who closes gaps: the actors of the new landscape that the old lacks, by the actors they
    /// are tied to, found once for every closed gap.
    private struct Closers {
        /// The joined actors tied to each actor, in the new landscape's order of joined actors.
        private var joinedPartners: [ActorID: [ActorID]] = [:]
        private var order: [ActorID: Int] = [:]

        /// - Complexity: O(A + T) for the actors and ties of the new landscape.
        init(old: Landscape, new: Landscape) {
            for actor in new.actors where !old.contains(actor.id) { order[actor.id] = order.count }
            for tie in new.ties {
                for (joined, other) in [(tie.from, tie.to), (tie.to, tie.from)] where order[joined] != nil {
                    joinedPartners[other, default: []].append(joined)
                }
            }
        }

        /// Actors that joined and are tied to at least two of the gap's actors, in the new
        /// landscape's order.
        func of(_ gap: Gap) -> [ActorID] {
            let members = Set(gap.actors)
            guard members.count >= 2 else { return [] }
            var reached: [ActorID: Set<ActorID>] = [:]
            for member in members { for joined in joinedPartners[member] ?? [] { reached[joined, default: []].insert(member) } }
            return reached.filter { $0.value.count >= 2 }.keys.sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
        }
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
