import LandscapeCore

extension GermanReportWording: ReportGapsWording {
    func gapsIntro(count: Int) -> String {
        "Die Karte wird auf zehn Arten von Schwächen geprüft (Definitionen in Abschnitt 9). \(count == 1 ? "1 Lücke wurde" : "\(count) Lücken wurden") gefunden, die dringendsten zuerst; zu jeder steht, was zu tun ist."
    }
    var noGaps: String { "Keine Lücken gefunden." }

    func severityName(_ severity: GapSeverity) -> String {
        switch severity {
        case .high: "dringend"
        case .medium: "mittel"
        case .low: "gering"
        }
    }

    func severityHeading(_ severity: GapSeverity, count: Int) -> String {
        switch severity {
        case .high: "Dringend (\(count))"
        case .medium: "Mittel (\(count))"
        case .low: "Gering (\(count))"
        }
    }

    func gapTypeName(_ type: GapType) -> String {
        switch type {
        case .isolate: "Unverbundener Akteur"
        case .pendant: "Nur über einen Partner angebunden"
        case .fragmented: "Getrennte Teile"
        case .cutPoint: "Schlüsselstelle ohne Ersatz"
        case .bridge: "Einzige Brücke"
        case .groupHole: "Fehlende Verbindung zwischen Gruppen"
        case .uncoordinated: "Unabgestimmte Angebote"
        case .programDependency: "Abhängig von einem Förderprogramm"
        case .uncovered: "Bedarf ohne Akteur"
        case .planningSilo: "Getrennte Planungsbereiche"
        }
    }

    var gapTypeColumn: String { "Art der Lücke" }
    var whatToDo: String { "Was tun:" }
    var whatIfHeading: String { "Wenn Förderprogramme enden" }
    var whatIfIntro: String {
        "Für jedes Programm mit Enddatum wird die Karte ohne das Programm, die von ihm geförderten Stellen und seine Förderbeziehungen neu berechnet. Die Tabelle vergleicht das Netz vorher und nachher."
    }
    var noEndingProgrammes: String { "Kein Förderprogramm der Karte hat ein Enddatum." }
    func programmeEnds(_ date: String, ended: Bool) -> String { ended ? "endete \(date)" : "endet \(date)" }

    func programmesCarryingNothing(_ programmes: [(String, String)]) -> String {
        let list = programmes.map { "\(q($0.0)) (\($0.1))" }.joined(separator: "; ")
        return "\(programmes.count == 1 ? "Dieses Programm hat" : "Diese Programme haben") ein Enddatum, aber keine Stelle und keine Beziehung der Karte hängt an \(programmes.count == 1 ? "ihm" : "ihnen"): \(list). (Stellen nennen ihr Programm im Feld programs.)"
    }

    func whatIfSentence(positions: [String], fundingTies: Int, cutOff: [String], brokers: [String], committees: [String],
                        pairsLostShare: Double?, lostTies: Int) -> String {
        var goes: [String] = []
        if !positions.isEmpty { goes.append("\(positions.count == 1 ? "die Stelle" : "die Stellen") \(quoted(positions, limit: 4))") }
        if fundingTies > 0 { goes.append(fundingTies == 1 ? "1 Förderbeziehung" : "\(fundingTies) Förderbeziehungen") }
        var text = goes.isEmpty ? "Nichts in der Karte wird von ihm gefördert."
                                : "Mit ihm entfallen \(goes.joined(separator: " und ")), insgesamt \(lostTies == 1 ? "1 Beziehung" : "\(lostTies) Beziehungen")."
        var effects: [String] = []
        if !cutOff.isEmpty { effects.append("\(quoted(cutOff, limit: 4)) \(cutOff.count == 1 ? "wäre" : "wären") vom Rest abgeschnitten") }
        if !brokers.isEmpty { effects.append("Vermittler gingen verloren (\(quoted(brokers, limit: 3)))") }
        if !committees.isEmpty { effects.append("\(quoted(committees, limit: 3)) \(committees.count == 1 ? "behielte" : "behielten") weniger als zwei Mitglieder") }
        if let share = pairsLostShare, share > 0 { effects.append("\(percent(share)) der verbundenen Akteurspaare verlören ihre Verbindung") }
        if !effects.isEmpty { text += " Dann " + effects.joined(separator: "; ") + "." }
        else if !goes.isEmpty { text += " Der Rest des Netzes bleibt verbunden." }
        return text
    }

    var beforeColumn: String { "vorher" }
    var afterColumn: String { "nachher" }
    var actorsRow: String { "Akteure" }
    var tiesRow: String { "Beziehungen" }
    var componentsRow: String { "Getrennte Teile" }
    var largestShareRow: String { "Größter Teil" }
    var connectedPairsRow: String { "Verbundene Akteurspaare" }
    var distanceRow: String { "Schritte zwischen zwei Akteuren" }
}
