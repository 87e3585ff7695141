/// How to read a landscape for analysis: the options every analysing command shares.
public struct AnalysisOptions: Sendable {
    public var reading: NetworkReading
    public var weighted: Bool
    /// The attribute for brokerage roles, the E–I index and the mixing matrix.
    public var groups: GroupingAttribute
    /// Threads for the all-pairs measures; `nil` for one per core.
    public var workers: Int?
    /// Resources and events taken in as nodes; none by default (`Landscape.analysed(including:)`).
    public var include: Set<IncludedElement>
    /// Count only direct ties in the mixing matrix, not the pairs that meet in a committee.
    public var directOnly: Bool

    public init(reading: NetworkReading = .undirected, weighted: Bool = false, groups: GroupingAttribute = .kind,
                workers: Int? = nil, include: Set<IncludedElement> = [], directOnly: Bool = false) {
        self.reading = reading
        self.weighted = weighted
        self.groups = groups
        self.workers = workers
        self.include = include
        self.directOnly = directOnly
    }
}

/// The analyses of a landscape, from a validated landscape to named results: the entry points
/// of the commands. Each reads the landscape as `options.include` asks (the actors, and
/// resources and events only when included).
public enum Analysis {
    /// The network the options describe.
    package static func network(_ landscape: Landscape, _ options: AnalysisOptions) -> Network {
        Network(landscape.analysed(including: options.include), reading: options.reading, weighted: options.weighted)
    }

    /// Per-actor measures. Brokerage roles always run on the directed reading (undirected ties
    /// counting both ways), as Gould & Fernandez define them; on a folded network, on the fold.
    /// With `sampling`, betweenness, closeness and harmonic centrality are estimated (unless the
    /// reading is weighted: `Centrality.compute`).
    public static func centrality(
        _ landscape: Landscape, _ options: AnalysisOptions, measures: Set<Measure> = Set(Measure.allCases), sampling: Sampling? = nil
    ) -> CentralityResult {
        let landscape = landscape.analysed(including: options.include)
        return centrality(landscape, network: Network(landscape, reading: options.reading, weighted: options.weighted),
                          options, measures: measures, sampling: sampling)
    }

    /// `centrality` on a landscape already read as `options.include` asks, whose network as
    /// `options` reads it (`Network(landscape, reading:weighted:)`) the caller has built: the
    /// report builds it once for all its analyses.
    ///
    /// - Complexity: that of the measures asked (`Centrality.compute`), plus O(V + E) for the
    ///   directed reading brokerage needs.
    package static func centrality(
        _ landscape: Landscape, network: Network, _ options: AnalysisOptions, measures: Set<Measure>, sampling: Sampling?
    ) -> CentralityResult {
        var result = Centrality.compute(network, measures: measures.subtracting([.brokerage]), workers: options.workers, sampling: sampling)
        if options.reading == .directed && (measures.contains(.degree) || measures.contains(.strength)) {
            // Degree and strength ignore direction: take them from the undirected network, where
            // a symmetric tie counts once (in the directed network it is two arcs).
            let plain = Centrality.compute(Network(landscape, reading: .undirected, weighted: options.weighted, readAs: network),
                                           measures: measures.intersection([.degree, .strength]))
            for actor in plain.actors {
                if let position = network.index(of: actor.id) {
                    result.actors[position].degree = measures.contains(.degree) ? actor.degree : nil
                    result.actors[position].strength = measures.contains(.strength) ? actor.strength : nil
                }
            }
        }
        if measures.contains(.brokerage) {
            let arcs = options.reading == .foldedCommittees ? network
                : Network(landscape, reading: .directed, weighted: options.weighted, readAs: network)
            let roles = Brokerage.roles(arcs, groups: options.groups.groups(of: arcs, in: landscape))
            for (index, id) in arcs.actors.enumerated() {
                if let position = network.index(of: id) { result.actors[position].brokerage = roles[index] }
            }
        }
        return result
    }

    /// Whole-landscape figures. Above `Sampling.largeAbove` actors the diameter and the average
    /// distance are estimated (`Sampling.standard` with `seed`) unless `exact`.
    public static func statistics(
        _ landscape: Landscape, _ options: AnalysisOptions, resolution: Double = 1, seed: UInt64 = 1, exact: Bool = false
    ) -> LandscapeStatistics {
        let landscape = landscape.analysed(including: options.include)
        return statistics(landscape, network: network(landscape, options), communities: nil, options,
                          resolution: resolution, seed: seed, exact: exact)
    }

    /// `statistics` on a landscape already read as `options.include` asks and its network as
    /// `options` reads it; `communities`, when given, must be what `communities(network:…)`
    /// finds with the same resolution and seed (its modularity and count are taken, Louvain is
    /// not run again).
    ///
    /// - Complexity: that of `statistics`, without the Louvain run when `communities` is given.
    package static func statistics(
        _ landscape: Landscape, network: Network, communities: Communities?, _ options: AnalysisOptions,
        resolution: Double = 1, seed: UInt64 = 1, exact: Bool = false
    ) -> LandscapeStatistics {
        var generator = SeededGenerator(seed: seed)
        return LandscapeStatistics.compute(
            landscape: landscape, network: network, groupings: [options.groups],
            resolution: resolution, using: &generator, workers: options.workers, directOnly: options.directOnly,
            sampling: Sampling.automatic(actors: network.nodeCount, exact: exact, seed: seed), communities: communities)
    }

    /// Communities: the best of ten Louvain runs from the seed (one run above
    /// `Sampling.largeAbove` actors, in parallel: `Louvain.bestCommunities`), on the undirected
    /// network (a directed reading adds nothing to who works together, and would count
    /// symmetric ties twice).
    public static func communities(_ landscape: Landscape, _ options: AnalysisOptions, resolution: Double = 1, seed: UInt64 = 1) -> Communities {
        let reading: NetworkReading = options.reading == .directed ? .undirected : options.reading
        return communities(network: Network(landscape.analysed(including: options.include), reading: reading, weighted: options.weighted),
                           options, resolution: resolution, seed: seed)
    }

    /// `communities` of a network the caller has built (undirected or folded, as `communities`
    /// reads the landscape): the report finds them once for its figures and its section.
    ///
    /// - Complexity: that of `Louvain.bestCommunities`.
    package static func communities(network: Network, _ options: AnalysisOptions, resolution: Double = 1, seed: UInt64 = 1) -> Communities {
        var generator = SeededGenerator(seed: seed)
        return Louvain.bestCommunities(network, resolution: resolution, workers: options.workers, using: &generator)
    }

    /// The parts of the landscape that have no path between them, largest first.
    ///
    /// - Complexity: O(V + E).
    public static func components(_ landscape: Landscape, _ options: AnalysisOptions = AnalysisOptions()) -> Components {
        Components(network(landscape, options))
    }

    /// The single points of failure: actors (cut points) and ties (bridges) whose loss splits
    /// their part of the landscape, on the undirected network.
    ///
    /// - Complexity: O(V + E), plus the size of the reported pieces.
    public static func cutStructure(_ landscape: Landscape, _ options: AnalysisOptions = AnalysisOptions()) -> CutStructure {
        CutStructure(network(landscape, options))
    }
}
