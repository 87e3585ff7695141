/// The unweighted all-pairs kernel of `PathMeasures`: one breadth-first search per source
/// counting shortest paths, then Brandes' dependency accumulation, on a cache-friendly copy of
/// the network.
///
/// Three things make it faster than a textbook Brandes on the network's own arrays (profiled on
/// a 20,000-actor landscape, see docs/performance.md):
/// - **Relabelling.** Nodes are renumbered in breadth-first order (each component from its
///   lowest index, as in Cuthill–McKee 1969 without the degree sort), and each row sorted, so
///   neighbours of a node sit close together in memory. Results are mapped back at the end.
/// - **Compact hop counts** (`Int32`, read on every arc) apart from σ and ρ (touched only on
///   arcs between consecutive levels).
/// - **Scaled dependencies.** Instead of δ(v) it accumulates ρ(v) = δ(v) / σ(v), which turns
///   Brandes' update δ(v) += σ(v)/σ(w) · (1 + δ(w)) into ρ(v) += 1/σ(w) + ρ(w): one addition
///   per predecessor arc, no multiplication and no read of σ(v). δ(w) = σ(w)·ρ(w) is formed once
///   per node. (The same identity appears in Bader & Madduri's 2006 parallel Brandes.)
/// - **Successor lists.** The search for betweenness writes, in queue order, each node's
///   successors in the shortest-path DAG (the neighbours one hop further) as it meets them, one
///   `Int32` per DAG arc; the backward pass then sums ρ over those lists, reading no hop count
///   and no arc outside the DAG (Green & Bader 2013, "Faster betweenness centrality based on data
///   structure experimentation", ICCS; on the 2,000-actor block model a third less time per
///   source than scanning every row for the nodes one hop nearer).
struct UnweightedPaths: @unchecked Sendable {
    /// The relabelled rows (`Int32` offsets halve the start arrays).
    let outStart: [Int32]
    let outTarget: [Int32]
    let inStart: [Int32]
    let inTarget: [Int32]
    /// Original index of each relabelled node, and the relabelled index of each original node.
    let original: [Int32]
    let relabelled: [Int32]
    let isDirected: Bool

    /// - Complexity: O(V + E log Δ) for the copy, Δ the largest degree.
    init(_ network: Network) {
        let n = network.nodeCount
        isDirected = network.isDirected
        // Breadth-first order over arcs in both directions.
        var newIndex = [Int32](repeating: -1, count: n)
        var order = [Int32]()
        order.reserveCapacity(n)
        for root in 0..<n where newIndex[root] < 0 {
            newIndex[root] = Int32(order.count)
            order.append(Int32(root))
            var head = order.count - 1
            while head < order.count {
                let v = Int(order[head])
                head += 1
                for k in network.outRange(v) where newIndex[Int(network.outTarget[k])] < 0 {
                    let w = Int(network.outTarget[k])
                    newIndex[w] = Int32(order.count)
                    order.append(Int32(w))
                }
                if network.isDirected {
                    for k in network.inRange(v) where newIndex[Int(network.inTarget[k])] < 0 {
                        let w = Int(network.inTarget[k])
                        newIndex[w] = Int32(order.count)
                        order.append(Int32(w))
                    }
                }
            }
        }
        original = order
        relabelled = newIndex
        (outStart, outTarget) = Self.rows(network.outStart, network.outTarget, original: order, relabelled: newIndex)
        if network.isDirected {
            (inStart, inTarget) = Self.rows(network.inStart, network.inTarget, original: order, relabelled: newIndex)
        } else {
            (inStart, inTarget) = (outStart, outTarget)
        }
    }

    private static func rows(_ start: [Int], _ target: [Int32], original: [Int32], relabelled: [Int32]) -> ([Int32], [Int32]) {
        let n = original.count
        var newStart = [Int32](repeating: 0, count: n + 1)
        var newTarget = [Int32](repeating: 0, count: target.count)
        var fill = 0
        for i in 0..<n {
            let u = Int(original[i])
            let begin = fill
            for k in start[u]..<start[u + 1] {
                newTarget[fill] = relabelled[Int(target[k])]
                fill += 1
            }
            newTarget[begin..<fill].sort()
            newStart[i + 1] = Int32(fill)
        }
        return (newStart, newTarget)
    }

