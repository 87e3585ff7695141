/// The groups of one attribute that have two or more actors, numbered in the order of their
/// names, and the contacts between every two of them — edges of the network and pairs that meet
/// in a committee — counted by group number: what the group-hole rule holds against the
/// contacts that chance would give.
struct GroupContacts {
    /// The groups' names, sorted; a group's number is its position here.
    let names: [String]
    /// The nodes of each group, ascending.
    let members: [[Int]]
    /// For each group `a`, one entry `b > a` per contact between the two (compressed rows).
    private let start: [Int]
    private let partner: [Int32]

    /// The groups of `groups` (one name per node, `""` for none) but those in `skipped`, and
    /// the contacts between them: the edges of `network` (read undirected) and `committeePairs`.
    ///
    /// - Complexity: O(V + E + P) time and space for V nodes, E edges and P committee pairs.
    init(groups: [String], skipped: Set<String>, network: Network, committeePairs: [(Int, Int)]) {
        var byName: [String: [Int]] = [:]
        for (v, group) in groups.enumerated() where !group.isEmpty && !skipped.contains(group) {
            byName[group, default: []].append(v)
        }
        let names = byName.filter { $0.value.count >= 2 }.keys.sorted()
        let members = names.map { byName[$0] ?? [] }
        var number = [Int32](repeating: -1, count: groups.count)
        for (g, list) in members.enumerated() { for v in list { number[v] = Int32(g) } }
        let g = network.undirected()
        // Every contact between two numbered groups once, as (smaller, larger) group number.
        func forEachContact(_ body: (Int, Int) -> Void) {
            for u in 0..<min(g.nodeCount, number.count) where number[u] >= 0 {
                for k in g.outRange(u) {
                    let v = Int(g.outTarget[k])
                    guard u < v, v < number.count, number[v] >= 0, number[v] != number[u] else { continue }
                    body(Int(min(number[u], number[v])), Int(max(number[u], number[v])))
                }
            }
            for (u, v) in committeePairs where u < number.count && v < number.count {
                guard number[u] >= 0, number[v] >= 0, number[u] != number[v] else { continue }
                body(Int(min(number[u], number[v])), Int(max(number[u], number[v])))
            }
        }
        var start = [Int](repeating: 0, count: names.count + 1)
        forEachContact { a, _ in start[a + 1] += 1 }
        for a in names.indices { start[a + 1] += start[a] }
        var next = start
        var partner = [Int32](repeating: 0, count: start[names.count])
        forEachContact { a, b in
            partner[next[a]] = Int32(b)
            next[a] += 1
        }
        (self.names, self.members, self.start, self.partner) = (names, members, start, partner)
    }

    /// Calls `body(a, b, contacts)` for every two groups `a < b`, in that order.
    ///
    /// - Complexity: O(G² + C) for G groups and C contacts.
    func forEachPair(_ body: (_ a: Int, _ b: Int, _ contacts: Int) -> Void) {
        var count = [Int](repeating: 0, count: names.count)
        for a in names.indices {
            for b in partner[start[a]..<start[a + 1]] { count[Int(b)] += 1 }
            for b in (a + 1)..<names.count { body(a, b, count[b]) }
            for b in partner[start[a]..<start[a + 1]] { count[Int(b)] = 0 }
        }
    }
}
