/// The shape of a landscape's network, for before/after comparisons.
public struct NetworkSummary: Sendable, Equatable {
    public var actors: Int
    public var ties: Int
    public var components: Int
    public var largestComponentShare: Double?
    /// Pairs of actors connected by some path: Σ over components of k(k−1)/2.
    public var reachablePairs: Int
    /// Average distance in ties within the largest component.
    public var averageDistance: Double?

    /// With `sampling` the average distance of a large component is estimated (`DistanceFigures`).
    ///
    /// - Complexity: O(V·E) for the distances of the largest component (parallel), or
    ///   O(k/64·D·(V + E)) sampled with k sources.
    public init(_ landscape: Landscape, workers: Int? = nil, sampling: Sampling? = nil) {
        let network = Network(landscape)
        self.init(landscape, network: network, components: Components(network), workers: workers, sampling: sampling)
    }

    /// The same with the landscape's undirected network and its components at hand.
    init(_ landscape: Landscape, network: Network, components: Components, workers: Int?, sampling: Sampling?) {
        actors = landscape.actors.count
        ties = landscape.ties.count
        self.components = components.count
        largestComponentShare = actors == 0 ? nil : Double(components.members.first?.count ?? 0) / Double(actors)
        reachablePairs = components.members.reduce(0) { $0 + $1.count * ($1.count - 1) / 2 }
        averageDistance = DistanceFigures.compute(network, nodes: components.members.first ?? [], sampling: sampling,
                                                  workers: workers, diameter: false).averageDistance
    }
}

/// What a landscape loses when actors or ties go: the comparison of `landscape whatif`.
public struct WhatIfResult: Sendable {
    public var before: NetworkSummary
    public var after: NetworkSummary
    /// Actors taken out by the scenario.
    public var removed: [ActorID]
    /// Actors of "before" that are missing "after" because they begin later: comparing with an
    /// earlier day, they were not yet founded (not removed).
    public var notYetFounded: [ActorID] = []
    /// Actors (programmes aside) that stay but are no longer in the largest component with the rest.
    public var cutOff: [ActorID]
    /// Ties that are gone (removed, or ended with an actor that is gone), not counting those
    /// not yet begun.
    public var lostTies: Int
    /// Ties of "before" missing "after" because they, or one of their actors, begin later.
    public var tiesNotYetBegun = 0
    /// Pairs of actors present before and after that were connected before and are not after
    /// (the pairs of removed actors are not counted: they are gone, not disconnected).
    public var reachablePairsLost: Int
    /// `reachablePairsLost` as a share of the pairs of remaining actors that were connected
    /// before; `nil` when none were.
    public var reachablePairsLostShare: Double?
    /// Removed actors that were brokers: betweenness in the top tenth and above 0.
    public var brokersLost: [ActorID]
    /// Committees that keep fewer than two members.
    public var committeesBelowTwo: [ActorID]
    /// Set when the average distances and the brokers' betweenness were estimated (more than
    /// `Sampling.largeAbove` actors).
    public var sampling: Sampling?
}

public enum WhatIf {
    /// Compares `before` with `after` (a landscape derived from it by removing actors or ties).
    /// Above `Sampling.largeAbove` actors (`Sampling.automatic`) the average distances are
    /// estimated and the brokers found by sampled betweenness (a removed actor with an estimate
    /// above 0 in the top tenth), unless `exact`.
    ///
    /// - Complexity: O(V·E) for betweenness and distances of both networks; sampled O((r +
    ///   k/64·D)·(V + E)) for r paths and k sources.
    public static func compare(before: Landscape, after: Landscape, workers: Int? = nil, exact: Bool = false) -> WhatIfResult {
        let sampling = Sampling.automatic(actors: max(before.actors.count, after.actors.count), exact: exact)
        let networkBefore = Network(before), networkAfter = Network(after)
        let componentsBefore = Components(networkBefore), componentsAfter = Components(networkAfter)
        let summaryBefore = NetworkSummary(before, network: networkBefore, components: componentsBefore, workers: workers, sampling: sampling)
        let summaryAfter = NetworkSummary(after, network: networkAfter, components: componentsAfter, workers: workers, sampling: sampling)
        let removed = before.actors.map(\.id).filter { !after.contains($0) }

        // Cut off: in the largest component before (component 0), still present, but outside the largest after.
        let cutOff = before.actors.indices.filter { v in
            guard before.actors[v].kind != .program, componentsBefore.component[v] == 0,
                  let w = networkAfter.index(of: before.actors[v].id) else { return false }
            return componentsAfter.component[w] != 0
        }.map { before.actors[$0].id }
        let lost = lostTies(before.ties, after.ties)

        let betweenness = Centrality.compute(networkBefore, measures: [.betweenness], workers: workers, sampling: sampling).actors
            .map { $0.betweenness ?? 0 }
        let sorted = betweenness.sorted(by: >)
        let threshold = sorted.isEmpty ? 0 : sorted[max(0, sorted.count / 10 - 1)]
        let removedSet = Set(removed)
        let brokers = networkBefore.actors.indices.filter {
            removedSet.contains(networkBefore.actors[$0]) && betweenness[$0] > 0 && betweenness[$0] >= threshold
        }.map { networkBefore.actors[$0] }

        var members: [ActorID: Set<ActorID>] = [:]
        for tie in after.ties where tie.kind == .member { members[tie.to, default: []].insert(tie.from) }
        var membersBefore: [ActorID: Set<ActorID>] = [:]
        for tie in before.ties where tie.kind == .member { membersBefore[tie.to, default: []].insert(tie.from) }
        let committees = after.actors.filter {
            $0.kind == .committee && (membersBefore[$0.id]?.count ?? 0) >= 2 && (members[$0.id]?.count ?? 0) < 2
        }.map(\.id)

        // Connected pairs among the actors that remain, before and after.
        var sizeBefore: [Int: Int] = [:], sizeAfter: [Int: Int] = [:]
        for id in after.actors.map(\.id) {
            if let v = networkBefore.index(of: id) { sizeBefore[componentsBefore.component[v], default: 0] += 1 }
            if let v = networkAfter.index(of: id) { sizeAfter[componentsAfter.component[v], default: 0] += 1 }
        }
        let connectedBefore = sizeBefore.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        let connectedAfter = sizeAfter.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        let pairsLost = max(0, connectedBefore - connectedAfter)
        return WhatIfResult(
            before: summaryBefore, after: summaryAfter, removed: removed, cutOff: cutOff, lostTies: lost,
            reachablePairsLost: pairsLost,
            reachablePairsLostShare: connectedBefore == 0 ? nil : Double(pairsLost) / Double(connectedBefore),
            brokersLost: brokers, committeesBelowTwo: committees, sampling: sampling)
    }

