import LandscapeCore

/// Die Ergebniszeilen der Kommandozeile auf Deutsch.
struct GermanConsole: ConsoleWording {
    func count(_ number: Int, _ thing: CountedThing) -> String {
        let (one, many): (String, String) = switch thing {
        case .actor: ("Akteur", "Akteure")
        case .tie: ("Beziehung", "Beziehungen")
        case .error: ("Fehler", "Fehler")
        case .warning: ("Warnung", "Warnungen")
        case .gap: ("Lücke", "Lücken")
        case .suggestion: ("Vorschlag", "Vorschläge")
        case .community: ("Teilnetz", "Teilnetze")
        }
        return "\(number) \(number == 1 ? one : many)"
    }

    func checked(actors: Int, ties: Int, files: [String]) -> String {
        "in Ordnung: \(count(actors, .actor)), \(count(ties, .tie)) (\(files.joined(separator: ", ")))"
    }

    func onDay(_ day: CalendarDay, actors: Int, ties: Int) -> String {
        "; am \(day.day).\(day.month).\(day.year): \(count(actors, .actor)), \(count(ties, .tie))"
    }

    func warningsNotShown(_ count: Int) -> String {
        count == 1 ? "… und 1 weitere Warnung, nicht angezeigt" : "… und \(count) weitere Warnungen, nicht angezeigt"
    }

    func diagnosticsSummary(errors: Int, warnings: Int) -> String {
        warnings > 0 ? "\(count(errors, .error)), \(count(warnings, .warning))" : count(errors, .error)
    }
}
