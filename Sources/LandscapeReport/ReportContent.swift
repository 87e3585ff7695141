import LandscapeCore

/// Everything the report shows, computed once: the figures, the rankings, gaps, suggestions,
/// the programme scenarios, communities and the coverage of needs. Pure data, no markup.
struct ReportContent {
    /// An actor and its value in one ranking.
    struct Ranked {
        var id: ActorID
        var value: Double
    }

    /// What the landscape loses when a programme with an end date goes.
    struct ProgrammeOutlook {
        var programme: ActorID
        var until: PartialDate
        /// Whether the end lies before the report's date.
        var ended: Bool
        var result: WhatIfResult
        /// Positions the programme funds (removed with it).
        var positions: [ActorID]
        var fundingTies: Int
    }

    /// A community found by Louvain, with what characterises it.
    struct Community {
        var number: Int
        var members: [ActorID]
        /// Municipalities, kinds, sectors and topics of the members, most frequent first.
        var municipalities: [(name: String, count: Int)]
        var kinds: [(kind: ActorKind, count: Int)]
        var sectors: [(sector: Sector?, count: Int)]
        var topics: [(name: String, count: Int)]
    }

    let landscape: Landscape
    let language: Language
    let statistics: LandscapeStatistics
    let byKind: GroupMixing
    /// Mixing by municipality, when at least two municipalities have actors and none dominates.
    let byMunicipality: GroupMixing?
    /// The municipality of nearly all actors (`dominantShare` of those that name one), if any:
    /// comparisons by municipality then say nothing.
    let dominantMunicipality: String?
    static let dominantShare = 0.85
    let centrality: [ActorID: ActorCentrality]
    let betweenness: [Ranked]
    let degree: [Ranked]
    let pagerank: [Ranked]
    /// How betweenness was estimated above `Sampling.largeAbove` actors; `nil` when exact.
    let estimate: CentralityEstimate?
    /// Actors with brokerage roles, most roles first.
    let brokers: [Ranked]
    let network: Network
    let components: Components
    let communities: [Community]
    let modularity: Double
    let gaps: [Gap]
    let suggestions: [Suggestion]
    let programmes: [ProgrammeOutlook]
    let coverage: Coverage
    /// The actors that are cut points (from the gaps), with the number of actors they cut off.
    let cutPoints: [ActorID: Int]

    /// How many actors each top table shows.
    static let topCount = 10

    /// Computes every part of the report for `landscape` (already anonymised and taken on its
    /// date). `found` is called with the communities as soon as they are known, before the
    /// other analyses: the report draws them meanwhile.
    ///
    /// The actors' network is built once and read by every analysis; Louvain runs once, for the
    /// figures and the communities' section; the gaps, and the suggestions and the coverage of
    /// needs built on them, run on other threads meanwhile.
    ///
    /// - Complexity: dominated by the path measures, O(V·E), once for the landscape and twice
    ///   more per programme with an end date (what-if), where V is the number of actors and E
    ///   the number of ties; above `Sampling.largeAbove` actors they are estimated by sampling
    ///   (`Sampling.standard`, seeded with `seed`), as the commands do by default.
    init(_ landscape: Landscape, language: Language, date: CalendarDay?, seed: UInt64, found: ([Community]) -> Void = { _ in }) {
        self.landscape = landscape
        self.language = language
        // The analyses read the actors; resources and events are listed, not analysed.
        let actors = landscape.analysed()
        let network = Network(actors)
        self.network = network
        let analysed = Background { () -> (gaps: [Gap], suggestions: [Suggestion], coverage: Coverage) in
            let gaps = GapFinder.find(actors, network: network)
            // The coverage of needs reads the gaps: on a thread of its own beside the suggestions.
            let coverage = Background { Coverage(actors, network: network, components: Components(network), gaps: gaps) }
            let suggestions = Suggester.suggest(actors, network: network, gaps: gaps, options: SuggestOptions(top: Self.topCount))
            return (gaps, suggestions, coverage.value())
        }
        let options = AnalysisOptions()
        let grouped = Analysis.communities(network: network, options, seed: seed)
        modularity = grouped.modularity
        communities = grouped.members.enumerated().compactMap { index, nodes in
            // Node v is `actors.actors[v]` (`Network`): no look-up by id.
            Self.describe(community: index + 1, members: nodes.map { actors.actors[$0] })
        }
        // The overview by community is drawn only when there are ties (`statistics.edges`).
        if network.edgeCount > 0 { found(communities) }
        statistics = Analysis.statistics(actors, network: network, communities: grouped, options, seed: seed)
        components = Components(network)
        byKind = statistics.mixing[.kind] ?? GroupMixing(network, groups: GroupingAttribute.kind.groups(of: network, in: landscape))
        let named = landscape.actors.compactMap(\.municipality).filter { !$0.isEmpty }
        let largest = Self.tally(named, order: <).first
        dominantMunicipality = largest.flatMap { Double($0.1) >= Self.dominantShare * Double(named.count) ? $0.0 : nil }
        byMunicipality = Set(named).count >= 2 && dominantMunicipality == nil
            ? GroupMixing(network, groups: GroupingAttribute.municipality.groups(of: network, in: landscape)) : nil

        let result = Analysis.centrality(actors, network: network, options, measures: [.degree, .betweenness, .pagerank, .brokerage],
                                         sampling: Sampling.automatic(actors: network.nodeCount, exact: false, seed: seed))
        estimate = result.estimate
        var byID = [ActorID: ActorCentrality](minimumCapacity: result.actors.count)
        for actor in result.actors { byID[actor.id] = actor }
        centrality = byID
        (betweenness, degree, pagerank, brokers) = Self.rankings(result, actors: actors)

        let gapsFound = analysed.value()
        gaps = gapsFound.gaps
        suggestions = gapsFound.suggestions
        var cutPoints: [ActorID: Int] = [:]
        for gap in gaps where gap.type == .cutPoint {
            if let first = gap.actors.first { cutPoints[first] = max(cutPoints[first] ?? 0, gap.actors.count - 1) }
        }
        self.cutPoints = cutPoints
        programmes = Self.outlooks(actors, date: date)
        coverage = gapsFound.coverage
    }

