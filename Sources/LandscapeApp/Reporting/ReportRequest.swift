import Foundation
import LandscapeCore
import LandscapeReport
import LandscapeRender

/// What `report` is asked for: the landscape to read, the day to look at, the language, how
/// much to anonymize, and the date the report is written.
public struct ReportRequest: Sendable {
    /// The files and limits; its day is the report's day (`--at`).
    public var load: LoadRequest
    /// `nil`: the landscape's own language.
    public var language: Language?
    public var anonymization: Anonymization
    /// The date the report shows when the landscape has no `as_of`.
    public var today: CalendarDay
    /// The older version the report opens by comparing with (`--compare`, `--since`).
    public var compare: ReportComparisonSource?
    /// The two-page briefing (`--brief`) instead of the full report.
    public var brief: Bool

    public init(load: LoadRequest, language: Language? = nil, anonymization: Anonymization = .none,
                today: CalendarDay = ReportRequest.localToday(), compare: ReportComparisonSource? = nil, brief: Bool = false) {
        self.load = load
        self.language = language
        self.anonymization = anonymization
        self.today = today
        self.compare = compare
        self.brief = brief
    }

    /// Today in the local calendar.
    public static func localToday() -> CalendarDay {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDay(year: 2000, month: 1, day: 1)!
    }
}

/// The older version a report compares with.
public enum ReportComparisonSource: Sendable {
    /// Another version, read from these files (`--compare`).
    case version(files: [String], Landscape)
    /// The same landscape on an earlier date (`--since`).
    case since(PartialDate)
}

/// Writing the steering-group report.
public enum Reporting {
    /// The report (or, with `request.brief`, the briefing) of a loaded landscape: the whole landscape goes in, so that the report can
    /// show what ends after the request's day, with its diagrams drawn by `renderer`.
    /// - Complexity: that of the analyses and layouts the report runs (see `ReportBuilder`).
    public static func report(_ loaded: LoadedLandscape, _ request: ReportRequest, renderer: any DiagramRenderer) -> Report {
        let options = ReportOptions(
            language: request.language, anonymization: request.anonymization,
            day: request.load.day, today: request.today,
            baseline: request.compare.map { baseline($0, of: loaded, request) })
        let builder = ReportBuilder(renderer: renderer)
        return request.brief ? builder.brief(loaded.whole, options: options) : builder.build(loaded.whole, options: options)
    }

    /// The older side and how the report names both: by their files (the newer side by the
    /// report's day when it has one), or by the dates.
    static func baseline(_ source: ReportComparisonSource, of loaded: LoadedLandscape, _ request: ReportRequest) -> ReportBaseline {
        switch source {
        case .version(let older, let landscape):
            let labels = Diffing.labels(old: older, new: request.load.files)
            return ReportBaseline(landscape: landscape, label: .files(labels.old),
                                  newLabel: request.load.day == nil ? .files(labels.new) : .reportDate)
        case .since(let date):
            return ReportBaseline(landscape: loaded.whole.active(on: date.firstDay), label: .date(date), newLabel: .reportDate)
        }
    }
}
