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
}

package enum Centrality {
    /// Computes the requested measures on `network` (see each measure's documentation and
    /// docs/measures.md). Brokerage roles use `groups` (one group name per node).
    ///
    /// - Complexity: dominated by the path measures, O(V·E) (weighted O(V·E log V)), parallel.
    package static func compute(
        _ network: Network, measures: Set<Measure> = Set(Measure.allCases), groups: [String]? = nil, workers: Int? = nil
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
        var request: PathMeasures.Request = []
        if measures.contains(.betweenness) { request.insert(.betweenness) }
        if measures.contains(.closeness) { request.insert(.closeness) }
        if measures.contains(.harmonic) { request.insert(.harmonic) }
        if !request.isEmpty {
            let paths = PathMeasures.compute(network, request: request, workers: workers)
            for v in 0..<n {
                result[v].betweenness = paths.betweenness?[v]
                result[v].closeness = paths.closeness?[v]
                result[v].harmonic = paths.harmonic?[v] ?? nil
            }
        }
        if measures.contains(.eigenvector) {
            let scores = SpectralMeasures.eigenvector(network)
            converged = converged && scores.converged
            for v in 0..<n { result[v].eigenvector = scores.values[v] }
        }
        if measures.contains(.pagerank) {
            let scores = SpectralMeasures.pageRank(network)
            converged = converged && scores.converged
            for v in 0..<n { result[v].pagerank = scores.values[v] }
        }
        if measures.contains(.constraint) || measures.contains(.effectiveSize) {
            let holes = StructuralHoles.compute(network)
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
        return CentralityResult(actors: result, converged: converged)
    }
}
