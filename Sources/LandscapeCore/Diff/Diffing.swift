extension LandscapeDiff {
    /// With more than this many actors (on either side), the movers come from degree, PageRank and
    /// betweenness estimated by sampling (`ApproximateBetweenness`, ε = `samplingEpsilon`),
    /// instead of exact betweenness and degree: exact betweenness is O(V·E), hours at 200,000
    /// actors. The same size as the other commands' (`Sampling.largeAbove`).
    public static let largeAbove = Sampling.largeAbove
    /// The sampling of large landscapes: `Sampling.standard` (the same landscapes give the same movers).
    public static let sampling = Sampling.standard
    /// The error bound ε of the estimated betweenness of large landscapes (with probability
    /// ≥ 0.9 every value lies within ε·n/(n−2) of the exact one).
    public static let samplingEpsilon = sampling.epsilon
    /// At most this many movers per measure.
    public static let moverLimit = 10

    /// Compares `old` with `new`: the two landscapes as given (use `Landscape.active(on:)` for
    /// a landscape at two dates). Every actor, resource and event is compared as a record; the
    /// analyses read each side as `include` asks (`Landscape.analysed(including:)`: the actors,
    /// resources and events only when included), as the other commands do. Gaps are found on
    /// each side with `GapFinder`; figures, ranks and coverage on the undirected, unweighted
    /// network. Above `largeAbove` actors the movers are estimated (`LandscapeDiff.largeAbove`
    /// unless a caller needs another).
    ///
    /// - Complexity: dominated by the gap search and the measures of both sides: O(V·E) for
    ///   exact betweenness (parallel over `workers`), for V actors and E ties; above `largeAbove`
    ///   actors O(r·(V+E)) for r samples of the estimate, plus the gap search. The comparison
    ///   of records is O(V + E) expected; that of gaps O(G²·k) for G gaps of a type with k actors.
    public init(old: Landscape, new: Landscape, include: Set<IncludedElement> = [], largeAbove: Int = LandscapeDiff.largeAbove,
                workers: Int? = nil) {
        let before = old.analysed(including: include), after = new.analysed(including: include)
        let large = max(before.actors.count, after.actors.count) > largeAbove
        let measures: [Measure] = large ? [.betweenness, .degree, .pagerank] : [.betweenness, .degree]
        let oldGaps = GapFinder.find(before), newGaps = GapFinder.find(after)
        let oldNetwork = Network(before), newNetwork = Network(after)
        let oldComponents = Components(oldNetwork), newComponents = Components(newNetwork)
        let rankedOld = RankedSide(before, measures: measures, approximate: large, workers: workers)
        let rankedNew = RankedSide(after, measures: measures, approximate: large, workers: workers)
        self.init(
            actors: ActorChanges(old: old, new: new),
            ties: TieChanges(old: old, new: new),
            gaps: GapChanges(old: oldGaps, new: newGaps, oldLandscape: before, newLandscape: after),
            structure: Change(old: StructureFigures(before, network: oldNetwork, components: oldComponents),
                              new: StructureFigures(after, network: newNetwork, components: newComponents)),
            movers: Movers(old: rankedOld, new: rankedNew, oldOrder: before.actors.map(\.id), newOrder: after.actors.map(\.id),
                           measures: measures, approximate: large),
            coverage: NeedCoverageChange.rows(
                old: CoverageSide(before, network: oldNetwork, components: oldComponents, gaps: oldGaps),
                new: CoverageSide(after, network: newNetwork, components: newComponents, gaps: newGaps)))
    }

    /// A value as rankings compare it: rounded at 10⁻⁹.
    static func comparable(_ value: Double) -> Double { (value * 1e9).rounded() }
}
