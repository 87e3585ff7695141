/// The gaps a tie can close, indexed per node, so that scoring a pair touches only the gaps of
/// its two ends.
struct GapIndex: Sendable {
    /// For each node, the cut-point gaps (indices into `cutNodes`) that cut it off.
    var cutOffOf: [[Int]]
    var cutNodes: [Int] = []
    var cutSeverity: [GapSeverity] = []
    /// Gaps whose parts a tie can link: uncoordinated groups, planning silos, group holes.
    let partGaps: [Gap]
    /// For each node, the part gaps it belongs to and which part.
    var partOf: [[(gap: Int, part: Int)]]
    let components: Components

    /// A gap the pair would close: its type and which one (the cut node, an index into
    /// `partGaps`, or -1 for joining components).
    struct Closed: Sendable {
        var type: GapType
        var which: Int
    }

    init(_ gaps: [Gap], context: SuggestionContext) {
        let n = context.nodeCount, network = context.network
        components = context.components
        cutOffOf = [[Int]](repeating: [], count: n)
        partGaps = gaps.filter { $0.type == .uncoordinated || $0.type == .planningSilo || $0.type == .groupHole }
        partOf = [[(gap: Int, part: Int)]](repeating: [], count: n)
        for gap in gaps where gap.type == .cutPoint {
            guard let first = gap.actors.first, let cut = network.index(of: first) else { continue }
            for node in (gap.fragments.first ?? []).compactMap(network.index(of:)) { cutOffOf[node].append(cutNodes.count) }
            cutNodes.append(cut)
            cutSeverity.append(gap.severity)
        }
        for (g, gap) in partGaps.enumerated() {
            for (part, ids) in gap.fragments.enumerated() {
                for node in ids.compactMap(network.index(of:)) where !partOf[node].contains(where: { $0.gap == g }) {
                    partOf[node].append((g, part))
                }
            }
        }
    }

    /// How much a gap of this severity counts: high 1, medium 0.6, low 0.3.
    static func weight(_ severity: GapSeverity) -> Double {
        switch severity {
        case .high: 1
        case .medium: 0.6
        case .low: 0.3
        }
    }

    /// The gap bonus of a pair and the gaps it closes: 3 for joining components, 2 around a cut
    /// point, 2 for coordinating, 1.5 for a planning silo, 1 for a group hole, each but the
    /// first weighted by severity.
    func closing(_ a: Int, _ b: Int) -> (bonus: Double, closed: [Closed]) {
        var bonus = 0.0
        var closed: [Closed] = []
        visitClosed(a, b) { gap, value in
            bonus += value
            closed.append(gap)
        }
        return (bonus, closed)
    }

    /// The gap bonus alone, as `closing` sums it, without collecting the gaps: what scoring the
    /// millions of candidates needs.
    func bonus(_ a: Int, _ b: Int) -> Double {
        var bonus = 0.0
        visitClosed(a, b) { _, value in bonus += value }
        return bonus
    }

    /// Calls `body` with each gap the pair closes and what it adds to the bonus, in the order of
    /// `closing`.
    ///
    /// - Complexity: O(1) for a pair outside every cut-off part and part gap; else O(c log c + p²)
    ///   for c cut points and p part gaps at the two ends.
    @inline(__always)
    private func visitClosed(_ a: Int, _ b: Int, _ body: (Closed, Double) -> Void) {
        if components.component[a] != components.component[b] {
            body(Closed(type: .fragmented, which: -1), 3)
        }
        // Most actors are cut off by no cut point: no sets to build then.
        if !cutOffOf[a].isEmpty || !cutOffOf[b].isEmpty {
            let cutA = Set(cutOffOf[a]), cutB = Set(cutOffOf[b])
            if let gap = cutA.symmetricDifference(cutB).sorted().first(where: { cutNodes[$0] != a && cutNodes[$0] != b }) {
                body(Closed(type: .cutPoint, which: cutNodes[gap]), 2 * Self.weight(cutSeverity[gap]))
            }
        }
        guard !partOf[a].isEmpty, !partOf[b].isEmpty else { return }
        for (g, partA) in partOf[a] {
            guard let partB = partOf[b].first(where: { $0.gap == g })?.part, partA != partB else { continue }
            let type = partGaps[g].type
            body(Closed(type: type, which: g), (type == .uncoordinated ? 2 : (type == .planningSilo ? 1.5 : 1)) * Self.weight(partGaps[g].severity))
        }
    }
}

