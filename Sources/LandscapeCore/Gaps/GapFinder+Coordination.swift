/// The coordination rules: what coordinates, and planning silos (docs/gaps.md).
extension GapFinder.Run {
    /// What makes two actors coordinated: a committee both sit on, or a direct tie that counts.
    struct Coordination {
        /// The committees of each node.
        let committees: NodeRows
        /// Whether each tie (by index into `landscape.ties`) coordinates its ends; `nil`: every tie does.
        let coordinates: [Bool]?
    }

    /// Coordination by a common committee or a direct tie of one of `kinds` (all kinds when `nil`).
    ///
    /// - Complexity: O(V + T) for V nodes and T ties.
    func coordination(kinds: Set<TieKind>?) -> Coordination {
        Coordination(committees: ties.committees(in: landscape), coordinates: kinds.map { kinds in ties.kind.map(kinds.contains) })
    }

    /// Fragments of `nodes` (ascending) under `coordination`; third parties do not coordinate.
    /// The largest fragment first, then by the id of its first actor; each in the nodes' order.
    ///
    /// - Complexity: O(Σ (c + t) · log k) over the k nodes' committees c and ties t.
    func coordinationFragments(_ nodes: [Int], _ coordination: Coordination) -> [[Int]] {
        var parent = Array(nodes.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) { parent[find(a)] = find(b) }
        var byCommittee: [Int32: Int] = [:]
        for (i, node) in nodes.enumerated() {
            for committee in coordination.committees.row(node) {
                if let first = byCommittee[committee] { union(i, first) } else { byCommittee[committee] = i }
            }
        }
        for (a, node) in nodes.enumerated() {
            for t in ties.ties(of: node) where coordination.coordinates?[Int(t)] ?? true {
                if let b = Self.position(of: ties.other(Int(t), than: node), in: nodes) { union(a, b) }
            }
        }
        var slot = [Int](repeating: -1, count: nodes.count)
        var groups: [[Int]] = []
        for i in nodes.indices {
            let root = find(i)
            if slot[root] < 0 { slot[root] = groups.count; groups.append([]) }
            groups[slot[root]].append(nodes[i])
        }
        return groups.sorted { $0.count != $1.count ? $0.count > $1.count : network.actors[$0[0]] < network.actors[$1[0]] }
    }

    /// Where `node` stands in `nodes` (ascending), by binary search.
    static func position(of node: Int, in nodes: [Int]) -> Int? {
        var low = 0, high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if nodes[mid] < node { low = mid + 1 } else { high = mid }
        }
        return low < nodes.count && nodes[low] == node ? low : nil
    }

    mutating func planningSilos() {
        let coordination = coordination(kinds: nil)
        var offices: [String: [Int]] = [:]
        for node in self.offices {
            guard let municipality = landscape.actors[node].municipality, !municipality.isEmpty else { continue }
            offices[municipality, default: []].append(node)
        }
        for municipality in offices.keys.sorted() {
            guard let list = offices[municipality], list.count >= 2 else { continue }
            let fragments = coordinationFragments(list, coordination).map { $0.map { network.actors[$0] } }
            guard fragments.count >= 2 else { continue }
            gaps.append(Gap(severity: fragments.count >= 3 ? .high : .medium, actors: list.map { network.actors[$0] },
                            groups: [municipality], reason: .planningSilo(municipality: municipality, fragments: fragments),
                            fragments: fragments))
        }
    }
}
