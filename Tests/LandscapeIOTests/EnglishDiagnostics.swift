import LandscapeCore
import LandscapeWording

extension Diagnostic {
    /// The line `landscape check` prints for this diagnostic (English).
    var english: String { Language.en.diagnosticWording.line(self) }

    /// The message alone, in English.
    var englishMessage: String { Language.en.diagnosticWording.message(message) }
}

extension FormatLoss {
    /// The warning `landscape convert` prints for this loss (English), without the output's name.
    var english: String { Language.en.diagnosticWording.message(for: self) }
}
