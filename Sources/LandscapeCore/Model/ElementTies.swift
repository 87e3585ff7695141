/// Who stands behind a resource or an event: the actors that maintain or use a resource, the
/// actors that attend an event, and the actors tied to it in another way. Resources and events
/// are not partners (the analyses leave them out, `IncludedElement`), so a reader learns about
/// them from this list: which report the office maintains and twelve providers use, which
/// forum brought whom together.
public struct ElementTies: Equatable, Sendable {
    /// The resource or event.
    public var element: ActorID
    /// Actors with a `maintains` tie to it (for an event: none, as a rule).
    public var maintainers: [ActorID]
    /// Actors with a `uses` tie to a resource or an `attends` tie to an event.
    public var users: [ActorID]
    /// Actors tied to it by any other kind of tie (a programme funding a portal, a committee
    /// that organises a forum).
    public var others: [ActorID]

    /// Whether nobody maintains it: a resource that everybody uses and nobody keeps up to date
    /// ages quietly.
    public var isUnmaintained: Bool { maintainers.isEmpty }
}

extension Landscape {
    /// The resources of the landscape, in the order of the file, each with the actors behind it.
    ///
    /// - Complexity: O(A + T) for A elements and T ties.
    public func resourceTies() -> [ElementTies] { elementTies(of: .resource) }

    /// The events of the landscape, in the order of the file, each with the actors behind it.
    ///
    /// - Complexity: O(A + T) for A elements and T ties.
    public func eventTies() -> [ElementTies] { elementTies(of: .event) }

    /// How many elements of the landscape act (every kind but resources and events).
    public var actorCount: Int { actors.indices.count { actors[$0].kind.isActor } }

    /// The ties between actors, leaving out those to resources and events.
    public var actorTieCount: Int {
        let elements = Set(actors.indices.lazy.filter { !actors[$0].kind.isActor }.map { actors[$0].id })
        // Without instruments and events every tie is between actors: no look-up per tie.
        guard !elements.isEmpty else { return ties.count }
        return ties.count { !elements.contains($0.from) && !elements.contains($0.to) }
    }

    /// The elements of `kind` with the actors on the other end of their ties, each actor once
    /// per role, in the order of the ties.
    private func elementTies(of kind: ActorKind) -> [ElementTies] {
        let elements = actors.filter { $0.kind == kind }
        guard !elements.isEmpty else { return [] }
        var byID: [ActorID: ElementTies] = [:]
        for element in elements {
            byID[element.id] = ElementTies(element: element.id, maintainers: [], users: [], others: [])
        }
        var seen: Set<RoleKey> = []
        for tie in ties {
            let (element, other) = byID[tie.to] != nil ? (tie.to, tie.from) : (tie.from, tie.to)
            guard var entry = byID[element], other != element else { continue }
            let role: ElementRole = switch tie.kind {
            case .maintains: .maintainer
            case .uses, .attends: .user
            default: .other
            }
            guard seen.insert(RoleKey(element: element, actor: other, role: role)).inserted else { continue }
            entry[keyPath: role.list].append(other)
            byID[element] = entry
        }
        return elements.compactMap { byID[$0.id] }
    }
}

/// The three lists of `ElementTies`.
private enum ElementRole: Hashable {
    case maintainer, user, other

    var list: WritableKeyPath<ElementTies, [ActorID]> {
        switch self {
        case .maintainer: \.maintainers
        case .user: \.users
        case .other: \.others
        }
    }
}

/// An actor in one role for one element, to list it once.
private struct RoleKey: Hashable {
    var element: ActorID
    var actor: ActorID
    var role: ElementRole
}
