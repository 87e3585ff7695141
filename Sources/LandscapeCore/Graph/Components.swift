/// Connected components (weakly connected in a directed reading): the parts of a landscape
/// that have no path between them.
///
/// Components are numbered by size, largest first (ties by the position of their first actor);
/// each lists its actors in the landscape's order.
public struct Components: ActorGrouping, Equatable {
    /// The components, numbered by size.
    public let numberedGroups: NumberedGroups
    /// Component number of each node (internal: the network's dense index).
    package var component: [Int] { numberedGroups.number }

    /// - Complexity: O(V + E).
    package init(_ network: Network) {
        let g = network.undirected()
        let n = g.nodeCount
        var raw = [Int](repeating: -1, count: n)
        var groups: [[Int]] = []
        var queue: [Int] = []
        for s in 0..<n where raw[s] < 0 {
            raw[s] = groups.count
            queue = [s]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for k in g.outRange(v) {
                    let w = Int(g.outTarget[k])
                    if raw[w] < 0 {
                        raw[w] = groups.count
                        queue.append(w)
                    }
                }
            }
            groups.append(queue.sorted())
        }
        let order = groups.indices.sorted { a, b in
            groups[a].count != groups[b].count ? groups[a].count > groups[b].count : groups[a][0] < groups[b][0]
        }
        var renumber = [Int](repeating: 0, count: groups.count)
        for (new, old) in order.enumerated() { renumber[old] = new }
        numberedGroups = NumberedGroups(number: raw.map { renumber[$0] }, members: order.map { groups[$0] }, actors: network.actors)
    }
}
