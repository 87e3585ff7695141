/// A level's modularity and its aggregation into the next level, on several threads for large
/// levels.
///
/// Both split the work into contiguous parts (of nodes, or of communities) and put the parts'
/// results together in order, so the next level is the same on any number of threads. The
/// modularity's sums per community are exact integers when every weight is a whole number
/// (`integral`: an unweighted network and every level made from it), so adding the parts in
/// any order gives the same value to the last bit; with other weights the parts are not split.
extension LouvainLevel {
    /// Levels with more arcs than this aggregate and sum modularity on several threads: below it,
    /// starting the threads costs about as much as the work (a level of 20,000 nodes has ~200,000).
    static let parallelArcsAbove = 100_000

    /// The number of parts for `workers` (all cores when nil): one for small levels.
    func parts(workers: Int?) -> Int {
        target.count > Self.parallelArcsAbove ? max(1, min(workers ?? Parallel.defaultWorkers, Parallel.defaultWorkers)) : 1
    }

    /// Modularity of the partition `community` (labels `0..<count`) of this level's nodes at
    /// `resolution`: the modularity, on the network the first level was made from, of the
    /// partition of its nodes that this one stands for (as `Louvain.modularity`; with whole-number
    /// weights the same value to the last bit, since every partial sum is an exact integer and
    /// the communities are summed in the same order).
    ///
    /// - Complexity: O(V + E + count) for V nodes and E arcs of the level, spread over the parts.
    func modularity(_ community: [Int], count: Int, resolution: Double, workers: Int?) -> Double {
        guard totalWeight > 0 else { return 0 }
        let parts = integral ? parts(workers: workers) : 1
        let level = self
        let sums = Parallel.forEach(count: parts, workers: parts, makeState: { [(Int, CommunitySums)]() }, body: { state, part in
            let nodes = Self.part(part, of: parts, count: level.nodeCount)
            state.append((part, level.communitySums(community, count: count, nodes: nodes)))
        }).flatMap { $0 }.sorted { $0.0 < $1.0 }.map(\.1)
        var inside = sums[0].inside, degree = sums[0].degree
        for part in sums.dropFirst() {
            for c in 0..<count {
                inside[c] += part.inside[c]
                degree[c] += part.degree[c]
            }
        }
        let m = totalWeight
        var q = 0.0
        for c in 0..<count {
            q += inside[c] / m - resolution * (degree[c] / (2 * m)) * (degree[c] / (2 * m))
        }
        return q
    }

    /// Modularity of the partition of this level's nodes into singletons: Σ_u [ s_u / m −
    /// γ (d_u / 2m)² ] for self-loop weight s_u and degree d_u, the same sums in the same order
    /// as `modularity` of the identity partition (so the same value to the last bit). The
    /// modularity of a partition of a level with whole-number weights is thus that of its
    /// aggregate's singletons, where every per-community sum is an exact integer.
    ///
    /// - Complexity: O(V).
    func singletonModularity(resolution: Double) -> Double {
        guard totalWeight > 0 else { return 0 }
        let m = totalWeight
        var q = 0.0
        for u in 0..<nodeCount {
            q += selfLoop[u] / m - resolution * (degree[u] / (2 * m)) * (degree[u] / (2 * m))
        }
        return q
    }

    /// Weight inside each community and its total degree, over some of the nodes.
    struct CommunitySums {
        var inside: [Double]
        var degree: [Double]
    }

    /// The sums of `modularity` over `nodes`: each edge inside a community once (from its lower
    /// end), self-loops once, degrees with self-loops twice.
    private func communitySums(_ community: [Int], count: Int, nodes: Range<Int>) -> CommunitySums {
        var inside = [Double](repeating: 0, count: count), degree = inside
        community.withUnsafeBufferPointer { community in
            start.withUnsafeBufferPointer { start in
                target.withUnsafeBufferPointer { target in
                    weight.withUnsafeBufferPointer { weight in
                        for u in nodes {
                            let c = community[u]
                            degree[c] += self.degree[u]
                            var within = selfLoop[u]
                            for a in start[u]..<start[u + 1] {
                                let v = Int(target[a])
                                if v > u && community[v] == c { within += weight[a] }
                            }
                            inside[c] += within
                        }
                    }
                }
            }
        }
        return CommunitySums(inside: inside, degree: degree)
    }

