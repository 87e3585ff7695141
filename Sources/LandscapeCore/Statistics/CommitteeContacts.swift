extension Network {
    /// Pairs of actors that meet in a committee without a direct tie: both have a `member` tie
    /// to the same committee (or, when events are in the network, an `attends` or `member` tie
    /// to the same event). Each pair once, as node indices (smaller first), sorted; pairs with an
    /// edge of their own are left out, since they count already. Membership counts as contact
    /// for the group-hole rule and the mixing matrix (`--direct-only` turns it off).
    ///
    /// - Complexity: O(Σ k² · log(Σ k²) + T) over the committees' member counts k and T ties.
    package func committeePairs(in landscape: Landscape) -> [(Int, Int)] {
        var members: [Int: [Int]] = [:]
        for tie in landscape.ties where tie.kind == .member || tie.kind == .attends {
            guard let kind = landscape[tie.to]?.kind,
                  (kind == .committee && tie.kind == .member) || kind == .event,
                  let member = index(of: tie.from), let committee = index(of: tie.to) else { continue }
            members[committee, default: []].append(member)
        }
        // Every pair of every committee as one number (smaller node in the high half), sorted:
        // pairs met in several committees lie side by side.
        var codes: [UInt64] = []
        for var list in members.values {
            list.sort()
            for i in list.indices {
                for j in list.indices where j > i && list[j] != list[i] { codes.append(UInt64(list[i]) << 32 | UInt64(list[j])) }
            }
        }
        codes.sort()
        var pairs: [(Int, Int)] = []
        for (k, code) in codes.enumerated() where k == 0 || codes[k - 1] != code {
            let (u, v) = (Int(code >> 32), Int(code & 0xFFFF_FFFF))
            if !hasEdge(u, v) { pairs.append((u, v)) }
        }
        return pairs
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
