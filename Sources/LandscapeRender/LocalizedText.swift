import LandscapeCore

/// A caption in both languages, for things named outside this module (e.g. a measure that
/// sizes the nodes).
public struct LocalizedText: Hashable, Sendable, Codable {
    public var english: String
    public var german: String

    public init(english: String, german: String) {
        self.english = english
        self.german = german
    }

    public func text(in language: Language) -> String {
        switch language {
        case .de: german
        case .en: english
        }
    }
}