    /// Per-worker buffers, reset after each source by touching only the nodes it reached.
    ///
    /// Hops live in their own compact `Int32` array: every arc visit reads them, while σ and ρ
    /// are touched only for arcs between consecutive levels, so keeping them apart keeps the
    /// array read on every arc small enough for the L1/L2 caches (a 24-byte record per node was
    /// 10 % slower on the 20k landscape).
    final class Workspace {
        /// Hops from the source, -1 when unreached.
        let hops: UnsafeMutablePointer<Int32>
        /// Number of shortest paths from the source (valid where `hops ≥ 0`).
        let sigma: UnsafeMutablePointer<Double>
        /// Scaled dependency ρ = δ / σ.
        let rho: UnsafeMutablePointer<Double>
        let order: UnsafeMutablePointer<Int32>
        var count = 0
        /// The last `searchRecordingSuccessors`'s DAG: the successors of the node at position i
        /// of `order` are `successors[successorStart[i] ..< successorStart[i + 1]]` (room for
        /// `arcCount` of them, every arc at most once).
        let successors: UnsafeMutablePointer<Int32>
        let successorStart: UnsafeMutablePointer<Int32>

        /// Buffers for `nodeCount` nodes; `arcCount` is needed only for
        /// `searchRecordingSuccessors` (the number of arcs of the rows searched).
        init(nodeCount n: Int, arcCount: Int = 0) {
            hops = .filled(with: -1, count: n)
            sigma = .filled(with: 0, count: n)
            rho = .filled(with: 0, count: n)
            order = .filled(with: 0, count: n)
            successors = .filled(with: 0, count: arcCount)
            successorStart = .filled(with: 0, count: arcCount > 0 ? n + 1 : 0)
        }

        deinit {
            hops.deallocate()
            sigma.deallocate()
            rho.deallocate()
            order.deallocate()
            successors.deallocate()
            successorStart.deallocate()
        }

        func reset() {
            for i in 0..<count {
                let v = Int(order[i])
                hops[v] = -1
                rho[v] = 0
            }
            count = 0
        }

        /// Breadth-first search from `source`; with `countPaths` also σ. O(V + E).
        @inline(__always)
        func search(from source: Int, start: UnsafePointer<Int32>, target: UnsafePointer<Int32>, countPaths: Bool) {
            let hops = self.hops, sigma = self.sigma, order = self.order
            hops[source] = 0
            sigma[source] = 1
            order[0] = Int32(truncatingIfNeeded: source)
            var tail = 1, head = 0
            while head < tail {
                let v = Int(order[head])
                head &+= 1
                let next = hops[v] &+ 1
                let paths = sigma[v]
                var k = Int(start[v])
                let end = Int(start[v &+ 1])
                while k < end {
                    let w32 = target[k]
                    let w = Int(w32)
                    let seen = hops[w]
                    if seen < 0 {
                        hops[w] = next
                        sigma[w] = paths
                        order[tail] = w32
                        tail &+= 1
                    } else if countPaths && seen == next {
                        sigma[w] += paths
                    }
                    k &+= 1
                }
            }
            count = tail
        }

        /// Breadth-first search from `source` counting shortest paths (σ), recording each node's
        /// successors in the shortest-path DAG for `accumulateAlongSuccessors`. O(V + E).
        @inline(__always)
        func searchRecordingSuccessors(from source: Int, start: UnsafePointer<Int32>, target: UnsafePointer<Int32>) {
            let hops = self.hops, sigma = self.sigma, order = self.order
            let successors = self.successors, successorStart = self.successorStart
            hops[source] = 0
            sigma[source] = 1
            order[0] = Int32(truncatingIfNeeded: source)
            var tail = 1, head = 0
            var recorded: Int32 = 0
            while head < tail {
                let v = Int(order[head])
                successorStart[head] = recorded
                head &+= 1
                let next = hops[v] &+ 1
                let paths = sigma[v]
                var k = Int(start[v])
                let end = Int(start[v &+ 1])
                while k < end {
                    let w32 = target[k]
                    let w = Int(w32)
                    let seen = hops[w]
                    if seen < 0 {
                        hops[w] = next
                        sigma[w] = paths
                        order[tail] = w32
                        tail &+= 1
                        successors[Int(recorded)] = w32
                        recorded &+= 1
                    } else if seen == next {
                        sigma[w] += paths
                        successors[Int(recorded)] = w32
                        recorded &+= 1
                    }
                    k &+= 1
                }
            }
            successorStart[tail] = recorded
            count = tail
        }

