import LandscapeCore

/// English texts of the before/after comparison (`whatif`).
struct EnglishWhatIfWording: WhatIfWording {
    var beforeColumn: String { "before" }
    var afterColumn: String { "after" }
    var actorsRow: String { "actors" }
    var tiesRow: String { "ties" }
    var componentsRow: String { "components" }
    var largestShareRow: String { "largest component share" }
    var reachablePairsRow: String { "reachable pairs" }
    var averageDistanceRow: String { "average distance" }
    var removedLabel: String { "removed" }
    var lostTiesLabel: String { "lost ties" }
    var pairsLostLabel: String { "reachable pairs lost" }
    var cutOffLabel: String { "cut off from the main network" }
    var brokersLostLabel: String { "brokers lost" }
    var committeesBelowTwoLabel: String { "committees left with fewer than two members" }
}
