/// Ranks cooperation opportunities.
///
/// Candidates are only pairs that something points to — a common partner, a shared topic or
/// target group (tags held by at most `tagLimit` actors), two parts of a gap that a tie would
/// join — never all O(n²) pairs (with `actor` set, every partner of that actor is a candidate).
/// Pairs already tied, and programmes, are left out. The score (docs/gaps.md):
///
///     score = structural + fit + ½ · complementarity + gap bonus
///
/// with structural = resource allocation (Zhou, Lü & Zhang 2009, doi:10.1140/epjb/e2009-00335-8),
/// fit = Jaccard of topics and target groups, complementarity 1/½/0, and the bonus 3 for joining
/// components, 2 for a second path around a cut point, 2 for coordinating an uncoordinated group,
/// 1.5 for linking a planning silo, 1 for filling a group hole — each but the first weighted by the
/// gap's severity (high 1, medium 0.6, low 0.3). An actor appears in at most max(2, top/5)
/// suggestions, for variety.
///
/// - Complexity: O(Σ_w deg(w)² + Σ_tags k²) to gather candidates (hubs above `hubLimit` and tags
///   above `tagLimit` skipped), O(deg) per candidate to score.
public enum Suggester {
    public static let hubLimit = 500
    public static let tagLimit = 300

    public static func suggest(_ landscape: Landscape, gaps: [Gap], options: SuggestOptions = SuggestOptions()) -> [Suggestion] {
        suggest(landscape, gaps: gaps, options: options, firstPrefix: max(options.top * 64, 4_096))
    }

