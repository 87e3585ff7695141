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

    public init(load: LoadRequest, language: Language? = nil, anonymization: Anonymization = .none,
                today: CalendarDay = ReportRequest.localToday()) {
        self.load = load
        self.language = language
        self.anonymization = anonymization
        self.today = today
    }

    /// Today in the local calendar.
    public static func localToday() -> CalendarDay {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDay(year: 2000, month: 1, day: 1)!
    }
}

/// Writing the steering-group report.
public enum Reporting {
    /// The report of a loaded landscape: the whole landscape goes in, so that the report can
    /// show what ends after the request's day, with its diagrams drawn by `renderer`.
    /// - Complexity: that of the analyses and layouts the report runs (see `ReportBuilder`).
    public static func report(_ loaded: LoadedLandscape, _ request: ReportRequest, renderer: any DiagramRenderer) -> Report {
        let options = ReportOptions(
            language: request.language, anonymization: request.anonymization,
            day: request.load.day, today: request.today)
        return ReportBuilder(renderer: renderer).build(loaded.whole, options: options)
    }
}
