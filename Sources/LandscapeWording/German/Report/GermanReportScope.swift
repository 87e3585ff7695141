import LandscapeCore

extension GermanReportWording: ReportScopeWording {
    func scopeLead(actors: Int, ties: Int, municipalities: [String], needs: Int) -> String {
        var text = "Die Karte verzeichnet \(self.actors(actors)) und \(ties == 1 ? "1 Beziehung" : "\(integer(ties)) Beziehungen")"
        if municipalities.count == 1, let only = municipalities.first {
            text += " in \(only)"
        } else if municipalities.count > 1 {
            text += " in \(municipalities.count) Kommunen bzw. Ebenen (\(municipalities.prefix(4).joined(separator: ", "))\(municipalities.count > 4 ? ", …" : ""))"
        }
        if needs > 0 { text += " und nennt \(needs == 1 ? "1 Handlungsfeld" : "\(needs) Handlungsfelder"), die die Bildungslandschaft abdecken soll" }
        return text + ". Der Bericht zeigt, wer mit wem zusammenarbeitet, wo die Bildungslandschaft stark und wo sie schwach ist und was die Lenkungsgruppe tun kann. Jede Zahl wird in Worten erklärt; die Definitionen stehen in Abschnitt 9."
    }

    var glanceHeading: String { "Das Wichtigste in Kürze" }

    func glanceCentral(_ name: String, share: Double) -> String {
        "\(q(name)) verbindet die meisten Akteure: \(percent(share)) aller kürzesten Verbindungen zwischen anderen Akteuren laufen über diese Stelle."
    }

    func glanceFragments(components: Int, largestShare: Double) -> String {
        "Die Bildungslandschaft zerfällt in \(components) Teile ohne jede Verbindung untereinander; der größte umfasst \(percent(largestShare)) der Akteure."
    }

    func glanceGaps(high: Int, medium: Int, low: Int) -> String {
        let total = high + medium + low
        if total == 0 { return "Nach den zehn Regeln aus Abschnitt 9 wurden keine Lücken gefunden." }
        return "\(total == 1 ? "1 Lücke" : "\(total) Lücken") gefunden: \(high) dringend, \(medium) mittel, \(low) gering (Abschnitt 5)."
    }

    func glanceUncovered(_ needs: [String]) -> String {
        "\(needs.count == 1 ? "Ein erklärter Bedarf, an dem" : "Erklärte Bedarfe, an denen") kein Akteur arbeitet: \(quoted(needs, limit: 5))."
    }

    func glanceProgrammes(count: Int, first: String, until: String, positions: Int, cutOff: Int) -> String {
        var text = count == 1 ? "Ein Förderprogramm trägt einen Teil der Bildungslandschaft und endet \(until): \(q(first))."
                              : "\(count) Förderprogramme tragen Teile der Bildungslandschaft und enden; als erstes \(q(first)) \(until)."
        if positions > 0 { text += " Mit \(count == 1 ? "ihm" : "ihnen") entfallen \(positions == 1 ? "1 geförderte Stelle" : "\(positions) geförderte Stellen")" }
        if cutOff > 0 { text += (positions > 0 ? ", und " : " ") + "\(actors(cutOff)) \(cutOff == 1 ? "wäre" : "wären") abgeschnitten" }
        return text + (positions > 0 || cutOff > 0 ? "." : "")
    }

    func glanceSuggestion(_ a: String, _ b: String, total: Int) -> String {
        "Die aussichtsreichste neue Kooperation: \(q(a)) mit \(q(b)) (\(total) Vorschläge in Abschnitt 6)."
    }

    var actorsByKindHeading: String { "Akteure nach Art und Kommune" }
    var tiesByKindHeading: String { "Beziehungen nach Art" }
    var kindColumn: String { "Art" }
    func otherMunicipalities(_ count: Int) -> String { "\(count) weitere" }
    var tieKindColumn: String { "Art der Beziehung" }
    var countColumn: String { "Anzahl" }
    var writtenColumn: String { "schriftlich" }
}
