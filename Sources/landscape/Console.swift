import Foundation
import LandscapeCore
import LandscapeWording

/// Writing to the terminal: results on stdout, diagnostics on stderr.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Notes as lines to end a text result with: each followed by a line break; "" without any.
    static func lines(_ notes: [String]) -> String {
        notes.map { $0 + "\n" }.joined()
    }


    /// The words of the diagnostics where no `--lang` reaches them (English, as they were).
    static let diagnosticWords = Language.en.diagnosticWording

    /// How many warnings are printed; the rest are counted. Errors are always all printed.
    static let warningLimit = 30

    /// Prints every error and the first `warningLimit` warnings, then a count line when there
    /// were errors or hidden warnings; in `language` (`--lang`), English when none is given: the
    /// diagnostics are printed while reading, before the landscape's language is known.
    static func report(_ diagnostics: [Diagnostic], language: Language? = nil) {
        let lines = (language ?? .en).diagnosticWording, words = (language ?? .en).consoleWording
        var shownWarnings = 0
        for diagnostic in diagnostics {
            if diagnostic.severity == .warning {
                shownWarnings += 1
                if shownWarnings > warningLimit { continue }
            }
            error(lines.line(diagnostic))
        }
        if shownWarnings > warningLimit {
            error(words.warningsNotShown(shownWarnings - warningLimit))
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            error(words.diagnosticsSummary(errors: errors, warnings: diagnostics.count - errors))
        }
    }
}
