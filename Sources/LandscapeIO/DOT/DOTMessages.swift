import Foundation

/// Graphviz's messages as its error handler delivers them, made into single lines.
enum DOTMessages {
    /// One message: its lines trimmed and joined by spaces.
    static func joined(_ text: String) -> String {
        text.split(separator: "\n").map { $0.trimmingSpacesAndTabs() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Messages written one after the other (`Warning: …` each), one per entry without its
    /// `Warning:`; a line that starts no message continues the one before.
    static func split(_ text: String) -> [String] {
        var messages: [String] = []
        for line in text.split(separator: "\n").map({ $0.trimmingSpacesAndTabs() }) where !line.isEmpty {
            if line.hasPrefix("Warning:") {
                messages.append(line.dropFirst("Warning:".count).trimmingSpacesAndTabs())
            } else if let last = messages.indices.last {
                messages[last] += " " + line
            } else {
                messages.append(line)
            }
        }
        return messages
    }
}

private extension StringProtocol {
    func trimmingSpacesAndTabs() -> String { trimmingCharacters(in: .whitespaces) }
}
