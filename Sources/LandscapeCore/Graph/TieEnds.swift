/// Each tie of a landscape by the nodes of its two ends, as a network numbers the actors
/// (−1 for an end that is no node, such as a resource an analysis leaves out). Resolved once
/// when a network is read from the landscape, so that its other readings and the gap rules
/// follow ties by integer instead of hashing ids again.
struct TieEnds: Sendable {
    /// The node of each tie's first end.
    let from: [Int32]
    /// The node of each tie's second end.
    let to: [Int32]

    /// No ties: a network that was not read from a landscape's ties.
    init() {
        from = []
        to = []
    }

    /// The ends of `ties`, each actor's node found by `node`.
    ///
    /// - Complexity: O(T) for T ties, one call of `node` per end.
    init(_ ties: [Tie], node: (ActorID) -> Int?) {
        var from = [Int32](repeating: -1, count: ties.count), to = from
        for (t, tie) in ties.enumerated() {
            if let u = node(tie.from) { from[t] = Int32(u) }
            if let v = node(tie.to) { to[t] = Int32(v) }
        }
        (self.from, self.to) = (from, to)
    }
}
