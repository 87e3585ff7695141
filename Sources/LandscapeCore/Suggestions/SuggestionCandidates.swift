/// The network as the suggester reads it: dense indices, degrees, neighbour rows and tag
/// keys, computed once per run.
struct SuggestionContext: Sendable {
    let network: Network
    /// The landscape read; node v is its actor v (`Network` numbers the actors in order).
    let landscape: Landscape
    /// Each node's kind and whether it is a programme, read once so that the millions of
    /// candidate pairs do not copy actors.
    let kinds: [ActorKind]
    let isProgram: [Bool]
    /// Each node's municipality as a number (equal names, equal numbers; -1 for none or empty).
    let municipality: [Int32]
    let degree: [Int]
    let components: Components
    /// Each node's topics and target groups as sorted, distinct numbers of their match keys
    /// (`tagKeys`): comparing two nodes' tags compares integers, not texts.
    let tags: [[Int32]]
    /// The match key (`GapFinder.tagKey`) of each tag number.
    let tagKeys: [String]

    /// - Complexity: O(V + E + T) for T tags in all, expected.
    init(_ landscape: Landscape) {
        self.init(landscape, network: Network(landscape))
    }

    /// The context of `landscape` and its undirected network (`Network(landscape)`), built by
    /// the caller.
    ///
    /// - Complexity: O(V + E + T) for T tags in all, expected, without building the network.
    init(_ landscape: Landscape, network: Network) {
        precondition(network.nodeCount == landscape.actors.count, "the network is not the landscape's")
        let n = network.nodeCount
        self.network = network
        self.landscape = landscape
        // Fields read through the array's element, not by copying each actor.
        let actors = landscape.actors
        kinds = actors.indices.map { actors[$0].kind }
        isProgram = actors.indices.map { actors[$0].kind == .program }
        var towns: [String: Int32] = [:]
        municipality = actors.indices.map { v in
            guard let name = actors[v].municipality, !name.isEmpty else { return -1 }
            if let number = towns[name] { return number }
            let number = Int32(towns.count)
            towns[name] = number
            return number
        }
        degree = (0..<n).map { network.outRange($0).count }
        components = Components(network)
        // The gap search's numbering of tags, topics and target groups together per node.
        let table = TagTable(actors, needs: [])
        tags = actors.indices.map { v in
            let own = (table.tags(v, targetGroups: false) + table.tags(v, targetGroups: true)).sorted()
            var distinct: [Int32] = []
            for number in own where distinct.last != number { distinct.append(number) }
            return distinct
        }
        tagKeys = table.keys
    }

    /// Whether two different nodes have a tie in either direction: whether b is in a's row.
    ///
    /// - Complexity: O(log deg(a)).
    func tied(_ a: Int, _ b: Int) -> Bool {
        var low = network.outStart[a], high = network.outStart[a + 1]
        let target = Int32(b)
        while low < high {
            let middle = (low + high) / 2
            if network.outTarget[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low < network.outStart[a + 1] && network.outTarget[low] == target
    }

    /// The actor of a node.
    func actor(_ v: Int) -> Actor { landscape.actors[v] }

    var nodeCount: Int { network.nodeCount }

    /// The neighbours of a node: sorted, distinct, without itself (`Network`'s row).
    func neighbours(_ v: Int) -> ArraySlice<Int32> { network.outTarget[network.outRange(v)] }
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
        guard a != b, !context.isProgram[a], !context.isProgram[b], !context.tied(a, b) else { return }
        if let only, a != only && b != only { return }
        if let kind, context.kinds[a] != kind && context.kinds[b] != kind { return }
        candidates.insert(Suggester.key(a, b))
    }

    /// Every pair of the given nodes.
    mutating func addPairs<Nodes: RandomAccessCollection>(_ list: Nodes) where Nodes.Element: BinaryInteger {
        for i in list.indices { for j in list.indices where j > i { add(Int(list[i]), Int(list[j])) } }
    }

    /// Pairs with a common partner (partners with more than `hubLimit` ties are skipped).
    mutating func addCommonPartners() {
        var pairs = 0
        for w in 0..<context.nodeCount where context.degree[w] <= Suggester.hubLimit {
            pairs += context.degree[w] * (context.degree[w] - 1) / 2
        }
        candidates.reserveCapacity(pairs)
        for w in 0..<context.nodeCount where context.degree[w] <= Suggester.hubLimit {
            addPairs(context.neighbours(w))
        }
    }

    /// Pairs sharing a topic or target group held by at most `tagLimit` actors.
    mutating func addSharedTags() {
        var byTag = [[Int]](repeating: [], count: context.tagKeys.count)
        for v in 0..<context.nodeCount {
            for tag in context.tags[v] { byTag[Int(tag)].append(v) }
        }
        for list in byTag where list.count <= Suggester.tagLimit { addPairs(list) }
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
