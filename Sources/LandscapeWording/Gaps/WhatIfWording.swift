import LandscapeCore

/// The words of the what-if comparison, from the catalogs `Catalogs/LANGUAGE/what-if.yaml`.
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

/// The what-if wording of every language: the catalog of the language it was made with.
struct CatalogWhatIfWording: WhatIfWording {
    let catalog: Catalog

    var beforeColumn: String { catalog.whatIf.columnBefore }
    var afterColumn: String { catalog.whatIf.columnAfter }
    var actorsRow: String { catalog.whatIf.rowActors }
    var tiesRow: String { catalog.whatIf.rowTies }
    var componentsRow: String { catalog.whatIf.rowComponents }
    var largestShareRow: String { catalog.whatIf.rowLargestShare }
    var reachablePairsRow: String { catalog.whatIf.rowReachablePairs }
    var averageDistanceRow: String { catalog.whatIf.rowAverageDistance }
    var removedLabel: String { catalog.whatIf.labelRemoved }
    var lostTiesLabel: String { catalog.whatIf.labelLostTies }
    var pairsLostLabel: String { catalog.whatIf.labelPairsLost }
    var cutOffLabel: String { catalog.whatIf.labelCutOff }
    var brokersLostLabel: String { catalog.whatIf.labelBrokersLost }
    var committeesBelowTwoLabel: String { catalog.whatIf.labelCommitteesBelowTwo }
}

extension Language {
    /// The what-if wording of this language.
    public var whatIfWording: any WhatIfWording { CatalogWhatIfWording(catalog: Catalog(self)) }
}
