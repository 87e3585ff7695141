/// What `gaps` looks at.
public struct GapOptions: Sendable {
    /// Attributes whose groups are checked for holes.
    public var groupings: [GroupingAttribute]
    /// Only these types (all when `nil`).
    public var types: Set<GapType>?
    /// Resources and events taken in as nodes; none by default (`Landscape.analysed(including:)`).
    public var include: Set<IncludedElement>
    /// For group holes, count only direct ties, not the pairs that meet in a committee.
    public var directOnly: Bool

    public init(groupings: [GroupingAttribute] = GroupingAttribute.allCases, types: Set<GapType>? = nil,
                include: Set<IncludedElement> = [], directOnly: Bool = false) {
        self.groupings = groupings
        self.types = types
        self.include = include
        self.directOnly = directOnly
    }
}

/// Finds the weaknesses of a landscape (rules and severities: docs/gaps.md).
///
/// All structural checks run on the undirected network of the landscape as given (use
/// `Landscape.active(on:)` first for a date), read as `options.include` asks: the actors, and
/// resources and events only when included.
///
/// - Complexity: O(V + E) for the structural gaps, O(Σ k²) over tag and committee sizes k for
///   coordination, and one what-if (O(V·E)) per programme with an end date.
public enum GapFinder {
    public static func find(_ landscape: Landscape, options: GapOptions = GapOptions()) -> [Gap] {
        var run = Run(landscape: landscape.analysed(including: options.include), options: options)
        run.findAll()
        return ordered(run.gaps)
    }

    /// `find` with the default options on a landscape of actors alone (resources and events
    /// already left out), whose undirected network (`Network(landscape)`) the caller has built:
    /// `landscape diff` and the report build it once for all their analyses.
    ///
    /// - Complexity: that of `find`, without building the network.
    package static func find(_ landscape: Landscape, network: Network) -> [Gap] {
        var run = Run(landscape: landscape, options: GapOptions(), network: network)
        run.findAll()
        return ordered(run.gaps)
    }

    /// Gaps in the order they are reported: most severe first, then by type, then the most
    /// actors, then in the order found. The gaps stay in place while their keys are sorted.
    ///
    /// - Complexity: O(G log G) for G gaps.
    private static func ordered(_ gaps: [Gap]) -> [Gap] {
        var typeOrder: [GapType: Int] = [:]
        for (position, type) in GapType.allCases.enumerated() { typeOrder[type] = position }
        let keys = gaps.map { (severity: $0.severity, type: typeOrder[$0.type] ?? 0, actors: $0.actors.count) }
        let order = gaps.indices.sorted { a, b in
            let ka = keys[a], kb = keys[b]
            if ka.severity != kb.severity { return ka.severity < kb.severity }
            if ka.type != kb.type { return ka.type < kb.type }
            return ka.actors != kb.actors ? ka.actors > kb.actors : a < b
        }
        return order.map { gaps[$0] }
    }

    /// At most this many group holes per attribute (the most striking first): with many
    /// municipalities, hundreds of pairs would otherwise bury the other findings.
    public static let groupHoleLimit = 10

    /// A name without the guillemets it may carry (»Bündnis«), for the groups of a gap.
    static func displayName(_ name: String) -> String {
        name.hasPrefix("»") && name.hasSuffix("«") && name.count > 2 ? String(name.dropFirst().dropLast()) : name
    }

    /// Lower-cased, trimmed tag for matching topics, target groups and needs.
    static func tagKey(_ text: String) -> String { text.trimmingSpaces.lowercased() }

    /// One search for gaps: the landscape, its network and what every rule reads. The network
    /// is the landscape's own (`Network(landscape)`), so node `v` is `landscape.actors[v]`: the
    /// rules read actors by node index, not by id.
    struct Run {
        let landscape: Landscape
        let options: GapOptions
        let network: Network
        let components: Components
        let degree: [Int]
        /// Each tie's ends and each node's ties, by node index.
        let ties: IncidentTies
        /// The nodes of the offices, in order, and of those of each municipality: who may
        /// convene a group, found without a pass over every actor per group.
        let offices: [Int]
        let officesByPlace: [String: [Int]]
        var gaps: [Gap] = []

