/// Weighted pairs of node indices merged into sorted rows: the edges of a `Network` before
/// they become its compressed rows, built by counting sort instead of a hash table.
///
/// Each distinct pair appears once, with the sum of its weights added in the order the pairs
/// were given (so the sums are the bits a running total in that order gives); an undirected
/// pair is kept as (lower, higher). Rows and the neighbours within a row are ascending.
struct EdgeRows {
    /// Where each node's row starts in `target` and `weight` (`nodeCount + 1` entries).
    var start: [Int]
    var target: [Int32]
    var weight: [Double]

    /// Rows up to this length are sorted by insertion (stable, no allocation); longer ones by
    /// a sort of (neighbour, position) keys.
    private static let shortRow = 32

    /// - Complexity: O(V + E + Σ k log k) for V nodes, E pairs and k pairs in a row.
    init(_ pairs: [(Int, Int, Double)], nodeCount n: Int, directed: Bool) {
        @inline(__always) func row(_ u: Int, _ v: Int) -> (Int, Int)? {
            guard u != v, u >= 0, v >= 0, u < n, v < n else { return nil }
            return directed || u < v ? (u, v) : (v, u)
        }
        var bound = [Int](repeating: 0, count: n + 1)
        for (u, v, _) in pairs { if let (a, _) = row(u, v) { bound[a + 1] += 1 } }
        for i in 0..<n { bound[i + 1] += bound[i] }
        var fill = bound
        var target = [Int32](repeating: 0, count: bound[n])
        var weight = [Double](repeating: 0, count: bound[n])
        for (u, v, w) in pairs {
            guard let (a, b) = row(u, v) else { continue }
            target[fill[a]] = Int32(truncatingIfNeeded: b)
            weight[fill[a]] = w
            fill[a] += 1
        }
        // Sort each row stably by neighbour, then merge equal neighbours, compacting in place.
        var start = [Int](repeating: 0, count: n + 1)
        var write = 0
        for node in 0..<n {
            let range = bound[node]..<bound[node + 1]
            Self.sortStably(&target, &weight, range)
            var read = range.lowerBound
            while read < range.upperBound {
                let neighbour = target[read]
                var sum = weight[read]
                read += 1
                while read < range.upperBound && target[read] == neighbour {
                    sum += weight[read]
                    read += 1
                }
                target[write] = neighbour
                weight[write] = sum
                write += 1
            }
            start[node + 1] = write
        }
        target.removeLast(target.count - write)
        weight.removeLast(weight.count - write)
        (self.start, self.target, self.weight) = (start, target, weight)
    }

    /// Sorts `range` of the rows by neighbour; equal neighbours keep their order.
    private static func sortStably(_ target: inout [Int32], _ weight: inout [Double], _ range: Range<Int>) {
        guard range.count > 1 else { return }
        var sorted = true
        for k in range.dropFirst() where target[k - 1] > target[k] {
            sorted = false
            break
        }
        if sorted { return }
        if range.count <= shortRow {
            for k in range.dropFirst() {
                let (t, w) = (target[k], weight[k])
                var j = k
                while j > range.lowerBound && target[j - 1] > t {
                    target[j] = target[j - 1]
                    weight[j] = weight[j - 1]
                    j -= 1
                }
                target[j] = t
                weight[j] = w
            }
            return
        }
        let order = range.sorted { (target[$0], $0) < (target[$1], $1) }
        let (targets, weights) = (order.map { target[$0] }, order.map { weight[$0] })
        for (offset, k) in range.enumerated() {
            target[k] = targets[offset]
            weight[k] = weights[offset]
        }
    }

    /// Compressed rows of the reverse arcs — each row's neighbours pointing to it, ascending —
    /// followed in each row by that row of `appended` (whose neighbours are all higher than
    /// the row's node, as in an undirected `EdgeRows`).
    ///
    /// - Complexity: O(V + E).
    func transposed(appending appended: EdgeRows?) -> (start: [Int], target: [Int32], weight: [Double]) {
        let n = start.count - 1
        var newStart = [Int](repeating: 0, count: n + 1)
        for k in target.indices { newStart[Int(target[k]) + 1] += 1 }
        if let appended {
            for node in 0..<n { newStart[node + 1] += appended.start[node + 1] - appended.start[node] }
        }
        for i in 0..<n { newStart[i + 1] += newStart[i] }
        var fill = newStart
        var newTarget = [Int32](repeating: 0, count: newStart[n])
        var newWeight = [Double](repeating: 0, count: newStart[n])
        for node in 0..<n {
            for k in start[node]..<start[node + 1] {
                let row = Int(target[k])
                newTarget[fill[row]] = Int32(truncatingIfNeeded: node)
                newWeight[fill[row]] = weight[k]
                fill[row] += 1
            }
        }
        if let appended {
            for node in 0..<n {
                for k in appended.start[node]..<appended.start[node + 1] {
                    newTarget[fill[node]] = appended.target[k]
                    newWeight[fill[node]] = appended.weight[k]
                    fill[node] += 1
                }
            }
        }
        return (newStart, newTarget, newWeight)
    }
}
