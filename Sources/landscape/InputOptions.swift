import ArgumentParser
import Foundation
import LandscapeCore
import LandscapeIO

/// The inputs every command reads, and the date to look at.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Landscape files: .yaml/.yml, .json, .graphml, .gexf, .xlsx, .dot, or folders with actors.csv and ties.csv.", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("Look at the landscape as it is on this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var at: String?

    @OptionGroup(title: "Limits") var limits: LimitOptions

    /// The day `--at` names (its first day for a year or month).
    var day: CalendarDay? { at.flatMap { PartialDate(parsing: $0)?.firstDay } }

    func validate() throws {
        try Self.validate(files: files)
        if let at, PartialDate(parsing: at) == nil {
            throw ValidationError("'--at \(at)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.")
        }
    }

    /// The files must be given and exist.
    static func validate(files: [String]) throws {
        guard !files.isEmpty else {
            throw ValidationError("Give at least one landscape file, e.g. graphs/weimar.yaml.")
        }
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError("No such file or folder: '\(file)'.")
        }
    }
}
