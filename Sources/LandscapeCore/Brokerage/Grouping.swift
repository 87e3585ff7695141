/// An actor attribute that sorts actors into groups, for brokerage roles, the E–I index and
/// the mixing matrix.
public enum GroupingAttribute: String, Sendable, CaseIterable {
    case kind
    case municipality
    /// The actor's first listed sector (its main education phase).
    case sector

    /// The group of each actor, in the network's node order; `""` where the actor has no value.
    package func groups(of network: Network, in landscape: Landscape) -> [String] {
        network.actors.map { id in landscape[id].map(group) ?? "" }
    }

    /// The group of one actor; `""` where it has no value.
    package func group(of actor: Actor) -> String {
        switch self {
        case .kind: actor.kind.rawValue
        case .municipality: actor.municipality ?? ""
        case .sector: actor.sectors.first?.rawValue ?? ""
        }
    }
}
