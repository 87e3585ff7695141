import Foundation
import LandscapeCore

/// Writing to the terminal: results on stdout, diagnostics on stderr.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints every diagnostic, then a count line when there were errors.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.description) }
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
