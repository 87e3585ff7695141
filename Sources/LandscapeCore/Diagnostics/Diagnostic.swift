/// A problem found in the input, with its place. Readers and the validation collect every
/// recoverable problem as a diagnostic and go on, so that one run reports all of them.
///
/// A diagnostic holds facts, not a sentence: `LandscapeWording`'s `DiagnosticWording` words
/// it (`PATH:LINE:COLUMN: error: MESSAGE` in English) in the user's language.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// What the problem is: a fact of the validation, or one a reader found in a file.
    public enum Message: Hashable, Sendable {
        case validation(ValidationProblem)
        case reading(ReadingProblem)
    }

    public var severity: Severity
    public var message: Message
    public var location: SourceLocation

    public init(_ severity: Severity, _ message: Message, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ problem: ReadingProblem, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, .reading(problem), at: location)
    }

    public static func warning(_ problem: ReadingProblem, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, .reading(problem), at: location)
    }

    public static func error(_ problem: ValidationProblem, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, .validation(problem), at: location)
    }

    public static func warning(_ problem: ValidationProblem, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, .validation(problem), at: location)
    }

    /// A debug form for logs and test failures, `PATH:LINE:COLUMN: error: ` and the problem as
    /// its case and facts. What users read comes from `DiagnosticWording`.
    public var description: String {
        switch message {
        case .validation(let problem): "\(location): \(severity.rawValue): \(problem)"
        case .reading(let problem): "\(location): \(severity.rawValue): \(problem)"
        }
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics without exact repeats (same severity, message and place), e.g. one
    /// problem in a YAML node that aliases repeat; the first of each stays, in order.
    public func removingRepeats() -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return filter { seen.insert($0).inserted }
    }

    /// The diagnostics in reading order: by the order of the files, then line and column.
    /// Diagnostics without a line come first in their file. The sort is stable.
    public func inReadingOrder(files: [String]) -> [Diagnostic] {
        var rank: [String: Int] = [:]
        for (index, file) in files.enumerated() where rank[file] == nil { rank[file] = index }
        return enumerated().sorted { left, right in
            let a = left.element.location, b = right.element.location
            let fileA = rank[a.file] ?? Int.max, fileB = rank[b.file] ?? Int.max
            if fileA != fileB { return fileA < fileB }
            if a.file != b.file { return a.file < b.file }
            if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
            if (a.column ?? 0) != (b.column ?? 0) { return (a.column ?? 0) < (b.column ?? 0) }
            return left.offset < right.offset
        }.map(\.element)
    }
}
