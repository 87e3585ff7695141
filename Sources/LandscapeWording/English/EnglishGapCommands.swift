import LandscapeCore

/// The gap commands' help texts and messages in English.
struct EnglishGapCommands: GapCommandWording {
    var gapsAbstract: String {
        "Find the gaps: isolated partners, fragments, single points of failure, uncoordinated providers, planning silos, programme dependencies, uncovered needs."
    }
    func gapsDiscussion(types: [String]) -> String {
        "Types: \(types.joined(separator: ", ")). Rules and severities: docs/gaps.md."
    }
    var typeHelp: String { "Only gaps of these types (comma-separated)." }
    var gapGroupsHelp: String { "Attributes checked for group holes: kind, municipality, sector (comma-separated; default all)." }
    var gapTopHelp: String { "Show only the N most severe gaps." }
    var whatIfAbstract: String {
        "Compare the landscape before and after actors or a programme go, or with the landscape on a later date."
    }
    var removeHelp: String { "Actors to take out (ids)." }
    var programHelp: String { "Take out a programme with the positions it funds and its funding ties." }
    var whatIfAtHelp: String { "Compare the landscape now (its as_of date, else as given) with the landscape on this date." }
    var suggestAbstract: String {
        "Suggest cooperations: pairs not yet tied, ranked, with reasons and the gaps each would close."
    }
    var forHelp: String { "Only opportunities of this actor (id)." }
    var kindHelp: String { "Only pairs with an actor of this kind, e.g. foundation." }
    var suggestTopHelp: String { "How many suggestions." }

    var nothingChanges: String { "Say what changes: '--remove ID...', '--program ID' or '--at DATE'." }
    func unknownRemovedActor(_ id: String) -> String { "error: unknown actor '\(id)' in --remove" }
    func unknownProgram(_ id: String) -> String { "error: unknown program '\(id)'" }
    func notAProgram(_ id: String, kind: ActorKind) -> String {
        "error: '\(id)' is of kind '\(kind.rawValue)', not a program"
    }
    func unknownSuggestionActor(_ id: String) -> String { "error: unknown actor '\(id)' in --for" }
}
