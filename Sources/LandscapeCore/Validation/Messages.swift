/// Every message of the validation, in one place. Messages are English, like compiler
/// diagnostics; quote user text with '…'.
enum Message {
    static func missing(_ field: String, in record: String) -> String {
        "\(record) has no '\(field)' (required)"
    }

    static func notSingle(_ field: String) -> String {
        "'\(field)' takes a single value, not a list"
    }

    static func unknown(_ what: String, _ text: String, suggestion: String?, choices: String) -> String {
        if let suggestion { return "unknown \(what) '\(text)'; did you mean '\(suggestion)'?" }
        return "unknown \(what) '\(text)' (expected one of: \(choices))"
    }

    static func invalidDate(_ field: String, _ text: String) -> String {
        "invalid date '\(text)' in '\(field)' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)"
    }

    static func reversedPeriod(until: PartialDate, since: PartialDate) -> String {
        "'until' \(until) lies before 'since' \(since)"
    }

    static func duplicateID(_ id: ActorID, first: SourceLocation) -> String {
        "duplicate actor id '\(id)' (first defined at \(first))"
    }

    static func conflict(_ field: String, of id: ActorID, here: String, there: String, at location: SourceLocation) -> String {
        "conflicting '\(field)' for actor '\(id)': '\(here)' here, but '\(there)' at \(location)"
    }

    static func unknownActor(_ reference: String, suggestion: String?) -> String {
        if let suggestion { return "unknown actor '\(reference)'; did you mean '\(suggestion)'?" }
        return "unknown actor '\(reference)' (not the id or exact name of any actor)"
    }

    static func ambiguousActor(_ reference: String, candidates: [ActorID]) -> String {
        let list = candidates.sorted().map { "'\($0)'" }.joined(separator: ", ")
        return "ambiguous actor reference '\(reference)': it matches \(candidates.count) actors (\(list)); use the id"
    }

    static func invalidWeight(_ text: String) -> String {
        "weight must be a number greater than 0, not '\(text)'"
    }

    static func invalidBool(_ field: String, _ text: String) -> String {
        "'\(field)' must be true or false (or yes/no, ja/nein, 1/0), not '\(text)'"
    }

    static func selfTie(_ id: ActorID) -> String {
        "tie from '\(id)' to itself"
    }

    static func notAProgram(_ reference: String, kind: ActorKind) -> String {
        "'\(reference)' in 'programs' is of kind '\(kind.rawValue)', not a program actor"
    }

    static func unknownProgram(_ reference: String, suggestion: String?) -> String {
        if let suggestion { return "unknown program '\(reference)' in 'programs'; did you mean '\(suggestion)'?" }
        return "unknown program '\(reference)' in 'programs' (not the id of any actor)"
    }

    static func smallCommittee(_ name: String, members: Int) -> String {
        members == 0
            ? "committee '\(name)' has no members (add 'member' ties to it)"
            : "committee '\(name)' has only one member (a committee needs at least two)"
    }

    static func memberOfNonCommittee(_ name: String, kind: ActorKind) -> String {
        "'member' tie points to '\(name)', which is of kind '\(kind.rawValue)', not a committee"
    }

    static func caseOnlyDifference(_ id: ActorID, other: ActorID, at location: SourceLocation) -> String {
        "actor id '\(id)' differs only in letter case from '\(other)' at \(location); are they the same actor?"
    }

    static func repeatedTie(first: SourceLocation) -> String {
        "this tie repeats the one at \(first); it is counted once"
    }

    static func languageDisagrees(_ language: Language, first: Language, at location: SourceLocation) -> String {
        "language '\(language.rawValue)' differs from '\(first.rawValue)' set at \(location); using '\(first.rawValue)'"
    }

    static func controlCharacters(_ field: String) -> String {
        "'\(field)' holds control characters (invisible, or terminal escape codes); they are removed"
    }

    static func tooLong(_ field: String, length: Int, limit: Int, option: String) -> String {
        "'\(field)' is \(length) characters long; the limit is \(limit) (raise it with \(option)); only the first \(limit) are kept"
    }

    static func tooMany(_ what: String, limit: Int, option: String) -> String {
        "more than \(limit) \(what) in the input, the limit (raise it with \(option)); the rest is not read"
    }

    static func missingActors(count: Int, first: String) -> String {
        let references = count == 1 ? "1 tie end names an actor" : "\(count) tie ends name actors"
        return "\(references) not in the landscape (the first: '\(first)'); some actors could not be read, see the errors above"
    }
}
