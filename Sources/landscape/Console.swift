import Foundation
import LandscapeCore

/// Writing to the terminal: results on stdout, diagnostics on stderr.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// How many warnings are printed; the rest are counted. Errors are always all printed.
    static let warningLimit = 30

    /// Prints every error and the first `warningLimit` warnings, then a count line when there
    /// were errors or hidden warnings.
    static func report(_ diagnostics: [Diagnostic]) {
        var shownWarnings = 0
        for diagnostic in diagnostics {
            if diagnostic.severity == .warning {
                shownWarnings += 1
                if shownWarnings > warningLimit { continue }
            }
            error(diagnostic.description)
        }
        if shownWarnings > warningLimit {
            error("… and \(count(shownWarnings - warningLimit, "more warning")) not shown")
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if errors > 0 {
            var summary = count(errors, "error")
            if warnings > 0 { summary += ", " + count(warnings, "warning") }
            error(summary)
        }
    }

    /// "1 actor", "3 actors".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
