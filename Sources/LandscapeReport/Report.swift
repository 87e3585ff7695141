import Foundation
import LandscapeCore
import LandscapeRender

/// What a report covers and how.
public struct ReportOptions: Sendable {
    /// `nil`: the landscape's language.
    public var language: Language?
    public var anonymization: Anonymization
    /// Describe the landscape as it is on this day (`--at`); `nil`: as given.
    public var day: CalendarDay?
    /// The date shown when neither `day` nor the landscape's `as_of` gives one. Passed in,
    /// not read from the clock, so that the same input gives the same report.
    public var today: CalendarDay
    /// Seed of the community search and of the force-directed layouts.
    public var seed: UInt32
    /// The older version to compare with: the report then opens with what has changed since.
    public var baseline: ReportBaseline?

    public init(language: Language? = nil, anonymization: Anonymization = .none, day: CalendarDay? = nil,
                today: CalendarDay, seed: UInt32 = 1, baseline: ReportBaseline? = nil) {
        self.language = language
        self.anonymization = anonymization
        self.day = day
        self.today = today
        self.seed = seed
        self.baseline = baseline
    }
}

/// A finished report: the HTML document and what it counted.
public struct Report: Sendable {
    /// The whole document: HTML5 in XHTML-compatible form, UTF-8, no script, no external
    /// resource.
    public var html: String
    public var language: Language
    /// The actors, instruments and events left out (as the scope section counts them).
    public var actors: Int
    /// The ties between actors.
    public var ties: Int
    public var gaps: Int
    public var suggestions: Int
    /// The actors of the top tables (betweenness, degree, PageRank, brokerage), by id (the
    /// pseudonymous ids when anonymised).
    public var topActors: [String]
    /// Warnings to show the user (a diagram that could not be drawn, Graphviz's warnings).
    public var messages: [String]
}

/// Builds the steering-group report: one self-contained HTML file with nine
/// sections — scope, diagrams, key figures, central actors and brokers, gaps with the
/// programme scenarios, cooperation opportunities, communities, coverage of needs, method.
///
/// Every figure comes from the library's analyses (`Analysis`, `GapFinder`, `WhatIf`,
/// `Suggester`); the diagrams from `DiagramBuilder` and the given renderer, as for
/// `landscape render`. The same landscape and options give the same bytes.
public struct ReportBuilder: Sendable {
    public var renderer: any DiagramRenderer

    /// `renderer`: how diagrams are laid out (the command passes Graphviz's renderer, as
    /// `landscape render` uses it).
    public init(renderer: any DiagramRenderer) {
        self.renderer = renderer
    }

    /// The report on `landscape` (as read, all dates; `options.day` takes it on a date).
    ///
    /// - Complexity: that of the analyses, O(V·E) per path measure, repeated for each
    ///   programme with an end date, plus three layouts.
    public func build(_ landscape: Landscape, options: ReportOptions) -> Report {
        let language = options.language ?? landscape.language
        let words = language.reportWording
        let (whole, older) = options.anonymization.apply(to: landscape, older: options.baseline?.landscape, words: words)
        let analysed = options.day.map { whole.active(on: $0) } ?? whole
        let shownDay = options.day ?? whole.asOf?.firstDay
        let dateText: String
        if let day = options.day {
            dateText = words.onDay(words.day(day))
        } else if let asOf = whole.asOf {
            dateText = words.asOf(words.date(asOf))
        } else {
            dateText = words.asOf(words.day(options.today))
        }
        let content = ReportContent(analysed, language: language, date: shownDay ?? options.today, seed: UInt64(options.seed))
        let comparison = options.baseline.flatMap { baseline in
            older.map { ReportComparison(baseline, older: $0, new: analysed, words: words,
                                         reportDate: options.day.map(words.day) ?? whole.asOf.map(words.date) ?? words.day(options.today)) }
        }
        let diagrams = ReportDiagrams(whole, content: content, options: options, language: language, renderer: renderer,
                                      comparison: comparison)
        var writer = ReportWriter(content: content, words: words, diagrams: diagrams, dateText: dateText,
                                  anonymization: options.anonymization)
        writer.changes = comparison.map { ChangesSection($0, language: language) }
        return Report(html: writer.document(), language: language, actors: analysed.actorCount, ties: analysed.actorTieCount,
                      gaps: content.gaps.count, suggestions: content.suggestions.count,
                      topActors: content.topActors.map(\.rawValue), messages: diagrams.messages)
    }
}
