import ArgumentParser
import Foundation
import LandscapeCore

/// `--progress` and `--quiet`: whether the steps that take longer than about a second are shown
/// on standard error. Shown by default when standard error is a terminal; `--progress` shows
/// them anywhere (a log file), `--quiet` never.
struct ProgressOptions: ParsableArguments {
    @Flag(help: ArgumentHelp(Words.progress.progressHelp))
    var progress = false

    @Flag(help: ArgumentHelp(Words.progress.quietHelp))
    var quiet = false

    /// How long a step runs before its line appears, in seconds: 1, or
    /// `LANDSCAPE_PROGRESS_DELAY` (the tests set 0 to see every step).
    static var delay: Double {
        ProcessInfo.processInfo.environment["LANDSCAPE_PROGRESS_DELAY"].flatMap(Double.init) ?? 1
    }

    /// The progress of one run, in `language` (`--lang`) or the terminal's until the landscape
    /// is read.
    func sink(language: Language?) -> TerminalProgress {
        let terminal = isatty(FileHandle.standardError.fileDescriptor) != 0
        return TerminalProgress(language: language, shown: !quiet && (progress || terminal), terminal: terminal, delay: Self.delay)
    }
}
