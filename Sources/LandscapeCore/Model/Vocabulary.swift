/// A closed vocabulary with canonical English names and accepted (mostly German) aliases.
///
/// Matching ignores letter case, surrounding white space, and treats `_`, `-` and runs of
/// spaces alike, so `Runder Tisch`, `runder-tisch` and `RUNDER_TISCH` all match.
public protocol Vocabulary: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    /// Accepted spellings besides the canonical `rawValue`.
    var aliases: [String] { get }
}

extension Vocabulary {
    /// The term for `text`, or `nil` when it is neither a canonical name nor an alias.
    public init?(parsing text: String) {
        let key = vocabularyKey(text)
        guard let match = Self.allCases.first(where: { term in
            vocabularyKey(term.rawValue) == key || term.aliases.contains { vocabularyKey($0) == key }
        }) else { return nil }
        self = match
    }

    /// The canonical name or alias closest to `text` by edit distance, if one is close enough
    /// to be a plausible typo: used for "did you mean …?".
    public static func closest(to text: String) -> String? {
        let candidates = allCases.flatMap { [$0.rawValue] + $0.aliases }
        return closestSpelling(to: text, among: candidates)
    }

    /// All canonical names, comma-separated, for messages.
    public static var canonicalList: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}

/// The form in which terms, aliases and column names are compared: lower case, with `_`, `-`,
/// tabs and runs of spaces as one space and none at the ends (`Runder_Tisch` → `runder tisch`).
/// Readers match their column and attribute names the same way as the vocabularies.
public func vocabularyKey(_ text: String) -> String {
    var key = ""
    var pendingSpace = false
    for character in text.lowercased() {
        if character == " " || character == "_" || character == "-" || character == "\t" {
            pendingSpace = !key.isEmpty
        } else {
            if pendingSpace { key.append(" ") }
            pendingSpace = false
            key.append(character)
        }
    }
    return key
}