    /// How many ties of `before` `after` lacks, each tie counted as often as it occurs. When
    /// `after` keeps ties of `before` in their order (removing actors or ties does), one pass
    /// finds them without hashing a tie; otherwise each is looked up.
    ///
    /// - Complexity: O(T) for T ties of `before`, with a hash of each tie when `after` reorders them.
    static func lostTies(_ before: [Tie], _ after: [Tie]) -> Int {
        var next = 0
        for tie in before where next < after.count && after[next] == tie { next += 1 }
        if next == after.count { return before.count - after.count }
        var remaining: [Tie: Int] = [:]
        for tie in after { remaining[tie, default: 0] += 1 }
        var lost = 0
        for tie in before {
            if let count = remaining[tie], count > 0 { remaining[tie] = count - 1 } else { lost += 1 }
        }
        return lost
    }

    /// Compares `before` with `after`, the landscape on `day` (with actors or a programme taken
    /// out): what is missing after only because it begins after `day` was not yet founded or
    /// begun then, and is reported so, not as removed, lost, or a lost broker.
    ///
    /// - Complexity: that of `compare(before:after:workers:exact:)`, plus O(A + T).
    public static func compare(before: Landscape, after: Landscape, on day: CalendarDay, workers: Int? = nil, exact: Bool = false) -> WhatIfResult {
        var result = compare(before: before, after: after, workers: workers, exact: exact)
        let later = Set(before.actors.filter { actor in actor.period.since.map { day < $0.firstDay } ?? false }.map(\.id))
        result.notYetFounded = result.removed.filter(later.contains)
        result.removed.removeAll(where: later.contains)
        result.brokersLost.removeAll(where: later.contains)
        result.tiesNotYetBegun = before.ties.filter { tie in
            later.contains(tie.from) || later.contains(tie.to) || (tie.period.since.map { day < $0.firstDay } ?? false)
        }.count
        result.lostTies = max(0, result.lostTies - result.tiesNotYetBegun)
        return result
    }

    /// The landscape without the given actors (and their ties).
    public static func removing(_ ids: Set<ActorID>, from landscape: Landscape) -> Landscape {
        Landscape(title: landscape.title, language: landscape.language, asOf: landscape.asOf, needs: landscape.needs,
                  actors: landscape.actors.filter { !ids.contains($0.id) }, ties: landscape.ties)
    }

    /// What a programme carries: the programme itself, the actors whose `programs` name it (its
    /// funded positions), and its funding ties. Recipients of a funding tie that are not
    /// positions stay; only the funding tie goes.
    public static func withoutProgram(_ program: ActorID, from landscape: Landscape) -> Landscape {
        let funded = Set(landscape.actors.filter { $0.programs.contains(program) }.map(\.id))
        let gone = funded.union([program])
        let ties = landscape.ties.filter { !($0.kind == .funding && $0.from == program) }
        return Landscape(title: landscape.title, language: landscape.language, asOf: landscape.asOf, needs: landscape.needs,
                         actors: landscape.actors.filter { !gone.contains($0.id) }, ties: ties)
    }
}
