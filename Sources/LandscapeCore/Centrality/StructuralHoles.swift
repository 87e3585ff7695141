/// Burt's structural-hole measures: how far an actor's contacts are tied to each other.
package enum StructuralHoles {
    /// Constraint and effective size per node index; `nil` for isolates (undefined, as networkx's NaN).
    public struct Result: Sendable {
        public var constraint: [Double?]
        public var effectiveSize: [Double?]
    }

    /// Burt (1992), *Structural Holes*, as networkx `constraint` and `effective_size`.
    ///
    /// With m(u, v) the mutual weight (weight of u→v plus v→u; every tie counts 1 when the network
    /// is unweighted) and p(u, v) = m(u, v) / Σ_w m(u, w) over u's neighbours N(u):
    /// - constraint c(u) = Σ_{v∈N(u)} (p(u, v) + Σ_{w∈N(u)} p(u, w) p(w, v))²;
    /// - effective size e(u) = Σ_{v∈N(u)} (1 − Σ_{w∈N(u)} p(u, w) · m(v, w) / max_x m(v, x)).
    ///   For an unweighted undirected network this is Borgatti's (1997) n − 2t/n, with t the ties
    ///   among the n neighbours.
    ///
    /// - Complexity: O(Σ_u Σ_{w∈N(u)} deg(w)) time, O(V) extra space.
    package static func compute(_ network: Network) -> Result {
        let n = network.nodeCount
        // Mutual weights on the undirected neighbourhood.
        var neighbours: [[Int]] = []
        var mutual: [[Double]] = []
        neighbours.reserveCapacity(n)
        mutual.reserveCapacity(n)
        for u in 0..<n {
            let list = network.undirectedNeighbours(u)
            var weights = [Double](repeating: 0, count: list.count)
            for (i, v) in list.enumerated() {
                weights[i] = arcWeight(network, u, v) + arcWeight(network, v, u)
            }
            neighbours.append(list)
            mutual.append(weights)
        }
        var total = [Double](repeating: 0, count: n)
        var maximum = [Double](repeating: 0, count: n)
        for u in 0..<n {
            total[u] = mutual[u].reduce(0, +)
            maximum[u] = mutual[u].max() ?? 0
        }
        var constraint = [Double?](repeating: nil, count: n)
        var effective = [Double?](repeating: nil, count: n)
        // Scratch: p(u, ·) and m(v, ·) as dense rows touched only at neighbours.
        var pU = [Double](repeating: 0, count: n)
        var inNeighbourhood = [Bool](repeating: false, count: n)
        for u in 0..<n where !neighbours[u].isEmpty {
            for (i, v) in neighbours[u].enumerated() {
                pU[v] = mutual[u][i] / total[u]
                inNeighbourhood[v] = true
            }
            var c = 0.0, e = 0.0
            for v in neighbours[u] {
                // indirect = Σ_w p(u,w) p(w,v); redundancy = Σ_w p(u,w) m(v,w)/max m(v,·)
                var indirect = 0.0
                var redundancy = 0.0
                for (j, w) in neighbours[v].enumerated() where inNeighbourhood[w] {
                    // p(w, v) = m(w, v) / total(w); m(w, v) = m(v, w) = mutual[v][j]
                    indirect += pU[w] * mutual[v][j] / total[w]
                    if maximum[v] > 0 { redundancy += pU[w] * mutual[v][j] / maximum[v] }
                }
                let direct = pU[v]
                c += (direct + indirect) * (direct + indirect)
                e += 1 - redundancy
            }
            constraint[u] = c
            effective[u] = e
            for v in neighbours[u] {
                pU[v] = 0
                inNeighbourhood[v] = false
            }
        }
        return Result(constraint: constraint, effectiveSize: effective)
    }

    /// The weight of the arc u→v (1 when unweighted), 0 without one.
    private static func arcWeight(_ network: Network, _ u: Int, _ v: Int) -> Double {
        let range = network.outRange(u)
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let mid = (low + high) / 2
            let t = Int(network.outTarget[mid])
            if t == v { return network.isWeighted ? network.outWeight[mid] : 1 }
            if t < v { low = mid + 1 } else { high = mid }
        }
        return 0
    }
}
