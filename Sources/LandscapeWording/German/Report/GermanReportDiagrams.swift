import LandscapeCore

extension GermanReportWording: ReportDiagramsWording {
    var diagramIntro: String {
        "Das Diagramm zeigt alle Akteure und Beziehungen der Karte. Die Form eines Akteurs zeigt seine Art (Legende im Bild), die Linie die Art der Beziehung; Pfeile zeigen vom Mitglied zum Gremium, vom Förderer zum Geförderten und von der steuernden zur gesteuerten Stelle. Am Bildschirm zeigt ein Zeigen auf einen Akteur oder eine Linie die Einzelheiten."
    }
    var networkCaption: String { "Das Kooperationsnetz." }
    var networkReading: String {
        "Eng verbundene Akteure liegen nah beieinander; ein Akteur mit vielen Linien ist ein Knotenpunkt. Akteure am Rand mit nur einer Linie hängen an einem einzigen Partner."
    }
    var steeringCaption: String { "Die Steuerungsstruktur." }
    var steeringReading: String {
        "Nur Steuerung, Mitgliedschaft und Förderung, von oben nach unten: wer wen steuert, wer in welchem Gremium sitzt, wer von wem gefördert wird."
    }
    var noCommittees: String { "Die Karte enthält keine Gremien; darum gibt es kein Diagramm der Steuerungsstruktur." }
    func tilesFollow(_ count: Int) -> String { "Im Druck zeigen die nächsten \(count) Seiten es vergrößert in Ausschnitten." }
    var zoomHint: String { "Am Bildschirm lässt sich das Diagramm verlustfrei vergrößern; ein Zeigen auf einen Akteur zeigt seine Angaben." }

    func tileCaption(_ number: Int, of count: Int, place: TilePlace) -> String {
        let vertical = place.vertical.map { band in
            switch band {
            case .first: "oben"
            case .middle: "Mitte"
            case .last: "unten"
            }
        }
        let horizontal = place.horizontal.map { band in
            switch band {
            case .first: "links"
            case .middle: "Mitte"
            case .last: "rechts"
            }
        }
        let place = [vertical, horizontal].compactMap { $0 }.joined(separator: " ")
        return "Ausschnitt \(number) von \(count) (\(place)), vergrößert."
    }

    func diagramFailed(_ reason: String) -> String { "Das Diagramm konnte nicht gezeichnet werden: \(reason)" }
    func diagramNotDrawn(_ caption: String, reason: String) -> String { "das Diagramm »\(caption)« konnte nicht gezeichnet werden: \(reason)" }
    var directoryHeading: String { "Die Akteure der Karte" }
    var nameColumn: String { "Name" }
    var municipalityColumn: String { "Kommune" }
    var periodColumn: String { "Aktiv" }
    var fundedByColumn: String { "Gefördert durch" }
    var contactColumn: String { "Kontakt" }
}
