/// Where an actor record gave each of its single-valued fields, so that a second record of the
/// same actor (from another file) that disagrees can point at both places.
///
/// A value with one slot per field instead of a `[ActorField: SourceLocation]`: 200,000 actors
/// read without a dictionary (and its allocation and hashing) each; the list fields (sectors,
/// topics, …) merge as sets and need no origin.
struct FieldOrigins {
    private var name: SourceLocation?
    private var kind: SourceLocation?
    private var municipality: SourceLocation?
    private var contact: SourceLocation?
    private var note: SourceLocation?
    private var since: SourceLocation?
    private var until: SourceLocation?

    init() {}

    /// The place of `field`; `nil` for a field the record did not give, or a list field.
    subscript(field: ActorField) -> SourceLocation? {
        get {
            switch field {
            case .name: name
            case .kind: kind
            case .municipality: municipality
            case .contact: contact
            case .note: note
            case .since: since
            case .until: until
            case .id, .sectors, .topics, .targetGroups, .programs: nil
            }
        }
        set {
            switch field {
            case .name: name = newValue
            case .kind: kind = newValue
            case .municipality: municipality = newValue
            case .contact: contact = newValue
            case .note: note = newValue
            case .since: since = newValue
            case .until: until = newValue
            case .id, .sectors, .topics, .targetGroups, .programs: break
            }
        }
    }
}