    /// The rankings by betweenness, degree, PageRank and brokerage (`ranked`), of the actors
    /// with a positive value (any PageRank). The first two are sorted on another thread
    /// meanwhile: sorting 200,000 actors with their names as tie-breaks takes a tenth of a second
    /// each. `actors`: the landscape analysed, whose actor v is the result's entry v
    /// (`CentralityResult`), so that each entry's name is read by position, not looked up by id.
    ///
    /// - Complexity: O(V log V).
    static func rankings(_ result: CentralityResult, actors: Landscape)
        -> (betweenness: [Ranked], degree: [Ranked], pagerank: [Ranked], brokers: [Ranked]) {
        precondition(result.actors.count == actors.actors.count, "the result is not the landscape's")
        let landscape = actors
        @Sendable func ranking(_ measure: Measure, positiveOnly: Bool) -> [Ranked] {
            var entries: [Ranked] = [], names: [String] = []
            for (node, actor) in result.actors.enumerated() {
                guard let value = actor.value(of: measure), !(positiveOnly && !(value > 0)) else { continue }
                entries.append(Ranked(id: actor.id, value: value))
                names.append(landscape.actors[node].name)
            }
            return ranked(entries, names: names)
        }
        let first = Background { (ranking(.betweenness, positiveOnly: true), ranking(.degree, positiveOnly: true)) }
        let pagerank = ranking(.pagerank, positiveOnly: false), brokers = ranking(.brokerage, positiveOnly: true)
        let (betweenness, degree) = first.value()
        return (betweenness, degree, pagerank, brokers)
    }

    /// What the landscape loses when each programme with an end date goes.
    ///
    /// - Complexity: two what-if summaries, O(V·E) each, per programme with an end date.
    static func outlooks(_ landscape: Landscape, date: CalendarDay?) -> [ProgrammeOutlook] {
        landscape.actors.filter { $0.kind == .program && $0.period.until != nil }.compactMap { programme in
            guard let until = programme.period.until else { return nil }
            let after = WhatIf.withoutProgram(programme.id, from: landscape)
            let result = WhatIf.compare(before: landscape, after: after)
            return ProgrammeOutlook(
                programme: programme.id, until: until, ended: date.map { until.lastDay < $0 } ?? false, result: result,
                positions: result.removed.filter { $0 != programme.id },
                fundingTies: landscape.ties.filter { $0.kind == .funding && $0.from == programme.id }.count)
        }
    }

    /// Descending by value, then by name and id. Values are compared at 10⁻⁹ so that sums
    /// that differ only in the last bits (parallel betweenness) cannot swap places between runs.
    ///
    /// `names[i]` is the name of `entries[i]`.
    ///
    /// - Complexity: O(n log n); each entry's rounded value and name are read once, not at
    ///   every comparison (200,000 entries, four rankings).
    static func ranked(_ entries: [Ranked], names: [String]) -> [Ranked] {
        let keys = entries.indices.map { (value: (entries[$0].value * 1e9).rounded(), name: names[$0]) }
        return entries.indices.sorted { a, b in
            let ka = keys[a], kb = keys[b]
            if ka.value != kb.value { return ka.value > kb.value }
            return ka.name != kb.name ? ka.name < kb.name : entries[a].id < entries[b].id
        }.map { entries[$0] }
    }

    /// The most frequent values first, then alphabetically.
    static func tally<Key: Hashable>(_ keys: [Key], order: (Key, Key) -> Bool) -> [(Key, Int)] {
        var counts: [Key: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : order($0.0, $1.0) }
    }

    /// - Complexity: O(m log m) for the m `actors` of the community.
    static func describe(community number: Int, members actors: [Actor]) -> Community {
        Community(
            number: number, members: actors.map(\.id),
            municipalities: tally(actors.map { $0.municipality ?? "" }, order: <).map { (name: $0.0, count: $0.1) },
            kinds: tally(actors.map(\.kind), order: <).map { (kind: $0.0, count: $0.1) },
            sectors: tally(actors.map { $0.sectors.first }, order: { ($0.map { Sector.allCases.firstIndex(of: $0) ?? 0 } ?? 99) < ($1.map { Sector.allCases.firstIndex(of: $0) ?? 0 } ?? 99) })
                .map { (sector: $0.0, count: $0.1) },
            topics: tally(actors.flatMap { Array(Set($0.topics.map(\.trimmingSpaces))) }, order: <).map { (name: $0.0, count: $0.1) })
    }

    /// The actor's display name.
    func name(_ id: ActorID) -> String { landscape[id]?.name ?? id.rawValue }

    /// The actors that appear in the top tables of section 4 (for tests and the summary).
    var topActors: [ActorID] {
        var seen = Set<ActorID>(), result: [ActorID] = []
        for list in [betweenness, degree, pagerank, brokers] {
            for entry in list.prefix(Self.topCount) where seen.insert(entry.id).inserted { result.append(entry.id) }
        }
        return result
    }
}