    /// The `index`th of `parts` contiguous, nearly equal ranges of `0..<count`.
    static func part(_ index: Int, of parts: Int, count: Int) -> Range<Int> {
        (count * index / parts)..<(count * (index + 1) / parts)
    }

    /// The network of communities (`community` numbered 0..<count): one node per community, edge
    /// weights summed, edges inside a community as its self-loop. Large levels are aggregated on
    /// `workers` threads, each building the rows of a contiguous range of communities.
    ///
    /// - Complexity: O(V + E + Σ_c k_c log k_c) for k_c distinct neighbouring communities of c.
    func aggregate(_ community: [Int], workers: Int? = nil) -> LouvainLevel {
        let n = nodeCount
        let count = (community.max() ?? -1) + 1
        // The nodes grouped by community, ascending within each (a counting sort).
        var first = [Int](repeating: 0, count: count + 1)
        for c in community { first[c + 1] += 1 }
        for c in 0..<count { first[c + 1] += first[c] }
        var members = [Int](repeating: 0, count: n)
        var fill = first
        for u in 0..<n {
            members[fill[community[u]]] = u
            fill[community[u]] += 1
        }
        // Parts of about equal numbers of nodes: part p from the community of node position p·n/parts.
        let parts = parts(workers: workers)
        var bounds = [0]
        var c = 0
        for p in 1..<parts {
            while c < count && first[c] < n * p / parts { c += 1 }
            bounds.append(c)
        }
        bounds.append(count)
        let level = self
        let rows = Parallel.forEach(count: parts, workers: parts, makeState: { [(Int, AggregatedRows)]() }, body: { [bounds, first, members] state, part in
            state.append((part, level.aggregatedRows(bounds[part]..<bounds[part + 1], community: community, count: count,
                                                     first: first, members: members)))
        }).flatMap { $0 }.sorted { $0.0 < $1.0 }.map(\.1)
        var newStart = [Int](repeating: 0, count: count + 1)
        var newTarget: [Int32] = [], newWeight: [Double] = [], loops: [Double] = []
        newTarget.reserveCapacity(rows.reduce(0) { $0 + $1.target.count })
        newWeight.reserveCapacity(newTarget.capacity)
        loops.reserveCapacity(count)
        for (part, row) in rows.enumerated() {
            let offset = newTarget.count
            for (i, end) in row.end.enumerated() { newStart[bounds[part] + i + 1] = offset + end }
            newTarget += row.target
            newWeight += row.weight
            loops += row.loops
        }
        return LouvainLevel(start: newStart, target: newTarget, weight: newWeight, selfLoop: loops, totalWeight: totalWeight,
                            integral: integral)
    }

    /// The next level's rows of some communities: the end of each row (from 0), the targets and
    /// weights, and each community's self-loop.
    struct AggregatedRows {
        var end: [Int] = []
        var target: [Int32] = []
        var weight: [Double] = []
        var loops: [Double] = []
    }

    /// The rows of the communities `communities` of the next level, each sorted by neighbour.
    private func aggregatedRows(_ communities: Range<Int>, community: [Int], count: Int, first: [Int], members: [Int]) -> AggregatedRows {
        var rows = AggregatedRows()
        rows.end.reserveCapacity(communities.count)
        rows.loops.reserveCapacity(communities.count)
        var sum = [Double](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        var touched: [Int] = []
        for cu in communities {
            var loop = 0.0
            for index in first[cu]..<first[cu + 1] {
                let u = members[index]
                loop += selfLoop[u]
                for a in start[u]..<start[u + 1] {
                    let v = Int(target[a]), cv = community[v]
                    if cu == cv {
                        if u < v { loop += weight[a] }
                    } else {
                        if !seen[cv] { seen[cv] = true; touched.append(cv) }
                        sum[cv] += weight[a]
                    }
                }
            }
            touched.sort()
            for cv in touched {
                rows.target.append(Int32(truncatingIfNeeded: cv))
                rows.weight.append(sum[cv])
                sum[cv] = 0
                seen[cv] = false
            }
            touched.removeAll(keepingCapacity: true)
            rows.loops.append(loop)
            rows.end.append(rows.target.count)
        }
        return rows
    }
}
