import LandscapeCore

/// The analysing commands' help texts and notes in German.
struct GermanAnalysisCommands: AnalysisCommandWording {
    var landscapeAbstract: String { "Das Kooperationsnetz einer kommunalen Bildungslandschaft kartieren und untersuchen." }
    var landscapeDiscussion: String {
        """
        Eine Bildungslandschaft ist eine YAML-Datei (oder ein Ordner mit actors.csv und \
        ties.csv), die ihre Akteure und die Beziehungen zwischen ihnen aufführt. Siehe docs/format.md.
        """
    }
    var checkAbstract: String { "Dateien der Bildungslandschaft prüfen und jedes Problem darin melden." }
    var checkDiscussion: String {
        """
        Liest alle Dateien, führt sie zu einer Bildungslandschaft zusammen und gibt \
        'ok: N Akteure, M Beziehungen' aus, wenn sie gültig ist. Sonst nennt es jedes Problem als \
        PFAD:ZEILE:SPALTE: Fehler: … und endet mit Status 1. Warnungen ändern den Status nicht.
        """
    }
    var centralAbstract: String { "Kennzahlen je Akteur: wer zentral ist, wer vermittelt." }
    var centralDiscussion: String {
        """
        Kennzahlen: degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, \
        constraint, effective_size, clustering, core, brokerage (Vermittlerrollen nach Gould und \
        Fernandez). Erklärt in einfachen Worten: docs/measures.md.
        """
    }
    var sortHelp: String { "Nach dieser Kennzahl sortieren (absteigend; constraint aufsteigend). Vorgabe: betweenness oder die erste aus --measures." }
    var centralTopHelp: String { "Nur die ersten N Akteure zeigen." }
    var measuresHelp: String { "Nur diese Kennzahlen berechnen, durch Kommas getrennt (z. B. betweenness,pagerank)." }
    var approxHelp: String {
        "Die Zwischenzentralität aus Stichproben kürzester Wege schätzen statt genau berechnen, jeder Wert mit 90 % Sicherheit auf diesen Fehler genau (z. B. 0.01): für Bildungslandschaften mit Zehntausenden Akteuren."
    }
    var approxSeedHelp: String { "Startwert der Stichproben für --approx: derselbe Startwert ergibt dieselbe Schätzung." }
    var statsAbstract: String { "Kennzahlen der ganzen Bildungslandschaft: Dichte, Teile, Zentralisierung, E-I-Index, Durchmischung, Modularität." }
    var communitiesAbstract: String { "Teilnetze (Louvain): Gruppen von Akteuren, die untereinander enger verbunden sind als mit den übrigen." }

    var approxOutOfRange: String { "'--approx' braucht einen Fehler zwischen 0 und 1, z. B. 0.01." }
    var approxIsUnweighted: String { "'--approx' schätzt die Zwischenzentralität ohne Gewichte; '--weighted' oder '--approx' weglassen." }
    func approximationNote(samples: Int, errorBound: Double) -> String {
        let bound = String("\(errorBound)".map { $0 == "." ? "," : $0 })
        return "Hinweis: Zwischenzentralität aus \(samples) Stichproben kürzester Wege geschätzt; jeder Wert mit 90 % Sicherheit auf ±\(bound) genau (Riondato–Kornaropoulos)"
    }
    var notConverged: String { "Warnung: die Berechnung von Eigenvektor oder PageRank ist nicht konvergiert; diese Werte sind Näherungen" }
}
