import LandscapeCore

/// The words of `gaps`, `whatif` and `suggest`: help texts, usage messages and the errors
/// about ids the landscape does not have. Worded by the catalog `command-gaps` of each language
/// (Catalogs/LANGUAGE/command-gaps.yaml), whose messages are named as the requirements here.
public protocol GapCommandWording: Sendable {
    var gapsAbstract: String { get }
    /// The help's list of gap types (keywords of `--type`).
    func gapsDiscussion(types: [String]) -> String
    var typeHelp: String { get }
    var gapGroupsHelp: String { get }
    var gapTopHelp: String { get }
    var whatIfAbstract: String { get }
    var removeHelp: String { get }
    var programHelp: String { get }
    var whatIfAtHelp: String { get }
    var suggestAbstract: String { get }
    var forHelp: String { get }
    var kindHelp: String { get }
    var suggestTopHelp: String { get }

    /// `whatif` without `--remove`, `--program` or `--at`.
    var nothingChanges: String { get }
    /// The error line for an id in `--remove` that names no actor.
    func unknownRemovedActor(_ id: String) -> String
    /// The error line for a `--program` id that names no actor.
    func unknownProgram(_ id: String) -> String
    /// The error line for a `--program` id that names an actor of another kind.
    func notAProgram(_ id: String, kind: ActorKind) -> String
    /// The error line for a `--for` id that names no actor.
    func unknownSuggestionActor(_ id: String) -> String
}

extension Language {
    /// The gap commands' words in this language.
    public var gapCommandWording: any GapCommandWording { Catalog(self).commandGaps }
}

/// The gap commands' words from the catalog of one language: the help texts are its messages
/// as they are.
extension CommandGapsMessages: GapCommandWording {
    func gapsDiscussion(types: [String]) -> String { gapsDiscussion(types: types.joined(separator: catalog.general.listSeparator)) }

    func unknownRemovedActor(_ id: String) -> String { unknownRemovedActor(id: id) }

    func unknownProgram(_ id: String) -> String { unknownProgram(id: id) }

    func notAProgram(_ id: String, kind: ActorKind) -> String { notAProgram(id: id, kind: kind.rawValue) }

    func unknownSuggestionActor(_ id: String) -> String { unknownSuggestionActor(id: id) }
}
