/// A per-actor measure of the `central` command.
public enum Measure: String, CaseIterable, Sendable {
    case degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank
    case constraint
    case effectiveSize = "effective_size"
    case clustering, core, brokerage
}

/// Every requested measure of one actor; `nil` where not requested or undefined.
public struct ActorCentrality: Sendable {
    public var id: ActorID
    /// Number of distinct neighbours (ignoring direction).
    public var degree: Int?
    /// Sum of the weights of the actor's edges (ignoring direction).
    public var strength: Double?
    public var betweenness: Double?
    public var closeness: Double?
    public var harmonic: Double?
    public var eigenvector: Double?
    public var pagerank: Double?
    public var constraint: Double?
    public var effectiveSize: Double?
    public var clustering: Double?
    public var core: Int?
    public var brokerage: BrokerageRoles?

    /// The value of a numeric measure, for sorting and tables (brokerage: total roles).
    public func value(of measure: Measure) -> Double? {
        switch measure {
        case .degree: degree.map(Double.init)
        case .strength: strength
        case .betweenness: betweenness
        case .closeness: closeness
        case .harmonic: harmonic
        case .eigenvector: eigenvector
        case .pagerank: pagerank
        case .constraint: constraint
        case .effectiveSize: effectiveSize
        case .clustering: clustering
        case .core: core.map(Double.init)
        case .brokerage: brokerage.map { Double($0.total) }
        }
    }
}

/// The per-actor measures of a landscape.
public struct CentralityResult: Sendable {
    /// One entry per node of the network, in the landscape's actor order.
    public var actors: [ActorCentrality]
    /// False when the eigenvector or PageRank iteration hit its limit before converging.
    public var converged: Bool
    /// How betweenness, closeness and harmonic centrality were estimated; `nil` when exact.
    public var estimate: CentralityEstimate?
}

package enum Centrality {
    /// Computes the requested measures on `network` (see each measure's documentation and
    /// docs/measures.md). Brokerage roles use `groups` (one group name per node). With
    /// `sampling`, an unweighted network's betweenness, closeness and harmonic centrality are
    /// estimated (`ApproximateBetweenness`, then `SampledDistances`, from one generator seeded
    /// with the sampling's seed).
    ///
    /// - Complexity: dominated by the path measures, O(V·E) (weighted O(V·E log V)), parallel;
    ///   sampled O((r + k/64·D)·(V + E)) for r paths and k sources.
    package static func compute(
        _ network: Network, measures: Set<Measure> = Set(Measure.allCases), groups: [String]? = nil, workers: Int? = nil,
        sampling: Sampling? = nil
    ) -> CentralityResult {
        let n = network.nodeCount
        var result = network.actors.map { ActorCentrality(id: $0) }
        var converged = true
        let undirected = network.undirected()

        if measures.contains(.degree) || measures.contains(.strength) {
            for v in 0..<n {
                if measures.contains(.degree) { result[v].degree = undirected.outRange(v).count }
                if measures.contains(.strength) {
                    result[v].strength = undirected.outRange(v).reduce(0) { $0 + undirected.outWeight[$1] }
                }
            }
        }
        let estimate = paths(network, measures: measures, sampling: sampling, workers: workers, into: &result)
        if measures.contains(.eigenvector) {
            let scores = SpectralMeasures.eigenvector(network, workers: workers)
            converged = converged && scores.converged
            for v in 0..<n { result[v].eigenvector = scores.values[v] }
        }
        if measures.contains(.pagerank) {
            let scores = SpectralMeasures.pageRank(network, workers: workers)
            converged = converged && scores.converged
            for v in 0..<n { result[v].pagerank = scores.values[v] }
        }
        if measures.contains(.constraint) || measures.contains(.effectiveSize) {
            let holes = StructuralHoles.compute(network, workers: workers)
            for v in 0..<n {
                if measures.contains(.constraint) { result[v].constraint = holes.constraint[v] }
                if measures.contains(.effectiveSize) { result[v].effectiveSize = holes.effectiveSize[v] }
            }
        }
        if measures.contains(.clustering) {
            let values = Cohesion.clustering(undirected)
            for v in 0..<n { result[v].clustering = values[v] }
        }
        if measures.contains(.core) {
            let values = Cohesion.coreNumbers(undirected)
            for v in 0..<n { result[v].core = values[v] }
        }
        if measures.contains(.brokerage) {
            let roles = Brokerage.roles(network, groups: groups ?? [String](repeating: "", count: n))
            for v in 0..<n { result[v].brokerage = roles[v] }
        }
        return CentralityResult(actors: result, converged: converged, estimate: estimate)
    }

    /// Betweenness, closeness and harmonic centrality as asked for into `result`: exact, or
    /// estimated with `sampling` when the network is unweighted (then how they were estimated).
    private static func paths(
        _ network: Network, measures: Set<Measure>, sampling: Sampling?, workers: Int?, into result: inout [ActorCentrality]
    ) -> CentralityEstimate? {
        var request: PathMeasures.Request = []
        if measures.contains(.betweenness) { request.insert(.betweenness) }
        if measures.contains(.closeness) { request.insert(.closeness) }
        if measures.contains(.harmonic) { request.insert(.harmonic) }
        if request.isEmpty { return nil }
        if let sampling, !network.isWeighted {
            return estimatePaths(network, request: request, sampling: sampling, workers: workers, into: &result)
        }
        let paths = PathMeasures.compute(network, request: request, workers: workers)
        for v in result.indices {
            result[v].betweenness = paths.betweenness?[v]
            result[v].closeness = paths.closeness?[v]
            result[v].harmonic = paths.harmonic?[v] ?? nil
        }
        return nil
    }

    /// The sampled path measures of `request` into `result`, and how they were estimated.
    private static func estimatePaths(
        _ network: Network, request: PathMeasures.Request, sampling: Sampling, workers: Int?, into result: inout [ActorCentrality]
    ) -> CentralityEstimate {
        var generator = SeededGenerator(seed: sampling.seed)
        var estimate = CentralityEstimate(sampling: sampling, measures: [], samples: 0, sources: 0, errorBound: 0)
        if request.contains(.betweenness) {
            let sampled = ApproximateBetweenness.estimate(network, epsilon: sampling.epsilon, delta: sampling.delta,
                                                          workers: workers, using: &generator)
            for v in result.indices { result[v].betweenness = sampled.betweenness[v] }
            (estimate.samples, estimate.errorBound) = (sampled.samples, sampled.errorBound)
            estimate.measures.append(.betweenness)
        }
        if request.contains(.closeness) || request.contains(.harmonic) {
            let sampled = SampledDistances.estimate(network, epsilon: sampling.epsilon, delta: sampling.delta,
                                                    workers: workers, using: &generator)
            for v in result.indices {
                if request.contains(.closeness) { result[v].closeness = sampled.closeness[v] }
                if request.contains(.harmonic) { result[v].harmonic = sampled.harmonic[v] }
            }
            estimate.sources = sampled.sources
            estimate.measures += [Measure.closeness, .harmonic].filter { request.contains($0 == .closeness ? .closeness : .harmonic) }
        }
        return estimate
    }
}
