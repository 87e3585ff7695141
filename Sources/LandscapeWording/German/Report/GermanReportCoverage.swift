import LandscapeCore

extension GermanReportWording: ReportCoverageWording {
    var coverageIntro: String {
        "Welche Akteure an jedem erklärten Bedarf arbeiten (als Thema oder Zielgruppe) und wen sie erreichen. Ein Bedarf, an dem niemand arbeitet, ist eine Lücke; einer, den nur Akteure außerhalb des Hauptnetzes bedienen, kaum besser; Angebote, die sich nicht abstimmen, konkurrieren miteinander."
    }
    var coverageWithoutNeeds: String {
        "Die Karte nennt keine Bedarfe (Handlungsfelder, die die Bildungslandschaft abdecken soll). Die Tabelle zeigt stattdessen die häufigsten Themen; tragen Sie die Bedarfe in die Datei ein (needs:), um ihre Abdeckung zu prüfen."
    }
    var noTopics: String { "Die Akteure nennen keine Themen." }
    var needColumn: String { "Bedarf" }
    var topicColumn: String { "Thema" }
    var statusColumn: String { "Abdeckung" }
    var servedByColumn: String { "Bedient von" }

    func coverageStatus(_ status: NeedCoverage) -> String {
        switch status {
        case .uncovered: "niemand"
        case .outside: "nur außerhalb des Hauptnetzes"
        case .uncoordinated: "abgedeckt, aber unabgestimmt"
        case .covered: "abgedeckt"
        }
    }

    var byTargetGroupHeading: String { "Bedarfe nach Zielgruppe" }
    var byTargetGroupIntro: String {
        "Jedes Feld zählt die Akteure, die an dem Bedarf arbeiten und sich an die Zielgruppe richten. Ein leeres Feld ist eine Zielgruppe, die bei diesem Bedarf kein Akteur erreicht – nicht jedes ist eine Lücke, aber jedes einen Blick wert."
    }
    var otherTargetGroups: String { "weitere Zielgruppen" }
    var bySectorHeading: String { "Bedarfe nach Bildungsbereich" }
    var bySectorIntro: String { "Jedes Feld zählt die Akteure, die in einem Bildungsbereich an dem Bedarf arbeiten – entlang des Lebenslaufs." }

    func coverageCellTitle(_ need: String, _ column: String, _ names: [String]) -> String {
        names.isEmpty ? "\(need) × \(column): niemand" : "\(need) × \(column): \(actors(names.count)) – \(names.joined(separator: "; "))"
    }
}