        init(landscape: Landscape, options: GapOptions, network: Network? = nil) {
            self.landscape = landscape
            self.options = options
            let network = network ?? Network(landscape)
            precondition(network.nodeCount == landscape.actors.count, "the network is not the landscape's")
            self.network = network
            components = Components(network)
            degree = (0..<network.nodeCount).map { network.outRange($0).count }
            ties = IncidentTies(landscape, network: network)
            offices = landscape.actors.indices.filter { landscape.actors[$0].kind == .office }
            officesByPlace = Dictionary(grouping: offices) { landscape.actors[$0].municipality ?? "" }
        }

        func wants(_ type: GapType) -> Bool { options.types?.contains(type) ?? true }
        func name(_ node: Int) -> String { GapFinder.displayName(landscape.actors[node].name) }
        /// The most central node of a set: highest degree, then first in the landscape.
        func hub(_ nodes: [Int]) -> Int { nodes.max { degree[$0] != degree[$1] ? degree[$0] < degree[$1] : $0 > $1 } ?? 0 }
        var isMain: (Int) -> Bool { { components.component[$0] == 0 } }

        mutating func findAll() {
            if wants(.isolate) || wants(.pendant) { isolatesAndPendants() }
            if wants(.fragmented) { fragmented() }
            if wants(.cutPoint) || wants(.bridge) || wants(.committeeDependency) { cuts() }
            if wants(.groupHole) { groupHoles() }
            if wants(.uncoordinated) { uncoordinated() }
            if wants(.programDependency) { programDependencies() }
            if wants(.uncovered) { uncovered() }
            if wants(.planningSilo) { planningSilos() }
        }

        // MARK: Isolates and pendants

        mutating func isolatesAndPendants() {
            let referencedPrograms = Set(landscape.actors.flatMap(\.programs))
            let needs = landscape.needs.map { (key: GapFinder.tagKey($0), text: $0) }
            var pendantsByAnchor: [Int: [Int]] = [:]
            for v in 0..<network.nodeCount {
                let actor = landscape.actors[v]
                if degree[v] == 0 && wants(.isolate) {
                    if actor.kind == .program && referencedPrograms.contains(network.actors[v]) { continue }
                    let tags = Set((actor.topics + actor.targetGroups).map(GapFinder.tagKey))
                    let need = needs.first { tags.contains($0.key) }?.text
                    gaps.append(Gap(severity: need != nil ? .high : .medium, actors: [network.actors[v]],
                                    reason: .isolate(actor: network.actors[v], need: need)))
                } else if degree[v] == 1 && wants(.pendant) && actor.kind != .program {
                    let anchor = Int(network.outTarget[network.outStart[v]])
                    pendantsByAnchor[anchor, default: []].append(v)
                }
            }
            for anchor in pendantsByAnchor.keys.sorted() {
                guard let nodes = pendantsByAnchor[anchor], degree[anchor] > 1 || nodes.count > 1 else { continue }
                let reason = Gap.Reason.pendant(anchor: network.actors[anchor], actors: nodes.map { network.actors[$0] })
                gaps.append(Gap(severity: .low, actors: nodes.map { network.actors[$0] } + [network.actors[anchor]],
                                groups: [name(anchor)], reason: reason))
            }
        }

        // MARK: Fragments

        mutating func fragmented() {
            let minor = components.members.dropFirst().filter { $0.count >= 2 }
            guard !minor.isEmpty, let main = components.members.first else { return }
            let described = minor.map { Gap.Component(hub: network.actors[hub($0)], size: $0.count) }
            let reason = Gap.Reason.fragmented(components: described, mainHub: network.actors[hub(main)])
            gaps.append(Gap(severity: minor.contains { $0.count >= 3 } ? .high : .medium,
                            actors: minor.flatMap { $0.map { network.actors[$0] } }, groups: minor.map { name(hub($0)) },
                            reason: reason,
                            fragments: [main.map { network.actors[$0] }] + minor.map { $0.map { network.actors[$0] } }))
        }

