/// A validated education landscape: every tie's ends are actors of the landscape, ids are
/// unique, weights are positive, dates are valid and ordered.
///
/// Build one from files with `LandscapeBuilder`; the value itself is plain data.
public struct Landscape: Hashable, Sendable {
    public var title: String?
    public var language: Language
    public var asOf: PartialDate?
    /// Fields of action the landscape must cover.
    public var needs: [String]
    /// Actors in the order they were read.
    public private(set) var actors: [Actor]
    public private(set) var ties: [Tie]
    /// The index of each actor in `actors`, by id: what networks number their nodes by.
    private(set) var positions: [ActorID: Int]

    /// A landscape from actors and ties that the caller guarantees to be consistent
    /// (unique ids; tie ends among the actors). Ties whose ends are unknown are dropped.
    public init(
        title: String? = nil, language: Language = .en, asOf: PartialDate? = nil,
        needs: [String] = [], actors: [Actor], ties: [Tie]
    ) {
        self.title = title
        self.language = language
        self.asOf = asOf
        self.needs = needs
        var positions: [ActorID: Int] = [:]
        var unique: [Actor] = []
        for actor in actors where positions[actor.id] == nil {
            positions[actor.id] = unique.count
            unique.append(actor)
        }
        self.actors = unique
        self.positions = positions
        self.ties = ties.filter { positions[$0.from] != nil && positions[$0.to] != nil }
    }

    /// A landscape from the validation, which guarantees unique ids, tie ends among the actors,
    /// and `positions` mapping each id to its actor's index: nothing to check or index again.
    init(
        title: String?, language: Language, asOf: PartialDate?, needs: [String],
        validatedActors actors: [Actor], positions: [ActorID: Int], ties: [Tie]
    ) {
        self.title = title
        self.language = language
        self.asOf = asOf
        self.needs = needs
        self.actors = actors
        self.positions = positions
        self.ties = ties
    }

    /// The actor with this id.
    ///
    /// - Complexity: O(1) on average.
    public subscript(id: ActorID) -> Actor? {
        positions[id].map { actors[$0] }
    }

    /// Whether an actor with this id exists.
    public func contains(_ id: ActorID) -> Bool { positions[id] != nil }

    /// The landscape as it is on `day`: actors and ties whose period contains the day. A tie
    /// whose end is gone is gone too; `programs` keep only programmes still present.
    ///
    /// - Complexity: O(A + T) for A actors and T ties.
    public func active(on day: CalendarDay) -> Landscape {
        let kept = actors.filter { $0.period.contains(day) }
        let keptIDs = Set(kept.map(\.id))
        let actorsNow = kept.map { actor -> Actor in
            var actor = actor
            actor.programs = actor.programs.filter { keptIDs.contains($0) }
            return actor
        }
        let tiesNow = ties.filter { $0.period.contains(day) }
        return Landscape(title: title, language: language, asOf: asOf, needs: needs, actors: actorsNow, ties: tiesNow)
    }
}
