import ArgumentParser
import Foundation
import LandscapeCore

/// What `landscape report` needs around the library: today's date.
enum ReportOutput {
    /// Today in the local calendar: the date a report shows when the landscape has no `as_of`.
    static func today() -> CalendarDay {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDay(year: 2000, month: 1, day: 1)!
    }
}
