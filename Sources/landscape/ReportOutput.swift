import ArgumentParser
import Foundation
import LandscapeCore

/// What `landscape report` needs around the library: the output check and today's date.
enum ReportOutput {
    /// Refuses an output path that is a folder or one of the inputs (a YAML file, or a CSV
    /// folder's `actors.csv`/`ties.csv`), so that a typo cannot overwrite the landscape.
    static func checkNotAnInput(_ output: String, inputs: [String]) throws {
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("'-o \(output)' is a folder; give a file name such as '\(output)/report.html'.")
        }
        for file in inputs {
            let url = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath()
            var paths = [url.path]
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                paths += ["actors.csv", "ties.csv"].map { url.appendingPathComponent($0).path }
            }
            if paths.contains(target) {
                throw ValidationError("'-o \(output)' is one of the input files; choose another output file.")
            }
        }
    }

    /// Today in the local calendar: the date a report shows when the landscape has no `as_of`.
    static func today() -> CalendarDay {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDay(year: 2000, month: 1, day: 1)!
    }
}
