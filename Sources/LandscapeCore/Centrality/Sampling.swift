/// When and how closely the all-pairs measures are estimated instead of computed.
///
/// Betweenness, closeness and harmonic centrality, the average distance and the diameter cost a
/// search from every actor: O(V·E), hours at 200,000 actors. Above `largeAbove` actors the
/// commands estimate them from samples with a guaranteed bound (each measure's documentation
/// states it: `ApproximateBetweenness`, `SampledDistances`, `DistanceFigures`): with probability
/// at least 1 − δ every estimate lies within its bound, a multiple of ε. `--exact` computes them
/// exactly at any size.
public struct Sampling: Sendable, Equatable {
    /// The error bound's scale: an absolute error for betweenness and harmonic centrality, a
    /// share of the diameter for distances.
    public var epsilon: Double
    /// The probability that some estimate lies outside its bound.
    public var delta: Double
    /// The sampling's seed: the same seed gives the same estimate.
    public var seed: UInt64

    public init(epsilon: Double = 0.05, delta: Double = 0.1, seed: UInt64 = 1) {
        self.epsilon = epsilon
        self.delta = delta
        self.seed = seed
    }

    /// With more than this many actors the commands estimate by default: at 5,000 actors the
    /// exact measures take a few seconds on two cores, and their cost grows with the square.
    public static let largeAbove = 5_000

    /// The default: ε = 0.05, δ = 0.1, seed 1.
    public static let standard = Sampling()

    /// The sampling a command uses by default for `actors` actors: `standard` (with `seed`)
    /// above `largeAbove` unless `exact`, else none.
    public static func automatic(actors: Int, exact: Bool, seed: UInt64 = 1) -> Sampling? {
        exact || actors <= largeAbove ? nil : Sampling(seed: seed)
    }
}

/// How the estimated measures of a centrality result were obtained.
public struct CentralityEstimate: Sendable, Equatable {
    public var sampling: Sampling
    /// The measures estimated (of betweenness, closeness and harmonic, those asked for).
    public var measures: [Measure]
    /// Shortest paths sampled for betweenness (0 when it was not estimated).
    public var samples: Int
    /// Sources searched for closeness and harmonic (0 when they were not estimated).
    public var sources: Int
    /// The bound on every betweenness estimate, ε·n/(n−2), holding with probability ≥ 1 − δ.
    public var errorBound: Double
}
