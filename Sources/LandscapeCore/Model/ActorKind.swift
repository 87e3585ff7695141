/// What kind of organisation or body an actor is, or, for the two kinds beside the actors,
/// what kind of element: a `resource` (a document, database, portal or planning tool that
/// actors maintain and use) or an `event` (a one-off or yearly meeting that actors attend).
/// The analyses leave resources and events out unless asked for them (`ElementInclusion`).
public enum ActorKind: String, Vocabulary, Comparable {
    case office
    case agency
    case politics
    case committee
    case foundation
    case association
    case institution
    case business
    case program
    case research
    case other
    case resource
    case event

    /// Whether elements of this kind act: every kind but `resource` and `event`.
    public var isActor: Bool { self != .resource && self != .event }

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
