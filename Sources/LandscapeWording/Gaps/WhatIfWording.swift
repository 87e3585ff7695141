import LandscapeCore

/// The words of the what-if comparison (German/WhatIf.swift, English/WhatIf.swift).
public protocol WhatIfWording: Sendable {
    var beforeColumn: String { get }
    var afterColumn: String { get }
    var actorsRow: String { get }
    var tiesRow: String { get }
    var componentsRow: String { get }
    var largestShareRow: String { get }
    var reachablePairsRow: String { get }
    var averageDistanceRow: String { get }
    /// The labels of the lines under the table, each followed by ": " and the value.
    var removedLabel: String { get }
    var lostTiesLabel: String { get }
    var pairsLostLabel: String { get }
    var cutOffLabel: String { get }
    var brokersLostLabel: String { get }
    var committeesBelowTwoLabel: String { get }
}

extension Language {
    /// The what-if wording of this language.
    public var whatIfWording: any WhatIfWording {
        switch self {
        case .en: EnglishWhatIfWording()
        case .de: GermanWhatIfWording()
        }
    }
}
