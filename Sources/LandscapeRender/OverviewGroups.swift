import LandscapeCore
import LandscapeWording

/// The groups of an overview: each actor's group number and each group's name, the largest
/// group first (ties by name). By municipality, actors without one form the last group; by
/// community, a community is named by its number and its best-connected actor, and actors
/// without a community form the last group.
struct OverviewGroups {
    /// The group number of each actor, in the landscape's order.
    var number: [Int]
    /// The name of each group, by number.
    var names: [String]
    /// The number of actors of each group, by number.
    var sizes: [Int]

    /// - Complexity: O(A log A + T) for A actors and T ties.
    init(_ landscape: Landscape, by groupBy: DiagramOptions.GroupBy, communities: [ActorID: Int], strings: DiagramStrings) {
        let words = strings.language.diagramOverviewWording
        let actors = landscape.actors
        var key: [String?]
        var keyName: [String: String] = [:]
        switch groupBy {
        case .municipality:
            key = actors.map(\.municipality)
            for name in key.compactMap({ $0 }) { keyName[name] = name }
        case .community:
            key = actors.map { actor in communities[actor.id].map { String($0) } }
            for (number, name) in Self.communityNames(landscape, communities: communities, words: words) {
                keyName[String(number)] = name
            }
        }
        var counts: [String: Int] = [:]
        for k in key { if let k { counts[k, default: 0] += 1 } }
        let order = counts.sorted { a, b in
            if a.value != b.value { return a.value > b.value }
            if groupBy == .community, let x = Int(a.key), let y = Int(b.key) { return x < y }
            return a.key < b.key
        }.map(\.key)
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let others = order.count
        number = key.map { $0.flatMap { position[$0] } ?? others }
        names = order.map { keyName[$0] ?? $0 }
        sizes = order.map { counts[$0] ?? 0 }
        let without = key.filter { $0 == nil }.count
        if without > 0 {
            names.append(groupBy == .municipality ? strings.noMunicipality : words.noCommunity)
            sizes.append(without)
        }
    }

    /// Each community's name: "community 2 around NAME", NAME its actor with the most ties
    /// (the first in the landscape's order among equals).
    ///
    /// - Complexity: O(A + T) for A actors and T ties.
    static func communityNames(_ landscape: Landscape, communities: [ActorID: Int], words: DiagramOverviewWording) -> [Int: String] {
        let degree = tieCounts(landscape)
        var best: [Int: Int] = [:]
        for (index, actor) in landscape.actors.enumerated() {
            guard let community = communities[actor.id] else { continue }
            if let current = best[community], degree[current] >= degree[index] { continue }
            best[community] = index
        }
        var names: [Int: String] = [:]
        for (community, index) in best { names[community] = words.community(number: community + 1, around: landscape.actors[index].name) }
        return names
    }

    /// The number of ties at each actor, in the landscape's order.
    static func tieCounts(_ landscape: Landscape) -> [Int] {
        var position: [ActorID: Int] = [:]
        for (index, actor) in landscape.actors.enumerated() { position[actor.id] = index }
        var counts = [Int](repeating: 0, count: landscape.actors.count)
        for tie in landscape.ties {
            if let a = position[tie.from] { counts[a] += 1 }
            if let b = position[tie.to] { counts[b] += 1 }
        }
        return counts
    }
}
