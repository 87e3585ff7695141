import LandscapeCore

/// The words of editing records through the web app and its API, from the catalog
/// `serve-editing` of a language (Catalogs/LANGUAGE/serve-editing.yaml), in the landscape's
/// language. Validation problems keep `check`'s words (`diagnosticWording`).
public typealias ServeEditingWording = ServeEditingMessages

extension Language {
    /// The words of editing records in this language.
    public var serveEditingWording: ServeEditingWording { Catalog(self).serveEditing }
}

extension ServeEditingMessages {
    /// A field no actor (`actor: true`) or tie has, with the closest field when it looks like a
    /// typo, else every field.
    public func unknownField(_ field: String, actor: Bool, suggestion: String?, known: [String]) -> String {
        let name = catalog.q(field)
        if let suggestion {
            return actor ? unknownActorFieldSuggestion(field: name, suggestion: catalog.q(suggestion))
                : unknownTieFieldSuggestion(field: name, suggestion: catalog.q(suggestion))
        }
        let list = catalog.listed(known.map(catalog.q))
        return actor ? unknownActorField(field: name, known: list) : unknownTieField(field: name, known: list)
    }

    /// A name or id inside a sentence, quoted as the language quotes (»amt«).
    public func quoted(_ text: String) -> String { catalog.q(text) }
}
