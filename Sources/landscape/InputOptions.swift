import ArgumentParser
import Foundation
import LandscapeCore
import LandscapeIO

/// The inputs every command reads, and the date to look at.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(Words.options.filesHelp, valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp(Words.options.atHelp, valueName: "date"))
    var at: String?

    @OptionGroup(title: Words.options.limitsTitle) var limits: LimitOptions

    /// The day `--at` names (its first day for a year or month).
    var day: CalendarDay? { at.flatMap { PartialDate(parsing: $0)?.firstDay } }

    func validate() throws {
        try Self.validate(files: files)
        try Checks.date(at, option: "--at")
    }

    /// The files must be given and exist.
    static func validate(files: [String]) throws {
        guard !files.isEmpty else {
            throw ValidationError(Words.options.noFiles)
        }
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError(Words.options.noSuchFile(file))
        }
    }
}
