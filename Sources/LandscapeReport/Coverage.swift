import LandscapeCore

/// Which actors serve each declared need, broken down by target group and by education sector.
///
/// A need is served by an actor whose topics or target groups contain it (letter case and
/// surrounding spaces ignored, as the gap rules match). Without declared needs the rows are the
/// most frequent topics of the landscape instead.
struct Coverage {
    typealias Status = NeedCoverage

    struct Row {
        var need: String
        var serving: [ActorID]
        var status: Status
        /// Serving actors per target-group column and per sector column.
        var byTargetGroup: [[ActorID]]
        var bySector: [[ActorID]]
    }

    /// Whether the rows are declared needs (otherwise the most frequent topics).
    var declared: Bool
    /// Target groups as columns: the most frequent among the serving actors.
    var targetGroups: [String]
    /// Whether the last target-group column gathers the remaining ones.
    var hasOtherTargetGroups: Bool
    /// Sectors as columns; `nil` is "no sector given".
    var sectors: [Sector?]
    var rows: [Row]

    /// At most this many target-group columns (the rest are gathered in one).
    static let targetGroupLimit = 10
    /// Rows when no needs are declared.
    static let topicLimit = 10

    static func key(_ text: String) -> String { text.trimmingSpaces.lowercased() }

    /// The rows: the declared needs, or without them the `topicLimit` most frequent topics.
    ///
    /// - Complexity: O(A · t) for A actors of t topics each.
    static func rows(_ landscape: Landscape) -> [String] {
        guard landscape.needs.isEmpty else { return landscape.needs }
        let actors = landscape.actors
        return ReportContent.tally(actors.indices.flatMap { Array(Set(actors[$0].topics.map(\.trimmingSpaces))) }, order: <)
            .prefix(topicLimit).map(\.0)
    }

    /// - Complexity: O(A · t) for A actors of t topics and target groups each: every tag's key
    ///   is made once, the actors are read by position (not copied), and each need's serving
    ///   actors are found through an index of the keys.
    init(_ landscape: Landscape, network: Network, components: Components, gaps: [Gap]) {
        declared = !landscape.needs.isEmpty
        let actors = landscape.actors
        let needs = Self.rows(landscape)
        let uncoordinatedTags = Set(gaps.filter { $0.type == .uncoordinated }.compactMap { $0.groups.first.map(Self.key) })
        // The actors (positions, ascending) of each tag's key.
        var holders: [String: [Int]] = [:]
        for index in actors.indices {
            for tag in actors[index].topics + actors[index].targetGroups {
                let key = Self.key(tag)
                if holders[key]?.last != index { holders[key, default: []].append(index) }
            }
        }
        let serving: [[Int]] = needs.map { holders[Self.key($0)] ?? [] }
        // The keys of each serving actor's target groups, made once.
        var groupKeys = [[String]?](repeating: nil, count: actors.count)
        for list in serving {
            for index in list where groupKeys[index] == nil { groupKeys[index] = actors[index].targetGroups.map(Self.key) }
        }
        let keysOf = { (index: Int) in groupKeys[index] ?? [] }

        // Target groups as columns, by how many serving actors name them.
        var displayName: [String: String] = [:]
        var counts: [String: Int] = [:]
        for list in serving {
            for index in list {
                for group in Set(keysOf(index)) {
                    counts[group, default: 0] += 1
                    if displayName[group] == nil { displayName[group] = actors[index].targetGroups.first { Self.key($0) == group }?.trimmingSpaces }
                }
            }
        }
        let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        let shown = ordered.count > Self.targetGroupLimit ? Array(ordered.prefix(Self.targetGroupLimit - 1)) : ordered
        hasOtherTargetGroups = ordered.count > shown.count
        targetGroups = shown.map { displayName[$0] ?? $0 }
        let presentSectors = Set(serving.flatMap { $0.flatMap { actors[$0].sectors } })
        let anyWithoutSector = serving.contains { $0.contains { actors[$0].sectors.isEmpty } }
        sectors = Sector.allCases.filter { presentSectors.contains($0) }.map { Optional($0) } + (anyWithoutSector ? [nil] : [])

        let mainComponent = Set((components.members.first ?? []).map { network.actors[$0] })
        let hasOthers = hasOtherTargetGroups
        let sectorColumns = sectors
        rows = zip(needs, serving).map { need, list in
            let ids = list.map { actors[$0].id }
            let status = Status(serving: ids, inMainPart: mainComponent.contains,
                                uncoordinated: uncoordinatedTags.contains(Self.key(need)))
            var byTargetGroup = shown.map { group in list.filter { keysOf($0).contains(group) }.map { actors[$0].id } }
            if hasOthers {
                let shownSet = Set(shown)
                byTargetGroup.append(list.filter { keysOf($0).contains { !shownSet.contains($0) } }.map { actors[$0].id })
            }
            let bySector = sectorColumns.map { sector in
                list.filter { sector.map(actors[$0].sectors.contains) ?? actors[$0].sectors.isEmpty }.map { actors[$0].id }
            }
            return Row(need: need, serving: ids, status: status, byTargetGroup: byTargetGroup, bySector: bySector)
        }
    }
}
