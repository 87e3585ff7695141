import LandscapeCore
import LandscapeWording

/// Turns a landscape into a styled `Diagram`: which actors and ties to show (date, view,
/// neighbourhood), their shapes, colours, sizes and labels, the clusters, the title and the
/// legend. Pure and deterministic: the same landscape and options give the same diagram.
public struct DiagramBuilder: Sendable {
    public init() {}

    /// Tie kinds of the steering view.
    static let steeringKinds: Set<TieKind> = [.steering, .member, .funding]

    /// The diagram of `landscape` as `options` ask.
    ///
    /// Edge cases: an empty landscape gives a diagram with a title and no legend; isolated
    /// actors are drawn (except in the steering view, which leaves out actors without its
    /// ties and says so); parallel ties are drawn as separate edges; self-ties cannot occur
    /// in a validated landscape.
    ///
    /// - Throws: `DiagramError` when an id in `highlight` or `ego` names no actor shown, or
    ///   when the engine does not keep the asked-for clusters.
    /// - Complexity: O(A log A + T) time and O(A + T) extra space, where A is the number of
    ///   actors and T the number of ties.
    public func build(_ landscape: Landscape, options: DiagramOptions) throws(DiagramError) -> Diagram {
        let strings = DiagramStrings.of(options.language ?? landscape.language)
        let scope = try DiagramScope(landscape, options: options)
        var notes: [DiagramNote] = []
        if scope.leftOut > 0 { notes.append(.leftOutOfView(scope.leftOut)) }
        if !scope.highlightOutside.isEmpty { notes.append(.highlightOutsideNeighbourhood(scope.highlightOutside)) }

        // Gap groups are boxed when no other clusters are asked for and the engine keeps boxes.
        let gapGroups = options.clusterBy == nil ? (options.gapMarks?.groups ?? []) : []
        let clustered = options.clusterBy != nil || !gapGroups.isEmpty
        let engine = options.engine ?? LayoutEngine.automatic(actors: scope.actors.count, view: options.view, clustered: clustered)
        if options.clusterBy != nil && !engine.keepsClusters { throw .engineIgnoresClusters(engine) }
        if !engine.isReproducible(clustered: clustered) { notes.append(.notReproducible(engine)) }

        let degrees = scope.distinctNeighbourCounts()
        let labels = options.labels ?? DiagramOptions.automaticLabels(actors: scope.actors.count)
        if case .top(let n) = labels, n < 1 { throw .invalidLabelCount(n) }
        if case .top(let n) = labels, n < scope.actors.count { notes.append(.labelsThinned(shown: n, total: scope.actors.count)) }
        let communityNames = options.colorBy == .community
            ? OverviewGroups.communityNames(landscape, communities: options.communities, words: strings.language.diagramOverviewWording) : [:]
        let colouring = Colouring(options.colorBy, actors: scope.actors.map { landscape.actors[$0] }, strings: strings,
                                  communities: options.communities, communityNames: communityNames)
        if colouring.sharedGroups > 0 { notes.append(.groupsShareColour(colouring.sharedGroups)) }

        let nodeName = Dictionary(uniqueKeysWithValues: scope.actors.map { ($0, Self.nodeName($0)) })
        let shown = Shown(landscape: landscape, scope: scope, options: options, strings: strings)
        let nodes = nodes(shown, labels: labels, degrees: degrees, colouring: colouring)
        let edges = edges(shown, engine: engine, degrees: degrees, names: nodeName)
            + Self.suggestionEdges(options.gapMarks?.suggested ?? [], scope: scope, names: nodeName)
        var clusters = options.clusterBy.map { clusterBy in
            Self.clusters(clusterBy, scope: scope, landscape: landscape, names: nodeName, strings: strings)
        } ?? []
        if engine.keepsClusters { clusters += Self.gapClusters(gapGroups, scope: scope, names: nodeName, strings: strings) }

        let rows = legendRows(
            scope: scope, landscape: landscape, options: options, colouring: colouring,
            highlighted: !options.highlight.isEmpty, labels: labels, strings: strings)

        var graph = Self.graphAttributes(engine, seed: options.seed, actors: scope.actors.count)
        // The changes diagram keeps its coordinates, as the sides pinned to it do (Diagram.pinned).
        if options.changes != nil { graph.set("notranslate", "true") }
        if options.compact { graph.merge(["sep": "+2", "esep": "+1"]) }
        return Diagram(
            engine: engine,
            graph: graph,
            nodeDefaults: Self.nodeDefaults,
            edgeDefaults: ["fontname": Look.font, "arrowsize": "0.8"],
            title: titleAttributes(landscape, scope: scope, options: options, strings: strings),
            nodes: nodes, edges: edges, clusters: clusters, legend: LegendLayout.layout(rows, frame: Self.legendFrame),
            notes: notes, legendRows: rows)
    }

