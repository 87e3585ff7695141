/// The `uncoordinated` rule: providers of one place who serve the same people and do not
/// coordinate, one gap per group (docs/gaps.md).
extension GapFinder.Run {
    /// A topic or target group and the providers of one place that name it.
    struct Served {
        var key: String
        var text: String
        var targetGroup: Bool
        var members: [ActorID]
    }

    /// Ties that coordinate two providers directly (besides a common committee).
    static let coordinating: Set<TieKind> = [.cooperation, .exchange, .agreement]

    /// The kinds that offer what participants choose between — courses, counselling, care
    /// places: institutions (schools, Kitas, the Volkshochschule, course providers), associations
    /// (freie Träger, initiatives) and businesses (chambers' courses). Offices, agencies,
    /// politics, committees, programmes, foundations and research plan, fund or steer; they
    /// convene coordination but do not compete for participants.
    static let providerKinds: Set<ActorKind> = [.institution, .association, .business]

    /// Whether an actor offers something that people choose between.
    func isProvider(_ actor: Actor) -> Bool { Self.providerKinds.contains(actor.kind) }

    mutating func uncoordinated() {
        let committees = committeesOf
        let providers = landscape.actors.filter(isProvider)
        let places = places(of: providers)
        var byPlace: [String: [Actor]] = [:]
        for actor in providers { if let place = places[actor.id] { byPlace[place, default: []].append(actor) } }
        for place in byPlace.keys.sorted() {
            for seed in providerGroups(byPlace[place] ?? [], committees: committees) {
                gaps.append(uncoordinatedGap(seed, place: place, committees: committees))
            }
        }
        // Providers without any tie are named in their group's gap, not once more each.
        var untied: Set<ActorID> = []
        for gap in gaps { if case .uncoordinated(let group) = gap.reason { untied.formUnion(group.untied) } }
        gaps.removeAll { $0.type == .isolate && $0.actors.first.map(untied.contains) == true }
    }

    /// The place of each provider: its municipality; without one, the municipality most of its
    /// partners name (the first by name on a tie); without that, none (it stays alone). When no
    /// provider names a municipality, all share one unnamed place (`""`).
    func places(of providers: [Actor]) -> [ActorID: String] {
        let named = { (actor: Actor?) -> String? in actor?.municipality.flatMap { $0.isEmpty ? nil : $0 } }
        var result: [ActorID: String] = [:]
        guard providers.contains(where: { named($0) != nil }) else {
            for actor in providers { result[actor.id] = "" }
            return result
        }
        for actor in providers {
            if let own = named(actor) {
                result[actor.id] = own
                continue
            }
            guard let node = network.index(of: actor.id) else { continue }
            var counts: [String: Int] = [:]
            for partner in network.undirectedNeighbours(node) {
                if let municipality = named(landscape[network.actors[partner]]) { counts[municipality, default: 0] += 1 }
            }
            result[actor.id] = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        }
        return result
    }

    /// The groups of one place: each topic or target group that three or more of its providers
    /// name and that falls into two or more fragments, smallest first (a topic before a target
    /// group of the same size); one that shares more than
    /// half of its providers (or of the group's) with a group already found adds nothing, so no
    /// two groups share more than half their members.
    func providerGroups(_ providers: [Actor], committees: [ActorID: Set<ActorID>]) -> [Served] {
        var served: [String: Served] = [:]
        for actor in providers {
            for (targetGroup, tags) in [(false, actor.topics), (true, actor.targetGroups)] {
                for tag in tags {
                    let key = (targetGroup ? "g:" : "t:") + GapFinder.tagKey(tag)
                    if served[key] == nil { served[key] = Served(key: key, text: tag, targetGroup: targetGroup, members: []) }
                    if served[key]?.members.last != actor.id { served[key]?.members.append(actor.id) }
                }
            }
        }
        let candidates = served.values.filter { entry in
            entry.members.count >= 3 && coordinationFragments(entry.members, kinds: Self.coordinating, committees: committees).count >= 2
        }.sorted { a, b in
            if a.members.count != b.members.count { return a.members.count < b.members.count }
            return a.targetGroup != b.targetGroup ? !a.targetGroup : a.key < b.key
        }
        var groups: [Served] = []
        for candidate in candidates {
            let members = Set(candidate.members)
            let overlapping = groups.contains { group in
                group.members.filter(members.contains).count * 2 > min(group.members.count, members.count)
            }
            if !overlapping { groups.append(candidate) }
        }
        return groups
    }

