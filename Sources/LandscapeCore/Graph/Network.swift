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

    /// Number of nodes.
    package var nodeCount: Int { actors.count }

    /// Number of edges (undirected) or arcs (directed).
    package var edgeCount: Int { isDirected ? outTarget.count : outTarget.count / 2 }

    /// The node index of an actor.
    package func index(of id: ActorID) -> Int? { positions[id] }

    /// A network over `actors` from weighted pairs of node indices. Pairs in both directions
    /// and repeated pairs collapse (summing weights); self-pairs are dropped.
    ///
    /// - Complexity: O(V + E log E) for V nodes and E pairs.
    package init(actors: [ActorID], pairs: [(Int, Int, Double)], directed: Bool, weighted: Bool) {
        self.actors = actors
        self.isDirected = directed
        self.isWeighted = weighted
        var positions: [ActorID: Int] = [:]
        positions.reserveCapacity(actors.count)
        for (index, id) in actors.enumerated() { positions[id] = index }
        self.positions = positions

        let n = actors.count
        var merged: [UInt64: Double] = [:]
        merged.reserveCapacity(pairs.count)
        for (u, v, weight) in pairs where u != v && u >= 0 && v >= 0 && u < n && v < n {
            let (a, b) = directed || u < v ? (u, v) : (v, u)
            merged[UInt64(a) << 32 | UInt64(b), default: 0] += weight
        }
        var arcs: [(from: Int32, to: Int32, weight: Double)] = []
        arcs.reserveCapacity(directed ? merged.count : 2 * merged.count)
        for (key, weight) in merged {
            let a = Int32(truncatingIfNeeded: key >> 32), b = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            arcs.append((a, b, weight))
            if !directed { arcs.append((b, a, weight)) }
        }
        (outStart, outTarget, outWeight) = Network.compress(arcs, nodeCount: n, byTarget: false)
        if directed {
            (inStart, inTarget, inWeight) = Network.compress(arcs, nodeCount: n, byTarget: true)
        } else {
            (inStart, inTarget, inWeight) = (outStart, outTarget, outWeight)
        }
    }

    /// Compressed sparse rows, rows sorted by neighbour index.
    private static func compress(_ arcs: [(from: Int32, to: Int32, weight: Double)], nodeCount n: Int, byTarget: Bool) -> ([Int], [Int32], [Double]) {
        var start = [Int](repeating: 0, count: n + 1)
        for arc in arcs { start[Int(byTarget ? arc.to : arc.from) + 1] += 1 }
        for i in 0..<n { start[i + 1] += start[i] }
        var fill = start
        var target = [Int32](repeating: 0, count: arcs.count)
        var weight = [Double](repeating: 0, count: arcs.count)
        for arc in arcs {
            let row = Int(byTarget ? arc.to : arc.from)
            target[fill[row]] = byTarget ? arc.from : arc.to
            weight[fill[row]] = arc.weight
            fill[row] += 1
        }
        for row in 0..<n where start[row + 1] - start[row] > 1 {
            let range = start[row]..<start[row + 1]
            let sorted = zip(target[range], weight[range]).sorted { $0.0 < $1.0 }
            for (offset, entry) in sorted.enumerated() {
                target[range.lowerBound + offset] = entry.0
                weight[range.lowerBound + offset] = entry.1
            }
        }
        return (start, target, weight)
    }

    /// The snapshot of a landscape in one reading.
    ///
    /// - Complexity: O(A + T log T) for A actors and T ties; folding adds O(Σ k²) over the
    ///   committees' member counts k.
    package init(_ landscape: Landscape, reading: NetworkReading = .undirected, weighted: Bool = false) {
        let ids = landscape.actors.map(\.id)
        var index: [ActorID: Int] = [:]
        for (i, id) in ids.enumerated() { index[id] = i }
        switch reading {
        case .undirected, .directed:
            var pairs: [(Int, Int, Double)] = []
            pairs.reserveCapacity(landscape.ties.count * (reading == .directed ? 2 : 1))
            for tie in landscape.ties {
                guard let u = index[tie.from], let v = index[tie.to] else { continue }
                pairs.append((u, v, tie.weight))
                if reading == .directed && !tie.kind.isDirected { pairs.append((v, u, tie.weight)) }
            }
            self.init(actors: ids, pairs: pairs, directed: reading == .directed, weighted: weighted)
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
