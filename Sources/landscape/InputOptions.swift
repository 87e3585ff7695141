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

    @Option(help: ArgumentHelp(Words.options.titleHelp, valueName: "title"))
    var title: String?

    @Flag(help: ArgumentHelp(Words.options.plannedHelp))
    var planned = false

    @OptionGroup(title: Words.options.limitsTitle) var limits: LimitOptions

    @OptionGroup var progressOptions: ProgressOptions

    /// The day `--at` names (its first day for a year or month).
    var day: CalendarDay? { at.flatMap { PartialDate(parsing: $0)?.firstDay } }

    func validate() throws {
        try Self.validate(files: files)
        try Checks.date(at, option: "--at")
    }

    /// The files must be given. Whether they exist is checked when the command runs
    /// (`requireExisting`): ArgumentParser validates before it reports an unknown option, and
    /// `--topp 5` must be told as the unknown `--topp`, not as a missing file `5`.
    static func validate(files: [String]) throws {
        guard !files.isEmpty else {
            throw ValidationError(Words.options.noFiles)
        }
    }

    /// The files must exist: a usage error (exit 64), as a missing file name is a mistyped argument.
    static func requireExisting(_ files: [String]) throws {
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError(Words.options.noSuchFile(file))
        }
    }
}
