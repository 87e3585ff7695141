import LandscapeCore

/// The attribute names the graph formats (GraphML keys, GEXF attributes, XLSX headers) accept
/// for each field: the YAML field names, German headers and Kumu's names, as in the CSV pair.
enum AttributeNames {
    static func actorField(_ name: String) -> ActorField? {
        CSVColumns.field(for: name, in: CSVColumns.actorColumns)
    }

    static func tieField(_ name: String) -> TieField? {
        CSVColumns.field(for: name, in: CSVColumns.tieColumns)
    }

    /// Fields of the whole landscape, by their names in the formats that carry them.
    enum LandscapeField: String, CaseIterable {
        case title, language
        case asOf = "as_of"
        case needs
    }

    static func landscapeField(_ name: String) -> LandscapeField? {
        let key = vocabularyKey(name)
        switch key {
        case "title", "titel", "name", "label": return .title
        case "language", "sprache", "lang": return .language
        case "as of", "asof", "date", "stand", "datum": return .asOf
        case "needs", "need", "bedarf", "bedarfe", "handlungsfelder": return .needs
        default: return nil
        }
    }

    /// An attribute that names no field, with the closest of `known` when one is a plausible typo.
    static func unknown(_ name: String, owner: ReadingProblem.XML.Owner, known: [String]) -> ReadingProblem {
        .xml(.unknownAttribute(name, owner: owner, suggestion: SpellingSuggestion.closest(to: name, among: known), known: known))
    }

    /// A field value: a list field's text split at `|`, each item at the same place.
    static func value(_ text: String, isList: Bool, at location: SourceLocation) -> Located<FieldValue> {
        if isList {
            return Located(.list(text.split(separator: "|").map { Located(String($0), at: location) }), at: location)
        }
        return Located(.text(text), at: location)
    }
}

extension LandscapeDraft {
    /// Sets a landscape field read from a format that stores it as text.
    mutating func set(_ field: AttributeNames.LandscapeField, _ text: String, at location: SourceLocation) {
        switch field {
        case .title: title = Located(text, at: location)
        case .language: language = Located(text, at: location)
        case .asOf: asOf = Located(text, at: location)
        case .needs: needs = text.split(separator: "|").map { Located(String($0), at: location) }
        }
    }
}
