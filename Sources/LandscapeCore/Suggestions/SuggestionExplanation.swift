extension SuggestionContext {
    /// A chosen pair as a suggestion: named in order (by name), with the facts behind it and the
    /// gaps it closes.
    ///
    /// - Complexity: O(deg(a) + deg(b) + tags) plus the pair's gaps.
    func explain(_ s: ScoredPair, ranking: SuggestionRanking, gaps: GapIndex) -> Suggestion {
        let (from, to) = ranking.aFirst(s) ? (network.actors[s.a], network.actors[s.b]) : (network.actors[s.b], network.actors[s.a])
        return Suggestion(from: from, to: to, score: s.score, structural: s.structural, fit: s.fit,
                          complementarity: s.complementarity, gapBonus: s.bonus, reasons: reasons(s),
                          closes: gaps.closing(s.a, s.b).closed.map { closedGap($0, gaps: gaps) })
    }

    /// Common partners, shared tags (as the first of the pair writes them) and complementary kinds.
    func reasons(_ s: ScoredPair) -> [Suggestion.Reason] {
        var reasons: [Suggestion.Reason] = []
        let common = Set(neighbours(s.a)).intersection(neighbours(s.b)).sorted()
        if !common.isEmpty { reasons.append(.commonPartners(common.map { network.actors[Int($0)] }, score: s.structural)) }
        let own = actor(s.a).topics + actor(s.a).targetGroups
        let texts = Dictionary(own.map { (GapFinder.tagKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        let sharedKeys = Set(tags[s.b]).intersection(tags[s.a]).map { tagKeys[Int($0)] }.sorted()
        if !sharedKeys.isEmpty { reasons.append(.sharedTags(sharedKeys.compactMap { texts[$0] })) }
        if s.complementarity > 0 {
            reasons.append(.complementary(kinds[s.a], kinds[s.b]))
        }
        return reasons
    }

    /// What names a closed gap: the cut point, the tag, the municipality or the two groups.
    func closedGap(_ closed: GapIndex.Closed, gaps: GapIndex) -> Suggestion.ClosedGap {
        if closed.type == .fragmented { return .joinsComponents }
        if closed.type == .cutPoint { return .relievesCutPoint(network.actors[closed.which]) }
        let gap = gaps.partGaps[closed.which]
        switch gap.reason {
        case .uncoordinated(let group): return .coordinates(tag: group.tag)
        case .planningSilo(let municipality, _): return .linksPlanning(municipality: municipality)
        case .groupHole(let attribute, let a, let b, _, _): return .fillsGroupHole(attribute: attribute, a: a, b: b)
        default: return .fillsGroupHole(attribute: .kind, a: gap.groups.first ?? "", b: gap.groups.last ?? "")
        }
    }
}
