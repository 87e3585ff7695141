/// Whether an actor or a tie of two versions of a landscape is on both sides, only on the new
/// one, or only on the old one.
public enum ChangeStatus: String, CaseIterable, Hashable, Sendable {
    /// On both sides (its fields may have changed).
    case kept
    /// Only on the new side: an actor that joined, a tie that began.
    case added
    /// Only on the old side: an actor that left, a tie that ended.
    case removed
}

/// The union of two versions of a landscape, each actor and tie marked with what became of it:
/// what a diagram of the changes draws (`render --diff`, the report's comparison).
///
/// Actors are matched by id and ties by their ends and kind, as `LandscapeDiff` matches them: a
/// tie whose kind changed is one tie ended and one begun, both in the union.
public struct ChangedLandscape: Hashable, Sendable {
    /// Every actor of the new side in its order, then those only on the old side in theirs;
    /// every tie of the new side in its order, then the ended ones (with those of actors that
    /// left). Title, language, date and needs are the new side's.
    public var landscape: Landscape
    /// What became of each actor of `landscape`, by id.
    public var actors: [ActorID: ChangeStatus]
    /// What became of each tie of `landscape`, by its position in `landscape.ties`.
    public var ties: [ChangeStatus]

    /// The union of `old` and `new`, compared as `LandscapeDiff` compares their records.
    ///
    /// - Complexity: O(A + T) expected time and space for A actors and T ties on both sides.
    public init(old: Landscape, new: Landscape) {
        self.init(old: old, new: new, actors: ActorChanges(old: old, new: new), ties: TieChanges(old: old, new: new))
    }

    /// The union of `old` and `new`, whose records `diff` compared (no second comparison).
    ///
    /// - Complexity: O(A + T) expected time and space for A actors and T ties on both sides.
    public init(old: Landscape, new: Landscape, diff: LandscapeDiff) {
        self.init(old: old, new: new, actors: diff.actors, ties: diff.ties)
    }

    init(old: Landscape, new: Landscape, actors: ActorChanges, ties: TieChanges) {
        let joined = Set(actors.joined), left = Set(actors.left)
        let gone = old.actors.filter { left.contains($0.id) }
        landscape = Landscape(title: new.title, language: new.language, asOf: new.asOf, needs: new.needs,
                              actors: new.actors + gone, ties: new.ties + ties.ended)
        var statuses: [ActorID: ChangeStatus] = [:]
        for actor in landscape.actors {
            statuses[actor.id] = joined.contains(actor.id) ? .added : left.contains(actor.id) ? .removed : .kept
        }
        self.actors = statuses
        // The new side's ties that began: as many of each value as the comparison found.
        var begun: [Tie: Int] = [:]
        for tie in ties.new { begun[tie, default: 0] += 1 }
        self.ties = new.ties.map { tie -> ChangeStatus in
            guard let count = begun[tie], count > 0 else { return .kept }
            begun[tie] = count - 1
            return .added
        } + ties.ended.map { _ in .removed }
    }

    /// How many actors have `status`.
    public func actorCount(_ status: ChangeStatus) -> Int { actors.values.filter { $0 == status }.count }

    /// How many ties have `status`.
    public func tieCount(_ status: ChangeStatus) -> Int { ties.filter { $0 == status }.count }
}