    /// `firstPrefix`: how many of the best candidates are sorted first (tests set it small to
    /// check that the result does not depend on it).
    static func suggest(_ landscape: Landscape, gaps: [Gap], options: SuggestOptions, firstPrefix: Int) -> [Suggestion] {
        let network = Network(landscape)
        let n = network.nodeCount
        let words = SuggestionWording(language: options.language)
        let gapWords = options.language.gapWording
        let actors = network.actors.map { landscape[$0] }
        let degree = (0..<n).map { network.outRange($0).count }
        let components = Components(network)
        func eligible(_ v: Int) -> Bool { actors[v]?.kind != .program }

        var neighbours = [Set<Int>](repeating: [], count: n)
        for v in 0..<n { neighbours[v] = Set(network.outTarget[network.outRange(v)].map { Int($0) }) }
        var tied = Set<UInt64>()
        for tie in landscape.ties {
            if let a = network.index(of: tie.from), let b = network.index(of: tie.to) { tied.insert(key(a, b)) }
        }

        // Candidate pairs.
        var candidates = Set<UInt64>()
        func add(_ a: Int, _ b: Int) {
            guard a != b, eligible(a), eligible(b), !tied.contains(key(a, b)) else { return }
            if let only = options.actor.flatMap(network.index(of:)), a != only && b != only { return }
            if let kind = options.kind, actors[a]?.kind != kind && actors[b]?.kind != kind { return }
            candidates.insert(key(a, b))
        }
        if let only = options.actor.flatMap(network.index(of:)) {
            for v in 0..<n { add(only, v) }
        } else {
            for w in 0..<n where degree[w] <= hubLimit {
                let list = Array(neighbours[w]).sorted()
                for i in list.indices { for j in list.indices where j > i { add(list[i], list[j]) } }
            }
            var byTag: [String: [Int]] = [:]
            for v in 0..<n {
                for tag in Set(((actors[v]?.topics ?? []) + (actors[v]?.targetGroups ?? [])).map(GapFinder.tagKey)) {
                    byTag[tag, default: []].append(v)
                }
            }
            for list in byTag.values where list.count <= tagLimit {
                for i in list.indices { for j in list.indices where j > i { add(list[i], list[j]) } }
            }
            for gap in gaps where gap.fragments.count >= 2 {
                let parts = gap.fragments.map { $0.compactMap(network.index(of:)) }
                guard parts.reduce(0, { $0 + $1.count }) <= tagLimit else {
                    // Large parts: only the most connected actor of each of the largest twenty parts
                    // (a topic served by thousands falls into thousands of fragments).
                    let largest = parts.sorted { $0.count > $1.count }.prefix(20)
                    let hubs = largest.compactMap { part in part.max { degree[$0] < degree[$1] } }
                    for i in hubs.indices { for j in hubs.indices where j > i { add(hubs[i], hubs[j]) } }
                    continue
                }
                for i in parts.indices { for j in parts.indices where j > i { for a in parts[i] { for b in parts[j] { add(a, b) } } } }
            }
        }

        // Gap lookups, per node, so that scoring a pair touches only the gaps of its two ends.
        var cutOffOf = [[Int]](repeating: [], count: n)  // cut-point gaps that cut the node off
        var cutNodes: [Int] = []
        var cutSeverity: [GapSeverity] = []
        for gap in gaps where gap.type == .cutPoint {
            guard let first = gap.actors.first, let cut = network.index(of: first) else { continue }
            for node in (gap.fragments.first ?? []).compactMap(network.index(of:)) { cutOffOf[node].append(cutNodes.count) }
            cutNodes.append(cut)
            cutSeverity.append(gap.severity)
        }
        let partGaps = gaps.filter { $0.type == .uncoordinated || $0.type == .planningSilo || $0.type == .groupHole }
        var partOf = [[(gap: Int, part: Int)]](repeating: [], count: n)
        for (g, gap) in partGaps.enumerated() {
            for (part, ids) in gap.fragments.enumerated() {
                for node in ids.compactMap(network.index(of:)) where !partOf[node].contains(where: { $0.gap == g }) {
                    partOf[node].append((g, part))
                }
            }
        }
        let tags: [[String]] = (0..<n).map { v in
            Array(Set(((actors[v]?.topics ?? []) + (actors[v]?.targetGroups ?? [])).map(GapFinder.tagKey))).sorted()
        }

        /// The gap bonus of a pair and what it closes: (bonus, [(type, which gap or cut node)]).
        func closing(_ a: Int, _ b: Int) -> (Double, [(GapType, Int)]) {
            var bonus = 0.0
            var closed: [(GapType, Int)] = []
            func weight(_ severity: GapSeverity) -> Double {
                switch severity {
                case .high: 1
                case .medium: 0.6
                case .low: 0.3
                }
            }
            if components.component[a] != components.component[b] {
                bonus += 3
                closed.append((.fragmented, -1))
            }
            // Most actors are cut off by no cut point: no sets to build then.
            if !cutOffOf[a].isEmpty || !cutOffOf[b].isEmpty {
                let cutA = Set(cutOffOf[a]), cutB = Set(cutOffOf[b])
                if let gap = cutA.symmetricDifference(cutB).sorted().first(where: { cutNodes[$0] != a && cutNodes[$0] != b }) {
                    bonus += 2 * weight(cutSeverity[gap])
                    closed.append((.cutPoint, cutNodes[gap]))
                }
            }
            for (g, partA) in partOf[a] {
                guard let partB = partOf[b].first(where: { $0.gap == g })?.part, partA != partB else { continue }
                let type = partGaps[g].type
                bonus += (type == .uncoordinated ? 2 : (type == .planningSilo ? 1.5 : 1)) * weight(partGaps[g].severity)
                closed.append((type, g))
            }
            return (bonus, closed)
        }

        // Phase 1: numbers only, for every candidate.
        struct Scored { var a: Int; var b: Int; var score: Double; var structural: Double; var fit: Double; var complementarity: Double; var bonus: Double }
        var scored: [Scored] = []
        scored.reserveCapacity(candidates.count)
        for pair in candidates {
            let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
            guard let actorA = actors[a], let actorB = actors[b] else { continue }
            var structural = 0.0
            var i = network.outStart[a], j = network.outStart[b]
            while i < network.outStart[a + 1] && j < network.outStart[b + 1] {
                let x = network.outTarget[i], y = network.outTarget[j]
                if x == y { structural += 1 / Double(max(1, degree[Int(x)])); i += 1; j += 1 } else if x < y { i += 1 } else { j += 1 }
            }
            var shared = 0, p = 0, q = 0
            let ta = tags[a], tb = tags[b]
            while p < ta.count && q < tb.count {
                if ta[p] == tb[q] { shared += 1; p += 1; q += 1 } else if ta[p] < tb[q] { p += 1 } else { q += 1 }
            }
            let union = ta.count + tb.count - shared
            let fit = union == 0 ? 0 : Double(shared) / Double(union)
            let complementarity = complement(actorA.kind, actorB.kind)
            let bonus = closing(a, b).0
            let score = structural + fit + 0.5 * complementarity + bonus
            guard score > 0 else { continue }
            scored.append(Scored(a: a, b: b, score: score, structural: structural, fit: fit, complementarity: complementarity, bonus: bonus))
        }
        func ordered(_ s: Scored) -> (ActorID, ActorID) {
            let nameA = actors[s.a]?.name ?? "", nameB = actors[s.b]?.name ?? ""
            return nameA <= nameB ? (network.actors[s.a], network.actors[s.b]) : (network.actors[s.b], network.actors[s.a])
        }
        // The order: score, then the pair's ids as `ordered` gives them. Names and ids are
        // ranked once, so that comparing two pairs compares integers, not texts.
        let nameRank = ranks((0..<n).map { actors[$0]?.name ?? "" })
        let idRank = ranks(network.actors)
        func orderedRanks(_ s: Scored) -> (Int, Int) {
            nameRank[s.a] <= nameRank[s.b] ? (idRank[s.a], idRank[s.b]) : (idRank[s.b], idRank[s.a])
        }
        func precedes(_ x: Scored, _ y: Scored) -> Bool {
            x.score != y.score ? x.score > y.score : orderedRanks(x) < orderedRanks(y)
        }

        // Variety: one actor appears in at most `perActor` suggestions (unless asked for one actor),
        // so that the list is not ten variations on one partner.
        let perActor = options.actor == nil ? max(2, options.top / 5) : Int.max
        var shown: [Scored] = []
        // The choice below reads the candidates best first and stops when `top` are shown, so
        // only a prefix of the order is needed: the candidates at or above a score threshold,
        // sorted; if they do not fill the list, a lower threshold. Millions of candidates on
        // large landscapes are not sorted whole.
        var prefixLength = max(1, firstPrefix)
        while true {
            let prefix: [Scored]
            if prefixLength >= scored.count {
                prefix = scored.sorted(by: precedes)
            } else {
                var scores = scored.map(\.score)
                scores.sort(by: >)
                let threshold = scores[prefixLength - 1]
                prefix = scored.filter { $0.score >= threshold }.sorted(by: precedes)
            }
            shown = []
            var appearances = [Int](repeating: 0, count: n)
            for candidate in prefix where shown.count < options.top {
                guard appearances[candidate.a] < perActor, appearances[candidate.b] < perActor else { continue }
                appearances[candidate.a] += 1
                appearances[candidate.b] += 1
                shown.append(candidate)
            }
            if shown.count >= options.top || prefix.count >= scored.count { break }
            prefixLength *= 8
        }

        // Phase 2: words, for the ones shown.
        return shown.map { s in
            let (from, to) = ordered(s)
            var reasons: [String] = []
            let common = neighbours[s.a].intersection(neighbours[s.b]).sorted()
            if !common.isEmpty {
                reasons.append(words.commonPartners(common.map { GapFinder.displayName(actors[$0]?.name ?? "") }, score: s.structural))
            }
            let sharedTexts = Dictionary(((actors[s.a]?.topics ?? []) + (actors[s.a]?.targetGroups ?? [])).map { (GapFinder.tagKey($0), $0) },
                                         uniquingKeysWith: { x, _ in x })
            let sharedKeys = Set(tags[s.b]).intersection(tags[s.a]).sorted()
            if !sharedKeys.isEmpty { reasons.append(words.sharedTags(sharedKeys.compactMap { sharedTexts[$0] })) }
            if s.complementarity > 0, let ka = actors[s.a]?.kind, let kb = actors[s.b]?.kind {
                reasons.append(words.complementary(ka, kb))
            }
            var closes: [String] = []
            var types: [GapType] = []
            for (type, which) in closing(s.a, s.b).1 {
                types.append(type)
                switch type {
                case .fragmented: closes.append(words.joinsComponents())
                case .cutPoint: closes.append(words.relievesCutPoint(GapFinder.displayName(actors[which]?.name ?? "")))
                case .uncoordinated: closes.append(words.coordinates(partGaps[which].groups.first ?? ""))
                case .planningSilo: closes.append(words.linksPlanning(partGaps[which].groups.first ?? ""))
                default:
                    let names = partGaps[which].groups.map { group in
                        ActorKind(rawValue: group) != nil ? gapWords.groupName(group, attribute: .kind)
                            : (Sector(rawValue: group) != nil ? gapWords.groupName(group, attribute: .sector) : group)
                    }
                    closes.append(words.fillsGroupHole(names.first ?? "", names.last ?? ""))
                }
            }
            return Suggestion(from: from, to: to, score: s.score, structural: s.structural, fit: s.fit,
                              complementarity: s.complementarity, gapBonus: s.bonus, reasons: reasons,
                              closes: closes, closesTypes: types)
        }
    }

    /// Each value's rank in sorted order, equal values sharing a rank.
    static func ranks<T: Comparable>(_ values: [T]) -> [Int] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var rank = [Int](repeating: 0, count: values.count)
        var current = 0
        for (position, index) in order.enumerated() {
            if position > 0, values[order[position - 1]] < values[index] { current = position }
            rank[index] = current
        }
        return rank
    }

    static func key(_ a: Int, _ b: Int) -> UInt64 {
        UInt64(min(a, b)) << 32 | UInt64(max(a, b))
    }

    /// Civil society, foundations, business and research bring what the public side lacks.
    /// Committees (joining is not complementing), programmes and "other" count 0.
    static func complement(_ a: ActorKind, _ b: ActorKind) -> Double {
        guard a != b, !neutral.contains(a), !neutral.contains(b) else { return 0 }
        if (civil.contains(a) && public_.contains(b)) || (civil.contains(b) && public_.contains(a)) { return 1 }
        return 0.5
    }

    private static let neutral: Set<ActorKind> = [.committee, .program, .other]
    private static let civil: Set<ActorKind> = [.foundation, .association, .business, .research]
    private static let public_: Set<ActorKind> = [.office, .agency, .institution, .politics]
}
