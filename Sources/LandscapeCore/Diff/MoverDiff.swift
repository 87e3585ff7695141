/// The per-actor measures of one side of a diff, by node of the side's undirected network.
struct RankedSide {
    /// The side's network (node `v` is the `v`th actor the rankings read).
    let network: Network
    /// The value of each measure per node, rounded at 10⁻⁹ (`nil`: none): parallel sums differ in
    /// their last bits from run to run, and the diff of the same landscapes must be the same.
    let values: [Measure: [Double?]]
    /// The rank of each measure per node (1 = highest; equal values share the better rank; 0: none).
    let ranks: [Measure: [Int]]
    /// Whether each node has at least one brokerage role.
    let brokers: [Bool]
    /// How far each estimated value may lie from the exact one (ε·n/(n−2)); 0 when exact.
    let errorBound: [Measure: Double]

    /// Computes `measures` on `network`, the undirected network of `landscape` (betweenness
    /// estimated with `LandscapeDiff.sampling` when `approximate`), and the brokerage roles on the
    /// directed reading with groups by kind, as `central` and the report do (`Analysis.centrality`).
    ///
    /// - Complexity: O(V·E) for exact betweenness (parallel over `workers`), O(r·(V+E)) at worst
    ///   with r samples when estimated, O(E) per PageRank iteration, O(Σ in·out) for brokerage,
    ///   O(V log V) per measure for the ranks.
    init(_ landscape: Landscape, network: Network, measures: [Measure], approximate: Bool, workers: Int?) {
        self.network = network
        let result = Centrality.compute(network, measures: Set(measures), workers: workers,
                                        sampling: approximate ? LandscapeDiff.sampling : nil)
        let arcs = Network(landscape, reading: .directed, weighted: false, readAs: network)
        let roles = Brokerage.roles(arcs, groups: GroupingAttribute.kind.groups(of: arcs, in: landscape))
        // Both readings number the landscape's actors in its order.
        precondition(arcs.actors == network.actors, "the network is not the landscape's")
        brokers = roles.map { $0.total > 0 }
        var errorBound: [Measure: Double] = [:]
        if let estimate = result.estimate, estimate.measures.contains(.betweenness) {
            errorBound[.betweenness] = estimate.errorBound
        }
        self.errorBound = errorBound
        var values: [Measure: [Double?]] = [:], ranks: [Measure: [Int]] = [:]
        for measure in measures {
            let scored = result.actors.map { actor in actor.value(of: measure).map { LandscapeDiff.comparable($0) / 1e9 } }
            values[measure] = scored
            ranks[measure] = Self.ranks(scored)
        }
        self.values = values
        self.ranks = ranks
    }

    /// Competition ranks ("1224"), highest value first (0 for no value); values compared at
    /// 10⁻⁹ as the report ranks them, so that sums that differ only in their last bits share a rank.
    ///
    /// - Complexity: O(V log V) for V values.
    static func ranks(_ scored: [Double?]) -> [Int] {
        let keys = scored.map { $0.map(LandscapeDiff.comparable) }
        let order = scored.indices.filter { keys[$0] != nil }.sorted { (keys[$0] ?? 0) > (keys[$1] ?? 0) }
        var ranks = [Int](repeating: 0, count: scored.count)
        var previous: Double?, rank = 0
        for (position, node) in order.enumerated() {
            if keys[node] != previous { rank = position + 1 }
            previous = keys[node]
            ranks[node] = rank
        }
        return ranks
    }
}

extension Movers {
    /// The largest changes of rank per measure among actors on both sides whose value changed
    /// (an estimated value by more than the two estimates' error bounds: a smaller change may be
    /// the sampling's), and the brokers that appeared or disappeared; in the order of each side's
    /// actors.
    ///
    /// - Complexity: O(A log A) per measure for A actors, after the measures; one look-up by id
    ///   per actor of the new side.
    init(old: RankedSide, new: RankedSide, measures: [Measure], approximate: Bool) {
        // The old node of each new one (−1: it is not on the old side).
        let oldNode = new.network.actors.map { old.network.index(of: $0) ?? -1 }
        var ranked: [Mover] = []
        for measure in measures {
            guard let ranksBefore = old.ranks[measure], let ranksAfter = new.ranks[measure],
                  let valuesBefore = old.values[measure], let valuesAfter = new.values[measure] else { continue }
            let bound = (old.errorBound[measure] ?? 0) + (new.errorBound[measure] ?? 0)
            var moved: [Mover] = []
            for (v, u) in oldNode.enumerated() where u >= 0 {
                let rankBefore = ranksBefore[u], rankAfter = ranksAfter[v]
                guard rankBefore > 0, rankAfter > 0, rankBefore != rankAfter,
                      let before = valuesBefore[u], let after = valuesAfter[v],
                      LandscapeDiff.comparable(before) != LandscapeDiff.comparable(after), abs(after - before) > bound else { continue }
                moved.append(Mover(id: new.network.actors[v], measure: measure, rank: Change(old: rankBefore, new: rankAfter),
                                   value: Change(old: before, new: after)))
            }
            ranked += moved.sorted(by: Self.isBefore).prefix(LandscapeDiff.moverLimit)
        }
        let appeared = new.network.actors.indices.filter { new.brokers[$0] && !(oldNode[$0] >= 0 && old.brokers[oldNode[$0]]) }
        let disappeared = old.network.actors.indices.filter { u in
            old.brokers[u] && !(new.network.index(of: old.network.actors[u]).map { new.brokers[$0] } ?? false)
        }
        self.init(measures: measures, approximate: approximate, ranked: ranked,
                  brokersAppeared: appeared.map { new.network.actors[$0] },
                  brokersDisappeared: disappeared.map { old.network.actors[$0] })
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
