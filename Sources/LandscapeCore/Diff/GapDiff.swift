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
    /// without actors, by kind and groups), not by comparing every pair; the actors of both sides
    /// are numbered once and compared as ascending lists of integers: tens of thousands of gaps on
    /// each side of a landscape of 200,000 actors are matched in well under a second.
    ///
    /// - Complexity: O(Σ c·k + C log C) time for c candidates per gap sharing an actor or its
    ///   groups, k actors per gap and C candidates in all; O(G·k + C) extra space for G gaps.
    init(old: [Gap], new: [Gap], oldLandscape: Landscape, newLandscape: Landscape) {
        var numbering = GapNumbering()
        let oldGaps = old.map { numbering.number($0) }, newGaps = new.map { numbering.number($0) }
        let index = CandidateIndex(newGaps, withGroups: oldGaps.contains { $0.actors.isEmpty })
        var candidates: [Candidate] = []
        var seen = [Int](repeating: -1, count: new.count)
        for (i, gap) in oldGaps.enumerated() {
            for j in index.candidates(for: gap) where seen[j] != i {
                seen[j] = i
                if let candidate = Candidate(old: i, gap, new: j, newGaps[j]) { candidates.append(candidate) }
            }
        }
        var names = TieBreakNames()
        for k in candidates.indices {
            let (i, j) = (candidates[k].old, candidates[k].new)
            candidates[k].names = names.of(old[i], new[j], old: i, new: j)
        }
        candidates.sort()
        var oldMatch = [Int](repeating: -1, count: old.count), newMatch = [Int](repeating: -1, count: new.count)
        for candidate in candidates where oldMatch[candidate.old] < 0 && newMatch[candidate.new] < 0 {
            oldMatch[candidate.old] = candidate.new
            newMatch[candidate.new] = candidate.old
        }
        let closed = old.indices.filter { oldMatch[$0] < 0 }.map { old[$0] }
        let closers = Closers(old: oldLandscape, new: newLandscape)
        self.init(
            closed: closed.map { ClosedGap(gap: $0, closedBy: closers.of($0)) },
            opened: new.indices.filter { newMatch[$0] < 0 }.map { new[$0] },
            persisting: new.indices.compactMap { j in newMatch[j] >= 0 ? PersistingGap(old: old[newMatch[j]], new: new[j]) : nil })
    }

    /// A gap as the matching reads it: its type, its subject and its actors as numbers shared by
    /// both sides, its groups.
    private struct NumberedGap {
        var type: GapType
        /// `subject(of:)` numbered; −1 for none.
        var subject: Int32
        /// The actors' numbers, ascending, each once.
        var actors: [Int32]
        var groups: [String]
    }

    /// Numbers for the actors and subjects of the gaps of both sides: the matching hashes each
    /// actor of each gap once, then compares integers.
    private struct GapNumbering {
        private var actors: [ActorID: Int32] = [:]
        private var subjects: [String: Int32] = [:]

        mutating func number(_ gap: Gap) -> NumberedGap {
            var numbers = gap.actors.map { id -> Int32 in
                if let number = actors[id] { return number }
                let number = Int32(actors.count)
                actors[id] = number
                return number
            }
            numbers.sort()
            var unique = 0
            for k in numbers.indices where k == 0 || numbers[k] != numbers[unique - 1] {
                numbers[unique] = numbers[k]
                unique += 1
            }
            numbers.removeLast(numbers.count - unique)
            let subject = GapChanges.subject(of: gap).map { text -> Int32 in
                if let number = subjects[text] { return number }
                let number = Int32(subjects.count)
                subjects[text] = number
                return number
            } ?? -1
            return NumberedGap(type: gap.type, subject: subject, actors: numbers, groups: gap.groups)
        }
    }

    /// The new gaps by what a match needs in common with them: their type and subject with one
    /// of their actors, or with their groups (for a side without actors).
    private struct CandidateIndex {
        struct ActorKey: Hashable {
            var type: GapType
            var subject: Int32
            var actor: Int32
        }

        struct GroupsKey: Hashable {
            var type: GapType
            var subject: Int32
            var groups: [String]
        }

        private var byActor: [ActorKey: [Int]] = [:]
        private var byGroups: [GroupsKey: [Int]] = [:]
        private var withoutActors: [GroupsKey: [Int]] = [:]

        /// `withGroups`: whether any old gap has no actors (only those are matched by groups alone).
        init(_ gaps: [NumberedGap], withGroups: Bool) {
            byActor.reserveCapacity(gaps.reduce(0) { $0 + $1.actors.count })
            for (j, gap) in gaps.enumerated() {
                for actor in gap.actors { byActor[ActorKey(type: gap.type, subject: gap.subject, actor: actor), default: []].append(j) }
                let groups = GroupsKey(type: gap.type, subject: gap.subject, groups: gap.groups)
                if withGroups { byGroups[groups, default: []].append(j) }
                if gap.actors.isEmpty { withoutActors[groups, default: []].append(j) }
            }
        }

        /// The new gaps that may match `gap`, each once or more.
        func candidates(for gap: NumberedGap) -> [Int] {
            let groups = GroupsKey(type: gap.type, subject: gap.subject, groups: gap.groups)
            // A gap without actors matches one of its kind with the same groups, whatever its actors.
            if gap.actors.isEmpty { return byGroups[groups] ?? [] }
            return gap.actors.flatMap { byActor[ActorKey(type: gap.type, subject: gap.subject, actor: $0)] ?? [] }
                + (withoutActors[groups] ?? [])
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
        overlaps(shared: a.intersection(b).count, a.count, b.count)
    }

    /// The same rule on counts: `shared` actors in common between sets of `a` and `b` actors.
    static func overlaps(shared: Int, _ a: Int, _ b: Int) -> Bool { 2 * shared >= min(a, b) }

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
        /// The tie-break (`TieBreakNames`), filled in once the candidates are known.
        var names: [String] = []

        init?(old i: Int, _ a: NumberedGap, new j: Int, _ b: NumberedGap) {
            guard a.subject == b.subject else { return nil }
            let sameGroups = a.groups == b.groups
            let shared = GapChanges.shared(a.actors, b.actors)
            if a.actors.isEmpty || b.actors.isEmpty {
                guard sameGroups else { return nil }
            } else {
                guard GapChanges.overlaps(shared: shared, a.actors.count, b.actors.count) else { return nil }
            }
            (old, new, self.sameGroups, self.shared, union) = (i, j, sameGroups, shared, a.actors.count + b.actors.count - shared)
        }

        /// The same groups first, then the largest overlap, then the smallest union, then by the
        /// names: an order that does not depend on which side is old.
        static func < (a: Candidate, b: Candidate) -> Bool {
            if a.sameGroups != b.sameGroups { return a.sameGroups }
            if a.shared != b.shared { return a.shared > b.shared }
            if a.union != b.union { return a.union < b.union }
            return a.names.lexicographicallyPrecedes(b.names)
        }

        static func == (a: Candidate, b: Candidate) -> Bool { !(a < b) && !(b < a) }
    }

    /// The tie-break of two candidates: the two gaps' sorted actors, the smaller list first, then
    /// their groups; each gap's actors written out once.
    private struct TieBreakNames {
        private var oldKeys: [Int: String] = [:]
        private var newKeys: [Int: String] = [:]

        mutating func of(_ a: Gap, _ b: Gap, old i: Int, new j: Int) -> [String] {
            let keyA = oldKeys[i] ?? Self.key(a), keyB = newKeys[j] ?? Self.key(b)
            (oldKeys[i], newKeys[j]) = (keyA, keyB)
            return [keyA, keyB].sorted() + [a.groups, b.groups].map { $0.joined(separator: "\u{1F}") }.sorted()
        }

        private static func key(_ gap: Gap) -> String { Set(gap.actors).map(\.rawValue).sorted().joined(separator: "\u{1F}") }
    }

    /// How many numbers two ascending lists have in common.
    ///
    /// - Complexity: O(a + b).
    private static func shared(_ a: [Int32], _ b: [Int32]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }
}
