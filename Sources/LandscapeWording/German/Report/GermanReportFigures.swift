import LandscapeCore

extension GermanReportWording: ReportFiguresWording {
    var figuresIntro: String {
        "Kennzahlen für die Bildungslandschaft als Ganzes. Sie beschreiben, wie die Beziehungen angeordnet sind – nicht, wie gut die Zusammenarbeit ist. Zu jeder steht, was sie für die Zusammenarbeit bedeutet; vergleichen Sie die Werte eher mit früheren Ständen der Karte als mit einem Ideal."
    }

    var densityName: String { "Dichte" }
    func densityMeaning(_ density: Double, scale: NetworkScale) -> String {
        let text = "\(numbers.perHundred(density)) von 100 möglichen Partnerpaaren arbeiten direkt zusammen."
        switch scale {
        case .small: return text
        case .large: return text + " Ein niedriger Wert ist bei dieser Größe normal: Niemand kann mit allen zusammenarbeiten."
        }
    }

    var averageDegreeName: String { "Partner je Akteur" }
    func averageDegreeMeaning(_ average: Double, pendants: Int) -> String {
        var text = "Ein Akteur arbeitet im Durchschnitt mit \(decimal(average, digits: 1)) Partnern zusammen."
        if pendants > 0 {
            text += " \(pendants == 1 ? "1 Akteur hat" : "\(pendants) Akteure haben") nur einen einzigen Partner: Reißt dieser Kontakt ab, \(pendants == 1 ? "fällt er" : "fallen sie") aus der Bildungslandschaft heraus."
        }
        return text
    }

    var componentsName: String { "Getrennte Teile" }
    func componentsMeaning(_ components: Int, largestShare: Double, isolates: Int) -> String {
        var text = components <= 1
            ? "Jeder Akteur ist über irgendeinen Weg mit jedem anderen verbunden: Informationen können alle erreichen."
            : "Die Bildungslandschaft zerfällt in \(components) Teile ohne Verbindung untereinander; der größte umfasst \(percent(largestShare)) der Akteure."
        if isolates > 0 { text += " \(isolates == 1 ? "1 Akteur hat" : "\(isolates) Akteure haben") gar keine Verbindung." }
        return text
    }

    var distanceName: String { "Schritte zwischen zwei Akteuren" }
    func distanceMeaning(_ distance: Double, diameter: Int) -> String {
        "Zwischen zwei Akteuren liegen typischerweise \(decimal(distance, digits: 1)) Schritte; der weiteste Weg führt über \(diameter <= 1 ? "keine" : "\(diameter - 1)") Zwischenstation\(diameter == 2 ? "" : "en"). Je mehr Schritte, desto langsamer kommen Informationen an und desto mehr verändern sie sich unterwegs."
    }

    var centralizationName: String { "Zentralisierung" }
    func centralizationMeaning(_ level: CentralizationLevel, hub: String?) -> String {
        let named = hub.map { " (\(q($0)))" } ?? ""
        switch level {
        case .oneHub: return "Stark auf einen Knotenpunkt ausgerichtet\(named): Vieles hängt an einem einzigen Akteur; fällt er aus, verliert die Bildungslandschaft ihr Zentrum."
        case .fewHubs: return "Deutlich auf wenige Knotenpunkte ausgerichtet\(named): Sie halten die Bildungslandschaft zusammen und tragen einen großen Teil der Abstimmungsarbeit."
        case .even: return "Die Verbindungen verteilen sich recht gleichmäßig: Kein einzelner Akteur beherrscht die Bildungslandschaft."
        }
    }

    var transitivityName: String { "Partner von Partnern" }
    func transitivityMeaning(_ value: Double, level: TransitivityLevel) -> String {
        let text = "Wo ein Akteur mit zwei anderen arbeitet, arbeiten diese beiden in \(percent(value)) der Fälle auch miteinander."
        switch level {
        case .low: return text + " Partner von Partnern kennen sich meist noch nicht: Vieles läuft über Vermittler."
        case .moderate: return text
        case .high: return text + " Die Partner bilden eng verflochtene Kreise: gut für Vertrauen, aber neue Ideen wandern langsam zwischen den Kreisen."
        }
    }

    var eiKindName: String { "Über Akteursarten hinweg (E-I-Index)" }
    func eiKindMeaning(_ level: MixingLevel) -> String {
        switch level {
        case .within: "Die meisten Verbindungen bleiben innerhalb einer Akteursart (Ämter mit Ämtern, Vereine mit Vereinen): Die Bereiche arbeiten nebeneinander."
        case .balanced: "Verbindungen innerhalb und zwischen den Akteursarten halten sich etwa die Waage."
        case .between: "Die meisten Verbindungen gehen über die Grenzen der Akteursarten: Verwaltung, Gremien, Einrichtungen und Zivilgesellschaft arbeiten miteinander statt nebeneinander."
        }
    }

    var eiMunicipalityName: String { "Über Kommunen hinweg (E-I-Index)" }
    func eiMunicipalityMeaning(_ level: MixingLevel) -> String {
        switch level {
        case .within: "Die meisten Verbindungen bleiben innerhalb einer Kommune; Zusammenarbeit über kommunale Grenzen ist die Ausnahme."
        case .balanced: "Verbindungen innerhalb und zwischen den Kommunen halten sich etwa die Waage."
        case .between: "Die meisten Verbindungen gehen über kommunale Grenzen, wie es für regionale oder landesweite Netze typisch ist."
        }
    }

    var modularityName: String { "Modularität" }
    func modularityMeaning(_ level: ModularityLevel, communities: Int) -> String {
        switch level {
        case .clear: "Die Bildungslandschaft gliedert sich deutlich in \(communities) Teilnetze, die vor allem unter sich zusammenarbeiten (Abschnitt 7). Die wenigen Verbindungen zwischen den Teilnetzen verdienen Pflege."
        case .weak: "Keine scharf getrennten Teilnetze: Die Bildungslandschaft arbeitet eher als ein Netz denn als getrennte Kreise (Abschnitt 7)."
        }
    }

    var formalName: String { "Schriftliche Vereinbarungen" }
    func formalMeaning(_ share: Double, written: Int) -> String {
        "\(written == 1 ? "1 Beziehung beruht" : "\(integer(written)) Beziehungen beruhen") auf einer schriftlichen Vereinbarung. Schriftliche Vereinbarungen machen Zusammenarbeit verbindlich und helfen ihr, Personal- und Förderwechsel zu überstehen."
    }

    var mixingHeading: String { "Wer mit wem arbeitet, nach Akteursart" }
    var mixingIntro: String {
        "Jedes Feld zählt die Verbindungen zwischen zwei Akteursarten; die orange Diagonale zählt Verbindungen innerhalb einer Art. Leere Felder sind Arten, die nie direkt zusammenarbeiten."
    }
    var mixingCaption: String { "Verbindungen zwischen Akteursarten (Mischungsmatrix)" }
    var mixingReading: String {
        "E-I je Art: +1 heißt, alle Verbindungen dieser Art gehen zu anderen Arten; −1, alle bleiben innerhalb der Art."
    }
    var eiWithin: String { "unter sich (−1)" }
    var eiBetween: String { "über Grenzen (+1)" }
    var centralizationEven: String { "gleich verteilt (0)" }
    var centralizationStar: String { "ein Zentrum (1)" }
    var eiColumn: String { "E-I" }
    func mixingCellTitle(_ a: String, _ b: String, _ count: Int) -> String {
        a == b ? "\(a) untereinander: \(count) Verbindungen" : "\(a) – \(b): \(count) Verbindungen"
    }
}
