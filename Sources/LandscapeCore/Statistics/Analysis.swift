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
        // The network of this very landscape: the other readings below take its tie ends.
        let network = Network(landscape, reading: options.reading, weighted: options.weighted)
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
        var generator = SeededGenerator(seed: seed)
        let landscape = landscape.analysed(including: options.include)
        let network = network(landscape, options)
        return LandscapeStatistics.compute(
            landscape: landscape, network: network, groupings: [options.groups],
            resolution: resolution, using: &generator, workers: options.workers, directOnly: options.directOnly,
            sampling: Sampling.automatic(actors: network.nodeCount, exact: exact, seed: seed))
    }

    /// Communities: the best of ten Louvain runs from the seed (one run above
    /// `Sampling.largeAbove` actors, in parallel: `Louvain.bestCommunities`), on the undirected
    /// network (a directed reading adds nothing to who works together, and would count
    /// symmetric ties twice).
    public static func communities(_ landscape: Landscape, _ options: AnalysisOptions, resolution: Double = 1, seed: UInt64 = 1) -> Communities {
        var generator = SeededGenerator(seed: seed)
        let reading: NetworkReading = options.reading == .directed ? .undirected : options.reading
        return Louvain.bestCommunities(Network(landscape.analysed(including: options.include), reading: reading, weighted: options.weighted),
                                       resolution: resolution, workers: options.workers, using: &generator)
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
