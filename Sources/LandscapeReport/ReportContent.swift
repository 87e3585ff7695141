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
    /// date).
    ///
    /// - Complexity: dominated by the path measures, O(V·E), once for the landscape and twice
    ///   more per programme with an end date (what-if), where V is the number of actors and E
    ///   the number of ties; above `Sampling.largeAbove` actors they are estimated by sampling
    ///   (`Sampling.standard`, seeded with `seed`), as the commands do by default.
    init(_ landscape: Landscape, language: Language, date: CalendarDay?, seed: UInt64) {
        self.landscape = landscape
        self.language = language
        let options = AnalysisOptions()
        statistics = Analysis.statistics(landscape, options, seed: seed)
        network = Analysis.network(landscape, options)
        components = Components(network)
        byKind = statistics.mixing[.kind] ?? GroupMixing(network, groups: GroupingAttribute.kind.groups(of: network, in: landscape))
        let named = landscape.actors.compactMap(\.municipality).filter { !$0.isEmpty }
        let largest = Self.tally(named, order: <).first
        dominantMunicipality = largest.flatMap { Double($0.1) >= Self.dominantShare * Double(named.count) ? $0.0 : nil }
        byMunicipality = Set(named).count >= 2 && dominantMunicipality == nil
            ? GroupMixing(network, groups: GroupingAttribute.municipality.groups(of: network, in: landscape)) : nil

        let measures: Set<Measure> = [.degree, .betweenness, .pagerank, .brokerage]
        let result = Analysis.centrality(landscape, options, measures: measures,
                                         sampling: Sampling.automatic(actors: network.nodeCount, exact: false, seed: seed))
        estimate = result.estimate
        var byID: [ActorID: ActorCentrality] = [:]
        for actor in result.actors { byID[actor.id] = actor }
        centrality = byID
        func ranking(_ measure: Measure, positiveOnly: Bool) -> [Ranked] {
            let names = Dictionary(landscape.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            return Self.ranked(result.actors.compactMap { actor in
                actor.value(of: measure).flatMap { value in
                    positiveOnly && !(value > 0) ? nil : Ranked(id: actor.id, value: value)
                }
            }, names: names)
        }
        betweenness = ranking(.betweenness, positiveOnly: true)
        degree = ranking(.degree, positiveOnly: true)
        pagerank = ranking(.pagerank, positiveOnly: false)
        brokers = ranking(.brokerage, positiveOnly: true)

        let found = Analysis.communities(landscape, options, seed: seed)
        modularity = found.modularity
        let network = self.network
        communities = found.members.enumerated().compactMap { index, nodes in
            let members = nodes.map { network.actors[$0] }
            return Self.describe(community: index + 1, members: members, in: landscape)
        }

        gaps = GapFinder.find(landscape)
        suggestions = Suggester.suggest(landscape, gaps: gaps, options: SuggestOptions(top: Self.topCount))
        var cutPoints: [ActorID: Int] = [:]
        for gap in gaps where gap.type == .cutPoint {
            if let first = gap.actors.first { cutPoints[first] = max(cutPoints[first] ?? 0, gap.actors.count - 1) }
        }
        self.cutPoints = cutPoints

        // The analyses read the actors; resources and events are listed, not analysed.
        let actors = landscape.analysed()
        programmes = Self.outlooks(actors, date: date)
        coverage = Coverage(actors, network: network, components: components, gaps: gaps)
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
    static func ranked(_ entries: [Ranked], names: [ActorID: String]) -> [Ranked] {
        entries.sorted { a, b in
            let va = (a.value * 1e9).rounded(), vb = (b.value * 1e9).rounded()
            if va != vb { return va > vb }
            let na = names[a.id] ?? "", nb = names[b.id] ?? ""
            return na != nb ? na < nb : a.id < b.id
        }
    }

    /// The most frequent values first, then alphabetically.
    static func tally<Key: Hashable>(_ keys: [Key], order: (Key, Key) -> Bool) -> [(Key, Int)] {
        var counts: [Key: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : order($0.0, $1.0) }
    }

    static func describe(community number: Int, members: [ActorID], in landscape: Landscape) -> Community {
        let actors = members.compactMap { landscape[$0] }
        return Community(
            number: number, members: members,
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

/// Which actors serve each declared need, broken down by target group and by education sector.
///
/// A need is served by an actor whose topics or target groups contain it (letter case and
/// surrounding spaces ignored, as the gap rules match). Without declared needs the rows are the
/// most frequent topics of the landscape instead.
struct Coverage {
    typealias Status = NeedCoverage

    struct Row {
        var need: String
        var serving: [ActorID]
        var status: Status
        /// Serving actors per target-group column and per sector column.
        var byTargetGroup: [[ActorID]]
        var bySector: [[ActorID]]
    }

    /// Whether the rows are declared needs (otherwise the most frequent topics).
    var declared: Bool
    /// Target groups as columns: the most frequent among the serving actors.
    var targetGroups: [String]
    /// Whether the last target-group column gathers the remaining ones.
    var hasOtherTargetGroups: Bool
    /// Sectors as columns; `nil` is "no sector given".
    var sectors: [Sector?]
    var rows: [Row]

    /// At most this many target-group columns (the rest are gathered in one).
    static let targetGroupLimit = 10
    /// Rows when no needs are declared.
    static let topicLimit = 10

    static func key(_ text: String) -> String { text.trimmingSpaces.lowercased() }

    init(_ landscape: Landscape, network: Network, components: Components, gaps: [Gap]) {
        declared = !landscape.needs.isEmpty
        var needs = landscape.needs
        if needs.isEmpty {
            needs = ReportContent.tally(landscape.actors.flatMap { Array(Set($0.topics.map(\.trimmingSpaces))) }, order: <)
                .prefix(Self.topicLimit).map(\.0)
        }
        let uncoordinatedTags = Set(gaps.filter { $0.type == .uncoordinated }.compactMap { $0.groups.first.map(Self.key) })
        let serving: [[Actor]] = needs.map { need in
            let key = Self.key(need)
            return landscape.actors.filter { actor in (actor.topics + actor.targetGroups).contains { Self.key($0) == key } }
        }

        // Target groups as columns, by how many serving actors name them.
        var displayName: [String: String] = [:]
        var counts: [String: Int] = [:]
        for actors in serving {
            for actor in actors {
                for group in Set(actor.targetGroups.map(Self.key)) {
                    counts[group, default: 0] += 1
                    if displayName[group] == nil { displayName[group] = actor.targetGroups.first { Self.key($0) == group }?.trimmingSpaces }
                }
            }
        }
        let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        let shown = ordered.count > Self.targetGroupLimit ? Array(ordered.prefix(Self.targetGroupLimit - 1)) : ordered
        hasOtherTargetGroups = ordered.count > shown.count
        targetGroups = shown.map { displayName[$0] ?? $0 }
        let presentSectors = Set(serving.flatMap { $0.flatMap(\.sectors) })
        let anyWithoutSector = serving.contains { $0.contains { $0.sectors.isEmpty } }
        sectors = Sector.allCases.filter { presentSectors.contains($0) }.map { Optional($0) } + (anyWithoutSector ? [nil] : [])

        let mainComponent = Set((components.members.first ?? []).map { network.actors[$0] })
        let hasOthers = hasOtherTargetGroups
        let sectorColumns = sectors
        rows = zip(needs, serving).map { need, actors in
            let ids = actors.map(\.id)
            let status = Status(serving: ids, inMainPart: mainComponent.contains,
                                uncoordinated: uncoordinatedTags.contains(Self.key(need)))
            var byTargetGroup = shown.map { group in actors.filter { $0.targetGroups.map(Self.key).contains(group) }.map(\.id) }
            if hasOthers {
                let shownSet = Set(shown)
                byTargetGroup.append(actors.filter { $0.targetGroups.map(Self.key).contains { !shownSet.contains($0) } }.map(\.id))
            }
            let bySector = sectorColumns.map { sector in
                actors.filter { sector.map($0.sectors.contains) ?? $0.sectors.isEmpty }.map(\.id)
            }
            return Row(need: need, serving: ids, status: status, byTargetGroup: byTargetGroup, bySector: bySector)
        }
    }
}