        // MARK: Cut points and bridges

        mutating func cuts() {
            let structure = CutStructure(network)
            let n = max(1, network.nodeCount)
            if wants(.cutPoint) || wants(.committeeDependency) {
                for cut in structure.indexedCutPoints {
                    // Programmes hanging on their funded position are not partners that would be lost.
                    let cutOff = cut.cutOff.filter { landscape.actors[$0].kind != .program }
                    guard cutOff.count >= 2 else { continue }
                    // A committee that alone links others is coordination, not a weakness.
                    if landscape.actors[cut.node].kind == .committee || landscape.actors[cut.node].kind == .event {
                        committeeDependency(cut.node, cutOff: cutOff.map { network.actors[$0] })
                        continue
                    }
                    guard wants(.cutPoint) else { continue }
                    let share = Double(cutOff.count) / Double(n)
                    let reason = Gap.Reason.cutPoint(actor: network.actors[cut.node], cutOff: cutOff.map { network.actors[$0] })
                    gaps.append(Gap(severity: cutOff.count >= 5 || share >= 0.1 ? .high : .medium,
                                    actors: [network.actors[cut.node]] + cutOff.map { network.actors[$0] },
                                    reason: reason,
                                    fragments: [cutOff.map { network.actors[$0] }]))
                }
            }
            if wants(.bridge) {
                for bridge in structure.indexedBridges where bridge.smallerSide.count >= 2 {
                    let reason = Gap.Reason.bridge(a: network.actors[bridge.a], b: network.actors[bridge.b],
                                                   side: bridge.smallerSide.map { network.actors[$0] })
                    gaps.append(Gap(severity: bridge.smallerSide.count >= 3 ? .medium : .low,
                                    actors: [network.actors[bridge.a], network.actors[bridge.b]],
                                    reason: reason,
                                    fragments: [bridge.smallerSide.map { network.actors[$0] }]))
                }
            }
        }

        /// A committee without which three or more actors would be cut off: a low note that
        /// names who convenes it.
        mutating func committeeDependency(_ node: Int, cutOff: [ActorID]) {
            guard wants(.committeeDependency), cutOff.count >= 3 else { return }
            let committee = network.actors[node]
            let convener = convener(of: node)
            gaps.append(Gap(severity: .low, actors: [committee] + cutOff, groups: [name(node)],
                            reason: .committeeDependency(committee: committee, cutOff: cutOff, convener: convener),
                            fragments: [cutOff]))
        }

        /// Who convenes a committee: an actor with a steering tie to it, an office first, then
        /// the one with the most partners, then the first in the landscape (one outside the
        /// network, such as a resource, last).
        func convener(of committee: Int) -> ActorID? {
            var steering: [(id: ActorID, rank: (Int, Int), position: Int)] = []
            for t in ties.ties(of: committee).lazy.map({ Int($0) }) {
                let from = Int(ties.from[t])
                guard ties.kind[t] == .steering, Int(ties.to[t]) == committee, from != committee else { continue }
                steering.append(from < 0 ? (landscape.ties[t].from, (0, 0), Int.max)
                                         : (network.actors[from], (landscape.actors[from].kind == .office ? 1 : 0, degree[from]), from))
            }
            return steering.max { a, b in a.rank != b.rank ? a.rank < b.rank : a.position > b.position }?.id
        }

        // MARK: Group holes

