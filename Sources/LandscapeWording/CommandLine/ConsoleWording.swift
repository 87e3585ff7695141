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
    /// 53 ties; besides, 2 instruments and 5 events with 45 ties (…)": `actors` and `ties` count
    /// the actors and the ties between them, `elementTies` the ties to instruments and events.
    public func checked(actors: Int, ties: Int, instruments: Int = 0, events: Int = 0, elementTies: Int = 0,
                        files: [String]) -> String {
        texts.checked(actors: count(actors, .actor), ties: count(ties, .tie),
                      elements: elements(instruments: instruments, events: events, ties: elementTies),
                      files: files.joined(separator: catalog.general.listSeparator))
    }

    /// `checked` for `landscape`, its actors told apart from its instruments and events.
    ///
    /// - Complexity: O(A + T) for A elements and T ties.
    public func checked(_ landscape: Landscape, files: [String]) -> String {
        let tally = Tally(landscape)
        return checked(actors: tally.actors, ties: tally.ties, instruments: tally.instruments, events: tally.events,
                       elementTies: tally.elementTies, files: files)
    }

    /// "; on 2017-01-01: 20 actors, 25 ties", appended to `checked` for `--at`.
    public func onDay(_ day: CalendarDay, actors: Int, ties: Int, instruments: Int = 0, events: Int = 0,
                      elementTies: Int = 0) -> String {
        texts.onDay(date: DayPattern(texts.dayPattern).format(day), actors: count(actors, .actor), ties: count(ties, .tie),
                    elements: elements(instruments: instruments, events: events, ties: elementTies))
    }

    /// `onDay` for `landscape` as of that day.
    ///
    /// - Complexity: O(A + T) for A elements and T ties.
    public func onDay(_ day: CalendarDay, _ landscape: Landscape) -> String {
        let tally = Tally(landscape)
        return onDay(day, actors: tally.actors, ties: tally.ties, instruments: tally.instruments, events: tally.events,
                     elementTies: tally.elementTies)
    }

    /// "; besides, 2 instruments and 5 events with 45 ties", or nothing without any.
    private func elements(instruments: Int, events: Int, ties: Int) -> String {
        let counted = [(instruments, CountedThing.instrument), (events, .event)].filter { $0.0 > 0 }.map { count($0.0, $0.1) }
        guard !counted.isEmpty else { return "" }
        return texts.elements(elements: catalog.listed(counted), ties: count(ties, .tie))
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

/// The counts of `check`'s line: the actors and the ties between them, apart from the
/// instruments (resources) and events and the ties to them.
private struct Tally {
    var actors = 0, ties = 0, instruments = 0, events = 0, elementTies = 0

    init(_ landscape: Landscape) {
        actors = landscape.actorCount
        ties = landscape.actorTieCount
        instruments = landscape.actors.count { $0.kind == .resource }
        events = landscape.actors.count { $0.kind == .event }
        elementTies = landscape.ties.count - ties
    }
}
