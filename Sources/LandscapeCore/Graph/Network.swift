/// How ties become the edges that measures run on.
public enum NetworkReading: String, Sendable, CaseIterable {
    /// The undirected simple graph: ties between the same pair collapse into one edge whose
    /// weight is the sum of their weights.
    case undirected
    /// `member`, `funding` and `steering` ties keep their direction; the symmetric kinds count
    /// both ways. Parallel arcs collapse, summing weights.
    case directed
    /// The actor–actor projection of committee membership (two-mode analysis): two actors
    /// that are not committees are tied once per committee both are members of; the weight is
    /// the number of shared committees. Committees themselves are not nodes. An event in the
    /// landscape (when the analysis includes events) folds like a committee, its `attends` and
    /// `member` ties counting as membership.
    case foldedCommittees = "committees"
}

/// A compact, integer-indexed snapshot of a landscape for analysis: compressed sparse rows of
/// outgoing and incoming neighbours with their weights. Built once, then read by every measure.
///
/// Node indices are internal (`0..<nodeCount`, in the landscape's actor order); results are
/// keyed by `ActorID`. Neighbour lists are sorted by index, so every traversal is deterministic.
/// Self-ties are dropped.
package struct Network: Sendable {
    /// The actor of each node index.
    package let actors: [ActorID]
    package let isDirected: Bool
    /// Whether path-based measures read weights as strengths (distance = 1 / weight) and
    /// PageRank, eigenvector and structural-hole measures use them.
    package let isWeighted: Bool

    let outStart: [Int]
    let outTarget: [Int32]
    let outWeight: [Double]
    let inStart: [Int]
    let inTarget: [Int32]
    let inWeight: [Double]
    private let positions: [ActorID: Int]
    /// Each tie of the landscape the network was read from, by its ends' nodes (undirected and
    /// directed readings; empty otherwise): what other readings and the gap rules reuse instead
    /// of looking every end up by id again.
    let tieEnds: TieEnds

    /// Number of nodes.
    package var nodeCount: Int { actors.count }

    /// Number of edges (undirected) or arcs (directed).
    package var edgeCount: Int { isDirected ? outTarget.count : outTarget.count / 2 }

    /// The node index of an actor.
    package func index(of id: ActorID) -> Int? { positions[id] }

    /// A network over `actors` from weighted pairs of node indices. Pairs in both directions
    /// and repeated pairs collapse (summing weights in the order given); self-pairs are dropped.
    ///
    /// - Complexity: O(V + E + Σ k log k) for V nodes, E pairs and k pairs per node.
    package init(actors: [ActorID], pairs: [(Int, Int, Double)], directed: Bool, weighted: Bool) {
        var positions: [ActorID: Int] = [:]
        positions.reserveCapacity(actors.count)
        for (index, id) in actors.enumerated() { positions[id] = index }
        self.init(actors: actors, positions: positions, pairs: pairs, directed: directed, weighted: weighted)
    }

    /// The same with `positions`, the index of each actor, already at hand.
    private init(actors: [ActorID], positions: [ActorID: Int], pairs: [(Int, Int, Double)], directed: Bool, weighted: Bool,
                 tieEnds: TieEnds = TieEnds()) {
        self.actors = actors
        self.isDirected = directed
        self.isWeighted = weighted
        self.positions = positions
        self.tieEnds = tieEnds
        let edges = EdgeRows(pairs, nodeCount: actors.count, directed: directed)
        if directed {
            (outStart, outTarget, outWeight) = (edges.start, edges.target, edges.weight)
            (inStart, inTarget, inWeight) = edges.transposed(appending: nil)
        } else {
            // Each row: the lower neighbours (from the transposition, ascending), then the
            // higher ones (its own row, ascending), so every row is sorted.
            (outStart, outTarget, outWeight) = edges.transposed(appending: edges)
            (inStart, inTarget, inWeight) = (outStart, outTarget, outWeight)
        }
    }

    /// The snapshot of a landscape in one reading.
    ///
    /// - Complexity: O(A + T log T) for A actors and T ties; folding adds O(Σ k²) over the
    ///   committees' member counts k.
    package init(_ landscape: Landscape, reading: NetworkReading = .undirected, weighted: Bool = false) {
        let ids = landscape.actors.map(\.id)
        // The landscape's own index of its actors: node v is `landscape.actors[v]`.
        let index = landscape.positions
        switch reading {
        case .undirected, .directed:
            self.init(landscape, reading: reading, weighted: weighted, ids: ids, positions: index,
                      ends: TieEnds(landscape.ties) { index[$0] })
        case .foldedCommittees:
            let folding: Set<ActorKind> = [.committee, .event]
            let committees = Set(landscape.actors.filter { folding.contains($0.kind) }.map(\.id))
            let people = landscape.actors.filter { !folding.contains($0.kind) }.map(\.id)
            var position: [ActorID: Int] = [:]
            for (i, id) in people.enumerated() { position[id] = i }
            var members: [ActorID: [Int]] = [:]
            var seen: Set<[Int]> = []
            for tie in landscape.ties where (tie.kind == .member || tie.kind == .attends) && committees.contains(tie.to) {
                guard let member = position[tie.from], seen.insert([member, index[tie.to] ?? -1]).inserted else { continue }
                members[tie.to, default: []].append(member)
            }
            var pairs: [(Int, Int, Double)] = []
            for id in landscape.actors.map(\.id) where committees.contains(id) {
                let list = members[id] ?? []
                for i in list.indices {
                    for j in list.indices where j > i { pairs.append((list[i], list[j], 1)) }
                }
            }
            self.init(actors: people, pairs: pairs, directed: false, weighted: weighted)
        }
    }

    /// The snapshot of `landscape` in the undirected or directed reading, from `network`, a
    /// snapshot of the same landscape in either of them: the actors' positions and the ties' ends
    /// are taken from it, not looked up by id again.
    ///
    /// - Complexity: O(A + T log T) for A actors and T ties, without hashing.
    package init(_ landscape: Landscape, reading: NetworkReading, weighted: Bool, readAs network: Network) {
        guard reading != .foldedCommittees, network.actors.count == landscape.actors.count,
              network.tieEnds.from.count == landscape.ties.count else {
            self.init(landscape, reading: reading, weighted: weighted)
            return
        }
        self.init(landscape, reading: reading, weighted: weighted, ids: network.actors, positions: network.positions,
                  ends: network.tieEnds)
    }

    private init(_ landscape: Landscape, reading: NetworkReading, weighted: Bool, ids: [ActorID], positions: [ActorID: Int],
                 ends: TieEnds) {
        var pairs: [(Int, Int, Double)] = []
        pairs.reserveCapacity(landscape.ties.count * (reading == .directed ? 2 : 1))
        for (t, tie) in landscape.ties.enumerated() {
            let (u, v) = (Int(ends.from[t]), Int(ends.to[t]))
            guard u >= 0, v >= 0 else { continue }
            pairs.append((u, v, tie.weight))
            if reading == .directed && !tie.kind.isDirected { pairs.append((v, u, tie.weight)) }
        }
        self.init(actors: ids, positions: positions, pairs: pairs, directed: reading == .directed, weighted: weighted, tieEnds: ends)
    }

    /// Outgoing neighbours of `node` with weights (all neighbours when undirected).
    @inline(__always)
    func outRange(_ node: Int) -> Range<Int> { outStart[node]..<outStart[node + 1] }

    /// Incoming neighbours of `node` with weights (all neighbours when undirected).
    @inline(__always)
    func inRange(_ node: Int) -> Range<Int> { inStart[node]..<inStart[node + 1] }

    /// Neighbour indices of a node ignoring direction, sorted and distinct.
    func undirectedNeighbours(_ node: Int) -> [Int] {
        if !isDirected { return outTarget[outRange(node)].map { Int($0) } }
        var all = outTarget[outRange(node)].map { Int($0) } + inTarget[inRange(node)].map { Int($0) }
        all.sort()
        var unique: [Int] = []
        for value in all where unique.last != value { unique.append(value) }
        return unique
    }

    /// The underlying undirected network: arcs in either direction become one edge; the weight
    /// is the sum of both directions' weights.
    package func undirected() -> Network {
        guard isDirected else { return self }
        var pairs: [(Int, Int, Double)] = []
        pairs.reserveCapacity(outTarget.count)
        for u in 0..<nodeCount {
            for k in outRange(u) { pairs.append((u, Int(outTarget[k]), outWeight[k])) }
        }
        return Network(actors: actors, pairs: pairs, directed: false, weighted: isWeighted)
    }
}
