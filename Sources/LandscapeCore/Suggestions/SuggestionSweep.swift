/// Gathering and scoring the candidates in one pass over the network's rows, node by node, on
/// every core: what `Suggester` does for the whole landscape (no `actor` asked for).
///
/// For each node a, the candidates b > a are marked in an array of the network's size: the
/// neighbours of a's partners (partners above `Suggester.hubLimit` ties skipped), the holders of
/// a's tags (tags held by at most `Suggester.tagLimit`), and a's partners across a gap's parts.
/// Walking a's partners w in ascending order adds 1/deg(w) to each b as it is reached, so the
/// resource allocation of a pair is summed in the order `resourceAllocation` merges the two
/// rows: the same bits. When a has a partner above the hub limit, whose neighbours are not
/// walked, each candidate's resource allocation is merged instead. The candidates and their
/// scores are those of `CandidateGatherer.gather` followed by `score(_:gaps:)`, without a set
/// of millions of pairs.
///
/// - Complexity: O(Σ_w deg(w)² + Σ_tags k²) (hubs and tags above the limits skipped), O(tags +
///   gaps) per candidate; O(V) memory per worker.
struct SuggestionSweep: Sendable {
    let context: SuggestionContext
    let gaps: GapIndex
    /// The holders of each tag as nodes; empty for a tag held by more than `Suggester.tagLimit`.
    let holders: [[Int32]]
    /// For each node a, the nodes b > a across a gap's parts from it (`CandidateGatherer.addGapParts`).
    let gapPartners: [[Int32]]
    let kind: ActorKind?
    /// Pairs scored but not worth showing (`Suggester.onlyTagsApart`, a suggested committee's).
    let drop: @Sendable (ScoredPair) -> Bool

    /// What the sweep marks besides common partners, worked out from the gaps alone: the
    /// suggester works it out beside the index of the gaps.
    struct Candidates: Sendable {
        /// The holders of each tag as nodes; empty for a tag held by more than `Suggester.tagLimit`.
        let holders: [[Int32]]
        /// For each node a, the nodes b > a across a gap's parts from it.
        let gapPartners: [[Int32]]

        /// - Complexity: O(V + T) for T tags in all, plus the gaps' parts.
        init(_ context: SuggestionContext, gaps: [Gap], options: SuggestOptions) {
            var holders = [[Int32]](repeating: [], count: context.tagKeys.count)
            for v in 0..<context.nodeCount {
                for tag in context.tags[v] { holders[Int(tag)].append(Int32(v)) }
            }
            self.holders = holders.map { $0.count <= Suggester.tagLimit ? $0 : [] }
            var gatherer = CandidateGatherer(context, options: options)
            gatherer.addGapParts(gaps)
            var partners = [[Int32]](repeating: [], count: context.nodeCount)
            for key in gatherer.candidates { partners[Int(key >> 32)].append(Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)) }
            gapPartners = partners
        }
    }

    init(_ context: SuggestionContext, gaps: [Gap], index: GapIndex, options: SuggestOptions,
         drop: @escaping @Sendable (ScoredPair) -> Bool) {
        self.init(context, candidates: Candidates(context, gaps: gaps, options: options), index: index, options: options, drop: drop)
    }

    init(_ context: SuggestionContext, candidates: Candidates, index: GapIndex, options: SuggestOptions,
         drop: @escaping @Sendable (ScoredPair) -> Bool) {
        self.context = context
        self.gaps = index
        holders = candidates.holders
        gapPartners = candidates.gapPartners
        kind = options.kind
        self.drop = drop
    }

    /// One worker's marks and sums, reused from node to node.
    struct Scratch {
        /// 2a for the partners of node a (already tied), 2a + 1 for its candidates; -1 before.
        var mark: [Int]
        /// The resource allocation summed so far for each candidate of the current node.
        var structural: [Double]
        var found: [Int] = []
        var scored: [ScoredPair] = []

        init(nodeCount: Int) {
            mark = [Int](repeating: -1, count: nodeCount)
            structural = [Double](repeating: 0, count: nodeCount)
        }
    }

    /// Every candidate scored above 0 and not dropped; in no defined order (the ranking sorts).
    func run(workers: Int? = nil) -> [ScoredPair] {
        parts(workers: workers).flatMap { $0 }
    }

    /// What `run` finds, as each worker found it: the ranking reads the parts, so that millions
    /// of pairs are not copied into one array.
    func parts(workers: Int? = nil) -> [[ScoredPair]] {
        let n = context.nodeCount
        return Parallel.forEach(count: n, workers: workers, makeState: { Scratch(nodeCount: n) }, body: { scratch, a in
            visit(a, &scratch)
        }).map(\.scored)
    }

    /// The candidates b > a of node a, scored.
    private func visit(_ a: Int, _ scratch: inout Scratch) {
        guard !context.isProgram[a] else { return }
        let network = context.network
        let tiedMark = 2 * a, candidateMark = 2 * a + 1
        for k in network.outRange(a) { scratch.mark[Int(network.outTarget[k])] = tiedMark }
        scratch.found.removeAll(keepingCapacity: true)
        var nextToHub = false
        for k in network.outRange(a) {
            let w = Int(network.outTarget[k]), degree = context.degree[w]
            guard degree <= Suggester.hubLimit else {
                nextToHub = true
                continue
            }
            let share = 1 / Double(max(1, degree))
            for m in network.outRange(w) {
                let b = Int(network.outTarget[m])
                guard b > a else { continue }
                if scratch.mark[b] == candidateMark {
                    scratch.structural[b] += share
                } else if scratch.mark[b] != tiedMark {
                    scratch.mark[b] = candidateMark
                    scratch.structural[b] = share
                    scratch.found.append(b)
                }
            }
        }
        for tag in context.tags[a] { mark(holders[Int(tag)], after: a, candidateMark, tiedMark, &scratch) }
        mark(gapPartners[a], after: a, candidateMark, tiedMark, &scratch)
        for b in scratch.found {
            guard !context.isProgram[b] else { continue }
            if let kind, context.kinds[a] != kind && context.kinds[b] != kind { continue }
            let structural = nextToHub ? context.resourceAllocation(a, b) : scratch.structural[b]
            if let pair = context.score(a, b, structural: structural, gaps: gaps), !drop(pair) { scratch.scored.append(pair) }
        }
    }

    /// Marks the nodes of `list` above `a` as candidates without a common partner, unless tied
    /// or marked already.
    @inline(__always)
    private func mark(_ list: [Int32], after a: Int, _ candidateMark: Int, _ tiedMark: Int, _ scratch: inout Scratch) {
        for node in list {
            let b = Int(node)
            guard b > a, scratch.mark[b] != candidateMark, scratch.mark[b] != tiedMark else { continue }
            scratch.mark[b] = candidateMark
            scratch.structural[b] = 0
            scratch.found.append(b)
        }
    }
}
