/// Compressed sparse rows seen through raw pointers, for the inner loops of the traversals.
///
/// Valid only while the arrays it was made from are alive and unchanged: `Network.withRows`
/// hands one out for the duration of a closure. Reading through the pointers removes the bounds
/// checks and the array retain/release that profiling showed in the traversals' inner loops.
struct RowView: @unchecked Sendable {
    let start: UnsafePointer<Int>
    let target: UnsafePointer<Int32>
    let weight: UnsafePointer<Double>
}

extension Network {
    /// Calls `body` with pointer views of the outgoing and the incoming rows (the same rows when
    /// undirected).
    func withRows<Result>(_ body: (_ out: RowView, _ in: RowView) throws -> Result) rethrows -> Result {
        try outStart.withUnsafeBufferPointer { outStart in
            try outTarget.withUnsafeBufferPointer { outTarget in
                try outWeight.withUnsafeBufferPointer { outWeight in
                    try inStart.withUnsafeBufferPointer { inStart in
                        try inTarget.withUnsafeBufferPointer { inTarget in
                            try inWeight.withUnsafeBufferPointer { inWeight in
                                // Empty arrays may have a nil base address; a dummy pointer is
                                // never read because every row is then empty.
                                let out = RowView(start: outStart.baseAddress!, target: outTarget.baseAddress ?? RowView.noTargets,
                                                  weight: outWeight.baseAddress ?? RowView.noWeights)
                                let incoming = RowView(start: inStart.baseAddress!, target: inTarget.baseAddress ?? RowView.noTargets,
                                                       weight: inWeight.baseAddress ?? RowView.noWeights)
                                return try body(out, incoming)
                            }
                        }
                    }
                }
            }
        }
    }
}

extension RowView {
    nonisolated(unsafe) fileprivate static let noTargets = UnsafePointer(UnsafeMutablePointer<Int32>.allocate(capacity: 1))
    nonisolated(unsafe) fileprivate static let noWeights = UnsafePointer(UnsafeMutablePointer<Double>.allocate(capacity: 1))
}

/// Stand-ins for the base address of an empty array, which has none: pointer views of rows need
/// an address even when no arc is ever read through it.
enum EmptyBuffer {
    nonisolated(unsafe) static let int32 = UnsafePointer(UnsafeMutablePointer<Int32>.allocate(capacity: 1))
    nonisolated(unsafe) static let double = UnsafePointer(UnsafeMutablePointer<Double>.allocate(capacity: 1))
}

extension UnsafeMutablePointer {
    /// A buffer of `count` elements (at least one), each `value`: the traversals' per-worker
    /// arrays, freed by their owner's `deinit`.
    static func filled(with value: Pointee, count: Int) -> UnsafeMutablePointer {
        let buffer = allocate(capacity: Swift.max(1, count))
        buffer.initialize(repeating: value, count: Swift.max(1, count))
        return buffer
    }
}

/// Per-worker buffers for Dijkstra from one source (the weighted path measures; unweighted
/// traversals run on `UnweightedPaths`), allocated once per worker and reset
/// after each source by touching only the nodes that source reached: the inner loops allocate
/// nothing and check no bounds (every index comes from the network's own rows, all `< V`).
///
/// A class with manually allocated buffers rather than a struct of arrays: array stores through
/// `inout` state cost a uniqueness check and a bounds check each, which dominated the profile.
final class PathWorkspace {
    let nodeCount: Int
    /// Distance (weighted) from the source; meaningful where `reached` is set.
    let distance: UnsafeMutablePointer<Double>
    let reached: UnsafeMutablePointer<Bool>
    let settled: UnsafeMutablePointer<Bool>
    /// Number of shortest paths from the source (set when a node is first reached).
    let sigma: UnsafeMutablePointer<Double>
    /// Brandes' dependency accumulator.
    let delta: UnsafeMutablePointer<Double>
    /// Nodes in the order they were settled.
    let order: UnsafeMutablePointer<Int32>
    var orderCount = 0
    /// Predecessor lists of the weighted traversal as linked lists in a flat pool.
    let predecessorHead: UnsafeMutablePointer<Int32>
    private(set) var predecessorNext: UnsafeMutablePointer<Int32>
    private(set) var predecessorNode: UnsafeMutablePointer<Int32>
    private var poolCapacity: Int
    var poolCount = 0
    var heap: DistanceHeap

    init(nodeCount n: Int, arcCount: Int) {
        nodeCount = n
        distance = .filled(with: 0, count: n)
        reached = .filled(with: false, count: n)
        settled = .filled(with: false, count: n)
        sigma = .filled(with: 0, count: n)
        delta = .filled(with: 0, count: n)
        order = .filled(with: 0, count: n)
        predecessorHead = .filled(with: -1, count: n)
        poolCapacity = max(1, arcCount)
        predecessorNext = .filled(with: -1, count: poolCapacity)
        predecessorNode = .filled(with: -1, count: poolCapacity)
        heap = DistanceHeap(capacity: arcCount + 1)
    }

