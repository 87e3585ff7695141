/// The colour classes of a Louvain level: sets of nodes of which no two are adjacent, so that
/// the nodes of one class can choose their communities at the same time, each seeing the others'
/// neighbours as they are (Lu, Halappanavar & Kalyanaraman 2015, "Parallel heuristics for
/// scalable community detection", Parallel Computing 47, doi:10.1016/j.parco.2015.03.003, §4).
struct ColourClasses: Equatable {
    /// The nodes of class `c` are `nodes[first[c]..<first[c + 1]]`, in ascending order.
    var first: [Int]
    var nodes: [Int32]

    var count: Int { first.count - 1 }

    func members(_ c: Int) -> ArraySlice<Int32> { nodes[first[c]..<first[c + 1]] }
}

extension LouvainLevel {
    /// The largest number of arcs of a node.
    var widestRow: Int { (0..<nodeCount).reduce(0) { max($0, start[$1 + 1] - start[$1]) } }

    /// A greedy colouring in node order (each node takes the smallest colour none of its
    /// neighbours before it has), as classes in node order. A node's colour is at most its
    /// degree, so there are at most the largest degree + 1 classes; on the benchmarks' block
    /// model of 200,000 actors a few dozen. Self-loops are ignored.
    ///
    /// - Complexity: O(V + E) time in one pass over the rows; O(V + Δ) extra space for Δ the
    ///   largest degree.
    func colourClasses() -> ColourClasses {
        let n = nodeCount
        var colour = [Int32](repeating: -1, count: n)
        // forbidden[c] == u: a neighbour of u before it has colour c.
        var forbidden = [Int32](repeating: -1, count: widestRow + 2)
        var classes = 0
        start.withUnsafeBufferPointer { start in
            target.withUnsafeBufferPointer { target in
                for u in 0..<n {
                    let mark = Int32(truncatingIfNeeded: u)
                    for a in start[u]..<start[u + 1] {
                        let c = colour[Int(target[a])]
                        if c >= 0 { forbidden[Int(c)] = mark }
                    }
                    var c = 0
                    while forbidden[c] == mark { c += 1 }
                    colour[u] = Int32(truncatingIfNeeded: c)
                    classes = max(classes, c + 1)
                }
            }
        }
        // The classes by a counting sort of the nodes by colour (ascending within each).
        var first = [Int](repeating: 0, count: classes + 1)
        for c in colour { first[Int(c) + 1] += 1 }
        for c in 0..<classes { first[c + 1] += first[c] }
        var fill = first
        var nodes = [Int32](repeating: 0, count: n)
        for u in 0..<n {
            let c = Int(colour[u])
            nodes[fill[c]] = Int32(truncatingIfNeeded: u)
            fill[c] += 1
        }
        return ColourClasses(first: first, nodes: nodes)
    }
}
