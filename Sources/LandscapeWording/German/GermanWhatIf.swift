import LandscapeCore

/// Deutsche Texte des Vorher-nachher-Vergleichs (`whatif`).
struct GermanWhatIfWording: WhatIfWording {
    var beforeColumn: String { "vorher" }
    var afterColumn: String { "nachher" }
    var actorsRow: String { "Akteure" }
    var tiesRow: String { "Beziehungen" }
    var componentsRow: String { "getrennte Teile" }
    var largestShareRow: String { "Anteil des größten Teils" }
    var reachablePairsRow: String { "verbundene Akteurspaare" }
    var averageDistanceRow: String { "mittlere Schrittzahl" }
    var removedLabel: String { "entfernt" }
    var lostTiesLabel: String { "verlorene Beziehungen" }
    var pairsLostLabel: String { "verlorene verbundene Paare" }
    var cutOffLabel: String { "vom Hauptnetz abgeschnitten" }
    var brokersLostLabel: String { "verlorene Vermittler" }
    var committeesBelowTwoLabel: String { "Gremien mit weniger als zwei Mitgliedern" }
}
