/// Connected components (weakly connected in a directed reading): the parts of a landscape
/// that have no path between them.
///
/// Components are numbered by size, largest first (ties by the position of their first actor);
/// each lists its actors in the landscape's order.
public struct Components: Sendable, Equatable {
    /// Component number of each node (internal: the network's dense index).
    package let component: [Int]
    /// Node indices of each component, ascending.
    package let members: [[Int]]
    /// The network's actors by node index, to answer by `ActorID`.
    private let actorIDs: [ActorID]

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
        component = raw.map { renumber[$0] }
        members = order.map { groups[$0] }
        actorIDs = network.actors
    }

    /// The number of components (an isolated actor is one).
    public var count: Int { members.count }

    /// The actors of each component, largest first.
    ///
    /// - Complexity: O(V) for V actors.
    public var groups: [[ActorID]] { members.map { $0.map { actorIDs[$0] } } }

    /// The component number of each actor (0 for the largest).
    ///
    /// - Complexity: O(V) to build.
    public var numbers: [ActorID: Int] {
        var numbers: [ActorID: Int] = [:]
        numbers.reserveCapacity(actorIDs.count)
        for (node, id) in actorIDs.enumerated() { numbers[id] = component[node] }
        return numbers
    }
}
