/// Figures for the whole landscape: size, density, fragmentation, cohesion, centralisation,
/// mixing between groups, and community structure.
public struct LandscapeStatistics: Sendable {
    public var actors: Int
    public var ties: Int
    public var actorsByKind: [ActorKind: Int]
    public var tiesByKind: [TieKind: Int]
    /// Pairs of actors with at least one tie (direction ignored).
    public var edges: Int
    /// Share of possible edges present: 2E / (n(n−1)), or E / (n(n−1)) when directed; `nil` for n < 2.
    public var density: Double?
    public var components: Int
    public var largestComponentShare: Double?
    /// Mean number of distinct neighbours.
    public var averageDegree: Double?
    public var averageClustering: Double?
    public var transitivity: Double
    /// Longest shortest path (in ties, direction ignored) within the largest (weakly connected)
    /// component: 0 when that component is a single actor, `nil` without actors.
    public var diameter: Int?
    public var averageDistance: Double?
    /// Freeman's degree centralisation: Σ (max degree − degree) / ((n−1)(n−2)); `nil` for n < 3.
    public var degreeCentralization: Double?
    /// Modularity of the best of ten Louvain partitions (one above 5,000 actors: `Louvain.bestCommunities`) on the
    /// undirected network; 0 for a landscape without ties.
    public var modularity: Double
    public var communities: Int
    /// Who works with whom, per grouping attribute.
    public var mixing: [GroupingAttribute: GroupMixing]
    /// How the diameter and the average distance were estimated; `nil` when exact.
    public var distanceEstimate: DistanceEstimate?

    /// Computes every figure; with `sampling` the diameter and the average distance of a large
    /// component are estimated (`DistanceFigures`). `communities`: the partition Louvain finds on
    /// this network with `resolution` and the generator's state, when the caller has it already
    /// (the generator is then not used).
    ///
    /// - Complexity: O(V·E) for the distances within the largest component (parallel), or
    ///   O((k/64·D + s)·(V + E)) sampled (k sources, s searches, diameter D), plus the Louvain
    ///   run; the rest is O(V + E).
    package static func compute(
        landscape: Landscape, network: Network, groupings: [GroupingAttribute] = GroupingAttribute.allCases,
        resolution: Double = 1, using generator: inout some RandomNumberGenerator, workers: Int? = nil, directOnly: Bool = false,
        sampling: Sampling? = nil, communities: Communities? = nil
    ) -> LandscapeStatistics {
        let n = network.nodeCount
        let g = network.undirected()
        var actorsByKind: [ActorKind: Int] = [:]
        for actor in landscape.actors { actorsByKind[actor.kind, default: 0] += 1 }
        var tiesByKind: [TieKind: Int] = [:]
        for tie in landscape.ties { tiesByKind[tie.kind, default: 0] += 1 }

        let edges = g.edgeCount
        let density = Self.density(network)
        let components = Components(g)
        let clustering = Cohesion.clustering(g)
        let centralization = Self.degreeCentralization(g)
        let distances = DistanceFigures.compute(g, nodes: components.members.first ?? [], sampling: sampling, workers: workers)
        let found = communities ?? Louvain.bestCommunities(
            network.isDirected ? Network(landscape, reading: .undirected, weighted: network.isWeighted) : network,
            resolution: resolution, workers: workers, using: &generator)

        var mixing: [GroupingAttribute: GroupMixing] = [:]
        let committeePairs = directOnly ? [] : g.committeePairs(in: landscape)
        for attribute in groupings {
            mixing[attribute] = GroupMixing(g, groups: attribute.groups(of: g, in: landscape), committeePairs: committeePairs)
        }

        return LandscapeStatistics(
            actors: landscape.actors.count, ties: landscape.ties.count,
            actorsByKind: actorsByKind, tiesByKind: tiesByKind, edges: edges, density: density,
            components: components.count,
            largestComponentShare: n == 0 ? nil : Double(components.members.first?.count ?? 0) / Double(n),
            averageDegree: n == 0 ? nil : Double(2 * g.edgeCount) / Double(n),
            averageClustering: n == 0 ? nil : clustering.reduce(0, +) / Double(n),
            transitivity: Cohesion.transitivity(g), diameter: distances.diameter, averageDistance: distances.averageDistance,
            degreeCentralization: centralization, modularity: found.modularity, communities: found.members.count,
            mixing: mixing, distanceEstimate: distances.estimate)
    }

    /// Share of possible edges present: 2E / (n(n−1)), or E / (n(n−1)) for arcs; `nil` for n < 2.
    ///
    /// - Complexity: O(1).
    static func density(_ network: Network) -> Double? {
        let n = network.nodeCount
        guard n >= 2 else { return nil }
        let pairs = Double(n) * Double(n - 1)
        return network.isDirected ? Double(network.edgeCount) / pairs : 2 * Double(network.edgeCount) / pairs
    }

