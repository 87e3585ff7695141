import LandscapeCore

/// The words of cooperation suggestions (German/Suggestions.swift, English/Suggestions.swift).
public protocol SuggestionWording: Sendable {
    /// A reason for the pair, e.g. "2 common partners (»A« and »B«)".
    func reason(_ reason: Suggestion.Reason, in landscape: Landscape) -> String
    /// A gap the tie would close, e.g. "creates a second path around »A«".
    func closedGap(_ gap: Suggestion.ClosedGap, in landscape: Landscape) -> String
    /// "score" beside the number in the text list.
    var scoreLabel: String { get }
    /// The line printed when there is nothing to suggest.
    var noSuggestions: String { get }
}

extension Language {
    /// The suggestion wording of this language.
    public var suggestionWording: any SuggestionWording {
        switch self {
        case .en: EnglishSuggestionWording()
        case .de: GermanSuggestionWording()
        }
    }
}