        /// Observed contacts between two groups — edges, and pairs that meet in a committee unless
        /// `directOnly` — against the number of edges expected if the landscape's edges fell on
        /// random pairs: E · nA·nB / (n(n−1)/2). A hole when none are observed
        /// though at least one is expected (high from three expected), or when the observed are
        /// at most a quarter of at least four expected (low). Groups need two actors; at most
        /// `groupHoleLimit` holes per attribute are reported, the largest expected first.
        mutating func groupHoles() {
            let n = network.nodeCount
            let m = Double(network.edgeCount)
            guard n >= 2, m > 0 else { return }
            let pairs = Double(n) * Double(n - 1) / 2
            // Members of one committee are in contact, tied or not (unless --direct-only).
            let committeePairs = options.directOnly ? [] : network.committeePairs(in: landscape)
            for attribute in options.groupings {
                // Programmes fund rather than cooperate, and "other" is no group: neither has holes.
                let skipped: Set<String> = attribute == .kind ? [ActorKind.program.rawValue, ActorKind.other.rawValue] : []
                let contacts = GroupContacts(groups: landscape.actors.map(attribute.group(of:)), skipped: skipped,
                                             network: network, committeePairs: committeePairs)
                guard contacts.names.count >= 2 else { continue }
                var holes: [(a: Int, b: Int, observed: Int, expected: Double, severity: GapSeverity)] = []
                contacts.forEachPair { a, b, observed in
                    let expected = m * Double(contacts.members[a].count) * Double(contacts.members[b].count) / pairs
                    if observed == 0 && expected >= 1 {
                        holes.append((a, b, observed, expected, expected >= 3 ? .high : .medium))
                    } else if observed > 0 && expected >= 4 && Double(observed) <= expected / 4 {
                        holes.append((a, b, observed, expected, .low))
                    }
                }
                // Group numbers follow the names' order, so (a, b) sorts as the names do.
                holes.sort { $0.expected != $1.expected ? $0.expected > $1.expected : ($0.a, $0.b) < ($1.a, $1.b) }
                for hole in holes.prefix(GapFinder.groupHoleLimit) {
                    let (a, b) = (contacts.names[hole.a], contacts.names[hole.b])
                    let reason = Gap.Reason.groupHole(attribute: attribute, a: a, b: b, observed: hole.observed, expected: hole.expected)
                    let left = contacts.members[hole.a].map { network.actors[$0] }, right = contacts.members[hole.b].map { network.actors[$0] }
                    gaps.append(Gap(severity: hole.severity, actors: left + right, groups: [a, b],
                                    reason: reason, fragments: [left, right]))
                }
            }
        }

        // MARK: Programmes and needs

        mutating func programDependencies() {
            let reference = landscape.asOf?.firstDay
            for program in landscape.actors where program.kind == .program {
                guard let until = program.period.until else { continue }
                let after = WhatIf.withoutProgram(program.id, from: landscape)
                let result = WhatIf.compare(before: landscape, after: after)
                let positions = result.removed.filter { $0 != program.id }
                let fundingTies = landscape.ties.filter { $0.kind == .funding && $0.from == program.id }.count
                guard !positions.isEmpty || fundingTies > 0 else { continue }
                let ended = reference.map { until.lastDay < $0 } ?? false
                let brokers = result.brokersLost.filter { $0 != program.id }
                let reason = Gap.Reason.programDependency(
                    program: program.id, until: until, ended: ended, positions: positions, fundingTies: fundingTies,
                    cutOff: result.cutOff, brokers: brokers, committees: result.committeesBelowTwo,
                    pairsLostShare: result.reachablePairsLostShare)
                let severe = !result.cutOff.isEmpty || !brokers.isEmpty || !result.committeesBelowTwo.isEmpty
                gaps.append(Gap(severity: severe ? .high : (positions.isEmpty ? .low : .medium),
                                actors: [program.id] + positions + result.cutOff, groups: [program.name], reason: reason))
            }
        }

        mutating func uncovered() {
            for need in landscape.needs {
                let key = GapFinder.tagKey(need)
                let serving = landscape.actors.filter { actor in
                    (actor.topics + actor.targetGroups).contains { GapFinder.tagKey($0) == key }
                }.map(\.id)
                let outside = serving.filter { id in network.index(of: id).map { !isMain($0) } ?? true }
                guard serving.isEmpty || outside.count == serving.count else { continue }
                gaps.append(Gap(severity: serving.isEmpty ? .high : .medium, actors: serving, groups: [need],
                                reason: .uncovered(need: need, outside: outside)))
            }
        }
    }
}
