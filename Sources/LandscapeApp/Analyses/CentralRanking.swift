import LandscapeCore

/// What `central` computes: which measures, on which reading of the network, in which order.
public struct CentralRequest: Sendable {
    /// Estimate betweenness, closeness and harmonic centrality by sampling (`Sampling`: shortest
    /// paths as Riondato & Kornaropoulos 2016, sources as Eppstein & Wang 2004) instead of
    /// computing them exactly.
    public struct Approximation: Sendable, Equatable {
        /// The bound's scale ε: each betweenness estimate lies within ε·n/(n−2) of the exact
        /// value with 90 % certainty.
        public var epsilon: Double
        /// The sampling's seed: the same seed gives the same estimate.
        public var seed: UInt64

        public init(epsilon: Double, seed: UInt64 = 1) {
            self.epsilon = epsilon
            self.seed = seed
        }
    }

    public var analysis: AnalysisOptions
    /// The measures to compute; empty: every measure.
    public var measures: [Measure]
    /// The measure to sort by (descending; constraint ascending); `nil`: betweenness, or the
    /// first of `measures`.
    public var sort: Measure?
    /// Only the first `top` actors.
    public var top: Int?
    /// Sampling asked for; without it a landscape of more than `Sampling.largeAbove` actors is
    /// estimated with `Sampling.standard` unless `exact`.
    public var approximation: Approximation?
    /// Compute the path measures exactly at any size.
    public var exact: Bool
    /// The seed of the automatic sampling.
    public var seed: UInt64

    public init(analysis: AnalysisOptions = AnalysisOptions(), measures: [Measure] = [], sort: Measure? = nil,
                top: Int? = nil, approximation: Approximation? = nil, exact: Bool = false, seed: UInt64 = 1) {
        self.analysis = analysis
        self.measures = measures
        self.sort = sort
        self.top = top
        self.approximation = approximation
        self.exact = exact
        self.seed = seed
    }

    /// The sampling for a landscape of `actors` (as analysed): the one asked for, else the
    /// automatic one (`Sampling.automatic`).
    public func sampling(actors: Int) -> Sampling? {
        if let approximation { return Sampling(epsilon: approximation.epsilon, seed: approximation.seed) }
        return Sampling.automatic(actors: actors, exact: exact, seed: seed)
    }

    /// The measures a terminal table shows when none are asked for: the ones a reader can take
    /// in at a glance (every measure would not fit the width of a terminal).
    public static let tableMeasures: [Measure] = [.degree, .betweenness, .closeness, .eigenvector, .pagerank, .constraint, .brokerage]

    /// The measure the ranking is sorted by.
    public var sortMeasure: Measure { sort ?? measures.first ?? .betweenness }

    /// The measures computed: the requested ones (or all) and the sort measure.
    public var computedMeasures: [Measure] {
        var chosen = measures.isEmpty ? Measure.allCases : measures
        if !chosen.contains(sortMeasure) { chosen.append(sortMeasure) }
        return chosen
    }
}

/// The actors ranked by a measure, with every computed value, looked up by `ActorID`.
public struct CentralRanking: Sendable {
    /// The measures of every actor of the landscape, in the landscape's order.
    public var result: CentralityResult
    /// The ranked actors (at most `top`), best first.
    public var ranked: [ActorID]
    /// The measures computed, in the order asked for.
    public var measures: [Measure]
    public var sortedBy: Measure
    private var positions: [ActorID: Int]

    /// How the path measures were estimated; `nil` when exact.
    public var estimate: CentralityEstimate? { result.estimate }

    init(result: CentralityResult, ranked: [ActorID], measures: [Measure], sortedBy: Measure) {
        self.result = result
        self.ranked = ranked
        self.measures = measures
        self.sortedBy = sortedBy
        var positions: [ActorID: Int] = [:]
        for (position, actor) in result.actors.enumerated() { positions[actor.id] = position }
        self.positions = positions
    }

    /// The measures of one actor; `nil` when it is not in the landscape.
    public subscript(id: ActorID) -> ActorCentrality? {
        positions[id].map { result.actors[$0] }
    }

    /// The ranked actors' measures, best first.
    public var rankedActors: [ActorCentrality] { ranked.compactMap { self[$0] } }

    /// Whether the eigenvector and PageRank iterations converged (their values are
    /// approximate otherwise).
    public var converged: Bool { result.converged }
}

extension Landscape {
    /// Ranks the actors by the request's measures (`landscape central`), told to `progress` as
    /// one step.
    ///
    /// - Complexity: that of the measures asked for: O(V·E) for the path measures (betweenness,
    ///   closeness) on all cores, O((r + k/64·D)·E) when sampled with r paths and k sources (D the
    ///   diameter), O(E) to O(E·log V) for the rest; V actors, E ties.
    public func central(_ request: CentralRequest = CentralRequest(), progress: any ProgressSink = NoProgress()) -> CentralRanking {
        let measures = request.computedMeasures
        let actors = analysed(including: request.analysis.include).actors.count
        let sampling = request.sampling(actors: actors)
        let result = progress.run(.analysing(actors: actors)) {
            Analysis.centrality(self, request.analysis, measures: Set(measures), sampling: sampling)
        }
        var order = CentralOutput.order(result, landscape: self, by: request.sortMeasure)
        if let top = request.top { order = Array(order.prefix(top)) }
        return CentralRanking(result: result, ranked: order.map { result.actors[$0].id }, measures: measures,
                              sortedBy: request.sortMeasure)
    }
}
