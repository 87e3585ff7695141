/// Elements beside the actors that an analysis can take in as nodes (`--include`).
///
/// A resource (a report, a portal, the Angebotsübersicht) does not cooperate, and an event
/// that brought seventy organisations together for a day is no broker between them: the
/// analyses (centrality, figures, communities, the structural gap rules, what-if and
/// suggestions) read the actors and the ties among them unless they are asked to include these.
public enum IncludedElement: String, CaseIterable, Sendable, Hashable {
    case resources
    case events

    /// The kind of the elements this value includes.
    public var kind: ActorKind {
        switch self {
        case .resources: .resource
        case .events: .event
        }
    }
}

extension Landscape {
    /// The landscape as the analyses read it: every actor, resources and events only when
    /// `include` names them, and the ties among what stays (a tie to an element left out goes
    /// with it). The landscape itself when nothing is left out.
    ///
    /// - Complexity: O(A) to find that nothing is left out, else O(A + T) for A elements and T ties.
    public func analysed(including include: Set<IncludedElement> = []) -> Landscape {
        let kinds = Set(include.map(\.kind))
        let keeps = { (actor: Actor) in actor.kind.isActor || kinds.contains(actor.kind) }
        guard !actors.allSatisfy(keeps) else { return self }
        return Landscape(title: title, language: language, asOf: asOf, needs: needs,
                         actors: actors.filter(keeps), ties: ties)
    }
}