    /// The gap of one group: its fragments, the tags most of them share, who convenes them.
    func uncoordinatedGap(_ seed: Served, place: String, committees: [ActorID: Set<ActorID>]) -> Gap {
        let fragments = coordinationFragments(seed.members, kinds: Self.coordinating, committees: committees)
        let actors = seed.members.compactMap { landscape[$0] }
        let topics = sharedTags(actors, seed: seed, targetGroups: false)
        let targetGroups = sharedTags(actors, seed: seed, targetGroups: true)
        let coordinator = coordinator(of: seed.members, place: place, tags: Set((topics + targetGroups).map(GapFinder.tagKey)))
        var members = seed.members
        if let coordinator, let i = members.firstIndex(of: coordinator) { members.remove(at: i); members.insert(coordinator, at: 0) }
        // A committee that already gathers most of them: better to widen it than to found another.
        var coverage: [ActorID: Int] = [:]
        for actor in seed.members { for committee in committees[actor] ?? [] { coverage[committee, default: 0] += 1 } }
        let existing = coverage.filter { $0.value * 2 >= seed.members.count && $0.value >= 2 }
            .max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        let outside = existing.map { committee in seed.members.filter { !(committees[$0]?.contains(committee) ?? false) } } ?? []
        let untied = seed.members.filter { id in network.index(of: id).map { degree[$0] == 0 } ?? true }
        let group = Gap.ProviderGroup(
            place: place.isEmpty ? nil : place, tag: seed.text, topics: topics, targetGroups: targetGroups, fragments: fragments,
            invited: existing == nil ? members : outside, coordinator: coordinator, existingCommittee: existing, untied: untied)
        return Gap(severity: severity(fragments, of: seed.members.count, tags: topics + targetGroups), actors: members,
                   groups: [seed.text], reason: .uncoordinated(group), fragments: fragments)
    }

    /// By how much is left uncoordinated (the share outside the largest fragment), how many
    /// fragments, and whether they work on a declared need.
    func severity(_ fragments: [[ActorID]], of count: Int, tags: [String]) -> GapSeverity {
        let needs = Set(landscape.needs.map(GapFinder.tagKey))
        let share = 1 - Double(fragments.first?.count ?? 0) / Double(max(1, count))
        if share >= 1.0 / 3.0 && (fragments.count >= 3 || tags.contains { needs.contains(GapFinder.tagKey($0)) }) { return .high }
        if share >= 1.0 / 3.0 || fragments.count >= 3 { return .medium }
        return .low
    }

    /// The topics (or target groups) more than half of `actors` name, the seed's first, then
    /// the most named; written as the first of them writes it.
    func sharedTags(_ actors: [Actor], seed: Served, targetGroups: Bool) -> [String] {
        var counts: [String: (text: String, count: Int)] = [:]
        for actor in actors {
            for key in Set((targetGroups ? actor.targetGroups : actor.topics).map(GapFinder.tagKey)) {
                let text = (targetGroups ? actor.targetGroups : actor.topics).first { GapFinder.tagKey($0) == key } ?? key
                counts[key] = (counts[key]?.text ?? text, (counts[key]?.count ?? 0) + 1)
            }
        }
        let seedKey = seed.targetGroup == targetGroups ? GapFinder.tagKey(seed.text) : nil
        return counts.filter { $0.value.count * 2 > actors.count || $0.key == seedKey }
            .sorted { a, b in
                if (a.key == seedKey) != (b.key == seedKey) { return a.key == seedKey }
                return a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key
            }
            .map(\.value.text)
    }

    /// The office best placed to convene a group: of the group's place (any office when the
    /// landscape names none), tied directly to the most members, then working on one of their
    /// topics or target groups, then with the most partners, then first in the landscape. An
    /// office neither tied to them nor working on their tags convenes nothing.
    func coordinator(of members: [ActorID], place: String, tags: Set<String>) -> ActorID? {
        let memberSet = Set(members)
        var best: (id: ActorID, rank: (Int, Int, Int))?
        for index in place.isEmpty ? offices : officesByPlace[place] ?? [] {
            let office = landscape.actors[index]
            var tied: Set<ActorID> = []
            for index in tiesOf[office.id] ?? [] {
                let tie = landscape.ties[index]
                let other = tie.from == office.id ? tie.to : tie.from
                if memberSet.contains(other) && other != office.id { tied.insert(other) }
            }
            let serves = (office.topics + office.targetGroups).contains { tags.contains(GapFinder.tagKey($0)) }
            guard !tied.isEmpty || serves else { continue }
            let rank = (tied.count, serves ? 1 : 0, network.index(of: office.id).map { degree[$0] } ?? 0)
            if best.map({ rank > $0.rank }) ?? true { best = (office.id, rank) }
        }
        return best?.id
    }
}
