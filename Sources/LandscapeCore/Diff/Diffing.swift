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
    /// The two sides are analysed at the same time (`AnalysedSide`), each from one undirected
    /// network, while the records are compared; then gaps and movers are matched at the same time.
    ///
    /// - Complexity: dominated by the gap search and the measures of both sides: O(V·E) for
    ///   exact betweenness (parallel over `workers`), for V actors and E ties; above `largeAbove`
    ///   actors O(r·(V+E)) at worst for r samples of the estimate (each search stops where its
    ///   two ends meet, far less in practice), plus the gap search. The comparison of records is O(V + E)
    ///   expected; that of gaps O(Σ c·k) for c candidates sharing an actor per gap of k actors.
    public init(old: Landscape, new: Landscape, include: Set<IncludedElement> = [], largeAbove: Int = LandscapeDiff.largeAbove,
                workers: Int? = nil) {
        let before = old.analysed(including: include), after = new.analysed(including: include)
        let large = max(before.actors.count, after.actors.count) > largeAbove
        let measures: [Measure] = large ? [.betweenness, .degree, .pagerank] : [.betweenness, .degree]
        // The records are compared while the sides are analysed; then gaps and movers at once.
        let (records, analysed) = Parallel.both(workers: workers, {
            (ActorChanges(old: old, new: new), TieChanges(old: old, new: new))
        }, {
            let sides = AnalysedSide.both(before, after, include: include, measures: measures, approximate: large, workers: workers)
            let (gaps, movers) = Parallel.both(workers: workers, {
                GapChanges(old: sides.old.gaps, new: sides.new.gaps, oldLandscape: before, newLandscape: after)
            }, {
                Movers(old: sides.old.ranked, new: sides.new.ranked, measures: measures, approximate: large)
            })
            return (sides, gaps, movers)
        })
        let (sides, gaps, movers) = analysed
        self.init(actors: records.0, ties: records.1, gaps: gaps, structure: Change(old: sides.old.structure, new: sides.new.structure),
                  movers: movers, coverage: NeedCoverageChange.rows(old: sides.old.coverage, new: sides.new.coverage))
    }

    /// A value as rankings compare it: rounded at 10⁻⁹.
    static func comparable(_ value: Double) -> Double { (value * 1e9).rounded() }
}
