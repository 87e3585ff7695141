/// One level of the Louvain hierarchy: a weighted undirected graph with self-loops, as compressed
/// sparse rows (each row sorted by neighbour), and its local-moving and aggregation phases.
///
/// The rows are flat arrays read through pointers, and aggregation (`LouvainSums.swift`) builds
/// the next level's rows from a counting sort of the nodes by community: no dictionary and no
/// array per node.
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
    /// Every weight a whole number (an unweighted network and the levels made from it): sums of
    /// weights are then exact in any order (see `modularity(_:count:resolution:workers:)`).
    var integral: Bool

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
        integral = !network.isWeighted
    }

    init(start: [Int], target: [Int32], weight: [Double], selfLoop: [Double], totalWeight: Double, integral: Bool) {
        self.start = start
        self.target = target
        self.weight = weight
        self.selfLoop = selfLoop
        self.totalWeight = totalWeight
        self.integral = integral
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
}
