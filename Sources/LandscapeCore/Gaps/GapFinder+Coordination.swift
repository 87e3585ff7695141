/// The coordination rules: uncoordinated offers and planning silos (docs/gaps.md).
extension GapFinder.Run {
    /// Committees each actor is a member of.
    var committeesOf: [ActorID: Set<ActorID>] {
        var result: [ActorID: Set<ActorID>] = [:]
        for tie in landscape.ties where tie.kind == .member && landscape[tie.to]?.kind == .committee {
            result[tie.from, default: []].insert(tie.to)
        }
        return result
    }

    /// Fragments of `actors` under "coordinated": a common committee, or a direct tie of one of
    /// `kinds` (all kinds when `nil`). Third parties do not coordinate.
    func coordinationFragments(_ actors: [ActorID], kinds: Set<TieKind>?, committees: [ActorID: Set<ActorID>]) -> [[ActorID]] {
        var index: [ActorID: Int] = [:]
        for (i, id) in actors.enumerated() { index[id] = i }
        var parent = Array(actors.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) { parent[find(a)] = find(b) }
        var byCommittee: [ActorID: Int] = [:]
        for (i, id) in actors.enumerated() {
            for committee in committees[id] ?? [] {
                if let first = byCommittee[committee] { union(i, first) } else { byCommittee[committee] = i }
            }
        }
        for (a, id) in actors.enumerated() {
            for t in tiesOf[id] ?? [] {
                let tie = landscape.ties[t]
                guard kinds?.contains(tie.kind) ?? true, let b = index[tie.from == id ? tie.to : tie.from] else { continue }
                union(a, b)
            }
        }
        var groups: [Int: [ActorID]] = [:]
        for i in actors.indices { groups[find(i), default: []].append(actors[i]) }
        return groups.values.sorted { $0.count != $1.count ? $0.count > $1.count : ($0.first ?? "") < ($1.first ?? "") }
    }

    mutating func uncoordinated() {
        let committees = committeesOf
        let coordinating: Set<TieKind> = [.cooperation, .exchange, .agreement]
        let needKeys = Set(landscape.needs.map(GapFinder.tagKey))
        for targetGroup in [true, false] {
            var served: [String: (text: String, actors: [ActorID])] = [:]
            for actor in landscape.actors where actor.kind != .committee && actor.kind != .program {
                for tag in targetGroup ? actor.targetGroups : actor.topics {
                    let key = GapFinder.tagKey(tag)
                    if served[key] == nil { served[key] = (tag, []) }
                    served[key]?.actors.append(actor.id)
                }
            }
            for key in served.keys.sorted() {
                guard let entry = served[key], entry.actors.count >= 3 else { continue }
                let fragments = coordinationFragments(entry.actors, kinds: coordinating, committees: committees)
                guard fragments.count >= 2 else { continue }
                // The natural convener: an office serving the tag, the most connected one.
                let offices = entry.actors.filter { landscape[$0]?.kind == .office }
                let coordinator = offices.max { a, b in
                    let da = network.index(of: a).map { degree[$0] } ?? 0, db = network.index(of: b).map { degree[$0] } ?? 0
                    return da != db ? da < db : a > b
                }
                var members = entry.actors
                if let coordinator, let i = members.firstIndex(of: coordinator) { members.remove(at: i); members.insert(coordinator, at: 0) }
                // A committee that already gathers most of them: better to widen it than to found another.
                var coverage: [ActorID: Int] = [:]
                for actor in entry.actors { for committee in committees[actor] ?? [] { coverage[committee, default: 0] += 1 } }
                let existing = coverage.filter { $0.value * 2 >= entry.actors.count && $0.value >= 2 }
                    .max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
                let outside = existing.map { committee in entry.actors.filter { !(committees[$0]?.contains(committee) ?? false) } } ?? []
                let reason = Gap.Reason.uncoordinated(
                    tag: entry.text, targetGroup: targetGroup, fragments: fragments,
                    invited: existing == nil ? members : outside, coordinator: coordinator, existingCommittee: existing)
                // Severity by how much is left uncoordinated: the share outside the largest fragment.
                let share = 1 - Double(fragments.first?.count ?? 0) / Double(entry.actors.count)
                let severity: GapSeverity
                if share >= 1.0 / 3.0 && (fragments.count >= 3 || needKeys.contains(key)) {
                    severity = .high
                } else if share >= 1.0 / 3.0 || fragments.count >= 3 {
                    severity = .medium
                } else {
                    severity = .low
                }
                gaps.append(Gap(severity: severity, actors: members, groups: [entry.text], reason: reason, fragments: fragments))
            }
        }
    }

    mutating func planningSilos() {
        let committees = committeesOf
        var offices: [String: [ActorID]] = [:]
        for actor in landscape.actors where actor.kind == .office {
            guard let municipality = actor.municipality, !municipality.isEmpty else { continue }
            offices[municipality, default: []].append(actor.id)
        }
        for municipality in offices.keys.sorted() {
            guard let list = offices[municipality], list.count >= 2 else { continue }
            let fragments = coordinationFragments(list, kinds: nil, committees: committees)
            guard fragments.count >= 2 else { continue }
            gaps.append(Gap(severity: fragments.count >= 3 ? .high : .medium, actors: list, groups: [municipality],
                            reason: .planningSilo(municipality: municipality, fragments: fragments), fragments: fragments))
        }
    }
}
