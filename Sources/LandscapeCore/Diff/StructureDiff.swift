extension StructureFigures {
    /// The figures of a landscape on its undirected network `g` with components `components`,
    /// computed as `stats` computes them (`LandscapeStatistics`), without the all-pairs distances.
    ///
    /// - Complexity: O(V + E).
    init(_ landscape: Landscape, network g: Network, components: Components) {
        let n = g.nodeCount
        self.init(
            density: LandscapeStatistics.density(g),
            components: components.count,
            largestComponentShare: n == 0 ? nil : Double(components.members.first?.count ?? 0) / Double(n),
            degreeCentralization: LandscapeStatistics.degreeCentralization(g),
            eiIndexByKind: GroupMixing(g, groups: GroupingAttribute.kind.groups(of: g, in: landscape)).overall)
    }
}

extension NeedCoverageChange {
    /// One row per need declared on either side (old order, then the new ones; needs match as
    /// the gap rules match tags: trimmed, letter case ignored), with the actors serving it and
    /// its `NeedCoverage` on both sides.
    ///
    /// - Complexity: O(N · A · k) for N needs, A actors and k tags per actor.
    static func rows(old: CoverageSide, new: CoverageSide) -> [NeedCoverageChange] {
        var needs: [String: String] = [:]
        var order: [String] = []
        for need in new.landscape.needs + old.landscape.needs {
            let key = GapFinder.tagKey(need)
            if needs[key] == nil { needs[key] = need }
        }
        for need in old.landscape.needs + new.landscape.needs where !order.contains(GapFinder.tagKey(need)) {
            order.append(GapFinder.tagKey(need))
        }
        return order.map { key in
            NeedCoverageChange(need: needs[key] ?? key,
                               serving: Change(old: old.serving(key).count, new: new.serving(key).count),
                               status: Change(old: old.status(key), new: new.status(key)))
        }
    }
}

/// One side of the coverage comparison: a landscape, its main part and its uncoordinated tags.
struct CoverageSide {
    let landscape: Landscape
    let mainPart: Set<ActorID>
    let uncoordinatedTags: Set<String>

    init(_ landscape: Landscape, network: Network, components: Components, gaps: [Gap]) {
        self.landscape = landscape
        mainPart = Set((components.members.first ?? []).map { network.actors[$0] })
        uncoordinatedTags = Set(gaps.filter { $0.type == .uncoordinated }.compactMap { $0.groups.first.map(GapFinder.tagKey) })
    }

    /// The actors whose topics or target groups name the need with this key.
    func serving(_ key: String) -> [ActorID] {
        landscape.actors.filter { actor in (actor.topics + actor.targetGroups).contains { GapFinder.tagKey($0) == key } }.map(\.id)
    }

    func status(_ key: String) -> NeedCoverage {
        NeedCoverage(serving: serving(key), inMainPart: mainPart.contains, uncoordinated: uncoordinatedTags.contains(key))
    }
}
