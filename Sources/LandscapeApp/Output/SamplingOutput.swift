import LandscapeCore
import LandscapeIO

/// The `"approximate"` object of an estimated result's JSON (`central`, `stats`): the bound's
/// ε and δ, the seed, which figures were estimated and from how many samples.
enum SamplingOutput {
    /// `{"epsilon", "delta", "seed", "measures": [keys], "samples", "sources"}` of a centrality estimate.
    static func json(_ estimate: CentralityEstimate) -> JSONValue {
        object(estimate.sampling, measures: estimate.measures.map(\.rawValue), [
            ("samples", .int(estimate.samples)),
            ("sources", .int(estimate.sources)),
            ("betweenness_bound", .number(estimate.measures.contains(.betweenness) ? estimate.errorBound : nil)),
        ])
    }

    /// `{"epsilon", "delta", "seed", "measures", "sources", "average_distance_bound",
    /// "diameter_at_most", "searches"}` of estimated distances; "diameter" is among the measures
    /// only when its bounds did not meet.
    static func json(_ estimate: DistanceEstimate, diameter: Int?) -> JSONValue {
        object(estimate.sampling, measures: ["average_distance"] + (estimate.diameterIsExact(diameter) ? [] : ["diameter"]), [
            ("sources", .int(estimate.sources)),
            ("average_distance_bound", .number(estimate.averageDistanceBound)),
            ("diameter_at_most", .int(estimate.diameterUpperBound)),
            ("searches", .int(estimate.searches)),
        ])
    }

    /// `{"epsilon", "delta", "seed", "measures"}`: the figures named were estimated (`whatif`).
    static func json(_ sampling: Sampling, measures: [String]) -> JSONValue {
        object(sampling, measures: measures, [])
    }

    private static func object(_ sampling: Sampling, measures: [String], _ rest: [(String, JSONValue)]) -> JSONValue {
        .object([
            ("epsilon", .number(sampling.epsilon)),
            ("delta", .number(sampling.delta)),
            ("seed", .int(Int(truncatingIfNeeded: sampling.seed))),
            ("measures", .array(measures.map { .string($0) })),
        ] + rest)
    }
}
