import Foundation
import LandscapeCore
import LandscapeRender
import LandscapeWording

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
    /// The landscape the report describes: anonymised as asked, on the report's day. What its
    /// long tables list (`report --tables xlsx`).
    public var landscape: Landscape
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
        // The diagrams are drawn while the analyses run, each as soon as what it shows is known.
        let underway = DiagramsUnderway(options: options, renderer: renderer)
        let prepared = PreparedReport(landscape, options: options, underway: underway)
        let diagrams = ReportDiagrams(prepared.whole, content: prepared.content, options: options, language: prepared.language,
                                      renderer: renderer, comparison: prepared.comparison, underway: underway)
        var writer = prepared.writer(diagrams: diagrams, options: options)
        writer.changes = prepared.comparison.map { ChangesSection($0, language: prepared.language) }
        return prepared.report(html: writer.document(), messages: diagrams.messages)
    }
}

/// What the report and the briefing share before they are written: the landscape anonymised
/// and taken on its day, the date as shown, the analyses and the comparison.
struct PreparedReport {
    let language: Language
    let words: ReportWording
    /// The whole landscape (all dates), anonymised.
    let whole: Landscape
    /// The landscape on the report's day.
    let analysed: Landscape
    let dateText: String
    let content: ReportContent
    let comparison: ReportComparison?

    /// `underway`: where the report's diagrams are started once the landscape is anonymised and
    /// once its communities are found (the briefing passes none).
    ///
    /// - Complexity: that of `ReportContent` and, with a baseline, of `LandscapeDiff`.
    init(_ landscape: Landscape, options: ReportOptions, underway: DiagramsUnderway? = nil) {
        let language = options.language ?? landscape.language
        let words = language.reportWording
        self.language = language
        self.words = words
        let (whole, older) = options.anonymization.apply(to: landscape, older: options.baseline?.landscape, words: words)
        self.whole = whole
        underway?.start(whole, language: language)
        let analysed = options.day.map { whole.active(on: $0) } ?? whole
        self.analysed = analysed
        let shownDay = options.day ?? whole.asOf?.firstDay
        if let day = options.day {
            dateText = words.onDay(words.day(day))
        } else if let asOf = whole.asOf {
            dateText = words.asOf(words.date(asOf))
        } else {
            dateText = words.asOf(words.day(options.today))
        }
        content = ReportContent(analysed, language: language, date: shownDay ?? options.today, seed: UInt64(options.seed)) { communities in
            underway?.start(whole, communities: communities, language: language)
        }
        let reportDate = options.day.map(words.day) ?? whole.asOf.map(words.date) ?? words.day(options.today)
        comparison = options.baseline.flatMap { baseline in
            older.map { ReportComparison(baseline, older: $0, new: analysed, words: words, reportDate: reportDate) }
        }
    }

    /// A writer of this content with `diagrams`.
    func writer(diagrams: ReportDiagrams, options: ReportOptions) -> ReportWriter {
        ReportWriter(content: content, words: words, diagrams: diagrams, dateText: dateText, anonymization: options.anonymization)
    }

    /// The finished document with the counts of what it describes.
    func report(html: String, messages: [String]) -> Report {
        Report(html: html, language: language, actors: analysed.actorCount, ties: analysed.actorTieCount,
               gaps: content.gaps.count, suggestions: content.suggestions.count,
               topActors: content.topActors.map(\.rawValue), messages: messages, landscape: analysed)
    }
}
