import Foundation
import LandscapeRender

extension RenderMessage {
    /// Messages from what Graphviz wrote through its error handler: one per `Warning: …` or
    /// `Error: …` line; other lines continue the message before them.
    static func parse(_ text: String) -> [RenderMessage] {
        var messages: [RenderMessage] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            if line.hasPrefix("Warning:") {
                messages.append(RenderMessage(.warning, line.dropFirst("Warning:".count).trimmingCharacters(in: .whitespaces)))
            } else if line.hasPrefix("Error:") {
                messages.append(RenderMessage(.error, line.dropFirst("Error:".count).trimmingCharacters(in: .whitespaces)))
            } else if let last = messages.indices.last {
                messages[last].text += " " + line
            } else {
                messages.append(RenderMessage(.warning, line))
            }
        }
        return messages
    }
}

extension RenderError {
    /// The same error with Graphviz's messages attached where the error carries them.
    func adding(_ messages: [RenderMessage]) -> RenderError {
        guard !messages.isEmpty else { return self }
        switch self {
        case .layoutFailed(let engine, let old): return .layoutFailed(engine: engine, messages: old + messages)
        case .renderFailed(let format, let old): return .renderFailed(format: format, messages: old + messages)
        case .unreadableDOT(let old): return .unreadableDOT(messages: old + messages)
        default: return self
        }
    }
}
