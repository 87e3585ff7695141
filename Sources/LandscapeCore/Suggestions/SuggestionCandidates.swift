/// The network as the suggester reads it: dense indices, degrees, neighbour sets, tag keys and
/// the pairs already tied, computed once per run.
struct SuggestionContext {
    let network: Network
    /// The actor of each node.
    let actors: [Actor?]
    let degree: [Int]
    let components: Components
    let neighbours: [Set<Int>]
    /// Each node's topics and target groups as sorted, distinct match keys.
    let tags: [[String]]
    /// Pairs with a tie in either direction (`Suggester.key`).
    let tied: Set<UInt64>

    init(_ landscape: Landscape) {
        let network = Network(landscape)
        let n = network.nodeCount
        self.network = network
        let actors = network.actors.map { landscape[$0] }
        self.actors = actors
        degree = (0..<n).map { network.outRange($0).count }
        components = Components(network)
        neighbours = (0..<n).map { Set(network.outTarget[network.outRange($0)].map { Int($0) }) }
        tags = (0..<n).map { v in
            Array(Set(((actors[v]?.topics ?? []) + (actors[v]?.targetGroups ?? [])).map(GapFinder.tagKey))).sorted()
        }
        var tied = Set<UInt64>()
        for tie in landscape.ties {
            if let a = network.index(of: tie.from), let b = network.index(of: tie.to) { tied.insert(Suggester.key(a, b)) }
        }
        self.tied = tied
    }

    var nodeCount: Int { network.nodeCount }
}

/// Gathers the candidate pairs: only pairs that something points to, never all O(n²).
struct CandidateGatherer {
    let context: SuggestionContext
    /// The one actor whose opportunities are wanted (`SuggestOptions.actor`), as a node.
    let only: Int?
    let kind: ActorKind?
    private(set) var candidates = Set<UInt64>()

    init(_ context: SuggestionContext, options: SuggestOptions) {
        self.context = context
        only = options.actor.flatMap(context.network.index(of:))
        kind = options.kind
    }

    /// Every candidate pair, as `Suggester.key`s.
    ///
    /// - Complexity: O(Σ_w deg(w)² + Σ_tags k²), hubs above `Suggester.hubLimit` and tags above
    ///   `Suggester.tagLimit` skipped; O(V) with one actor asked for.
    static func gather(_ context: SuggestionContext, gaps: [Gap], options: SuggestOptions) -> Set<UInt64> {
        var gatherer = CandidateGatherer(context, options: options)
        if let only = gatherer.only {
            for v in 0..<context.nodeCount { gatherer.add(only, v) }
        } else {
            gatherer.addCommonPartners()
            gatherer.addSharedTags()
            gatherer.addGapParts(gaps)
        }
        return gatherer.candidates
    }

    /// Adds a pair unless it is a self-pair, involves a programme, is already tied, or misses
    /// the asked actor or kind.
    mutating func add(_ a: Int, _ b: Int) {
        guard a != b, context.actors[a]?.kind != .program, context.actors[b]?.kind != .program,
              !context.tied.contains(Suggester.key(a, b)) else { return }
        if let only, a != only && b != only { return }
        if let kind, context.actors[a]?.kind != kind && context.actors[b]?.kind != kind { return }
        candidates.insert(Suggester.key(a, b))
    }

    /// Every pair of the given nodes.
    mutating func addPairs(_ list: [Int]) {
        for i in list.indices { for j in list.indices where j > i { add(list[i], list[j]) } }
    }

    /// Pairs with a common partner (partners with more than `hubLimit` ties are skipped).
    mutating func addCommonPartners() {
        for w in 0..<context.nodeCount where context.degree[w] <= Suggester.hubLimit {
            addPairs(Array(context.neighbours[w]).sorted())
        }
    }

    /// Pairs sharing a topic or target group held by at most `tagLimit` actors.
    mutating func addSharedTags() {
        var byTag: [String: [Int]] = [:]
        for v in 0..<context.nodeCount {
            for tag in context.tags[v] { byTag[tag, default: []].append(v) }
        }
        for list in byTag.values where list.count <= Suggester.tagLimit { addPairs(list) }
    }

    /// Pairs from two parts of a gap that a tie would join.
    mutating func addGapParts(_ gaps: [Gap]) {
        for gap in gaps where gap.fragments.count >= 2 {
            let parts = gap.fragments.map { $0.compactMap(context.network.index(of:)) }
            guard parts.reduce(0, { $0 + $1.count }) <= Suggester.tagLimit else {
                // Large parts: only the most connected actor of each of the largest twenty parts
                // (a topic served by thousands falls into thousands of fragments).
                let largest = parts.sorted { $0.count > $1.count }.prefix(20)
                addPairs(largest.compactMap { part in part.max { context.degree[$0] < context.degree[$1] } })
                continue
            }
            for i in parts.indices {
                for j in parts.indices where j > i { for a in parts[i] { for b in parts[j] { add(a, b) } } }
            }
        }
    }
}
