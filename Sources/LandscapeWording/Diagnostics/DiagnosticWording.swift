import LandscapeCore

/// The words of diagnostics: a validation problem as a message, a whole diagnostic as the line
/// a user reads (`PATH:LINE:COLUMN: error: MESSAGE`, the form compilers and editors use), from
/// the catalog `diagnostics` of a language (Catalogs/LANGUAGE/diagnostics.yaml). Which message
/// words which problem is decided once, for every language; texts from the input are quoted by
/// the catalog's `quote`, numbers grouped by its `digit-group-separator`.
public typealias DiagnosticWording = DiagnosticsMessages

extension Language {
    /// The diagnostics' words in this language.
    public var diagnosticWording: DiagnosticWording { Catalog(self).diagnostics }
}

extension ValidationProblem.RecordKind {
    /// The command-line option that raises the limit on these records (the same in every language).
    var option: String {
        switch self {
        case .actor: "--max-actors"
        case .tie: "--max-ties"
        }
    }
}

extension ValidationProblem.TextKind {
    /// The command-line option that raises the limit on these texts.
    var option: String {
        switch self {
        case .label: "--max-label-length"
        case .note: "--max-note-length"
        }
    }
}

extension DiagnosticsMessages {
    /// A diagnostic's message: a validation problem or a reading problem worded.
    public func message(_ message: Diagnostic.Message) -> String {
        switch message {
        case .validation(let problem): self.message(for: problem)
        case .reading(let problem): self.message(for: problem)
        }
    }

    /// A diagnostic as one line: its place, its severity and its message.
    public func line(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.description, text = message(diagnostic.message)
        return switch diagnostic.severity {
        case .error: lineError(place: place, message: text)
        case .warning: lineWarning(place: place, message: text)
        }
    }

    /// A validation problem as a message: "unknown actor 'x'; did you mean 'y'?".
    public func message(for problem: ValidationProblem) -> String {
        switch problem {
        case .actorWithoutName: actorWithoutName
        case .actorWithoutKind(let name): actorWithoutKind(name: q(name))
        case .tieWithoutEnd(let field): tieWithoutEnd(field: q(field.rawValue))
        case .notSingle(let field): notSingle(field: q(field))
        case .unknownTerm(let vocabulary, let text, let suggestion):
            unknown(term(vocabulary, q(text)), suggestion, otherwise: { noSuchTerm(unknown: $0, terms: list(vocabulary.terms)) })
        case .invalidDate(let field, let text): invalidDate(text: q(text), field: q(field))
        case .reversedPeriod(let since, let until): reversedPeriod(until: until.description, since: since.description)
        case .duplicateID(let id, let first): duplicateId(id: q(id.rawValue), first: first.description)
        case .duplicateTieID(let id, let first): duplicateTieId(id: q(id.rawValue), first: first.description)
        case .conflictingField(let field, let id, let here, let there, let thereAt):
            conflictingField(field: q(field), id: q(id.rawValue), here: q(here), there: q(there), place: thereAt.description)
        case .unknownActor(let reference, let suggestion):
            unknown(unknownActor(text: q(reference)), suggestion, otherwise: { noSuchActor(unknown: $0) })
        case .ambiguousActor(let reference, let candidates):
            ambiguousActor(reference: q(reference), number: number(candidates.count), candidates: list(candidates.map { q($0.rawValue) }))
        case .invalidWeight(let text): invalidWeight(text: q(text))
        case .invalidFlag(let field, let text): invalidFlag(field: q(field), text: q(text))
        case .selfTie(let id): selfTie(id: q(id.rawValue))
        case .notAProgram(let reference, let kind): notAProgram(reference: q(reference), kind: q(kind.rawValue))
        case .unknownProgram(let reference, let suggestion):
            unknown(unknownProgram(text: q(reference)), suggestion, otherwise: { noSuchProgram(unknown: $0) })
        case .smallCommittee(let name, let members):
            members == 0 ? smallCommitteeNoMembers(name: q(name)) : smallCommitteeOneMember(name: q(name))
        case .memberOfNonCommittee(let name, let kind): memberOfNonCommittee(name: q(name), kind: q(kind.rawValue))
        case .caseOnlyDifference(let id, let other, let otherAt):
            caseOnlyDifference(id: q(id.rawValue), other: q(other.rawValue), place: otherAt.description)
        case .repeatedTie(let first): repeatedTie(first: first.description)
        case .languageDisagrees(let language, let first, let firstAt):
            languageDisagrees(language: q(language.rawValue), first: q(first.rawValue), place: firstAt.description)
        case .titlesDiffer(let titles, let combined): titlesDiffer(titles: titles.map(q).joined(separator: ", "), combined: q(combined))
        case .controlCharacters(let field): controlCharacters(field: q(field))
        case .tooLong(let field, let length, let limit, let kind):
            tooLong(field: q(field), length: number(length), limit: number(limit), option: kind.option)
        case .tooMany(let records, let limit):
            tooMany(limit: number(limit), records: records == .actor ? recordsActor : recordsTie, option: records.option)
        case .missingActors(let count, let first): missingActors(count: count, first: q(first), number: number(count))
        }
    }

    /// A text from the input in the language's quotes: »A«; one that contains guillemets in outer
    /// quotes („»A« B“), so that quotes never nest; one wholly in guillemets as the catalog says.
    func q(_ text: String) -> String {
        if text.hasPrefix("»") && text.hasSuffix("«") && text.dropFirst().dropLast().allSatisfy({ $0 != "»" && $0 != "«" }) {
            return quoteInGuillemets(text: text)
        }
        return text.contains("»") || text.contains("«") ? quoteNested(text: text) : quoteText(text: text)
    }

    /// A number with the diagnostics' digit grouping (none in English, as compilers write them).
    func number(_ value: Int) -> String {
        let numbers = catalog.numbers
        return NumberStyle(decimalSeparator: numbers.decimalSeparator, groupSeparator: digitGroupSeparator, percentSpace: numbers.percentSpace)
            .integer(value)
    }

    func list(_ items: [String]) -> String { items.joined(separator: catalog.general.listSeparator) }

    /// An unknown name with the closest known one, or with `otherwise`: what would have fitted.
    func unknown(_ unknown: String, _ suggestion: String?, otherwise: (String) -> String) -> String {
        if let suggestion { return didYouMean(unknown: unknown, suggestion: q(suggestion)) }
        return otherwise(unknown)
    }

    private func term(_ vocabulary: VocabularyKind, _ text: String) -> String {
        switch vocabulary {
        case .language: unknownLanguage(text: text)
        case .actorKind: unknownActorKind(text: text)
        case .sector: unknownSector(text: text)
        case .tieKind: unknownTieKind(text: text)
        case .tieStatus: unknownTieStatus(text: text)
        }
    }
}
