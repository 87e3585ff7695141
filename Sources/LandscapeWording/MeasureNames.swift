import LandscapeCore

/// A catalog topic that names every measure under the key `measure` (diagrams.yaml does: the
/// one name of each measure, which the tables take too): the generated messages satisfy these requirements, and the choice of the
/// message for a measure is made once, in `name(of:)`.
protocol MeasureNames {
    var measureDegree: String { get }
    var measureStrength: String { get }
    var measureBetweenness: String { get }
    var measureCloseness: String { get }
    var measureHarmonic: String { get }
    var measureEigenvector: String { get }
    var measurePagerank: String { get }
    var measureConstraint: String { get }
    var measureEffectiveSize: String { get }
    var measureClustering: String { get }
    var measureCore: String { get }
    var measureBrokerage: String { get }
}

extension MeasureNames {
    /// The name of `measure` in this topic's words.
    func name(of measure: Measure) -> String {
        switch measure {
        case .degree: measureDegree
        case .strength: measureStrength
        case .betweenness: measureBetweenness
        case .closeness: measureCloseness
        case .harmonic: measureHarmonic
        case .eigenvector: measureEigenvector
        case .pagerank: measurePagerank
        case .constraint: measureConstraint
        case .effectiveSize: measureEffectiveSize
        case .clustering: measureClustering
        case .core: measureCore
        case .brokerage: measureBrokerage
        }
    }
}