    /// The box around every legend.
    static let legendFrame: Attributes = [
        "style": "rounded,filled", "fillcolor": Look.legendFill.hex, "color": Look.legendLine.hex,
        "penwidth": "1", "id": "legend", "class": "legend",
    ]

    /// The font, size and colour of every node's label.
    static let nodeDefaults: Attributes = [
        "fontname": Look.font, "fontsize": format(Look.labelSize), "fontcolor": Look.text.hex, "margin": "0.1,0.05",
    ]

    /// What every part of one diagram is built from, so the parts' signatures stay short.
    struct Shown {
        var landscape: Landscape
        var scope: DiagramScope
        var options: DiagramOptions
        var strings: DiagramStrings
        /// The actors asked to stand out (the rest fade).
        var highlighted: Set<ActorID>

        init(landscape: Landscape, scope: DiagramScope, options: DiagramOptions, strings: DiagramStrings) {
            self.landscape = landscape
            self.scope = scope
            self.options = options
            self.strings = strings
            self.highlighted = Set(options.highlight)
        }

        /// Highlighted actors stand out and the rest fade; without highlights, the centre of a
        /// neighbourhood stands out and nothing fades.
        func emphasis(_ id: ActorID) -> Bool? {
            if !highlighted.isEmpty { return highlighted.contains(id) }
            return options.ego?.center == id ? true : nil
        }
    }

    /// The name of the node of the actor at `actorIndex` in the landscape.
    static func nodeName(_ actorIndex: Int) -> String { "a\(actorIndex)" }

    // MARK: - Nodes

    /// One node per shown actor, in the landscape's order, sized by `options.sizing` and
    /// labelled as `labels` asks.
    func nodes(_ shown: Shown, labels: DiagramOptions.Labels, degrees: [Int], colouring: Colouring) -> [DiagramNode] {
        let scope = shown.scope
        let scores: [Double]?
        switch shown.options.sizing {
        case .uniform: scores = nil
        case .degree: scores = degrees.map(Double.init)
        case .scores(let given): scores = scope.actors.map { given.values[shown.landscape.actors[$0].id] ?? 0 }
        }
        let magnitudes = scores.map(Self.magnitudes)
        let labelled = Self.labelled(labels, ranking: scores ?? degrees.map(Double.init))
        return scope.actors.enumerated().map { position, actorIndex in
            let actor = shown.landscape.actors[actorIndex]
            var attributes = nodeAttributes(
                actor, paint: colouring.paint(position), magnitude: magnitudes?[position],
                labelled: labelled.contains(position),
                emphasis: shown.emphasis(actor.id), strings: shown.strings)
            if shown.options.gapMarks?.marked.contains(actor.id) == true {
                attributes.set("color", Look.gap.hex)
                attributes.set("penwidth", "3.5")
            }
            if let status = shown.options.changes?.actors[actor.id] { ChangeLook.restyle(&attributes, actor: actor, status: status) }
            return DiagramNode(name: Self.nodeName(actorIndex), actor: actor.id, attributes: attributes)
        }
    }

