import LandscapeCore

/// The command line's result lines in English.
struct EnglishConsole: ConsoleWording {
    func count(_ number: Int, _ thing: CountedThing) -> String {
        let (one, many): (String, String) = switch thing {
        case .actor: ("actor", "actors")
        case .tie: ("tie", "ties")
        case .error: ("error", "errors")
        case .warning: ("warning", "warnings")
        case .gap: ("gap", "gaps")
        case .suggestion: ("suggestion", "suggestions")
        case .community: ("community", "communities")
        }
        return "\(number) \(number == 1 ? one : many)"
    }

    func checked(actors: Int, ties: Int, files: [String]) -> String {
        "ok: \(count(actors, .actor)), \(count(ties, .tie)) (\(files.joined(separator: ", ")))"
    }

    func onDay(_ day: CalendarDay, actors: Int, ties: Int) -> String {
        "; on \(day): \(count(actors, .actor)), \(count(ties, .tie))"
    }

    func warningsNotShown(_ count: Int) -> String {
        count == 1 ? "… and 1 more warning not shown" : "… and \(count) more warnings not shown"
    }

    func diagnosticsSummary(errors: Int, warnings: Int) -> String {
        warnings > 0 ? "\(count(errors, .error)), \(count(warnings, .warning))" : count(errors, .error)
    }
}
