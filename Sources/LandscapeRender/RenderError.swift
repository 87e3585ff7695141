/// Why a diagram could not be drawn. Messages (the tool's own wording, with Graphviz's reasons
/// quoted) live here, in one place. Codable: the worker process sends it to its parent.
public enum RenderError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// `gvContext()` failed (out of memory).
    case noContext
    /// Graphviz found no plugins at all: its configuration file (`config6a`) is missing.
    case noPlugins
    /// The layout engine is not among the installed layout plugins.
    case engineUnavailable(String, available: [String])
    /// The output format is not among the installed output plugins.
    case formatUnavailable(String, available: [String])
    /// cgraph refused to create a graph, node, edge or cluster.
    case graphConstruction(String)
    /// `gvLayout` failed.
    case layoutFailed(engine: String, messages: [RenderMessage])
    /// `gvRenderData` failed.
    case renderFailed(format: String, messages: [RenderMessage])
    /// DOT text that Graphviz could not read back.
    case unreadableDOT(messages: [RenderMessage])
    /// The worker process laying out the diagram was killed by a signal (an `assert` in
    /// Graphviz aborts the whole process).
    case workerCrashed(signal: Int32, engine: String, detail: [String])
    /// The worker process could not be started or did not answer as agreed.
    case workerFailed(String, detail: [String])

    public var description: String {
        switch self {
        case .noContext:
            return "Graphviz could not start (gvContext failed)"
        case .noPlugins:
            return "Graphviz has no plugins: its configuration is missing; reinstall libgvc6 (it runs 'libgvc6-config-update -c') or run 'make setup'"
        case .engineUnavailable(let engine, let available):
            return "Graphviz has no '\(engine)' layout here; installed: \(Self.list(available)); run 'make setup' to install Graphviz's plugins"
        case .formatUnavailable(let format, let available):
            let hint = ["png", "pdf"].contains(format) ? " (PNG and PDF come from the cairo plugin in Debian's libgvc6; 'make setup' installs it)" : ""
            return "Graphviz cannot write '\(format)' here\(hint); available formats: \(Self.list(available))"
        case .graphConstruction(let what):
            return "Graphviz could not build the graph (\(what))"
        case .layoutFailed(let engine, let messages):
            return "Graphviz could not lay out the diagram with '\(engine)'\(Self.reasons(messages))"
        case .renderFailed(let format, let messages):
            return "Graphviz could not write \(format.uppercased())\(Self.reasons(messages))"
        case .unreadableDOT(let messages):
            return "Graphviz could not read the DOT text\(Self.reasons(messages))"
        case .workerCrashed(let signal, let engine, let detail):
            let name = signal == 6 ? "an internal assertion (abort)" : "signal \(signal)"
            var text = "Graphviz stopped with \(name) while laying out with '\(engine)'; try another --engine"
            if let last = detail.last { text += " (it said: \(last))" }
            return text
        case .workerFailed(let what, let detail):
            var text = "the Graphviz worker process failed: \(what)"
            if let last = detail.last { text += " (\(last))" }
            return text
        }
    }

    private static func list(_ names: [String]) -> String {
        names.isEmpty ? "none" : names.joined(separator: ", ")
    }

    private static func reasons(_ messages: [RenderMessage]) -> String {
        let errors = messages.filter { $0.severity == .error }
        let chosen = errors.isEmpty ? messages : errors
        return chosen.isEmpty ? "" : ": " + chosen.map(\.text).joined(separator: "; ")
    }
}
