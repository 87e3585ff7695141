import LandscapeCore

/// Die Wörter von `landscape report` auf Deutsch.
struct GermanReportCommand: ReportCommandWording {
    let abstract = "Den Bericht für die Steuerungsgruppe schreiben: eine eigenständige HTML-Datei (im Browser als PDF drucken)."

    let discussion = """
        Abschnitte: Umfang, Diagramme, Kennzahlen, zentrale Akteure und Brückenakteure, Lücken \
        (mit dem, was geschieht, wenn ein Förderprogramm endet), Kooperationsmöglichkeiten, \
        Teilnetze, Abdeckung der Bedarfe, Methode. In der Sprache der Bildungslandschaft, \
        sofern --lang nichts anderes sagt. Die Datei braucht kein Netz: CSS und Diagramme \
        stehen in ihr selbst, und sie enthält kein Skript. Siehe docs/report.md.

        Beispiele:
          landscape report graphs/weimar.yaml -o out/report.html
          landscape report graphs/thueringen.yaml -o out/thueringen-en.html --lang en
          landscape report graphs/weimar.yaml -o out/report-2017.html --at 2017
          landscape report graphs/weimar.yaml -o out/shared.html --anonymize all
        """

    let outputHelp = "Die HTML-Datei, die geschrieben wird (.html)."
    let languageHelp = "Sprache des Berichts: de oder en (Standard: die der Bildungslandschaft)."
    let anonymizeHelp = "Zum Weitergeben über die Kommune hinaus: »contacts« entfernt Kontaktdaten; »all« ersetzt außerdem jeden Akteursnamen durch seine Art und eine Nummer und entfernt Notizen."

    func missingOutput(exampleInput: String) -> String {
        "Geben Sie die Berichtsdatei mit -o an, etwa »landscape report \(exampleInput) -o out/report.html«."
    }

    func notHTML(output: String) -> String {
        "»-o \(output)«: Der Bericht ist eine HTML-Datei; nennen Sie sie .html (im Browser als PDF drucken)."
    }

    func unknownLanguage(_ value: String) -> String {
        "»--lang \(value)« ist unbekannt; verwenden Sie de oder en."
    }

    func wrote(path: String, language: Language, actors: Int, ties: Int, gaps: Int, suggestions: Int) -> String {
        let console = GermanConsole()
        return "\(path) geschrieben (\(language.rawValue), \(console.count(actors, .actor)), \(console.count(ties, .tie)), "
            + "\(console.count(gaps, .gap)), \(console.count(suggestions, .suggestion)))"
    }
}
