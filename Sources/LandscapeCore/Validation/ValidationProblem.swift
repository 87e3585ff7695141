/// A problem the validation finds in a landscape's records, as facts: `LandscapeWording` words
/// it in the user's language, so Core holds no sentence.
///
/// Fields are named by their key in the YAML format (`name`, `target_groups`, `as_of`), texts
/// are given as found in the input (trimmed), and places are where the user looks next (the
/// first definition, the other record).
public enum ValidationProblem: Hashable, Sendable {
    /// An actor record without a name (the record is skipped).
    case actorWithoutName
    /// An actor record without a kind (the actor is read with kind `other`).
    case actorWithoutKind(name: String)
    /// A tie record without one of its ends (`from` or `to`).
    case tieWithoutEnd(TieField)
    /// A list where a field takes a single value (the first item is used).
    case notSingle(field: String)
    /// A text that is no term of a closed vocabulary, with the closest term when one is a
    /// plausible typo.
    case unknownTerm(VocabularyKind, text: String, suggestion: String?)
    /// A date not of the form YYYY, YYYY-MM or YYYY-MM-DD, or a day that does not exist.
    case invalidDate(field: String, text: String)
    /// A record's `until` before its `since`.
    case reversedPeriod(since: PartialDate, until: PartialDate)
    /// An actor id given twice in one file.
    case duplicateID(ActorID, first: SourceLocation)
    /// A tie id given to two different ties.
    case duplicateTieID(TieID, first: SourceLocation)
    /// One actor in two files with different values of a single-valued field: the value here,
    /// the value there (canonical terms and dates as written out), and where that one was given.
    case conflictingField(field: String, actor: ActorID, here: String, there: String, thereAt: SourceLocation)
    /// A tie end that is neither the id nor the exact name of any actor.
    case unknownActor(reference: String, suggestion: String?)
    /// A tie end that names several actors (sorted), or is one's id and another's name.
    case ambiguousActor(reference: String, candidates: [ActorID])
    /// A weight that is not a finite number greater than 0.
    case invalidWeight(text: String)
    /// A yes/no field whose text is none of the accepted spellings.
    case invalidFlag(field: String, text: String)
    /// A tie whose two ends are the same actor.
    case selfTie(ActorID)
    /// An entry of `programs` that is an actor of another kind.
    case notAProgram(reference: String, kind: ActorKind)
    /// An entry of `programs` that is no actor's id.
    case unknownProgram(reference: String, suggestion: String?)
    /// A committee with fewer than two members (0 or 1).
    case smallCommittee(name: String, members: Int)
    /// A `member` tie to an actor that is not a committee.
    case memberOfNonCommittee(name: String, kind: ActorKind)
    /// Two actor ids that differ only in letter case: perhaps one actor written twice.
    case caseOnlyDifference(ActorID, other: ActorID, otherAt: SourceLocation)
    /// A tie given twice in one file (same ends, kind and direction); it counts once.
    case repeatedTie(first: SourceLocation)
    /// A file's `language` other than the one an earlier file set; the first one holds.
    case languageDisagrees(Language, first: Language, firstAt: SourceLocation)
    /// Files with different titles (distinct, in file order): the merged landscape is called
    /// `combined` (`MergedTitle`) unless `--title` names it.
    case titlesDiffer(titles: [String], combined: String)
    /// A text with control characters, which are removed.
    case controlCharacters(field: String)
    /// A text longer than its limit (in characters); it is cut to the limit.
    case tooLong(field: String, length: Int, limit: Int, kind: TextKind)
    /// More records than the limit over all inputs; those beyond it are not read.
    case tooMany(RecordKind, limit: Int)
    /// Tie ends naming no actor while some input's actors could not be read: their number and
    /// the first, instead of one error each.
    case missingActors(count: Int, first: String)
}

extension ValidationProblem {
    /// The two kinds of record a landscape has.
    public enum RecordKind: Hashable, Sendable, CaseIterable {
        case actor, tie
    }

    /// The two text limits (see `InputLimits`): short texts such as names and list items, and
    /// long ones (notes, contacts, the title).
    public enum TextKind: Hashable, Sendable, CaseIterable {
        case label, note
    }
}

/// The closed vocabularies a field's text must come from.
public enum VocabularyKind: Hashable, Sendable, CaseIterable {
    case language, actorKind, sector, tieKind, tieStatus

    /// The canonical terms, the choices a message lists.
    public var terms: [String] {
        switch self {
        // Alphabetical, as the message has always listed them.
        case .language: Language.allCases.map(\.rawValue).sorted()
        case .actorKind: ActorKind.allCases.map(\.rawValue)
        case .sector: Sector.allCases.map(\.rawValue)
        case .tieKind: TieKind.allCases.map(\.rawValue)
        case .tieStatus: TieStatus.allCases.map(\.rawValue)
        }
    }
}
