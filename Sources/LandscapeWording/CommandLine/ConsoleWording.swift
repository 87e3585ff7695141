import LandscapeCore

/// Things the command line counts in its result lines.
public enum CountedThing: Sendable, CaseIterable {
    case actor, tie, error, warning, gap, suggestion, community
}

/// The lines the commands print around their results: counts, the result of `check`, the
/// summary under the diagnostics. One implementation per language
/// (English/EnglishConsole.swift, German/GermanConsole.swift).
public protocol ConsoleWording: Sendable {
    /// "1 actor", "3 actors".
    func count(_ number: Int, _ thing: CountedThing) -> String
    /// "ok: 37 actors, 53 ties (graphs/weimar.yaml)".
    func checked(actors: Int, ties: Int, files: [String]) -> String
    /// "; on 2017-01-01: 20 actors, 25 ties", appended to `checked` for `--at`.
    func onDay(_ day: CalendarDay, actors: Int, ties: Int) -> String
    /// "… and 12 more warnings not shown".
    func warningsNotShown(_ count: Int) -> String
    /// "2 errors, 1 warning" under the diagnostics of a failed load.
    func diagnosticsSummary(errors: Int, warnings: Int) -> String
}

extension Language {
    /// The command line's result lines in this language.
    public var consoleWording: any ConsoleWording {
        switch self {
        case .en: EnglishConsole()
        case .de: GermanConsole()
        }
    }
}
