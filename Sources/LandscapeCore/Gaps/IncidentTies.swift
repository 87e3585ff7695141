/// The ties of a landscape by the network's node indices: each tie's ends and kind, and each
/// node's ties as indices into `landscape.ties` (compressed rows, in the landscape's order), so
/// that the gap rules follow ties by integer instead of looking actors up by id.
///
/// An end that is no node of the network (a resource or event the analysis leaves out) is −1.
/// A tie from a node to itself is listed twice in that node's row, once per end.
struct IncidentTies {
    /// The node of each tie's first end, −1 when it is not in the network.
    let from: [Int32]
    /// The node of each tie's second end, −1 when it is not in the network.
    let to: [Int32]
    /// Each tie's kind.
    let kind: [TieKind]
    private let start: [Int]
    private let list: [Int32]

    /// - Complexity: O(V + T) time and space for V nodes and T ties; the ends as `network` read
    ///   them, else one hash look-up per tie end.
    init(_ landscape: Landscape, network: Network) {
        let n = network.nodeCount, count = landscape.ties.count
        let ends = network.tieEnds.from.count == count ? network.tieEnds
            : TieEnds(landscape.ties, node: network.index(of:))
        let (from, to) = (ends.from, ends.to)
        let kind = landscape.ties.map(\.kind)
        var start = [Int](repeating: 0, count: n + 1)
        for t in 0..<count {
            if from[t] >= 0 { start[Int(from[t]) + 1] += 1 }
            if to[t] >= 0 { start[Int(to[t]) + 1] += 1 }
        }
        for node in 0..<n { start[node + 1] += start[node] }
        var next = start
        var list = [Int32](repeating: 0, count: start[n])
        for t in 0..<count {
            if from[t] >= 0 { list[next[Int(from[t])]] = Int32(t); next[Int(from[t])] += 1 }
            if to[t] >= 0 { list[next[Int(to[t])]] = Int32(t); next[Int(to[t])] += 1 }
        }
        (self.from, self.to, self.kind, self.start, self.list) = (from, to, kind, start, list)
    }

    /// The ties of `node`, as indices into `landscape.ties`, ascending.
    @inline(__always)
    func ties(of node: Int) -> ArraySlice<Int32> { list[start[node]..<start[node + 1]] }

    /// The other end of tie `t` seen from `node` (one of its ends); −1 when it is no node.
    @inline(__always)
    func other(_ t: Int, than node: Int) -> Int { Int(from[t]) == node ? Int(to[t]) : Int(from[t]) }

    /// The committees each node is a member of (by a `member` tie to an actor of kind
    /// committee), as node indices, ascending and each once.
    ///
    /// - Complexity: O(V + T + Σ k log k) for k committees per node.
    func committees(in landscape: Landscape) -> NodeRows {
        var pairs: [(Int32, Int32)] = []
        for t in kind.indices where kind[t] == .member && from[t] >= 0 && to[t] >= 0
            && landscape.actors[Int(to[t])].kind == .committee {
            pairs.append((from[t], to[t]))
        }
        return NodeRows(pairs, nodeCount: start.count - 1)
    }
}