    func nodeAttributes(
        _ actor: Actor, paint: Paint, magnitude: Double?, labelled: Bool, emphasis: Bool?,
        strings: DiagramStrings
    ) -> Attributes {
        let style = KindStyle.of(actor.kind)
        var attributes: Attributes = ["shape": style.shape]
        if style.peripheries != 1 { attributes.set("peripheries", "\(style.peripheries)") }
        attributes.set("style", (["filled"] + style.styles).joined(separator: ","))
        attributes.set("fillcolor", emphasis == false ? paint.fill.hex(alpha: Look.fadedAlpha) : paint.fill.hex)
        attributes.set("color", emphasis == false ? Look.fadedLine.hex : emphasis == true ? Look.text.hex : paint.outline.hex)
        attributes.set("penwidth", emphasis == true ? "3" : "1.2")
        if labelled {
            attributes["label"] = .text(wrapLabel(actor.name))
            if let magnitude { attributes.set("fontsize", format(10 + 8 * magnitude)) }
        } else {
            attributes["label"] = .text("")
            let width = 0.24 + 0.36 * (magnitude ?? 0)
            attributes.set("fixedsize", "true")
            attributes.set("width", format(width))
            attributes.set("height", format(width * 0.7))
        }
        if emphasis == true { attributes.set("fontname", Look.boldFont) }
        if emphasis == false { attributes.set("fontcolor", Look.fadedText.hex) }
        attributes["tooltip"] = .tooltip(tooltip(for: actor, strings: strings))
        attributes.set("id", SafeIdentifier.make("actor-", actor.id.rawValue))
        attributes.set("class", "actor \(actor.kind.rawValue)")
        return attributes
    }

    func tooltip(for actor: Actor, strings: DiagramStrings) -> String {
        var lines = [actor.name, "\(strings.kindLine): \(strings.name(of: actor.kind))"]
        if let municipality = actor.municipality { lines.append("\(strings.municipalityLine): \(municipality)") }
        if !actor.sectors.isEmpty { lines.append("\(strings.sectorsLine): \(actor.sectors.map(strings.name(of:)).joined(separator: ", "))") }
        if !actor.topics.isEmpty { lines.append("\(strings.topicsLine): \(actor.topics.joined(separator: ", "))") }
        if !actor.targetGroups.isEmpty { lines.append("\(strings.targetGroupsLine): \(actor.targetGroups.joined(separator: ", "))") }
        if let period = Self.period(actor.period, strings: strings) { lines.append(period) }
        return lines.joined(separator: "\n")
    }

