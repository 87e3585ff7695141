/// What a reader hands to the validation: the records of one file as text, each field with its
/// place, before any meaning is checked. Every format produces drafts, and one builder checks
/// them, so YAML, CSV and later formats report the same problems with the same words.

/// A value and the place it was read from.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// A field's raw value: one text, or a list of texts.
public enum FieldValue: Hashable, Sendable {
    case text(String)
    case list([Located<String>])
}

/// The fields of an actor record, named as in the YAML format.
public enum ActorField: String, CaseIterable, Sendable {
    case id, name, kind, municipality, sectors, topics
    case targetGroups = "target_groups"
    case programs, since, until, contact, note

    /// Fields that hold several values.
    public var isList: Bool {
        switch self {
        case .sectors, .topics, .targetGroups, .programs: true
        default: false
        }
    }
}

/// The fields of a tie record, named as in the YAML format.
public enum TieField: String, CaseIterable, Sendable {
    case from, to, kind, weight, since, until, formal, note

    public var isList: Bool { false }
}

/// One actor or tie as read: its place (the start of the record) and its fields.
public struct RecordDraft<Field: Hashable & Sendable>: Sendable {
    public var location: SourceLocation
    public var fields: [Field: Located<FieldValue>]

    public init(at location: SourceLocation, fields: [Field: Located<FieldValue>] = [:]) {
        self.location = location
        self.fields = fields
    }

    public subscript(field: Field) -> Located<FieldValue>? {
        get { fields[field] }
        set { fields[field] = newValue }
    }
}

/// One file's landscape as read.
public struct LandscapeDraft: Sendable {
    /// The path as the user gave it; diagnostics name it.
    public var file: String
    public var title: Located<String>?
    public var language: Located<String>?
    public var asOf: Located<String>?
    public var needs: [Located<String>]
    public var actors: [RecordDraft<ActorField>]
    public var ties: [RecordDraft<TieField>]

    public init(
        file: String, title: Located<String>? = nil, language: Located<String>? = nil,
        asOf: Located<String>? = nil, needs: [Located<String>] = [],
        actors: [RecordDraft<ActorField>] = [], ties: [RecordDraft<TieField>] = []
    ) {
        self.file = file
        self.title = title
        self.language = language
        self.asOf = asOf
        self.needs = needs
        self.actors = actors
        self.ties = ties
    }
}
