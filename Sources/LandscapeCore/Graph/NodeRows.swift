/// A list of nodes for each node (compressed rows), each row ascending and without repeats.
struct NodeRows {
    private let start: [Int]
    private let list: [Int32]

    /// The rows of `pairs` (row, entry).
    ///
    /// - Complexity: O(V + P + Σ k log k) for P pairs and k entries per row.
    init(_ pairs: [(Int32, Int32)], nodeCount: Int) {
        var start = [Int](repeating: 0, count: nodeCount + 1)
        for (row, _) in pairs { start[Int(row) + 1] += 1 }
        for node in 0..<nodeCount { start[node + 1] += start[node] }
        var next = start
        var list = [Int32](repeating: 0, count: pairs.count)
        for (row, entry) in pairs {
            list[next[Int(row)]] = entry
            next[Int(row)] += 1
        }
        // Sort each row and drop repeats, compacting the rows in place.
        var compact = [Int](repeating: 0, count: nodeCount + 1)
        var write = 0
        for node in 0..<nodeCount {
            list[start[node]..<start[node + 1]].sort()
            for k in start[node]..<start[node + 1] where write == compact[node] || list[write - 1] != list[k] {
                list[write] = list[k]
                write += 1
            }
            compact[node + 1] = write
        }
        list.removeLast(list.count - write)
        (self.start, self.list) = (compact, list)
    }

    /// The entries of `node`'s row, ascending.
    @inline(__always)
    func row(_ node: Int) -> ArraySlice<Int32> { list[start[node]..<start[node + 1]] }
}
