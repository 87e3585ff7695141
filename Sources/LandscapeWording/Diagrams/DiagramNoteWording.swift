import LandscapeCore

/// The notes about a diagram that `render` prints on standard error, from the catalog
/// `diagram-notes` of a language (Catalogs/LANGUAGE/diagram-notes.yaml). Which note a diagram
/// has is decided by the diagram builder; `DiagramNote.text(in:)` (LandscapeApp) chooses the
/// message.
public typealias DiagramNoteWording = DiagramNotesMessages

extension Language {
    /// The diagram notes in this language.
    public var diagramNoteWording: DiagramNoteWording { Catalog(self).diagramNotes }
}

extension DiagramNotesMessages {
    /// "210 actors: names shown for the 40 best connected …", the numbers as digits.
    public func labelsThinned(shown: Int, total: Int) -> String { labelsThinned(total: String(total), shown: String(shown)) }

    /// Highlighted ids outside the neighbourhood, each quoted as the language quotes an id.
    public func highlightOutside(_ ids: [String]) -> String {
        highlightOutside(count: ids.count, ids: ids.map { id(id: $0) }.joined(separator: catalog.general.listSeparator))
    }
}
