/// One side of a comparison analysed: its gaps, its figures, its rankings and how its needs are
/// served, all from one undirected network built once (the gap search, the figures, the
/// rankings and the coverage each built their own before: five networks a side, a second each
/// at 200,000 actors).
struct AnalysedSide: Sendable {
    let gaps: [Gap]
    let structure: StructureFigures
    let ranked: RankedSide
    let coverage: CoverageSide

    /// Analyses `landscape` (read as the diff's `include` asks). Gaps and rankings read the
    /// actors alone, as `gaps` and `central` do by default: without `include` that is the same
    /// landscape and network.
    ///
    /// - Complexity: that of the gap search and the measures (`LandscapeDiff.init`).
    init(_ landscape: Landscape, include: Set<IncludedElement>, measures: [Measure], approximate: Bool, workers: Int?) {
        let network = Network(landscape)
        let components = Components(network)
        let actorsOnly = include.isEmpty ? landscape : landscape.analysed(including: [])
        let actorNetwork = include.isEmpty ? network : Network(actorsOnly)
        gaps = GapFinder.find(actorsOnly, network: actorNetwork)
        structure = StructureFigures(landscape, network: network, components: components)
        ranked = RankedSide(actorsOnly, network: actorNetwork, measures: measures, approximate: approximate, workers: workers)
        coverage = CoverageSide(landscape, network: network, components: components, gaps: gaps)
    }

    /// Both sides, analysed at the same time on two threads (one when `workers` is 1); each
    /// side's measures run on `workers` threads of their own.
    static func both(_ old: Landscape, _ new: Landscape, include: Set<IncludedElement>, measures: [Measure], approximate: Bool,
                     workers: Int?) -> (old: AnalysedSide, new: AnalysedSide) {
        let sides = Parallel.both(workers: workers, {
            AnalysedSide(old, include: include, measures: measures, approximate: approximate, workers: workers)
        }, {
            AnalysedSide(new, include: include, measures: measures, approximate: approximate, workers: workers)
        })
        return (sides.0, sides.1)
    }
}
