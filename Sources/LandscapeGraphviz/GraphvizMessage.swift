import Foundation

/// A warning or error that Graphviz reported, reworded as the tool's own.
public struct GraphvizMessage: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable {
        case warning, error
    }

    public var severity: Severity
    public var text: String

    public init(_ severity: Severity, _ text: String) {
        self.severity = severity
        self.text = text
    }

    /// `warning: graphviz: …` / `error: graphviz: …`.
    public var description: String { "\(severity.rawValue): graphviz: \(text)" }

    /// Messages from what Graphviz wrote through its error handler: one per `Warning: …` or
    /// `Error: …` line; other lines continue the message before them.
    static func parse(_ text: String) -> [GraphvizMessage] {
        var messages: [GraphvizMessage] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            if line.hasPrefix("Warning:") {
                messages.append(GraphvizMessage(.warning, line.dropFirst("Warning:".count).trimmingCharacters(in: .whitespaces)))
            } else if line.hasPrefix("Error:") {
                messages.append(GraphvizMessage(.error, line.dropFirst("Error:".count).trimmingCharacters(in: .whitespaces)))
            } else if let last = messages.indices.last {
                messages[last].text += " " + line
            } else {
                messages.append(GraphvizMessage(.warning, line))
            }
        }
        return messages
    }
}