    /// Freeman's degree centralisation of the undirected network `g`: Σ (max degree − degree) /
    /// ((n−1)(n−2)); `nil` for n < 3.
    ///
    /// - Complexity: O(V).
    static func degreeCentralization(_ g: Network) -> Double? {
        let n = g.nodeCount
        let degrees = (0..<n).map { g.outRange($0).count }
        guard n >= 3, let maximum = degrees.max() else { return nil }
        return Double(degrees.reduce(0) { $0 + maximum - $1 }) / (Double(n - 1) * Double(n - 2))
    }
}

/// Ties within and between the groups of one attribute (E–I index and mixing matrix), on the
/// undirected network.
public struct GroupMixing: Sendable {
    /// Edges between groups: `matrix[a][b]`, each edge counted in both (a, b) and (b, a) when
    /// a ≠ b, and once in (a, a). Actors without a value form the group "".
    public var matrix: [String: [String: Int]]
    /// Krackhardt & Stern's (1988) E–I index over all edges: (E − I) / (E + I), with E the edges
    /// between groups and I those within; −1 when all ties stay inside groups, +1 when all cross.
    /// `nil` without edges.
    public var overall: Double?
    /// The E–I index of each group: its edges to other groups against its edges inside.
    public var perGroup: [String: Double?]
    /// Pairs of actors without a direct tie that meet in a committee, counted like `matrix`
    /// (the mixing matrix's »through a committee«); empty when membership is not read as contact.
    public var throughCommittees: [String: [String: Int]] = [:]

    /// The mixing of the network's edges; `committeePairs` (`Network.committeePairs(in:)`)
    /// fill `throughCommittees`.
    ///
    /// - Complexity: O(V + E + P) for P committee pairs.
    package init(_ network: Network, groups: [String], committeePairs: [(Int, Int)] = []) {
        let g = network.undirected()
        // The groups as numbers: each name is hashed once per actor, the edges count integers.
        var numberOf: [String: Int] = [:]
        var names: [String] = []
        let number = groups.map { name -> Int in
            if let known = numberOf[name] { return known }
            numberOf[name] = names.count
            names.append(name)
            return names.count - 1
        }
        let count = names.count
        // Edges per unordered pair of groups (a ≤ b), keyed a · count + b.
        var pairs: [Int: Int] = [:]
        var external = 0, internalCount = 0
        var groupExternal = [Int](repeating: 0, count: count), groupInternal = [Int](repeating: 0, count: count)
        for u in 0..<g.nodeCount {
            for k in g.outRange(u) {
                let v = Int(g.outTarget[k])
                guard u < v else { continue }
                let a = number[u], b = number[v]
                if a == b {
                    internalCount += 1
                    groupInternal[a] += 1
                } else {
                    external += 1
                    groupExternal[a] += 1
                    groupExternal[b] += 1
                }
                pairs[min(a, b) * count + max(a, b), default: 0] += 1
            }
        }
        matrix = Self.symmetric(pairs, names: names, allGroups: true)
        let sum = external + internalCount
        overall = sum == 0 ? nil : Double(external - internalCount) / Double(sum)
        var perGroup: [String: Double?] = [:]
        for (group, name) in names.enumerated() {
            let e = groupExternal[group], i = groupInternal[group]
            perGroup[name] = e + i == 0 ? nil : Double(e - i) / Double(e + i)
        }
        self.perGroup = perGroup
        var through: [Int: Int] = [:]
        for (u, v) in committeePairs where u < groups.count && v < groups.count {
            let a = number[u], b = number[v]
            through[min(a, b) * count + max(a, b), default: 0] += 1
        }
        throughCommittees = Self.symmetric(through, names: names, allGroups: false)
    }

    /// The matrix of counts per unordered pair of group numbers (key a · count + b, a ≤ b):
    /// each pair in (a, b) and (b, a), a group with itself once; `allGroups`: every group has a
    /// row, if empty.
    ///
    /// - Complexity: O(G + P) for G groups and P pairs.
    private static func symmetric(_ pairs: [Int: Int], names: [String], allGroups: Bool) -> [String: [String: Int]] {
        var rows = [[String: Int]](repeating: [:], count: names.count)
        var present = [Bool](repeating: allGroups, count: names.count)
        for (key, value) in pairs {
            let a = key / names.count, b = key % names.count
            rows[a][names[b]] = value
            present[a] = true
            if a != b {
                rows[b][names[a]] = value
                present[b] = true
            }
        }
        var matrix: [String: [String: Int]] = [:]
        for group in names.indices where present[group] { matrix[names[group]] = rows[group] }
        return matrix
    }

    /// The contacts between two groups: their edges, and the pairs that meet in a committee.
    public func contacts(_ a: String, _ b: String) -> Int {
        (matrix[a]?[b] ?? 0) + (throughCommittees[a]?[b] ?? 0)
    }
}
