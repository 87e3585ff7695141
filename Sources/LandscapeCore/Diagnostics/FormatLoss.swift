/// What a written format cannot carry of a landscape, as facts: a writer reports each loss, and
/// `LandscapeWording` words it (the catalog `reading`). A landscape read back from the output
/// equals the one written except for its losses.
public enum FormatLoss: Hashable, Sendable {
    /// The formats that are written, as the losses name them.
    public enum Format: Hashable, Sendable, CaseIterable {
        case yaml, json, graphml, gexf, excel, csvPair, dot
    }

    /// The landscape's own fields a format may lack.
    public enum Metadata: Hashable, Sendable {
        case title
        /// The language, lost only when it is not English (which reads back the same).
        case language(Language)
        case date
        case needs
    }

    /// What holds a list item: an actor, or the landscape's needs.
    public enum ListOwner: Hashable, Sendable {
        case actor(ActorID)
        case needs
    }

    /// Fields of the landscape the format has no place for.
    case metadata([Metadata], format: Format)
    /// Ties' ids, which the format has no place for: how many ties have one.
    case tieIDs(count: Int, format: Format)
    /// List items holding `|`, which separates list items in the format: how many, the first
    /// and where it is.
    case listSeparators(count: Int, example: String, owner: ListOwner, format: Format)
    /// Texts with control characters the format cannot hold, written as U+FFFD.
    case controlCharacters(count: Int, example: String, format: Format)
    /// Texts with NUL characters, written as U+FFFD.
    case nulCharacters(count: Int, format: Format)
    /// Texts longer than a cell holds (the first 40 characters of the first), cut there.
    case textTooLong(count: Int, example: String, limit: Int, format: Format)
    /// More records than a sheet has rows below its header; the rest are left out.
    case tooManyRows(ValidationProblem.RecordKind, count: Int, limit: Int, format: Format)
    /// Fields the format does not know (kept from the input), which this format has no place
    /// for: how many actors and ties have one, and the first field's name.
    case extraFields(count: Int, example: String, format: Format)
    /// Fields of one's own that hold a list, which a table cell holds as one text with `|`
    /// between the items: how many, and the first field's name.
    case extraListsAsText(count: Int, example: String, format: Format)
    /// An actor whose id is another actor's name: ties to it read back ambiguously.
    case ambiguousReference(ActorID, format: Format)
}
