/// A warning or error that the layout library (Graphviz) reported, reworded as the tool's own.
public struct RenderMessage: Hashable, Sendable, Codable, CustomStringConvertible {
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
}
