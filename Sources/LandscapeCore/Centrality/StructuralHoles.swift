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
    /// Both come from one pass over each actor's neighbourhood (`MutualRows`: the neighbours and
    /// mutual weights as flat rows, with each row's total and largest weight precomputed), on
    /// `workers` threads, each actor's sums in the same order on any number of them.
    ///
    /// - Complexity: O(Σ_u Σ_{w∈N(u)} deg(w)) time, O(V + E) extra space plus O(V) per worker.
    package static func compute(_ network: Network, workers: Int? = nil) -> Result {
        let n = network.nodeCount
        let rows = MutualRows(network)
        var constraint = [Double?](repeating: nil, count: n)
        var effective = [Double?](repeating: nil, count: n)
        let blocks = (n + 1023) / 1024
        let states = rows.withPointers { view in
            Parallel.forEach(count: blocks, workers: workers, makeState: { Scratch(nodeCount: n) }, body: { scratch, block in
                for u in block * 1024..<min(n, (block + 1) * 1024) where view.start[u] < view.start[u + 1] {
                    scratch.results.append((u, view.measures(of: u, scratch: scratch)))
                }
            })
        }
        for state in states {
            for (u, value) in state.results {
                constraint[u] = value.constraint
                effective[u] = value.effectiveSize
            }
        }
        return Result(constraint: constraint, effectiveSize: effective)
    }

    /// One worker's p(u, ·) and neighbourhood marks, touched only at u's neighbours, and its results.
    final class Scratch {
        let p: UnsafeMutablePointer<Double>
        let inNeighbourhood: UnsafeMutablePointer<Bool>
        var results: [(Int, (constraint: Double, effectiveSize: Double))] = []

        init(nodeCount n: Int) {
            p = .filled(with: 0, count: n)
            inNeighbourhood = .filled(with: false, count: n)
        }

        deinit {
            p.deallocate()
            inNeighbourhood.deallocate()
        }
    }
}

/// Each node's neighbours ignoring direction (sorted, distinct) with the mutual weights m(u, v),
/// as flat rows, and per node the total and the largest of its mutual weights.
struct MutualRows {
    let start: [Int]
    let neighbour: [Int32]
    let mutual: [Double]
    let total: [Double]
    let maximum: [Double]

    /// - Complexity: O(V + E) undirected; directed O(E log E) (each mutual weight looks up the
    ///   arcs both ways).
    init(_ network: Network) {
        let n = network.nodeCount
        var start = [Int](repeating: 0, count: n + 1), neighbour: [Int32] = [], mutual: [Double] = []
        if !network.isDirected {
            // Both arcs of an edge carry its weight: m = w + w.
            start = network.outStart
            neighbour = network.outTarget
            mutual = network.isWeighted ? network.outWeight.map { $0 + $0 } : [Double](repeating: 2, count: network.outTarget.count)
        } else {
            for u in 0..<n {
                for v in network.undirectedNeighbours(u) {
                    neighbour.append(Int32(truncatingIfNeeded: v))
                    mutual.append(Self.arcWeight(network, u, v) + Self.arcWeight(network, v, u))
                }
                start[u + 1] = neighbour.count
            }
        }
        var total = [Double](repeating: 0, count: n), maximum = [Double](repeating: 0, count: n)
        for u in 0..<n where start[u] < start[u + 1] {
            for k in start[u]..<start[u + 1] { total[u] += mutual[k] }
            maximum[u] = mutual[start[u]..<start[u + 1]].max() ?? 0
        }
        (self.start, self.neighbour, self.mutual, self.total, self.maximum) = (start, neighbour, mutual, total, maximum)
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

    /// Calls `body` with pointer views of the rows, valid only during the call.
    func withPointers<Result>(_ body: (View) -> Result) -> Result {
        start.withUnsafeBufferPointer { start in
            neighbour.withUnsafeBufferPointer { neighbour in
                mutual.withUnsafeBufferPointer { mutual in
                    total.withUnsafeBufferPointer { total in
                        maximum.withUnsafeBufferPointer { maximum in
                            body(View(start: start.baseAddress!, neighbour: neighbour.baseAddress ?? EmptyBuffer.int32,
                                      mutual: mutual.baseAddress ?? EmptyBuffer.double, total: total.baseAddress ?? EmptyBuffer.double,
                                      maximum: maximum.baseAddress ?? EmptyBuffer.double))
                        }
                    }
                }
            }
        }
    }

    /// The rows as pointers for the workers, which only read them.
    struct View: @unchecked Sendable {
        let start: UnsafePointer<Int>
        let neighbour: UnsafePointer<Int32>
        let mutual: UnsafePointer<Double>
        let total: UnsafePointer<Double>
        let maximum: UnsafePointer<Double>

        /// Constraint and effective size of `u` (which has neighbours), as the formulas of
        /// `StructuralHoles.compute` read, summed in row order.
        @inline(__always)
        func measures(of u: Int, scratch: StructuralHoles.Scratch) -> (constraint: Double, effectiveSize: Double) {
            let p = scratch.p, inNeighbourhood = scratch.inNeighbourhood
            let row = start[u]..<start[u + 1]
            for k in row {
                let v = Int(neighbour[k])
                p[v] = mutual[k] / total[u]
                inNeighbourhood[v] = true
            }
            var c = 0.0, e = 0.0
            for k in row {
                let v = Int(neighbour[k])
                // indirect = Σ_w p(u,w) p(w,v); redundancy = Σ_w p(u,w) m(v,w)/max m(v,·)
                var indirect = 0.0, redundancy = 0.0
                for j in start[v]..<start[v + 1] {
                    let w = Int(neighbour[j])
                    guard inNeighbourhood[w] else { continue }
                    // p(w, v) = m(w, v) / total(w); m(w, v) = m(v, w) = mutual[j]
                    indirect += p[w] * mutual[j] / total[w]
                    if maximum[v] > 0 { redundancy += p[w] * mutual[j] / maximum[v] }
                }
                let direct = p[v]
                c += (direct + indirect) * (direct + indirect)
                e += 1 - redundancy
            }
            for k in row {
                p[Int(neighbour[k])] = 0
                inNeighbourhood[Int(neighbour[k])] = false
            }
            return (c, e)
        }
    }
}
