/// Gould–Fernandez brokerage roles.
public struct BrokerageRoles: Hashable, Sendable {
    /// Broker and both ends in one group.
    public var coordinator = 0
    /// Both ends in one group, the broker in another (also called consultant).
    public var itinerant = 0
    /// The broker in the sender's group, passing on to another group.
    public var representative = 0
    /// The broker in the receiver's group, letting another group in.
    public var gatekeeper = 0
    /// All three in different groups.
    public var liaison = 0

    public init() {}

    public var total: Int { coordinator + itinerant + representative + gatekeeper + liaison }
}

package enum Brokerage {
    /// Brokerage roles per node index (Gould & Fernandez 1989, "Structures of Mediation",
    /// *Sociological Methodology* 19, doi:10.2307/270949): every open two-path a → b → c with
    /// a ≠ c and no arc a → c makes b a broker, and the groups of a, b, c name the role. Runs on
    /// the arcs of a directed reading; an undirected network counts every edge both ways.
    ///
    /// - Complexity: O(Σ_b Σ_{a∈in(b)} (out(a) + out(b))) time, O(V) extra space.
    package static func roles(_ network: Network, groups: [String]) -> [BrokerageRoles] {
        let n = network.nodeCount
        // Group names as small integers.
        var codes: [String: Int] = [:]
        let group = groups.map { name -> Int in
            if let code = codes[name] { return code }
            codes[name] = codes.count
            return codes.count - 1
        }
        var roles = [BrokerageRoles](repeating: BrokerageRoles(), count: n)
        var stamp = [Int32](repeating: -1, count: n)
        for b in 0..<n {
            for ka in network.inRange(b) {
                let a = Int(network.inTarget[ka])
                for k in network.outRange(a) { stamp[Int(network.outTarget[k])] = Int32(a) }
                for kc in network.outRange(b) {
                    let c = Int(network.outTarget[kc])
                    guard c != a, stamp[c] != Int32(a) else { continue }
                    let ga = group[a], gb = group[b], gc = group[c]
                    if ga == gb && gb == gc {
                        roles[b].coordinator += 1
                    } else if ga == gc {
                        roles[b].itinerant += 1
                    } else if ga == gb {
                        roles[b].representative += 1
                    } else if gb == gc {
                        roles[b].gatekeeper += 1
                    } else {
                        roles[b].liaison += 1
                    }
                }
                // The stamp of a stays; a later a' overwrites. Reset not needed: stamps name a.
            }
        }
        return roles
    }
}
