/// Breadth-first search from up to 64 sources at once (Then, Kaufmann, Chirigati, Hoang-Vu, Pham,
/// Kemper, Neumann & Vo 2014, "The More the Merrier: Efficient Multi-Source Graph Traversal",
/// doi:10.14778/2735496.2735507): one bit per source in a machine word per node, so a node
/// reached by several sources at the same distance is expanded once for all of them. The
/// exact closeness and harmonic sums and their sampled estimates both run on it.
///
/// One instance per worker; its three words per node are all zero between searches.
final class MultiSourceSearch {
    /// Per node: the sources that have reached it, that reached it at the last level, and that
    /// reach it at the next.
    private let seen: UnsafeMutablePointer<UInt64>
    private let visit: UnsafeMutablePointer<UInt64>
    private let next: UnsafeMutablePointer<UInt64>

    init(nodeCount n: Int) {
        seen = .filled(with: 0, count: n)
        visit = .filled(with: 0, count: n)
        next = .filled(with: 0, count: n)
    }

    deinit {
        seen.deallocate()
        visit.deallocate()
        next.deallocate()
    }

    /// Searches from `sources` (at most 64; bit i stands for `sources[i]`; a node may appear
    /// twice) along the rows `start`/`target`, looking only at `nodes`, which must hold every node
    /// the sources reach (their weak component, a contiguous run after relabelling). For every
    /// level ℓ = 1, 2, … it calls `reach(v, fresh, ℓ)` for each node v that the sources in
    /// `fresh` reach first at distance ℓ, then `levelDone(ℓ)`. Leaves the words cleared.
    ///
    /// - Complexity: O(|nodes|·D + E·L) for D levels and L ≤ min(64, D) distinct levels at
    ///   which a node is reached by the batch.
    @inline(__always)
    func run(
        sources: [Int], nodes: Range<Int>, start: UnsafePointer<Int32>, target: UnsafePointer<Int32>,
        reach: (Int, UInt64, Int) -> Void, levelDone: (Int) -> Void
    ) {
        for (i, source) in sources.enumerated() {
            seen[source] |= 1 << UInt64(i)
            visit[source] |= 1 << UInt64(i)
        }
        var level = 0
        var active = true
        while active {
            level += 1
            expand(nodes: nodes, start: start, target: target)
            active = settle(nodes: nodes, level: level, reach: reach)
            levelDone(level)
        }
        for v in nodes { seen[v] = 0 }
    }

    /// One level forward: every node's sources of the last level reach its neighbours.
    @inline(__always)
    private func expand(nodes: Range<Int>, start: UnsafePointer<Int32>, target: UnsafePointer<Int32>) {
        let visit = self.visit, next = self.next
        for v in nodes {
            let frontier = visit[v]
            if frontier == 0 { continue }
            for k in Int(start[v])..<Int(start[v + 1]) { next[Int(target[k])] |= frontier }
        }
    }

    /// Keeps the sources that reach a node for the first time as its frontier, reports them, and
    /// clears `next`; whether any node was reached anew.
    @inline(__always)
    private func settle(nodes: Range<Int>, level: Int, reach: (Int, UInt64, Int) -> Void) -> Bool {
        let seen = self.seen, visit = self.visit, next = self.next
        var active = false
        for v in nodes {
            let arriving = next[v]
            if arriving == 0 { visit[v] = 0; continue }
            let fresh = arriving & ~seen[v]
            next[v] = 0
            visit[v] = fresh
            if fresh == 0 { continue }
            active = true
            seen[v] |= fresh
            reach(v, fresh, level)
        }
        return active
    }
}
