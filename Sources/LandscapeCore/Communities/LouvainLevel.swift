/// One level of the Louvain hierarchy: a weighted undirected graph with self-loops, as compressed
/// sparse rows (each row sorted by neighbour), and its local-moving and aggregation phases.
///
/// The rows are flat arrays read through pointers, and aggregation builds the next level's rows
/// in place from a counting sort of the nodes by community: no dictionary and no array per node.
/// The arithmetic is done in the same order as the textbook formulation (neighbours in row
/// order, communities in order of first appearance, nodes in ascending order within a
/// community), so a seed gives the same partition as it always did.
struct LouvainLevel {
    var start: [Int]
    var target: [Int32]
    var weight: [Double]
    var selfLoop: [Double]
    /// Weighted degree, self-loops counted twice.
    var degree: [Double]
    var totalWeight: Double

    var nodeCount: Int { selfLoop.count }

    /// The first level: the undirected network itself (weights 1 unless weighted).
    init(_ network: Network) {
        let n = network.nodeCount
        start = network.outStart
        target = network.outTarget
        weight = network.isWeighted ? network.outWeight : [Double](repeating: 1, count: network.outTarget.count)
        selfLoop = [Double](repeating: 0, count: n)
        var degree = [Double](repeating: 0, count: n)
        for u in 0..<n {
            for k in start[u]..<start[u + 1] { degree[u] += weight[k] }
        }
        self.degree = degree
        totalWeight = degree.reduce(0, +) / 2
    }

    private init(start: [Int], target: [Int32], weight: [Double], selfLoop: [Double], totalWeight: Double) {
        self.start = start
        self.target = target
        self.weight = weight
        self.selfLoop = selfLoop
        self.totalWeight = totalWeight
        var degree = [Double](repeating: 0, count: selfLoop.count)
        for u in 0..<selfLoop.count {
            var sum = 0.0
            for k in start[u]..<start[u + 1] { sum += weight[k] }
            degree[u] = sum + 2 * selfLoop[u]
        }
        self.degree = degree
    }

    /// The local-moving phase: nodes in a random order each move to the neighbouring community
    /// with the largest gain (the first found on ties, staying on no gain), in sweeps until none
    /// moves. Returns whether any node moved and the community of each node.
    ///
    /// - Complexity: O(E) per sweep.
    func moveNodes(resolution: Double, using generator: inout some RandomNumberGenerator) -> (Bool, [Int]) {
        let n = nodeCount
        var community = Array(0..<n)
        var total = degree
        var order = Array(0..<n)
        order.shuffle(using: &generator)
        let twoM = 2 * totalWeight
        var linkWeight = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        touched.reserveCapacity(64)
        var movedAny = false
        var improved = true
        start.withUnsafeBufferPointer { start in
            target.withUnsafeBufferPointer { target in
                weight.withUnsafeBufferPointer { weight in
                    while improved {
                        improved = false
                        for u in order {
                            let own = community[u]
                            let k = degree[u]
                            for a in start[u]..<start[u + 1] {
                                let c = community[Int(target[a])]
                                if linkWeight[c] == 0 { touched.append(c) }
                                linkWeight[c] += weight[a]
                            }
                            total[own] -= k
                            var best = own
                            var bestGain = linkWeight[own] - resolution * total[own] * k / twoM
                            for c in touched where c != own {
                                let gain = linkWeight[c] - resolution * total[c] * k / twoM
                                if gain > bestGain {
                                    bestGain = gain
                                    best = c
                                }
                            }
                            total[best] += k
                            if best != own {
                                community[u] = best
                                improved = true
                                movedAny = true
                            }
                            for c in touched { linkWeight[c] = 0 }
                            touched.removeAll(keepingCapacity: true)
                        }
                    }
                }
            }
        }
        return (movedAny, community)
    }

    /// The network of communities (`community` numbered 0..<count): one node per community, edge
    /// weights summed, edges inside a community as its self-loop.
    ///
    /// - Complexity: O(V + E + Σ_c k_c log k_c) for k_c distinct neighbouring communities of c.
    func aggregate(_ community: [Int]) -> LouvainLevel {
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
        var loops = [Double](repeating: 0, count: count)
        var newStart = [Int](repeating: 0, count: count + 1)
        var newTarget: [Int32] = [], newWeight: [Double] = []
        newTarget.reserveCapacity(target.count / 2)
        newWeight.reserveCapacity(target.count / 2)
        var sum = [Double](repeating: 0, count: count)
        var seen = [Bool](repeating: false, count: count)
        var touched: [Int] = []
        for cu in 0..<count {
            for index in first[cu]..<first[cu + 1] {
                let u = members[index]
                loops[cu] += selfLoop[u]
                for a in start[u]..<start[u + 1] {
                    let v = Int(target[a]), cv = community[v]
                    if cu == cv {
                        if u < v { loops[cu] += weight[a] }
                    } else {
                        if !seen[cv] { seen[cv] = true; touched.append(cv) }
                        sum[cv] += weight[a]
                    }
                }
            }
            touched.sort()
            for cv in touched {
                newTarget.append(Int32(truncatingIfNeeded: cv))
                newWeight.append(sum[cv])
                sum[cv] = 0
                seen[cv] = false
            }
            touched.removeAll(keepingCapacity: true)
            newStart[cu + 1] = newTarget.count
        }
        return LouvainLevel(start: newStart, target: newTarget, weight: newWeight, selfLoop: loops, totalWeight: totalWeight)
    }
}
