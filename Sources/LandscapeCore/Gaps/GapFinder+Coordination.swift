/// The coordination rules: what coordinates, and planning silos (docs/gaps.md).
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
