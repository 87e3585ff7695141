import Foundation
import LandscapeCore
import LandscapeIO

/// Paths of the test fixtures and of the repository's example landscapes.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        folder.appendingPathComponent(relative).path
    }

    /// Loads fixtures and returns the result with diagnostics relative to the Fixtures folder,
    /// so expected messages read like what a user in that folder would see.
    static func load(_ relatives: String...) -> (result: LoadResult, messages: [String]) {
        let result = LandscapeLoader().load(relatives.map(path))
        let prefix = folder.path + "/"
        let messages = result.diagnostics.map { $0.english.replacingOccurrences(of: prefix, with: "") }
        return (result, messages)
    }
}
