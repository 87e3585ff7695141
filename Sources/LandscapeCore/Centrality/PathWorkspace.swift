/// Per-worker buffers for single-source shortest paths, allocated once per worker and reset
/// after each source by touching only the nodes that source reached: the inner loops allocate
/// nothing.
struct PathWorkspace {
    /// Hop count (unweighted) from the source, -1 when unreached.
    var hops: [Int32]
    /// Distance (weighted) from the source; meaningful where `reached` is set.
    var distance: [Double]
    var reached: [Bool]
    var settled: [Bool]
    /// Number of shortest paths from the source.
    var sigma: [Double]
    /// Brandes' dependency accumulator.
    var delta: [Double]
    /// Nodes in the order they were settled (a BFS queue for unweighted traversals).
    var order: [Int32]
    var orderCount = 0
    /// Predecessor lists of the weighted traversal as linked lists in a flat pool.
    var predecessorHead: [Int32]
    var predecessorNext: [Int32]
    var predecessorNode: [Int32]
    var poolCount = 0
    var heap: DistanceHeap

    init(nodeCount n: Int, arcCount: Int) {
        hops = [Int32](repeating: -1, count: n)
        distance = [Double](repeating: 0, count: n)
        reached = [Bool](repeating: false, count: n)
        settled = [Bool](repeating: false, count: n)
        sigma = [Double](repeating: 0, count: n)
        delta = [Double](repeating: 0, count: n)
        order = [Int32](repeating: 0, count: n)
        predecessorHead = [Int32](repeating: -1, count: n)
        predecessorNext = [Int32](repeating: -1, count: max(1, arcCount))
        predecessorNode = [Int32](repeating: -1, count: max(1, arcCount))
        heap = DistanceHeap(capacity: max(1, arcCount))
    }

    /// Clears what the last traversal touched.
    mutating func reset() {
        for i in 0..<orderCount {
            let v = Int(order[i])
            hops[v] = -1
            reached[v] = false
            settled[v] = false
            sigma[v] = 0
            delta[v] = 0
            predecessorHead[v] = -1
        }
        orderCount = 0
        poolCount = 0
        heap.removeAll()
    }

    /// Breadth-first search from `source` along outgoing (or incoming) arcs, counting shortest
    /// paths. Afterwards `order[0..<orderCount]` holds the reached nodes by distance.
    mutating func breadthFirst(from source: Int, in network: Network, incoming: Bool, countPaths: Bool) {
        let start = incoming ? network.inStart : network.outStart
        let target = incoming ? network.inTarget : network.outTarget
        hops[source] = 0
        sigma[source] = 1
        order[0] = Int32(source)
        orderCount = 1
        var head = 0
        while head < orderCount {
            let v = Int(order[head])
            head += 1
            let next = hops[v] + 1
            for k in start[v]..<start[v + 1] {
                let w = Int(target[k])
                if hops[w] < 0 {
                    hops[w] = next
                    order[orderCount] = Int32(w)
                    orderCount += 1
                }
                if countPaths && hops[w] == next { sigma[w] += sigma[v] }
            }
        }
    }

    /// Dijkstra from `source` with arc length 1 / weight, counting shortest paths and recording
    /// predecessors as networkx does (paths of exactly equal floating-point length are equal).
    mutating func dijkstra(from source: Int, in network: Network, incoming: Bool, countPaths: Bool) {
        let start = incoming ? network.inStart : network.outStart
        let target = incoming ? network.inTarget : network.outTarget
        let weight = incoming ? network.inWeight : network.outWeight
        distance[source] = 0
        reached[source] = true
        sigma[source] = 1
        heap.push(0, node: Int32(source), predecessor: -1)
        while let (d, v32, _) = heap.pop() {
            let v = Int(v32)
            if settled[v] { continue }
            settled[v] = true
            order[orderCount] = v32
            orderCount += 1
            for k in start[v]..<start[v + 1] {
                let w = Int(target[k])
                if settled[w] { continue }
                let candidate = d + 1 / weight[k]
                if !reached[w] || candidate < distance[w] {
                    reached[w] = true
                    distance[w] = candidate
                    heap.push(candidate, node: Int32(w), predecessor: v32)
                    if countPaths {
                        sigma[w] = sigma[v]
                        predecessorHead[w] = -1
                        addPredecessor(v, of: w)
                    }
                } else if candidate == distance[w], countPaths {
                    sigma[w] += sigma[v]
                    addPredecessor(v, of: w)
                }
            }
        }
    }

    @inline(__always)
    private mutating func addPredecessor(_ v: Int, of w: Int) {
        if poolCount == predecessorNode.count {
            predecessorNode.append(0)
            predecessorNext.append(0)
        }
        predecessorNode[poolCount] = Int32(v)
        predecessorNext[poolCount] = predecessorHead[w]
        predecessorHead[w] = Int32(poolCount)
        poolCount += 1
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

    mutating func push(_ key: Double, node: Int32, predecessor: Int32) {
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

    mutating func pop() -> (Double, Int32, Int32)? {
        guard count > 0 else { return nil }
        let top = (keys[0], nodes[0], Int32(-1))
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