/// A candidate pair with its numbers (no words yet): `a` and `b` are nodes.
struct ScoredPair {
    var a: Int
    var b: Int
    var score: Double
    var structural: Double
    var fit: Double
    var complementarity: Double
    var bonus: Double
}

extension SuggestionContext {
    /// Scores every candidate; pairs scoring 0 are dropped. The candidates are scored in
    /// parallel on `workers` threads; the order of the result is not defined (the ranking sorts
    /// it with a total order).
    ///
    /// - Complexity: O(deg(a) + deg(b) + tags) per candidate, plus its gaps.
    func score(_ candidates: Set<UInt64>, gaps: GapIndex, workers: Int? = nil) -> [ScoredPair] {
        let pairs = Array(candidates)
        let chunk = 4_096
        let parts = Parallel.forEach(count: (pairs.count + chunk - 1) / chunk, workers: workers, makeState: { [ScoredPair]() }, body: { scored, part in
            for pair in pairs[part * chunk..<min(pairs.count, (part + 1) * chunk)] {
                if let pair = score(pair, gaps: gaps) { scored.append(pair) }
            }
        })
        var scored: [ScoredPair] = []
        scored.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { scored += part }
        return scored
    }

    /// One candidate (a `Suggester.key`) scored; `nil` when it scores 0.
    @inline(__always)
    private func score(_ pair: UInt64, gaps: GapIndex) -> ScoredPair? {
        let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
        return score(a, b, structural: resourceAllocation(a, b), gaps: gaps)
    }

    /// A pair scored with its resource allocation summed already; `nil` when it scores 0.
    @inline(__always)
    func score(_ a: Int, _ b: Int, structural: Double, gaps: GapIndex) -> ScoredPair? {
        let fit = tagOverlap(a, b)
        let complementarity = Suggester.complement(kinds[a], kinds[b])
        let bonus = gaps.bonus(a, b)
        let score = structural + fit + 0.5 * complementarity + bonus
        guard score > 0 else { return nil }
        return ScoredPair(a: a, b: b, score: score, structural: structural, fit: fit, complementarity: complementarity, bonus: bonus)
    }

