/// A field of an actor or tie that the file format does not know, kept as it was read so that
/// a landscape read and written again loses nothing (an organisation's own `traeger_nr`, a
/// `telefon` column): reading warns about it once, in case it is a misspelt field, and every
/// writer that can carry it writes it back in the order it was read.
public struct ExtraField: Hashable, Sendable {
    /// The field's name as the file wrote it.
    public var name: String
    public var value: ExtraValue

    public init(name: String, value: ExtraValue) {
        self.name = name
        self.value = value
    }
}

/// An extra field's value: one text, or a list of texts, as the formats' own fields are.
public enum ExtraValue: Hashable, Sendable {
    case text(String)
    case list([String])

    /// The value as one text: a list's items joined by `|`, as a table cell writes a list.
    public var joined: String {
        switch self {
        case .text(let text): text
        case .list(let items): items.joined(separator: "|")
        }
    }
}
