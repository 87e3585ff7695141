extension Network {
    /// Pairs of actors that meet in a committee without a direct tie: both have a `member` tie
    /// to the same committee (or, when events are in the network, an `attends` or `member` tie
    /// to the same event). Each pair once, as node indices (smaller first), sorted; pairs with an
    /// edge of their own are left out, since they count already. Membership counts as contact
    /// for the group-hole rule and the mixing matrix (`--direct-only` turns it off).
    ///
    /// - Complexity: O(Σ k² · log d) over the committees' member counts k, d the largest degree.
    package func committeePairs(in landscape: Landscape) -> [(Int, Int)] {
        var members: [ActorID: [Int]] = [:]
        for tie in landscape.ties where tie.kind == .member || tie.kind == .attends {
            guard let kind = landscape[tie.to]?.kind,
                  (kind == .committee && tie.kind == .member) || kind == .event,
                  let member = index(of: tie.from), index(of: tie.to) != nil else { continue }
            members[tie.to, default: []].append(member)
        }
        var seen = Set<UInt64>()
        var pairs: [(Int, Int)] = []
        for committee in members.keys.sorted() {
            let list = Array(Set(members[committee] ?? [])).sorted()
            for i in list.indices {
                for j in list.indices where j > i {
                    let (u, v) = (list[i], list[j])
                    guard !hasEdge(u, v), seen.insert(UInt64(u) << 32 | UInt64(v)).inserted else { continue }
                    pairs.append((u, v))
                }
            }
        }
        return pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    }

    /// Whether `u` and `v` are neighbours (in either direction), by binary search in the sorted rows.
    func hasEdge(_ u: Int, _ v: Int) -> Bool {
        func inRow(_ range: Range<Int>, _ targets: [Int32], _ target: Int) -> Bool {
            var low = range.lowerBound, high = range.upperBound
            while low < high {
                let mid = (low + high) / 2
                if Int(targets[mid]) < target { low = mid + 1 } else { high = mid }
            }
            return low < range.upperBound && Int(targets[low]) == target
        }
        return inRow(outRange(u), outTarget, v) || inRow(inRange(u), inTarget, v)
    }
}
