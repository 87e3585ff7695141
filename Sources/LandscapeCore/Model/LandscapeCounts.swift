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
        let existing = landscape.realised()
        let ties = existing.actorTieCount
        self.init(actors: existing.actorCount, ties: ties, planned: landscape.ties.count - existing.ties.count,
                  instruments: landscape.actors.indices.count { landscape.actors[$0].kind == .resource },
                  events: landscape.actors.indices.count { landscape.actors[$0].kind == .event }, elementTies: existing.ties.count - ties)
    }
}
