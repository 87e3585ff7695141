import LandscapeCore

/// Things the command line counts in its result lines.
public enum CountedThing: Sendable, CaseIterable {
    case actor, tie, error, warning, gap, suggestion, community, instrument, event
}

/// The lines the commands print around their results: counts, the result of `check`, the
/// summary under the diagnostics, from the catalog `console` of a language
/// (Catalogs/LANGUAGE/console.yaml).
public struct ConsoleWording: Sendable {
    let catalog: Catalog

    private var texts: ConsoleMessages { catalog.console }

    /// "1 actor", "3 actors".
    public func count(_ number: Int, _ thing: CountedThing) -> String {
        // Digits without grouping, as the lines have always been written: scripts read them.
        let digits = String(number)
        return switch thing {
        case .actor: texts.countActor(count: number, number: digits)
        case .tie: texts.countTie(count: number, number: digits)
        case .error: texts.countError(count: number, number: digits)
        case .warning: texts.countWarning(count: number, number: digits)
        case .gap: texts.countGap(count: number, number: digits)
        case .suggestion: texts.countSuggestion(count: number, number: digits)
        case .community: texts.countCommunity(count: number, number: digits)
        case .instrument: texts.countInstrument(count: number, number: digits)
        case .event: texts.countEvent(count: number, number: digits)
        }
    }

    /// "ok: 37 actors, 53 ties (graphs/weimar.yaml)"; with instruments or events "ok: 52 actors,
    /// 53 ties; besides, 2 instruments and 5 events with 45 ties (…)"; with planned ties "ok: 3
    /// actors, 1 tie and 2 ties planned (…)".
    public func checked(_ counts: LandscapeCounts, files: [String]) -> String {
        texts.checked(actors: count(counts.actors, .actor), ties: count(counts.ties, .tie) + plannedTies(counts.planned),
                      elements: elements(counts), files: files.joined(separator: catalog.general.listSeparator))
    }

    /// "; on 2017-01-01: 20 actors, 25 ties", appended to `checked` for `--at`: the counts on that day.
    public func onDay(_ day: CalendarDay, _ counts: LandscapeCounts) -> String {
        texts.onDay(date: DayPattern(texts.dayPattern).format(day), actors: count(counts.actors, .actor),
                    ties: count(counts.ties, .tie) + plannedTies(counts.planned), elements: elements(counts))
    }

    /// ", 2 ties planned", or nothing without any.
    private func plannedTies(_ planned: Int) -> String {
        planned > 0 ? texts.plannedTies(ties: count(planned, .tie)) : ""
    }

    /// "; besides, 2 instruments and 5 events with 45 ties", or nothing without any.
    private func elements(_ counts: LandscapeCounts) -> String {
        let counted = [(counts.instruments, CountedThing.instrument), (counts.events, .event)].filter { $0.0 > 0 }.map { count($0.0, $0.1) }
        guard !counted.isEmpty else { return "" }
        return texts.elements(elements: catalog.listed(counted), ties: count(counts.elementTies, .tie))
    }

    /// "… and 12 more warnings not shown".
    public func warningsNotShown(_ count: Int) -> String {
        texts.warningsNotShown(count: count, number: String(count))
    }

    /// "2 errors, 1 warning" under the diagnostics of a failed load.
    public func diagnosticsSummary(errors: Int, warnings: Int) -> String {
        guard warnings > 0 else { return count(errors, .error) }
        return texts.errorsAndWarnings(errors: count(errors, .error), warnings: count(warnings, .warning))
    }
}

extension Language {
    /// The command line's result lines in this language.
    public var consoleWording: ConsoleWording { ConsoleWording(catalog: Catalog(self)) }
}

/// A day written by a pattern of the catalog, as in Unicode's date patterns: a run of `y`, `M`
/// or `d` is the year, month or day with at least as many digits as the run is long (zeros in
/// front); every other character stands as it is ("yyyy-MM-dd" → "2017-01-01", "d.M.y" →
/// "1.1.2017").
struct DayPattern {
    let pattern: String

    init(_ pattern: String) { self.pattern = pattern }

    func format(_ day: CalendarDay) -> String {
        var text = ""
        var rest = Substring(pattern)
        while let letter = rest.first {
            let run = rest.prefix { $0 == letter }
            rest = rest.dropFirst(run.count)
            switch letter {
            case "y": text += Self.padded(day.year, run.count)
            case "M": text += Self.padded(day.month, run.count)
            case "d": text += Self.padded(day.day, run.count)
            default: text += run
            }
        }
        return text
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
