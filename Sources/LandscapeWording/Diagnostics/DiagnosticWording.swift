import LandscapeCore

/// The words of diagnostics: a validation problem as a message, a whole diagnostic as the line
/// a user reads (`PATH:LINE:COLUMN: error: MESSAGE`, the form compilers and editors use). One
/// implementation per language (English/EnglishDiagnostics.swift, German/GermanDiagnostics.swift).
public protocol DiagnosticWording: Sendable {
    /// A validation problem as a message: "unknown actor 'x'; did you mean 'y'?".
    func message(for problem: ValidationProblem) -> String
    /// A diagnostic as one line: its place, its severity and its message.
    func line(_ diagnostic: Diagnostic) -> String
}

extension DiagnosticWording {
    /// A diagnostic's message: a validation problem worded, a reader's text as it is (the
    /// readers still word their own messages, in English).
    public func message(_ message: Diagnostic.Message) -> String {
        switch message {
        case .validation(let problem): self.message(for: problem)
        case .text(let text): text
        }
    }
}

extension Language {
    /// The diagnostics' words in this language.
    public var diagnosticWording: any DiagnosticWording {
        switch self {
        case .en: EnglishDiagnostics()
        case .de: GermanDiagnostics()
        }
    }
}

extension ValidationProblem.RecordKind {
    /// The command-line option that raises the limit on these records (the same in every language).
    var option: String {
        switch self {
        case .actor: "--max-actors"
        case .tie: "--max-ties"
        }
    }
}

extension ValidationProblem.TextKind {
    /// The command-line option that raises the limit on these texts.
    var option: String {
        switch self {
        case .label: "--max-label-length"
        case .note: "--max-note-length"
        }
    }
}