    deinit {
        for pointer in [order, predecessorHead, predecessorNext, predecessorNode] { pointer.deallocate() }
        for pointer in [distance, sigma, delta] { pointer.deallocate() }
        reached.deallocate()
        settled.deallocate()
    }

    /// Clears what the last traversal touched.
    func reset() {
        let order = self.order, delta = self.delta
        for i in 0..<orderCount {
            let v = Int(order[i])
            reached[v] = false
            settled[v] = false
            predecessorHead[v] = -1
            sigma[v] = 0
            delta[v] = 0
        }
        orderCount = 0
        poolCount = 0
        heap.removeAll()
    }

    /// Dijkstra from `source` with arc length 1 / weight, counting shortest paths and recording
    /// predecessors as networkx does (paths of exactly equal floating-point length are equal).
    ///
    /// - Complexity: O((V + E) log V).
    func dijkstra(from source: Int, rows: RowView, countPaths: Bool) {
        let start = rows.start, target = rows.target, weight = rows.weight
        let distance = self.distance, reached = self.reached, settled = self.settled
        let sigma = self.sigma, order = self.order, head = self.predecessorHead
        var heap = DistanceHeap(capacity: 0)
        swap(&heap, &self.heap)
        defer { swap(&heap, &self.heap) }
        distance[source] = 0
        reached[source] = true
        sigma[source] = 1
        heap.push(0, node: Int32(source))
        var count = orderCount
        while let (d, v32) = heap.pop() {
            let v = Int(v32)
            if settled[v] { continue }
            settled[v] = true
            order[count] = v32
            count &+= 1
            for k in start[v]..<start[v &+ 1] {
                let w = Int(target[k])
                if settled[w] { continue }
                let candidate = d + 1 / weight[k]
                if !reached[w] || candidate < distance[w] {
                    reached[w] = true
                    distance[w] = candidate
                    heap.push(candidate, node: Int32(w))
                    if countPaths {
                        sigma[w] = sigma[v]
                        head[w] = -1
                        addPredecessor(v, of: w)
                    }
                } else if candidate == distance[w], countPaths {
                    sigma[w] += sigma[v]
                    addPredecessor(v, of: w)
                }
            }
        }
        orderCount = count
    }

    @inline(__always)
    private func addPredecessor(_ v: Int, of w: Int) {
        if poolCount == poolCapacity { growPool() }
        predecessorNode[poolCount] = Int32(truncatingIfNeeded: v)
        predecessorNext[poolCount] = predecessorHead[w]
        predecessorHead[w] = Int32(truncatingIfNeeded: poolCount)
        poolCount += 1
    }

    /// Each arc adds at most one predecessor per source, so a pool sized by the arc count never
    /// grows; a workspace made without the arc count grows here.
    private func growPool() {
        let capacity = 2 * poolCapacity
        for pool in [\PathWorkspace.predecessorNext, \PathWorkspace.predecessorNode] as [ReferenceWritableKeyPath<PathWorkspace, UnsafeMutablePointer<Int32>>] {
            let grown = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
            grown.moveInitialize(from: self[keyPath: pool], count: poolCapacity)
            self[keyPath: pool].deallocate()
            self[keyPath: pool] = grown
        }
        poolCapacity = capacity
    }
}

/// A binary min-heap of (distance, node) with insertion order breaking ties, preallocated.
struct DistanceHeap {
    private var keys: [Double]
    private var nodes: [Int32]
    private var sequence: [Int]
    private var counter = 0
    private(set) var count = 0

    init(capacity: Int) {
        keys = [Double](repeating: 0, count: capacity)
        nodes = [Int32](repeating: 0, count: capacity)
        sequence = [Int](repeating: 0, count: capacity)
    }

    mutating func removeAll() {
        count = 0
        counter = 0
    }

    @inline(__always)
    private func less(_ i: Int, _ j: Int) -> Bool {
        keys[i] < keys[j] || (keys[i] == keys[j] && sequence[i] < sequence[j])
    }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        keys.swapAt(i, j)
        nodes.swapAt(i, j)
        sequence.swapAt(i, j)
    }

    mutating func push(_ key: Double, node: Int32) {
        if count == keys.count {
            keys.append(0)
            nodes.append(0)
            sequence.append(0)
        }
        keys[count] = key
        nodes[count] = node
        sequence[count] = counter
        counter += 1
        var child = count
        count += 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { break }
            swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int32)? {
        guard count > 0 else { return nil }
        let top = (keys[0], nodes[0])
        count -= 1
        if count > 0 {
            keys[0] = keys[count]
            nodes[0] = nodes[count]
            sequence[0] = sequence[count]
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < count && less(left, smallest) { smallest = left }
                if right < count && less(right, smallest) { smallest = right }
                if smallest == parent { break }
                swapAt(parent, smallest)
                parent = smallest
            }
        }
        return top
    }
}
