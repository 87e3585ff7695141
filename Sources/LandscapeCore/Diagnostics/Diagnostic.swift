/// A problem found in the input, with its place. Readers and the validation collect every
/// recoverable problem as a diagnostic and go on, so that one run reports all of them.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// `PATH:LINE:COLUMN: error: MESSAGE`.
    public var description: String {
        "\(location): \(severity.rawValue): \(message)"
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