    static func period(_ period: ActivePeriod, strings: DiagramStrings) -> String? {
        var parts: [String] = []
        if let since = period.since { parts.append("\(strings.since) \(since)") }
        if let until = period.until { parts.append("\(strings.until) \(until)") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// Scores scaled to 0…1 by the square root (areas, not lengths, grow with the score),
    /// from the smaller of 0 and the lowest score up to the highest. All equal: all 0.
    static func magnitudes(_ scores: [Double]) -> [Double] {
        let finite = scores.map { $0.isFinite ? $0 : 0 }
        let low = min(0, finite.min() ?? 0), high = finite.max() ?? 0
        guard high > low else { return finite.map { _ in 0 } }
        return finite.map { (($0 - low) / (high - low)).squareRoot() }
    }

    /// Positions (into the shown actors) that carry their name.
    static func labelled(_ labels: DiagramOptions.Labels, ranking: [Double]) -> Set<Int> {
        switch labels {
        case .all: return Set(ranking.indices)
        case .none: return []
        case .top(let n):
            let order = ranking.indices.sorted { a, b in
                ranking[a] != ranking[b] ? ranking[a] > ranking[b] : a < b
            }
            return Set(order.prefix(max(0, n)))
        }
    }

    // MARK: - Edges

    /// One edge per shown tie; for dot, member ties point upwards and the leaves of big hubs
    /// are staggered.
    func edges(_ shown: Shown, engine: LayoutEngine, degrees: [Int], names: [Int: String]) -> [DiagramEdge] {
        let scope = shown.scope, highlighted = shown.highlighted
        var edges: [DiagramEdge] = []
        let reverseMembers = engine == .dot
        let staggered = engine == .dot ? Self.staggeredLeafLengths(scope: scope, degrees: degrees) : [:]
        for (position, tieIndex) in scope.ties.enumerated() {
            let tie = shown.landscape.ties[tieIndex]
            guard let from = scope.position[tie.from], let to = scope.position[tie.to],
                  let tail = names[scope.actors[from]], let head = names[scope.actors[to]] else { continue }
            let faded = !highlighted.isEmpty && !highlighted.contains(tie.from) && !highlighted.contains(tie.to)
            let reversed = reverseMembers && tie.kind == .member
            var attributes = edgeAttributes(tie, faded: faded, reversed: reversed, landscape: shown.landscape, strings: shown.strings)
            attributes.set("id", "tie-\(tieIndex)")
            if let status = shown.options.changes?.status(ofTie: tieIndex) { ChangeLook.restyle(&attributes, tie: tie, status: status) }
            if let length = staggered[position] { attributes.set("minlen", "\(length)") }
            edges.append(DiagramEdge(tail: reversed ? head : tail, head: reversed ? tail : head, tie: tieIndex, attributes: attributes))
        }
        return edges
    }

    /// Suggested ties: dotted, undirected, in the gap colour; those with an end not shown are left out.
    static func suggestionEdges(_ suggested: [GapMarks.SuggestedTie], scope: DiagramScope, names: [Int: String]) -> [DiagramEdge] {
        var edges: [DiagramEdge] = []
        for (number, suggestion) in suggested.enumerated() {
            guard let from = scope.position[suggestion.from], let to = scope.position[suggestion.to],
                  let tail = names[scope.actors[from]], let head = names[scope.actors[to]] else { continue }
            edges.append(DiagramEdge(tail: tail, head: head, tie: nil, attributes: [
                "style": "dotted", "penwidth": "2.4", "color": Look.gap.hex, "dir": "none",
                "id": "suggestion-\(number)", "class": "suggestion",
            ]))
        }
        return edges
    }
    func edgeAttributes(_ tie: Tie, faded: Bool, reversed: Bool, landscape: Landscape, strings: DiagramStrings) -> Attributes {
        let style = TieStyle.of(tie.kind)
        let color = (faded ? Look.fadedLine : style.color).hex
        var attributes: Attributes = [
            "style": style.line,
            "color": TieStyle.isDoubleLine(kind: tie.kind, formal: tie.formal) ? "\(color):#FFFFFF:\(color)" : color,
            "penwidth": format(style.penWidth(weight: tie.weight)),
        ]
        if let arrowhead = style.arrowhead {
            attributes.set("dir", reversed ? "back" : "forward")
            attributes.set(reversed ? "arrowtail" : "arrowhead", arrowhead)
        } else {
            attributes.set("dir", "none")
        }
        let from = landscape[tie.from]?.name ?? tie.from.rawValue
        let to = landscape[tie.to]?.name ?? tie.to.rawValue
        var parts = ["\(from) \(tie.kind.isDirected ? "→" : "–") \(to): \(strings.name(of: tie.kind))"]
        if tie.weight != 1 { parts.append("\(strings.weightLine) \(format(tie.weight))") }
        if tie.formal { parts.append(strings.writtenAgreement) }
        if let period = Self.period(tie.period, strings: strings) { parts.append(period) }
        let planned = tie.status == .planned
        if planned {
            // A tie that does not exist yet: dashed and pale, as the legend's row says.
            attributes.set("style", "dashed")
            attributes.set("color", (faded ? Look.fadedLine : style.color.tint(TieStyle.plannedTint)).hex)
            parts.append(strings.plannedLine)
        }
        var tooltip = parts.joined(separator: " · ")
        if let note = tie.note { tooltip += "\n" + note }
        attributes["tooltip"] = .tooltip(tooltip)
        let formal = TieStyle.isDoubleLine(kind: tie.kind, formal: tie.formal)
        attributes.set("class", "tie \(tie.kind.rawValue)\(formal ? " formal" : "")\(planned ? " planned" : "")")
        return attributes
    }

    /// How many ranks leaf edges are spread over (`staggeredLeafLengths`).
    static let leafStagger = 3
    /// Hubs with more leaves than this get their leaves staggered.
    static let leafStaggerThreshold = 6

    /// For dot: the ties (positions in `scope.ties`) that end in a leaf — an actor with one
    /// partner — of a hub with many leaves, and the `minlen` each gets: 1, 2, 3, 1, 2, 3 …
    /// so that a committee with twenty members is drawn in three staggered rows instead of
    /// one very wide one. The rule of Graphviz's `unflatten -l 3`.
    ///
    /// - Complexity: O(T) for T ties shown.
    static func staggeredLeafLengths(scope: DiagramScope, degrees: [Int]) -> [Int: Int] {
        var leavesOfHub: [Int: [Int]] = [:]
        for (position, (from, to)) in scope.ends.enumerated() {
            if degrees[from] == 1 && degrees[to] > 1 { leavesOfHub[to, default: []].append(position) }
            else if degrees[to] == 1 && degrees[from] > 1 { leavesOfHub[from, default: []].append(position) }
        }
        var lengths: [Int: Int] = [:]
        for (_, ties) in leavesOfHub where ties.count > leafStaggerThreshold {
            for (index, position) in ties.enumerated() { lengths[position] = 1 + index % leafStagger }
        }
        return lengths
    }

    // MARK: - Clusters

    static func clusters(
        _ clusterBy: DiagramOptions.ClusterBy, scope: DiagramScope, landscape: Landscape,
        names: [Int: String], strings: DiagramStrings
    ) -> [DiagramCluster] {
        // (sort key, shown name) → members
        var groups: [String: (order: String, label: String, members: [String])] = [:]
        for actorIndex in scope.actors {
            let actor = landscape.actors[actorIndex]
            let key: (id: String, order: String, label: String)?
            switch clusterBy {
            case .municipality:
                key = actor.municipality.map { ($0, $0, $0) }
            case .sector:
                key = actor.sectors.first.map { sector in
                    (sector.rawValue, pad(Sector.allCases.firstIndex(of: sector) ?? 0), strings.name(of: sector))
                }
            case .kind:
                key = (actor.kind.rawValue, pad(ActorKind.allCases.firstIndex(of: actor.kind) ?? 0), strings.name(of: actor.kind))
            }
            guard let key, let name = names[actorIndex] else { continue }
            groups[key.id, default: (key.order, key.label, [])].members.append(name)
        }
        let ordered = groups.sorted { a, b in a.value.order != b.value.order ? a.value.order < b.value.order : a.key < b.key }
        return ordered.enumerated().map { number, group in
            var attributes: Attributes = [
                "style": "rounded,filled", "fillcolor": Look.clusterFill.hex, "color": Look.clusterLine.hex,
                "penwidth": "1.2", "fontname": Look.boldFont, "fontsize": format(Look.clusterLabelSize),
                "fontcolor": Look.text.hex, "labeljust": "l", "labelloc": "t", "margin": "12",
            ]
            attributes["label"] = .text(group.value.label)
            attributes.set("id", SafeIdentifier.make("group-", group.key))
            attributes.set("class", "group")
            return DiagramCluster(name: "cluster_\(number)", members: group.value.members, attributes: attributes)
        }
    }

    /// Boxes around the groups that should coordinate, in the gap colour; an actor already
    /// boxed is not boxed again, and a group with fewer than two actors left gets no box.
    static func gapClusters(
        _ groups: [GapMarks.Group], scope: DiagramScope, names: [Int: String], strings: DiagramStrings
    ) -> [DiagramCluster] {
        var clusters: [DiagramCluster] = []
        var boxed: Set<ActorID> = []
        for (number, group) in groups.enumerated() {
            let members = group.members.filter { !boxed.contains($0) }.compactMap { id in
                scope.position[id].flatMap { names[scope.actors[$0]] }
            }
            guard members.count >= 2 else { continue }
            boxed.formUnion(group.members)
            var attributes: Attributes = [
                "style": "rounded,dashed,filled", "fillcolor": Look.gapFill.hex, "color": Look.gap.hex,
                "penwidth": "1.6", "fontname": Look.boldFont, "fontsize": format(Look.clusterLabelSize),
                "fontcolor": Look.gap.hex, "labeljust": "l", "labelloc": "t", "margin": "12",
                "id": "gap-group-\(number)",
            ]
            attributes["label"] = .text(group.label.text(in: strings.language))
            clusters.append(DiagramCluster(name: "cluster_gap_\(number)", members: members, attributes: attributes))
        }
        return clusters
    }
    private static func pad(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    // MARK: - Graph and title

    /// Up to this many actors, edges are routed around nodes (`splines=true`); Graphviz's
    /// router took 7 s for 164 actors, so larger diagrams get straight lines, drawn beneath
    /// the nodes.
    static let routedEdgesLimit = 100

    static func graphAttributes(_ engine: LayoutEngine, seed: UInt32, actors: Int) -> Attributes {
        let splines = actors <= routedEdgesLimit ? "true" : "false"
        var graph: Attributes = [
            "fontname": Look.font, "bgcolor": "white", "pad": "0.3", "outputorder": "edgesfirst",
        ]
        switch engine {
        case .dot:
            graph.merge(["rankdir": "TB", "nodesep": "0.3", "ranksep": "0.55", "splines": "true"])
        // Prism removes node overlaps (labels are inside the nodes, so labels cannot overlap
        // either). Its default `overlap_scaling=-4` first spreads the layout to four times the
        // average label size, which left 25 actors on a 30-inch canvas; -1.5 keeps it compact.
        case .neato, .fdp:
            graph.merge(["overlap": "prism", "overlap_scaling": "-1.5", "sep": "+12", "esep": "+5", "splines": splines])
        case .sfdp:
            graph.merge(["overlap": "prism", "overlap_scaling": "-1.5", "sep": "+6", "splines": "false"])
        case .circo:
            graph.merge(["mindist": "0.6", "splines": splines])
        case .osage:
            graph.merge(["pack": "24", "splines": "false"])
        }
        if engine.usesSeed { graph.set("start", "\(seed)") }
        return graph
    }

    func titleAttributes(_ landscape: Landscape, scope: DiagramScope, options: DiagramOptions, strings: DiagramStrings) -> Attributes {
        var parts: [String] = []
        if let changes = options.changes {
            parts.append(Self.changeTitle(changes, scope: scope, language: strings.language))
        } else if let day = options.day { parts.append(strings.onDay(day)) } else if let asOf = landscape.asOf { parts.append(strings.asOf(asOf)) }
        if options.view == .steering { parts.append(strings.steeringView) }
        if let ego = options.ego {
            parts.append(strings.neighbourhood(landscape[ego.center]?.name ?? ego.center.rawValue, ego.depth))
        }
        if options.changes == nil { parts.append("\(strings.actorCount(scope.actors.count)), \(strings.tieCount(scope.ties.count))") }
        var title: Attributes = ["labelloc": "t", "labeljust": "l", "fontname": Look.font]
        title["label"] = .lines([
            TextLine(landscape.title ?? strings.defaultTitle, size: Look.titleSize, bold: true),
            TextLine(parts.joined(separator: " · "), size: 12),
        ])
        return title
    }
}