    /// Σ 1/deg(w) over the common neighbours w, by merging the two sorted neighbour lists.
    func resourceAllocation(_ a: Int, _ b: Int) -> Double {
        var structural = 0.0
        var i = network.outStart[a], j = network.outStart[b]
        while i < network.outStart[a + 1] && j < network.outStart[b + 1] {
            let x = network.outTarget[i], y = network.outTarget[j]
            if x == y {
                structural += 1 / Double(max(1, degree[Int(x)]))
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return structural
    }

    /// Jaccard overlap of the two tag sets (0 when both have none).
    func tagOverlap(_ a: Int, _ b: Int) -> Double {
        tags[a].withUnsafeBufferPointer { ta in
            tags[b].withUnsafeBufferPointer { tb in
                var shared = 0, p = 0, q = 0
                while p < ta.count && q < tb.count {
                    if ta[p] == tb[q] {
                        shared += 1
                        p += 1
                        q += 1
                    } else if ta[p] < tb[q] {
                        p += 1
                    } else {
                        q += 1
                    }
                }
                let union = ta.count + tb.count - shared
                return union == 0 ? 0 : Double(shared) / Double(union)
            }
        }
    }
}

/// The order of the list and the choice of the pairs shown.
struct SuggestionRanking {
    /// Each node's name and id ranked once, so that comparing two pairs compares integers, not texts.
    let nameRank: [Int]
    let idRank: [Int]

    init(_ context: SuggestionContext) {
        let actors = context.landscape.actors
        nameRank = Suggester.ranks(actors.indices.map { actors[$0].name })
        idRank = Suggester.ranks(context.network.actors)
    }

    /// Whether the first of a pair (by name) is its node `a`.
    func aFirst(_ s: ScoredPair) -> Bool { nameRank[s.a] <= nameRank[s.b] }

    /// The pair's ids, ranked, in the order the suggestion names them.
    func orderedRanks(_ s: ScoredPair) -> (Int, Int) {
        aFirst(s) ? (idRank[s.a], idRank[s.b]) : (idRank[s.b], idRank[s.a])
    }

    /// Score first, then the pair's ids as the suggestion names them.
    func precedes(_ x: ScoredPair, _ y: ScoredPair) -> Bool {
        x.score != y.score ? x.score > y.score : orderedRanks(x) < orderedRanks(y)
    }

    /// The `k`-th largest of `values` (1 ≤ k ≤ count), counting equal values apart: what
    /// `values.sorted(by: >)[k - 1]` is, by quickselect (Hoare's partition, median of three)
    /// instead of sorting millions of scores.
    ///
    /// - Complexity: O(n) expected.
    static func largest(_ k: Int, of values: consuming [Double]) -> Double {
        let target = k - 1
        var low = 0, high = values.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            let pivot = max(min(values[low], values[middle]), min(max(values[low], values[middle]), values[high]))
            var i = low, j = high
            while i <= j {
                while values[i] > pivot { i += 1 }
                while values[j] < pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // values[low...j] ≥ pivot ≥ values[i...high]; between them, the pivot's value.
            if target <= j {
                high = j
            } else if target >= i {
                low = i
            } else {
                return values[target]
            }
        }
        return values[target]
    }

    /// The best `top` pairs of all the `parts`, an actor in at most `perActor` of them (for
    /// variety: not ten variations on one partner).
    ///
    /// The choice reads the candidates best first and stops when `top` are shown, so only a
    /// prefix of the order is needed: the candidates at or above a score threshold, sorted; if
    /// they do not fill the list, a lower threshold. Millions of candidates on large landscapes
    /// are neither sorted whole nor copied into one array. `firstPrefix` is the length of the
    /// first prefix tried.
    ///
    /// - Complexity: O(C log C) for C candidates in the worst case, O(C + P log P) when the first
    ///   prefix of P pairs fills the list.
    func choose(_ parts: [[ScoredPair]], top: Int, perActor: Int, nodeCount: Int, firstPrefix: Int) -> [ScoredPair] {
        let count = parts.reduce(0) { $0 + $1.count }
        var prefixLength = max(1, firstPrefix)
        while true {
            let prefix: [ScoredPair]
            if prefixLength >= count {
                prefix = parts.flatMap { $0 }.sorted(by: precedes)
            } else {
                let threshold = Self.largest(prefixLength, of: parts)
                prefix = parts.flatMap { part in part.filter { $0.score >= threshold } }.sorted(by: precedes)
            }
            var shown: [ScoredPair] = []
            var appearances = [Int](repeating: 0, count: nodeCount)
            for candidate in prefix where shown.count < top {
                guard appearances[candidate.a] < perActor, appearances[candidate.b] < perActor else { continue }
                appearances[candidate.a] += 1
                appearances[candidate.b] += 1
                shown.append(candidate)
            }
            if shown.count >= top || prefix.count >= count { return shown }
            prefixLength *= 8
        }
    }

    /// The `k`-th largest score of the pairs of all `parts` (1 ≤ k ≤ their count): what
    /// `largest` gives for one array of them all. The k largest of all are among the k largest
    /// of each part, so only those are gathered.
    ///
    /// - Complexity: O(C) expected for C pairs.
    static func largest(_ k: Int, of parts: [[ScoredPair]]) -> Double {
        var best: [Double] = []
        for part in parts {
            if part.count <= k {
                best += part.lazy.map(\.score)
            } else {
                let least = largest(k, of: part.map(\.score))
                best += part.lazy.filter { $0.score >= least }.map(\.score)
            }
        }
        return largest(k, of: best)
    }
}
