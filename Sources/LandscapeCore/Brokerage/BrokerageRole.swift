/// One of Gould and Fernandez's five brokerage roles, to name a role and read its count.
public enum BrokerageRole: CaseIterable, Equatable, Sendable {
    case coordinator, itinerant, representative, gatekeeper, liaison

    /// How often an actor holds this role.
    public func count(in roles: BrokerageRoles) -> Int {
        switch self {
        case .coordinator: roles.coordinator
        case .itinerant: roles.itinerant
        case .representative: roles.representative
        case .gatekeeper: roles.gatekeeper
        case .liaison: roles.liaison
        }
    }
}
