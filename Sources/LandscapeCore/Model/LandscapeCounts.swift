/// How many actors and ties a landscape holds, counted as `check`, the report and the app tell
/// them: the actors and the ties between them apart from the instruments (resources) and events
/// and the ties to those, and the planned ties apart from the ones that exist.
public struct LandscapeCounts: Hashable, Sendable {
    public var actors: Int
    /// The existing ties between actors.
    public var ties: Int
    /// The planned ties (`status: planned`), of any ends.
    public var planned: Int
    public var instruments: Int
    public var events: Int
    /// The existing ties to instruments and events.
    public var elementTies: Int

    public init(actors: Int, ties: Int, planned: Int = 0, instruments: Int = 0, events: Int = 0, elementTies: Int = 0) {
        self.actors = actors
        self.ties = ties
        self.planned = planned
        self.instruments = instruments
        self.events = events
        self.elementTies = elementTies
    }

    /// The counts of `landscape`.
    ///
    /// - Complexity: O(A + T) for A elements and T ties.
    public init(_ landscape: Landscape) {
        let planned = Self.plannedCount(landscape.ties)
        let existing = planned == 0 ? landscape : landscape.realised()
        let ties = existing.actorTieCount
        self.init(actors: existing.actorCount, ties: ties, planned: planned,
                  instruments: landscape.actors.indices.count { landscape.actors[$0].kind == .resource },
                  events: landscape.actors.indices.count { landscape.actors[$0].kind == .event }, elementTies: existing.ties.count - ties)
    }

    /// The planned ties, counted in two halves on two cores when there are many: a million ties
    /// were ~20 ms of reading one status per tie on one core at the end of `check`.
    private static func plannedCount(_ ties: [Tie]) -> Int {
        @Sendable func count(_ range: Range<Int>) -> Int {
            range.count { ties[$0].status == .planned }
        }
        guard ties.count >= 100_000 else { return count(ties.indices) }
        let middle = ties.count / 2
        let (first, second) = Parallel.both({ count(0..<middle) }, { count(middle..<ties.count) })
        return first + second
    }
}