        /// Brandes' backward pass over the last `searchRecordingSuccessors`: adds δ_source(v) to
        /// `total[v]` for every reached v other than the source (`order[0]`). In reverse order each
        /// node sums 1/σ(w) + ρ(w) over its successors w into ρ(v) (so δ(v) = σ(v)·ρ(v)), and keeps
        /// 1/σ(v) + ρ(v) in `rho` for its own predecessors. O(V + E).
        @inline(__always)
        func accumulateAlongSuccessors(into total: UnsafeMutablePointer<Double>) {
            let sigma = self.sigma, share = self.rho, order = self.order
            let successors = self.successors, successorStart = self.successorStart
            var i = count - 1
            while i > 0 {
                let v = Int(order[i])
                var dependency = 0.0
                var j = Int(successorStart[i])
                let end = Int(successorStart[i &+ 1])
                while j < end {
                    dependency += share[Int(successors[j])]
                    j &+= 1
                }
                let paths = sigma[v]
                share[v] = 1 / paths + dependency
                total[v] += paths * dependency
                i &-= 1
            }
        }

        /// Closeness (Wasserman–Faust form) and the raw harmonic sum of the last search's source.
        func distanceSums(nodeCount n: Int) -> (closeness: Double, harmonic: Double) {
            var total = 0, harmonic = 0.0
            var level: Int32 = 0, atLevel = 0
            for i in 1..<max(1, count) {
                let d = hops[Int(order[i])]
                if d != level {
                    if atLevel > 0 { harmonic += Double(atLevel) / Double(level) }
                    level = d
                    atLevel = 0
                }
                atLevel += 1
                total += Int(d)
            }
            if atLevel > 0 && level > 0 { harmonic += Double(atLevel) / Double(level) }
            let reached = Double(count - 1)
            var closeness = 0.0
            if total > 0 && n > 1 {
                closeness = (reached / Double(total)) * (reached / Double(n - 1))
            }
            return (closeness, harmonic)
        }
    }

    /// Closeness and raw harmonic sums without betweenness: a multi-source BFS
    /// (`MultiSourceSearch`, Then et al. 2014) runs 64 sources at once. Same results as one BFS
    /// per source.
    ///
    /// - Complexity: O((V·D + E·L) · ⌈V/64⌉) time for diameter D and L ≤ min(64, D) distinct
    ///   levels at which a node is reached within a batch; O(V) extra space per worker.
    func distanceSums(incoming: Bool, workers: Int?) -> (closeness: [Double], harmonic: [Double]) {
        let n = original.count
        let batches = (n + 63) / 64
        let states = withRows { rows in
            Parallel.forEach(count: batches, workers: workers, makeState: { BatchState(search: MultiSourceSearch(nodeCount: n)) }, body: { state, batch in
                let start = incoming ? rows.inStart : rows.outStart, target = incoming ? rows.inTarget : rows.outTarget
                state.batches.append(Self.distanceBatch(batch, nodeCount: n, start: start, target: target, search: state.search))
            })
        }
        var closeness = [Double](repeating: 0, count: n), harmonic = [Double](repeating: 0, count: n)
        for state in states {
            for batch in state.batches {
                for i in batch.closeness.indices {
                    closeness[Int(original[batch.first + i])] = batch.closeness[i]
                    harmonic[Int(original[batch.first + i])] = batch.harmonic[i]
                }
            }
        }
        return (closeness, harmonic)
    }

    /// Closeness and raw harmonic sums of the sources `first ..< first + 64` (relabelled).
    private struct Batch {
        var first: Int
        var closeness: [Double]
        var harmonic: [Double]
    }

    private struct BatchState {
        var search: MultiSourceSearch
        var batches: [Batch] = []
    }

    /// One batch of up to 64 sources, level by level until no source reaches a new node.
    private static func distanceBatch(
        _ batch: Int, nodeCount n: Int, start: UnsafePointer<Int32>, target: UnsafePointer<Int32>, search: MultiSourceSearch
    ) -> Batch {
        let first = batch * 64, size = min(64, n - first)
        var reached = [Int](repeating: 1, count: size)
        var total = [Int](repeating: 0, count: size)
        var harmonic = [Double](repeating: 0, count: size)
        var atLevel = [Int](repeating: 0, count: size)
        search.run(sources: Array(first..<first + size), nodes: 0..<n, start: start, target: target, reach: { _, fresh, _ in
            var fresh = fresh
            while fresh != 0 {
                atLevel[fresh.trailingZeroBitCount] += 1
                fresh &= fresh &- 1
            }
        }, levelDone: { level in
            for i in 0..<size where atLevel[i] > 0 {
                reached[i] += atLevel[i]
                total[i] += atLevel[i] * level
                harmonic[i] += Double(atLevel[i]) / Double(level)
                atLevel[i] = 0
            }
        })
        var result = Batch(first: first, closeness: [], harmonic: harmonic)
        result.closeness = (0..<size).map { i in
            let r = Double(reached[i] - 1)
            return total[i] > 0 && n > 1 ? (r / Double(total[i])) * (r / Double(n - 1)) : 0
        }
        return result
    }

