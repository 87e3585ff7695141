import LandscapeCore

/// The words of `gaps`, `whatif` and `suggest`: help texts, usage messages and the errors
/// about ids the landscape does not have, from the catalog `command-gaps` of a language
/// (Catalogs/LANGUAGE/command-gaps.yaml). The help texts are its messages as they are.
public typealias GapCommandWording = CommandGapsMessages

extension Language {
    /// The gap commands' words in this language.
    public var gapCommandWording: GapCommandWording { Catalog(self).commandGaps }
}

extension CommandGapsMessages {
    /// The help's list of gap types (keywords of `--type`).
    public func gapsDiscussion(types: [String]) -> String { gapsDiscussion(types: types.joined(separator: catalog.general.listSeparator)) }

    /// The error line for an id in `--remove` that names no actor.
    public func unknownRemovedActor(_ id: String) -> String { unknownRemovedActor(id: id) }

    /// The error line for a `--program` id that names no actor.
    public func unknownProgram(_ id: String) -> String { unknownProgram(id: id) }

    /// The error line for a `--program` id that names an actor of another kind.
    public func notAProgram(_ id: String, kind: ActorKind) -> String { notAProgram(id: id, kind: kind.rawValue) }

    /// The error line for a `--for` id that names no actor.
    public func unknownSuggestionActor(_ id: String) -> String { unknownSuggestionActor(id: id) }
}
