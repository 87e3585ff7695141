/// Draws one shortest path between two nodes uniformly at random, by a breadth-first search from
/// both ends at once (as KADABRA does: Borassi & Natale 2019, "KADABRA is an ADaptive Algorithm
/// for Betweenness via Random Approximation", ACM JEA 24, doi:10.1145/3284359).
///
/// The two searches grow level by level, always the side whose frontier has fewer arcs to
/// scan, each counting shortest paths (σ) from its end. When a level of one side reaches nodes
/// the other side has seen, those nodes lie on the other side's last level (had one been seen
/// earlier, its neighbour on this side would have been seen by both searches already), so every
/// shortest path passes through exactly one of them, z, and there are σ_s(z)·σ_t(z) through
/// each. Choosing z with that weight and then each predecessor p of w with weight σ(p)/σ(w), back
/// to both ends, picks each shortest path with probability 1/σ_st. On a landscape whose
/// distances are short, the two balls meet long before either covers the network.
///
/// One instance per worker, on the relabelled rows of `UnweightedPaths`.
final class PathSampler {
    /// Forward from the source (along outgoing arcs) and backward from the target (along
    /// incoming arcs): hops from the side's end (-1 unseen), σ, and the nodes in the order seen.
    private let forward: Side
    private let backward: Side

    init(nodeCount n: Int) {
        forward = Side(nodeCount: n)
        backward = Side(nodeCount: n)
    }

    /// Samples a shortest path from `source` to `target` (different nodes) and calls `inside`
    /// for every node strictly inside it; nothing when `target` is unreachable.
    ///
    /// - Complexity: O(V_s + V_t + E_s + E_t) for the nodes and arcs within the two balls.
    func sample(
        from source: Int, to target: Int, rows: UnweightedPaths.Rows, using random: inout some RandomNumberGenerator,
        inside: (Int) -> Void
    ) {
        forward.begin(at: source)
        backward.begin(at: target)
        defer {
            forward.reset()
            backward.reset()
        }
        while !forward.frontier.isEmpty && !backward.frontier.isEmpty {
            let forwardCost = forward.frontierArcs(rows.outStart), backwardCost = backward.frontierArcs(rows.inStart)
            let (near, far) = forwardCost <= backwardCost ? (forward, backward) : (backward, forward)
            let (start, targets) = near === forward ? (rows.outStart, rows.outTarget) : (rows.inStart, rows.inTarget)
            near.expand(start: start, target: targets)
            var total = 0.0
            for z in near.frontier where far.hops[z] >= 0 { total += near.sigma[z] * far.sigma[z] }
            guard total > 0 else { continue }
            var pick = Double.random(in: 0..<1, using: &random) * total
            var middle = -1
            for z in near.frontier where far.hops[z] >= 0 {
                middle = z
                pick -= near.sigma[z] * far.sigma[z]
                if pick < 0 { break }
            }
            if middle != source && middle != target { inside(middle) }
            forward.walkBack(from: middle, start: rows.inStart, target: rows.inTarget, using: &random, inside: inside)
            backward.walkBack(from: middle, start: rows.outStart, target: rows.outTarget, using: &random, inside: inside)
            return
        }
    }

    /// One of the two searches.
    private final class Side {
        let hops: UnsafeMutablePointer<Int32>
        let sigma: UnsafeMutablePointer<Double>
        let order: UnsafeMutablePointer<Int32>
        var count = 0
        /// The last level: `order[levelStart..<count]`.
        var levelStart = 0

        init(nodeCount n: Int) {
            hops = .filled(with: -1, count: n)
            sigma = .filled(with: 0, count: n)
            order = .filled(with: 0, count: n)
        }

        deinit {
            hops.deallocate()
            sigma.deallocate()
            order.deallocate()
        }

        /// The nodes of the last level.
        var frontier: LazyMapSequence<Range<Int>, Int> { (levelStart..<count).lazy.map { Int(self.order[$0]) } }

        func begin(at node: Int) {
            hops[node] = 0
            sigma[node] = 1
            order[0] = Int32(truncatingIfNeeded: node)
            count = 1
            levelStart = 0
        }

        func reset() {
            for i in 0..<count { hops[Int(order[i])] = -1 }
            count = 0
            levelStart = 0
        }

        /// The arcs the next expansion scans.
        func frontierArcs(_ start: UnsafePointer<Int32>) -> Int {
            var arcs = 0
            for i in levelStart..<count {
                let v = Int(order[i])
                arcs += Int(start[v + 1] - start[v])
            }
            return arcs
        }

        /// Adds the next level, with σ.
        func expand(start: UnsafePointer<Int32>, target: UnsafePointer<Int32>) {
            let end = count
            var tail = count
            for i in levelStart..<end {
                let v = Int(order[i])
                let next = hops[v] &+ 1, paths = sigma[v]
                for k in Int(start[v])..<Int(start[v + 1]) {
                    let w = Int(target[k])
                    if hops[w] < 0 {
                        hops[w] = next
                        sigma[w] = paths
                        order[tail] = target[k]
                        tail += 1
                    } else if hops[w] == next {
                        sigma[w] += paths
                    }
                }
            }
            levelStart = end
            count = tail
        }

        /// From `node` back to this side's end, each predecessor p of w (a neighbour one hop
        /// nearer the end, along the rows given) with probability σ(p)/σ(w); reports the nodes
        /// passed, the end itself excluded.
        func walkBack(
            from node: Int, start: UnsafePointer<Int32>, target: UnsafePointer<Int32>, using random: inout some RandomNumberGenerator,
            inside: (Int) -> Void
        ) {
            var w = node
            while hops[w] > 1 {
                let previous = hops[w] - 1
                var pick = Double.random(in: 0..<1, using: &random) * sigma[w]
                var chosen = -1
                for k in Int(start[w])..<Int(start[w + 1]) {
                    let p = Int(target[k])
                    guard hops[p] == previous else { continue }
                    chosen = p
                    pick -= sigma[p]
                    if pick < 0 { break }
                }
                inside(chosen)
                w = chosen
            }
        }
    }
}
