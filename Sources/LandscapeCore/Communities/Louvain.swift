/// A partition of the actors into communities: who works together more than chance suggests.
///
/// Communities are numbered by size, largest first (ties by the position of their first actor);
/// each community lists its actors in the landscape's order.
public struct Communities: ActorGrouping, Equatable {
    /// The communities, numbered by size.
    public let numberedGroups: NumberedGroups
    /// Modularity of the partition at the resolution it was found with.
    public var modularity: Double
    /// Community number of each node index (internal: the network's dense index).
    package var community: [Int] { numberedGroups.number }

    package init(community: [Int], members: [[Int]], modularity: Double, actors: [ActorID]) {
        numberedGroups = NumberedGroups(number: community, members: members, actors: actors)
        self.modularity = modularity
    }
}

package enum Louvain {
    /// Modularity (Newman & Girvan 2004; with resolution γ as Reichardt & Bornholdt 2006):
    /// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], where m is the total edge weight, L_c the weight of
    /// edges inside community c and d_c the total weighted degree of its nodes; computed on the
    /// undirected network (weights 1 unless weighted). 0 for a network without edges.
    ///
    /// - Complexity: O(V + E).
    package static func modularity(_ network: Network, community: [Int], resolution: Double = 1, workers: Int? = nil) -> Double {
        let g = network.undirected()
        let count = (community.max() ?? -1) + 1
        // Parts of the nodes on several threads for large unweighted networks: their sums are
        // whole numbers, exact in any order, so the value is the same to the last bit.
        let parts = g.isWeighted || g.outTarget.count <= LouvainLevel.parallelArcsAbove
            ? 1 : max(1, min(workers ?? Parallel.defaultWorkers, Parallel.defaultWorkers))
        let sums = Parallel.forEach(count: parts, workers: parts, makeState: { [(Int, LouvainLevel.CommunitySums, Double)]() }, body: { state, part in
            var sums = LouvainLevel.CommunitySums(inside: [Double](repeating: 0, count: count), degree: [Double](repeating: 0, count: count))
            var m = 0.0
            for u in LouvainLevel.part(part, of: parts, count: g.nodeCount) {
                for k in g.outRange(u) {
                    let v = Int(g.outTarget[k])
                    let w = g.isWeighted ? g.outWeight[k] : 1
                    sums.degree[community[u]] += w
                    if u < v {
                        m += w
                        if community[u] == community[v] { sums.inside[community[u]] += w }
                    }
                }
            }
            state.append((part, sums, m))
        }).flatMap { $0 }.sorted { $0.0 < $1.0 }
        var inside = sums[0].1.inside, degree = sums[0].1.degree, m = sums[0].2
        for (_, part, weight) in sums.dropFirst() {
            m += weight
            for c in 0..<count {
                inside[c] += part.inside[c]
                degree[c] += part.degree[c]
            }
        }
        guard m > 0 else { return 0 }
        var q = 0.0
        for c in 0..<count {
            q += inside[c] / m - resolution * (degree[c] / (2 * m)) * (degree[c] / (2 * m))
        }
        return q
    }

    /// Louvain community detection (Blondel, Guillaume, Lambiotte & Lefebvre 2008,
    /// doi:10.1088/1742-5468/2008/10/P10008), as networkx `louvain_communities`: nodes are visited
    /// in a random order and each moves to the neighbouring community with the largest modularity
    /// gain until no move helps; communities then become nodes of a new network, and both phases
    /// repeat while modularity grows by more than `threshold`. Deterministic for a generator state.
    /// On a directed reading it runs on the underlying undirected network. A level of more than
    /// `parallelAbove` nodes (`Louvain.parallelAbove` unless a caller needs another) moves them
    /// on `workers` threads, colour class by colour class (`moveNodesInParallel`: PLM with the
    /// colouring of Lu, Halappanavar & Kalyanaraman 2015), still deterministic for a generator
    /// state, whatever the number of workers; smaller levels, and so every landscape of up to
    /// `parallelAbove` actors, move them one by one as always.
    ///
    /// - Complexity: O(E) per pass in practice; a handful of passes and levels on real networks.
    package static func communities(
        _ network: Network, resolution: Double = 1, threshold: Double = 1e-7, workers: Int? = nil,
        parallelAbove: Int = Louvain.parallelAbove, using generator: inout some RandomNumberGenerator
    ) -> Communities {
        let g = network.undirected()
        let n = g.nodeCount
        var level = LouvainLevel(g)
        var assignment = Array(0..<n)  // original node → current level node
        guard level.totalWeight > 0 else {
            return finish(community: Array(0..<n), network: g, resolution: resolution, workers: workers)
        }
        // The modularity of a level's partition: on the level itself (the same value to the last
        // bit with whole-number weights, and far fewer edges after the first level), otherwise on
        // the network as always.
        func modularity(of local: [Int], count: Int) -> Double {
            level.integral
                ? level.modularity(local, count: count, resolution: resolution, workers: workers)
                : Self.modularity(g, community: assignment.map { local[$0] }, resolution: resolution)
        }
        var bestModularity = level.integral ? level.singletonModularity(resolution: resolution) : modularity(of: Array(0..<n), count: n)
        while true {
            let (moved, raw) = level.nodeCount > parallelAbove
                ? level.moveNodesInParallel(resolution: resolution, workers: workers, using: &generator)
                : level.moveNodes(resolution: resolution, using: &generator)
            guard moved else { break }
            let local = compact(raw)
            // With whole-number weights, aggregate first: the partition's modularity is then the
            // next level's own, summed over its nodes alone (the same value to the last bit).
            let next = level.integral ? level.aggregate(local, workers: workers) : nil
            let value = next?.singletonModularity(resolution: resolution) ?? modularity(of: local, count: (local.max() ?? -1) + 1)
            if value - bestModularity <= threshold {
                if value > bestModularity { assignment = assignment.map { local[$0] } }
                break
            }
            bestModularity = value
            assignment = assignment.map { local[$0] }
            level = next ?? level.aggregate(local, workers: workers)
        }
        return finish(community: compact(assignment), network: g, resolution: resolution, workers: workers)
    }

    /// Levels of more than this many nodes move them in parallel: the size above which the
    /// analyses sample (`Sampling.largeAbove`), so that smaller landscapes keep their partitions.
    static let parallelAbove = Sampling.largeAbove

    /// The best of `runs` Louvain runs (highest modularity; the first on ties), each from the
    /// generator's next state. Louvain's result depends on the visiting order; a few restarts
    /// make the reported partition robust. Deterministic for a generator state. A network of more
    /// than `parallelAbove` actors gets fewer runs (`runs(forNodes:)`).
    ///
    /// - Complexity: `runs` times that of `communities`.
    package static func bestCommunities(
        _ network: Network, resolution: Double = 1, runs: Int? = nil, workers: Int? = nil,
        using generator: inout some RandomNumberGenerator
    ) -> Communities {
        var best = communities(network, resolution: resolution, workers: workers, using: &generator)
        for _ in 1..<max(1, runs ?? Self.runs(forNodes: network.nodeCount)) {
            let candidate = communities(network, resolution: resolution, workers: workers, using: &generator)
            if candidate.modularity > best.modularity { best = candidate }
        }
        return best
    }

    /// Restarts by default: ten up to 10,000 nodes, then as many as 100,000 nodes allow (five at
    /// 20,000, one from 100,000 on). The larger the network, the less a run's modularity depends
    /// on the visiting order (on sbm-200k the best of ten gained 10⁻⁵ over one run; on a
    /// 10,000-actor Barabási–Albert graph, 0.007), and ten runs would cost ten times as long.
    static func runs(forNodes n: Int) -> Int { max(1, min(10, 100_000 / max(1, n))) }

    /// Numbers communities 0, 1, … in order of first appearance (labels are non-negative).
    ///
    /// - Complexity: O(V + L) for L the largest label.
    static func compact(_ labels: [Int]) -> [Int] {
        var code = [Int](repeating: -1, count: (labels.max() ?? -1) + 1)
        var next = 0
        return labels.map { label in
            if code[label] < 0 {
                code[label] = next
                next += 1
            }
            return code[label]
        }
    }

    /// The communities of compact labels numbered by size, largest first (ties by the position
    /// of their first actor), with their modularity.
    static func finish(community raw: [Int], network: Network, resolution: Double, workers: Int? = nil) -> Communities {
        var groups = [[Int]](repeating: [], count: (raw.max() ?? -1) + 1)
        for (node, c) in raw.enumerated() { groups[c].append(node) }
        let ordered = groups.filter { !$0.isEmpty }.sorted { a, b in a.count != b.count ? a.count > b.count : a[0] < b[0] }
        var community = [Int](repeating: 0, count: raw.count)
        for (index, members) in ordered.enumerated() { for node in members { community[node] = index } }
        return Communities(community: community, members: ordered,
                           modularity: modularity(network, community: community, resolution: resolution, workers: workers),
                           actors: network.actors)
    }
}
