/// The per-actor measures of one side of a diff, looked up by actor.
struct RankedSide {
    /// The value of each measure per actor, rounded at 10⁻⁹: parallel sums differ in their last
    /// bits from run to run, and the diff of the same landscapes must be the same.
    let values: [Measure: [ActorID: Double]]
    /// The rank of each measure per actor (1 = highest; equal values share the better rank).
    let ranks: [Measure: [ActorID: Int]]
    /// Actors with at least one brokerage role.
    let brokers: Set<ActorID>
    /// How far each estimated value may lie from the exact one (ε·n/(n−2)); 0 when exact.
    let errorBound: [Measure: Double]

    /// Computes `measures` on `network`, the undirected network of `landscape` (betweenness
    /// estimated with `LandscapeDiff.sampling` when `approximate`), and the brokerage roles on the
    /// directed reading with groups by kind, as `central` and the report do (`Analysis.centrality`).
    ///
    /// - Complexity: O(V·E) for exact betweenness (parallel over `workers`), O(r·(V+E)) at worst
    ///   with r samples when estimated, O(E) per PageRank iteration, O(Σ in·out) for brokerage.
    init(_ landscape: Landscape, network: Network, measures: [Measure], approximate: Bool, workers: Int?) {
        var result = Centrality.compute(network, measures: Set(measures), workers: workers,
                                        sampling: approximate ? LandscapeDiff.sampling : nil)
        let arcs = Network(landscape, reading: .directed, weighted: false)
        let roles = Brokerage.roles(arcs, groups: GroupingAttribute.kind.groups(of: arcs, in: landscape))
        for (index, id) in arcs.actors.enumerated() {
            if let position = network.index(of: id) { result.actors[position].brokerage = roles[index] }
        }
        var errorBound: [Measure: Double] = [:]
        if let estimate = result.estimate, estimate.measures.contains(.betweenness) {
            errorBound[.betweenness] = estimate.errorBound
        }
        self.errorBound = errorBound
        var values: [Measure: [ActorID: Double]] = [:], ranks: [Measure: [ActorID: Int]] = [:]
        for measure in measures {
            let scored = result.actors.compactMap { actor in actor.value(of: measure).map { (actor.id, LandscapeDiff.comparable($0) / 1e9) } }
            values[measure] = Dictionary(scored, uniquingKeysWith: { first, _ in first })
            ranks[measure] = Self.ranks(scored)
        }
        self.values = values
        self.ranks = ranks
        brokers = Set(result.actors.filter { ($0.brokerage?.total ?? 0) > 0 }.map(\.id))
    }

    /// Competition ranks ("1224"), highest value first; values compared at 10⁻⁹ as the report
    /// ranks them, so that sums that differ only in their last bits share a rank.
    static func ranks(_ scored: [(ActorID, Double)]) -> [ActorID: Int] {
        let sorted = scored.map { ($0.0, LandscapeDiff.comparable($0.1)) }.sorted { $0.1 > $1.1 }
        var ranks: [ActorID: Int] = [:]
        var previous: Double?, rank = 0
        for (position, (id, value)) in sorted.enumerated() {
            if value != previous { rank = position + 1 }
            previous = value
            ranks[id] = rank
        }
        return ranks
    }
}

extension Movers {
    /// The largest changes of rank per measure among actors on both sides whose value changed
    /// (an estimated value by more than the two estimates' error bounds: a smaller change may be
    /// the sampling's), and the brokers that appeared or disappeared.
    ///
    /// - Complexity: O(A log A) per measure for A actors, after the measures.
    init(old: RankedSide, new: RankedSide, oldOrder: [ActorID], newOrder: [ActorID], measures: [Measure], approximate: Bool) {
        var ranked: [Mover] = []
        for measure in measures {
            let moved = newOrder.compactMap { id -> Mover? in
                guard let rankBefore = old.ranks[measure]?[id], let rankAfter = new.ranks[measure]?[id],
                      let before = old.values[measure]?[id], let after = new.values[measure]?[id],
                      LandscapeDiff.comparable(before) != LandscapeDiff.comparable(after), rankBefore != rankAfter,
                      abs(after - before) > (old.errorBound[measure] ?? 0) + (new.errorBound[measure] ?? 0) else { return nil }
                return Mover(id: id, measure: measure, rank: Change(old: rankBefore, new: rankAfter), value: Change(old: before, new: after))
            }
            ranked += moved.sorted(by: Self.isBefore).prefix(LandscapeDiff.moverLimit)
        }
        self.init(measures: measures, approximate: approximate, ranked: ranked,
                  brokersAppeared: newOrder.filter { new.brokers.contains($0) && !old.brokers.contains($0) },
                  brokersDisappeared: oldOrder.filter { old.brokers.contains($0) && !new.brokers.contains($0) })
    }

    /// The larger change of rank first; then the better of the two ranks, then the id: an order
    /// that does not depend on which side is old.
    static func isBefore(_ a: Mover, _ b: Mover) -> Bool {
        let moveA = abs(a.rank.new - a.rank.old), moveB = abs(b.rank.new - b.rank.old)
        if moveA != moveB { return moveA > moveB }
        let bestA = min(a.rank.old, a.rank.new), bestB = min(b.rank.old, b.rank.new)
        return bestA != bestB ? bestA < bestB : a.id < b.id
    }
}
