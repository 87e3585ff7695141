import LandscapeCore

/// The part of a landscape a diagram shows: the actors and ties active on the day, of the
/// view, within the neighbourhood. Holds positions into the landscape's `actors` and `ties`,
/// so that SVG ids (`tie-N`) stay the same whichever part is drawn.
struct DiagramScope {
    /// Indices into `landscape.actors`, in the landscape's order.
    var actors: [Int]
    /// Indices into `landscape.ties`, in the landscape's order; both ends are in `actors`.
    var ties: [Int]
    /// Actor id → position in `actors`.
    var position: [ActorID: Int]
    /// Tie ends as positions in `actors`, parallel to `ties`.
    var ends: [(from: Int, to: Int)]
    /// Actors the steering view left out for having none of its ties.
    var leftOut: Int
    /// Highlighted actors outside the `--ego` neighbourhood.
    var highlightOutside: [ActorID]

    /// - Complexity: O(A + T) time and space for A actors and T ties.
    init(_ landscape: Landscape, options: DiagramOptions) throws(DiagramError) {
        let actors = landscape.actors
        var index: [ActorID: Int] = [:]
        for (i, actor) in actors.enumerated() { index[actor.id] = i }
        var shown = actors.map { actor in options.day.map { actor.period.contains($0) } ?? true }
        let tieEnds: [(Int, Int)?] = landscape.ties.map { tie in
            guard let from = index[tie.from], let to = index[tie.to] else { return nil }
            return (from, to)
        }
        var tieShown = landscape.ties.indices.map { k -> Bool in
            let tie = landscape.ties[k]
            guard let (from, to) = tieEnds[k], shown[from], shown[to] else { return false }
            if let day = options.day, !tie.period.contains(day) { return false }
            return options.view == .network || DiagramBuilder.steeringKinds.contains(tie.kind)
        }
        let leftOut = options.view == .steering ? Self.leaveOutUntied(&shown, tieEnds: tieEnds, tieShown: tieShown) : 0

        let check = ShownCheck(actors: actors, index: index, shown: shown, options: options)
        for id in options.highlight { try check(id, option: "--highlight") }
        var highlightOutside: [ActorID] = []
        if let ego = options.ego {
            guard ego.depth >= 1 else { throw .invalidDepth(ego.depth) }
            try check(ego.center, option: "--ego")
            let distance = Self.distances(from: index[ego.center], depth: ego.depth, actors: actors.count,
                                          tieEnds: tieEnds, tieShown: tieShown)
            for i in actors.indices where distance[i] == nil { shown[i] = false }
            for k in landscape.ties.indices where tieShown[k] {
                if let (from, to) = tieEnds[k], !shown[from] || !shown[to] { tieShown[k] = false }
            }
            highlightOutside = options.highlight.filter { id in index[id].map { !shown[$0] } ?? false }
        }

        self.actors = actors.indices.filter { shown[$0] }
        var position: [ActorID: Int] = [:]
        var positionOfIndex: [Int: Int] = [:]
        for (p, i) in self.actors.enumerated() {
            position[actors[i].id] = p
            positionOfIndex[i] = p
        }
        self.position = position
        self.ties = landscape.ties.indices.filter { tieShown[$0] }
        self.ends = self.ties.compactMap { k in
            guard let (from, to) = tieEnds[k], let f = positionOfIndex[from], let t = positionOfIndex[to] else { return nil }
            return (f, t)
        }
        self.leftOut = leftOut
        self.highlightOutside = highlightOutside
    }

    /// The steering view leaves out the shown actors without a shown tie; returns how many.
    private static func leaveOutUntied(_ shown: inout [Bool], tieEnds: [(Int, Int)?], tieShown: [Bool]) -> Int {
        var incident = [Bool](repeating: false, count: shown.count)
        for k in tieEnds.indices where tieShown[k] {
            if let (from, to) = tieEnds[k] { incident[from] = true; incident[to] = true }
        }
        var leftOut = 0
        for i in shown.indices where shown[i] && !incident[i] {
            shown[i] = false
            leftOut += 1
        }
        return leftOut
    }

    /// Steps from `center` over the shown ties, taken as undirected, up to `depth` (breadth-first
    /// search); `nil` for actors farther away.
    private static func distances(
        from center: Int?, depth: Int, actors: Int, tieEnds: [(Int, Int)?], tieShown: [Bool]
    ) -> [Int?] {
        var neighbours = [[Int]](repeating: [], count: actors)
        for k in tieEnds.indices where tieShown[k] {
            if let (from, to) = tieEnds[k] { neighbours[from].append(to); neighbours[to].append(from) }
        }
        var distance = [Int?](repeating: nil, count: actors)
        var frontier: [Int] = []
        if let center { distance[center] = 0; frontier = [center] }
        var step = 0
        while !frontier.isEmpty && step < depth {
            step += 1
            var next: [Int] = []
            for i in frontier {
                for j in neighbours[i] where distance[j] == nil {
                    distance[j] = step
                    next.append(j)
                }
            }
            frontier = next
        }
        return distance
    }

    /// Checks that an actor named by an option exists and is shown, with the reason if not.
    private struct ShownCheck {
        var actors: [Actor]
        var index: [ActorID: Int]
        var shown: [Bool]
        var options: DiagramOptions

        func callAsFunction(_ id: ActorID, option: String) throws(DiagramError) {
            guard let i = index[id] else {
                let suggestion = SpellingSuggestion.closest(to: id.rawValue, among: actors.map(\.id.rawValue))
                throw .unknownActor(id, option: option, suggestion: suggestion.map { ActorID($0) })
            }
            guard shown[i] else {
                if let day = options.day, !actors[i].period.contains(day) {
                    throw .actorNotShown(id, option: option, reason: .inactive(on: day))
                }
                throw .actorNotShown(id, option: option, reason: .noTiesOfView(options.view))
            }
        }
    }

    /// The number of distinct neighbours of each shown actor (its degree in the simple,
    /// undirected graph of the shown ties: parallel ties and both directions count once).
    ///
    /// - Complexity: O(A + T) expected time and space.
    func distinctNeighbourCounts() -> [Int] {
        var neighbours = [Set<Int>](repeating: [], count: actors.count)
        for (from, to) in ends where from != to {
            neighbours[from].insert(to)
            neighbours[to].insert(from)
        }
        return neighbours.map(\.count)
    }
}
