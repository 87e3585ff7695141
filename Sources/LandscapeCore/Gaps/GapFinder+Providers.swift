/// The `uncoordinated` rule: providers of one place who serve the same people and do not
/// coordinate, one gap per group (docs/gaps.md).
extension GapFinder.Run {
    /// A topic or target group and the providers of one place that name it.
    struct Served {
        /// The tag's number in the run's `TagTable`.
        var number: Int32
        /// The tag as the first provider writes it.
        var text: String
        var targetGroup: Bool
        /// The providers' nodes, ascending.
        var members: [Int]
        /// The members' coordination fragments (`coordinationFragments`), once worked out.
        var fragments: [[Int]] = []
    }

    /// Ties that coordinate two providers directly (besides a common committee).
    static let coordinating: Set<TieKind> = [.cooperation, .exchange, .agreement]

    /// The kinds that offer what participants choose between — courses, counselling, care
    /// places: institutions (schools, Kitas, the Volkshochschule, course providers), associations
    /// (freie Träger, initiatives) and businesses (chambers' courses). Offices, agencies,
    /// politics, committees, programmes, foundations and research plan, fund or steer; they
    /// convene coordination but do not compete for participants.
    static let providerKinds: Set<ActorKind> = [.institution, .association, .business]

    mutating func uncoordinated() {
        let coordination = coordination(kinds: Self.coordinating)
        let providers = landscape.actors.indices.filter { Self.providerKinds.contains(landscape.actors[$0].kind) }
        let tags = TagTable(landscape.actors, needs: landscape.needs)
        var byPlace: [String: [Int]] = [:]
        for (node, place) in zip(providers, places(of: providers)) {
            if let place { byPlace[place, default: []].append(node) }
        }
        for place in byPlace.keys.sorted() {
            for seed in providerGroups(byPlace[place] ?? [], coordination, tags: tags) {
                gaps.append(uncoordinatedGap(seed, place: place, coordination, tags: tags))
            }
        }
        // Providers without any tie are named in their group's gap, not once more each.
        var untied: Set<ActorID> = []
        for gap in gaps { if case .uncoordinated(let group) = gap.reason { untied.formUnion(group.untied) } }
        gaps.removeAll { $0.type == .isolate && $0.actors.first.map(untied.contains) == true }
    }