    /// Betweenness (raw sums over ordered pairs), closeness and raw harmonic sums, per original
    /// node index; see `PathMeasures.compute` for the definitions.
    func run(betweenness wantsBetweenness: Bool, distances wantsDistances: Bool, workers: Int?)
        -> (betweenness: [Double], closeness: [Double], harmonic: [Double]) {
        let n = original.count
        struct State {
            var workspace: Workspace
            var betweenness: [Double]
            var closeness: [(Int, Double)] = []
            var harmonic: [(Int, Double)] = []
        }
        let reverseForDistances = isDirected && wantsDistances
        let arcCount = outTarget.count
        let states = withRows { rows in
            Parallel.forEach(count: n, workers: workers, makeState: {
                State(workspace: Workspace(nodeCount: n, arcCount: wantsBetweenness ? arcCount : 0),
                      betweenness: wantsBetweenness ? [Double](repeating: 0, count: n) : [])
            }, body: { state, source in
                let workspace = state.workspace
                if wantsBetweenness || !reverseForDistances {
                    if wantsBetweenness {
                        workspace.searchRecordingSuccessors(from: source, start: rows.outStart, target: rows.outTarget)
                        state.betweenness.withUnsafeMutableBufferPointer { total in
                            workspace.accumulateAlongSuccessors(into: total.baseAddress!)
                        }
                    } else {
                        workspace.search(from: source, start: rows.outStart, target: rows.outTarget, countPaths: false)
                    }
                    if wantsDistances && !reverseForDistances {
                        let sums = workspace.distanceSums(nodeCount: n)
                        state.closeness.append((source, sums.closeness))
                        state.harmonic.append((source, sums.harmonic))
                    }
                    workspace.reset()
                }
                if reverseForDistances {
                    workspace.search(from: source, start: rows.inStart, target: rows.inTarget, countPaths: false)
                    let sums = workspace.distanceSums(nodeCount: n)
                    state.closeness.append((source, sums.closeness))
                    state.harmonic.append((source, sums.harmonic))
                    workspace.reset()
                }
            })
        }
        var betweenness = [Double](repeating: 0, count: wantsBetweenness ? n : 0)
        var closeness = [Double](repeating: 0, count: wantsDistances ? n : 0)
        var harmonic = [Double](repeating: 0, count: wantsDistances ? n : 0)
        for state in states {
            if wantsBetweenness {
                for i in 0..<n { betweenness[Int(original[i])] += state.betweenness[i] }
            }
            for (i, value) in state.closeness { closeness[Int(original[i])] = value }
            for (i, value) in state.harmonic { harmonic[Int(original[i])] = value }
        }
        return (betweenness, closeness, harmonic)
    }

    /// Calls `body` with pointer views of the relabelled rows, valid only during the call: the
    /// inner loops then check no bounds and retain no arrays.
    func withRows<Result>(_ body: (Rows) -> Result) -> Result {
        outStart.withUnsafeBufferPointer { outStart in
            outTarget.withUnsafeBufferPointer { outTarget in
                inStart.withUnsafeBufferPointer { inStart in
                    inTarget.withUnsafeBufferPointer { inTarget in
                        body(Rows(outStart: outStart.baseAddress!, outTarget: outTarget.baseAddress ?? Rows.none,
                                  inStart: inStart.baseAddress!, inTarget: inTarget.baseAddress ?? Rows.none))
                    }
                }
            }
        }
    }

    struct Rows: @unchecked Sendable {
        let outStart: UnsafePointer<Int32>
        let outTarget: UnsafePointer<Int32>
        let inStart: UnsafePointer<Int32>
        let inTarget: UnsafePointer<Int32>
        nonisolated(unsafe) static let none = UnsafePointer(UnsafeMutablePointer<Int32>.allocate(capacity: 1))
    }
}
