import LandscapeCore

/// Diagnostics in English, as compilers write them: lower case, user text in '…'.
struct EnglishDiagnostics: DiagnosticWording {
    func line(_ diagnostic: Diagnostic) -> String {
        let severity = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        }
        return "\(diagnostic.location): \(severity): \(message(diagnostic.message))"
    }

    func message(for problem: ValidationProblem) -> String {
        switch problem {
        case .actorWithoutName: missing("name", in: "actor")
        case .actorWithoutKind(let name): missing("kind", in: "actor '\(name)'")
        case .tieWithoutEnd(let field): missing(field.rawValue, in: "tie")
        case .notSingle(let field): "'\(field)' takes a single value, not a list"
        case .unknownTerm(let vocabulary, let text, let suggestion): unknownTerm(vocabulary, text, suggestion: suggestion)
        case .invalidDate(let field, let text):
            "invalid date '\(text)' in '\(field)' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)"
        case .reversedPeriod(let since, let until): "'until' \(until) lies before 'since' \(since)"
        case .duplicateID(let id, let first): "duplicate actor id '\(id)' (first defined at \(first))"
        case .conflictingField(let field, let id, let here, let there, let thereAt):
            "conflicting '\(field)' for actor '\(id)': '\(here)' here, but '\(there)' at \(thereAt)"
        case .unknownActor(let reference, let suggestion):
            unknown("actor '\(reference)'", suggestion: suggestion, otherwise: "not the id or exact name of any actor")
        case .ambiguousActor(let reference, let candidates):
            "ambiguous actor reference '\(reference)': it matches \(candidates.count) actors (\(candidates.map { "'\($0)'" }.joined(separator: ", "))); use the id"
        case .invalidWeight(let text): "weight must be a number greater than 0, not '\(text)'"
        case .invalidFlag(let field, let text): "'\(field)' must be true or false (or yes/no, ja/nein, 1/0), not '\(text)'"
        case .selfTie(let id): "tie from '\(id)' to itself"
        case .notAProgram(let reference, let kind): "'\(reference)' in 'programs' is of kind '\(kind.rawValue)', not a program actor"
        case .unknownProgram(let reference, let suggestion):
            unknown("program '\(reference)' in 'programs'", suggestion: suggestion, otherwise: "not the id of any actor")
        case .smallCommittee(let name, let members):
            members == 0
                ? "committee '\(name)' has no members (add 'member' ties to it)"
                : "committee '\(name)' has only one member (a committee needs at least two)"
        case .memberOfNonCommittee(let name, let kind):
            "'member' tie points to '\(name)', which is of kind '\(kind.rawValue)', not a committee"
        case .caseOnlyDifference(let id, let other, let otherAt):
            "actor id '\(id)' differs only in letter case from '\(other)' at \(otherAt); are they the same actor?"
        case .repeatedTie(let first): "this tie repeats the one at \(first); it is counted once"
        case .languageDisagrees(let language, let first, let firstAt):
            "language '\(language.rawValue)' differs from '\(first.rawValue)' set at \(firstAt); using '\(first.rawValue)'"
        case .controlCharacters(let field): "'\(field)' holds control characters (invisible, or terminal escape codes); they are removed"
        case .tooLong(let field, let length, let limit, let kind):
            "'\(field)' is \(length) characters long; the limit is \(limit) (raise it with \(kind.option)); only the first \(limit) are kept"
        case .tooMany(let records, let limit):
            "more than \(limit) \(records == .actor ? "actors" : "ties") in the input, the limit (raise it with \(records.option)); the rest is not read"
        case .missingActors(let count, let first):
            "\(count == 1 ? "1 tie end names an actor" : "\(count) tie ends name actors") not in the landscape (the first: '\(first)'); some actors could not be read, see the errors above"
        }
    }

    private func missing(_ field: String, in record: String) -> String {
        "\(record) has no '\(field)' (required)"
    }

    private func unknown(_ what: String, suggestion: String?, otherwise: String) -> String {
        if let suggestion { return "unknown \(what); did you mean '\(suggestion)'?" }
        return "unknown \(what) (\(otherwise))"
    }

    private func unknownTerm(_ vocabulary: VocabularyKind, _ text: String, suggestion: String?) -> String {
        let what = switch vocabulary {
        case .language: "language"
        case .actorKind: "actor kind"
        case .sector: "sector"
        case .tieKind: "tie kind"
        }
        return unknown("\(what) '\(text)'", suggestion: suggestion, otherwise: "expected one of: \(vocabulary.terms.joined(separator: ", "))")
    }
}