    /// The place of each provider (nodes), in order: its municipality; without one, the
    /// municipality most of its partners name (the first by name on a tie); without that, none
    /// (it stays alone). When no provider names a municipality, all share one unnamed place (`""`).
    func places(of providers: [Int]) -> [String?] {
        let named = { (node: Int) -> String? in landscape.actors[node].municipality.flatMap { $0.isEmpty ? nil : $0 } }
        guard providers.contains(where: { named($0) != nil }) else { return providers.map { _ in "" } }
        return providers.map { node in
            if let own = named(node) { return own }
            var counts: [String: Int] = [:]
            for partner in network.undirectedNeighbours(node) {
                if let municipality = named(partner) { counts[municipality, default: 0] += 1 }
            }
            return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
    }

    /// The groups of one place (its providers' nodes, ascending): each topic or target group
    /// that three or more of its providers name and that falls into two or more fragments,
    /// smallest first (a topic before a target group of the same size); one that shares more
    /// than half of its providers (or of the group's) with a group already found adds nothing,
    /// so no two groups share more than half their members.
    func providerGroups(_ providers: [Int], _ coordination: Coordination, tags: TagTable) -> [Served] {
        var served: [[Int32: Served]] = [[:], [:]]
        for node in providers {
            for (side, targetGroup) in [(0, false), (1, true)] {
                let texts = targetGroup ? landscape.actors[node].targetGroups : landscape.actors[node].topics
                for (text, number) in zip(texts, tags.tags(node, targetGroups: targetGroup)) {
                    if served[side][number] == nil {
                        served[side][number] = Served(number: number, text: text, targetGroup: targetGroup, members: [])
                    }
                    if served[side][number]?.members.last != node { served[side][number]?.members.append(node) }
                }
            }
        }
        let candidates = served.flatMap(\.values).compactMap { entry -> Served? in
            guard entry.members.count >= 3 else { return nil }
            var entry = entry
            entry.fragments = coordinationFragments(entry.members, coordination)
            return entry.fragments.count >= 2 ? entry : nil
        }.sorted { a, b in
            if a.members.count != b.members.count { return a.members.count < b.members.count }
            return a.targetGroup != b.targetGroup ? !a.targetGroup : tags.keys[Int(a.number)] < tags.keys[Int(b.number)]
        }
        var groups: [Served] = []
        for candidate in candidates {
            let overlapping = groups.contains { group in
                Self.shared(group.members, candidate.members) * 2 > min(group.members.count, candidate.members.count)
            }
            if !overlapping { groups.append(candidate) }
        }
        return groups
    }

    /// How many nodes two ascending lists have in common.
    ///
    /// - Complexity: O(a + b) for lists of a and b nodes.
    static func shared(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    /// The gap of one group: its fragments, the tags most of them share, who convenes them.
    func uncoordinatedGap(_ seed: Served, place: String, _ coordination: Coordination, tags: TagTable) -> Gap {
        let fragments = seed.fragments.map { $0.map { network.actors[$0] } }
        let topics = sharedTags(seed.members, seed: seed, targetGroups: false, tags: tags)
        let targetGroups = sharedTags(seed.members, seed: seed, targetGroups: true, tags: tags)
        let coordinatorNode = coordinator(of: seed.members, place: place, tags: Set((topics + targetGroups).map(\.number)), table: tags)
        let coordinator = coordinatorNode.map { network.actors[$0] }
        var members = seed.members.map { network.actors[$0] }
        if let coordinator, let i = members.firstIndex(of: coordinator) { members.remove(at: i); members.insert(coordinator, at: 0) }
        // A committee that already gathers most of them: better to widen it than to found another.
        var coverage: [Int32: Int] = [:]
        for node in seed.members { for committee in coordination.committees.row(node) { coverage[committee, default: 0] += 1 } }
        let existing = coverage.filter { $0.value * 2 >= seed.members.count && $0.value >= 2 }
            .max { $0.value != $1.value ? $0.value < $1.value : network.actors[Int($0.key)] > network.actors[Int($1.key)] }
            .map { Int($0.key) }
        let outside = existing.map { committee in
            seed.members.filter { !coordination.committees.row($0).contains(Int32(committee)) }.map { network.actors[$0] }
        } ?? []
        let untied = seed.members.filter { degree[$0] == 0 }.map { network.actors[$0] }
        let group = Gap.ProviderGroup(
            place: place.isEmpty ? nil : place, tag: seed.text, topics: topics.map(\.text), targetGroups: targetGroups.map(\.text),
            fragments: fragments,
            invited: existing == nil ? members : outside, coordinator: coordinator,
            existingCommittee: existing.map { network.actors[$0] }, untied: untied)
        return Gap(severity: severity(fragments, of: seed.members.count,
                                       onNeed: (topics + targetGroups).contains { tags.needs.contains($0.number) }), actors: members,
                   groups: [seed.text], reason: .uncoordinated(group), fragments: fragments)
    }

    /// By how much is left uncoordinated (the share outside the largest fragment), how many
    /// fragments, and whether they work on a declared need.
    func severity(_ fragments: [[ActorID]], of count: Int, onNeed: Bool) -> GapSeverity {
        let share = 1 - Double(fragments.first?.count ?? 0) / Double(max(1, count))
        if share >= 1.0 / 3.0 && (fragments.count >= 3 || onNeed) { return .high }
        if share >= 1.0 / 3.0 || fragments.count >= 3 { return .medium }
        return .low
    }

    /// The topics (or target groups) more than half of `nodes` name, the seed's first, then
    /// the most named (then by key); each written as the first of them writes it.
    func sharedTags(_ nodes: [Int], seed: Served, targetGroups: Bool, tags: TagTable) -> [(number: Int32, text: String)] {
        var counts: [Int32: (text: String, count: Int)] = [:]
        var seen: [Int32] = []
        for node in nodes {
            let texts = targetGroups ? landscape.actors[node].targetGroups : landscape.actors[node].topics
            seen.removeAll(keepingCapacity: true)
            for (text, number) in zip(texts, tags.tags(node, targetGroups: targetGroups)) where !seen.contains(number) {
                seen.append(number)
                counts[number] = (counts[number]?.text ?? text, (counts[number]?.count ?? 0) + 1)
            }
        }
        let seedNumber = seed.targetGroup == targetGroups ? seed.number : nil
        return counts.filter { $0.value.count * 2 > nodes.count || $0.key == seedNumber }
            .sorted { a, b in
                if (a.key == seedNumber) != (b.key == seedNumber) { return a.key == seedNumber }
                return a.value.count != b.value.count ? a.value.count > b.value.count : tags.keys[Int(a.key)] < tags.keys[Int(b.key)]
            }
            .map { ($0.key, $0.value.text) }
    }

    /// The office best placed to convene a group (`members`, ascending): of the group's place
    /// (any office when the landscape names none), tied directly to the most members, then
    /// working on one of their topics or target groups, then with the most partners, then first
    /// in the landscape. An office neither tied to them nor working on their tags convenes nothing.
    func coordinator(of members: [Int], place: String, tags: Set<Int32>, table: TagTable) -> Int? {
        var best: (node: Int, rank: (Int, Int, Int))?
        for office in place.isEmpty ? offices : officesByPlace[place] ?? [] {
            var tied: [Int] = []
            for t in ties.ties(of: office) {
                let other = ties.other(Int(t), than: office)
                if other != office && Self.position(of: other, in: members) != nil { tied.append(other) }
            }
            tied.sort()
            let distinct = tied.indices.filter { $0 == 0 || tied[$0 - 1] != tied[$0] }.count
            let serves = table.tags(office, targetGroups: false).contains(where: tags.contains)
                || table.tags(office, targetGroups: true).contains(where: tags.contains)
            guard distinct > 0 || serves else { continue }
            let rank = (distinct, serves ? 1 : 0, degree[office])
            if best.map({ rank > $0.rank }) ?? true { best = (office, rank) }
        }
        return best?.node
    }
}
