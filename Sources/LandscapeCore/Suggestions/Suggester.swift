/// Ranks cooperation opportunities: one committee for each group of providers that an
/// `uncoordinated` gap finds (`CommitteeSuggestions`), what a foundation could start or fund
/// when `options.kind` is `foundation` (`FoundationOpportunities`), and pairs.
///
/// Candidates are only pairs that something points to — a common partner, a shared topic or
/// target group (tags held by at most `tagLimit` actors), two parts of a gap that a tie would
/// join — never all O(n²) pairs (with `actor` set, every partner of that actor is a candidate).
/// A pair of two municipalities that shares nothing but tags is dropped, and so is a pair
/// that says no more than that both belong to a suggested committee.
/// Pairs already tied, and programmes, are left out; so are resources and events unless
/// `options.include` takes them in. The score (docs/gaps.md):
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

    /// `suggest` on a landscape already read as `options.include` asks, whose undirected network
    /// (`Network(landscape)`) the caller has built: the report builds it once for all its
    /// analyses.
    ///
    /// - Complexity: that of `suggest`, without building the network.
    package static func suggest(_ landscape: Landscape, network: Network, gaps: [Gap], options: SuggestOptions) -> [Suggestion] {
        suggest(SuggestionContext(landscape, network: network), gaps: gaps, options: options,
                firstPrefix: max(options.top * 64, 4_096))
    }

    /// `firstPrefix`: how many of the best candidates are sorted first (tests set it small to
    /// check that the result does not depend on it).
    static func suggest(_ landscape: Landscape, gaps: [Gap], options: SuggestOptions, firstPrefix: Int) -> [Suggestion] {
        suggest(SuggestionContext(landscape.analysed(including: options.include)), gaps: gaps, options: options, firstPrefix: firstPrefix)
    }

    private static func suggest(_ context: SuggestionContext, gaps: [Gap], options: SuggestOptions, firstPrefix: Int) -> [Suggestion] {
        let landscape = context.landscape
        let sweeping = options.actor == nil
        // The committees' suggestions, and the index of the gaps with the sweep's candidates,
        // need not wait for each other.
        let (made, prepared) = Parallel.both({
            let own = CommitteeSuggestions.make(gaps, options: options, context: context)
            return (suggestions: own.suggestions + FoundationOpportunities.make(landscape, gaps: gaps, options: options),
                    nodes: own.nodes)
        }, {
            (index: GapIndex(gaps, context: context),
             candidates: sweeping ? SuggestionSweep.Candidates(context, gaps: gaps, options: options) : nil)
        })
        let committees = made.suggestions, index = prepared.index
        let membership = CommitteeSuggestions.Membership(committees, nodes: made.nodes, context: context)
        let drop: @Sendable (ScoredPair) -> Bool = { pair in
            Self.onlyTagsApart(pair, context: context, gaps: index) || CommitteeSuggestions.covers(membership, pair: pair, gaps: index)
        }
        let scored: [[ScoredPair]], ranking: SuggestionRanking
        if let candidates = prepared.candidates {
            // The names are ranked beside the sweep: on a large landscape that sort would
            // otherwise follow it alone.
            (scored, ranking) = Parallel.both({
                SuggestionSweep(context, candidates: candidates, index: index, options: options, drop: drop).parts()
            }, { SuggestionRanking(context) })
        } else {
            scored = [context.score(CandidateGatherer.gather(context, gaps: gaps, options: options), gaps: index).filter { !drop($0) }]
            ranking = SuggestionRanking(context)
        }
        let perActor = sweeping ? max(2, options.top / 5) : Int.max
        let shown = ranking.choose(scored, top: max(0, options.top - committees.count), perActor: perActor,
                                   nodeCount: context.nodeCount, firstPrefix: firstPrefix)
        let pairs = shown.map { context.explain($0, ranking: ranking, gaps: index) }
        // Committees before pairs of the same score; the list stays ordered by score.
        let all = (committees + pairs).enumerated().sorted { x, y in
            x.element.score != y.element.score ? x.element.score > y.element.score : x.offset < y.offset
        }
        return Array(all.map(\.element).prefix(options.top))
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

    /// Whether a pair of different municipalities has nothing but shared tags in common: no
    /// common partner, no complementary kinds, no gap it would close but joining two parts of
    /// the landscape. Providers for the same people in two towns do not compete; the tags alone
    /// are no reason for them to meet, and neither is that neither knows anybody yet.
    static func onlyTagsApart(_ pair: ScoredPair, context: SuggestionContext, gaps: GapIndex) -> Bool {
        let a = context.municipality[pair.a], b = context.municipality[pair.b]
        guard pair.structural == 0, pair.complementarity == 0, a >= 0, b >= 0, a != b else { return false }
        return pair.bonus == 0 || gaps.closing(pair.a, pair.b).closed.allSatisfy { $0.type == .fragmented }
    }

    static func key(_ a: Int, _ b: Int) -> UInt64 {
        UInt64(min(a, b)) << 32 | UInt64(max(a, b))
    }

    /// Civil society, foundations, business and research bring what the public side lacks.
    /// Committees (joining is not complementing), programmes, "other", resources and events count 0.
    static func complement(_ a: ActorKind, _ b: ActorKind) -> Double {
        let (sideA, sideB) = (side(a), side(b))
        guard a != b, sideA != .neutral, sideB != .neutral else { return 0 }
        return sideA != sideB ? 1 : 0.5
    }

    /// Which side of the public–civil divide a kind stands on, for `complement`.
    private enum Side {
        case neutral, civil, `public`
    }

    private static func side(_ kind: ActorKind) -> Side {
        switch kind {
        case .committee, .program, .other, .resource, .event: .neutral
        case .foundation, .association, .business, .research: .civil
        case .office, .agency, .institution, .politics: .public
        }
    }
}
