import LandscapeCore

extension GermanReportWording: ReportOpportunitiesWording {
    var opportunitiesIntro: String {
        "Paare von Akteuren, die noch nicht verbunden sind, aber gute Gründe für ein Gespräch haben: gemeinsame Partner, gemeinsame Themen oder Zielgruppen, Arten, die sich ergänzen (etwa eine Stiftung und ein Amt), und Lücken, die die neue Verbindung schließen würde. Es sind Vorschläge für die Beratung der Lenkungsgruppe, keine Anweisungen."
    }
    var noSuggestions: String { "Keine Kooperationsmöglichkeiten gefunden." }

    var closesLabel: String { "Schließt:" }
    var opportunitiesMethod: String { "Wie die Reihenfolge entsteht, beschreibt Abschnitt 9. Jeder Akteur erscheint in höchstens zwei Vorschlägen." }
}
