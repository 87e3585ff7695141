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

        // Sizes and labels.
        let degrees = scope.distinctNeighbourCounts()
        let scores: [Double]?
        switch options.sizing {
        case .uniform: scores = nil
        case .degree: scores = degrees.map(Double.init)
        case .scores(let given): scores = scope.actors.map { given.values[landscape.actors[$0].id] ?? 0 }
        }
        let magnitudes = scores.map(Self.magnitudes)
        let labels = options.labels ?? DiagramOptions.automaticLabels(actors: scope.actors.count)
        if case .top(let n) = labels, n < 1 { throw .invalidLabelCount(n) }
        let labelled = Self.labelled(labels, ranking: scores ?? degrees.map(Double.init))
        if case .top(let n) = labels, n < scope.actors.count { notes.append(.labelsThinned(shown: n, total: scope.actors.count)) }

        // Colours.
        let colouring = Colouring(options.colorBy, actors: scope.actors.map { landscape.actors[$0] }, strings: strings,
                                  communities: options.communities)
        if colouring.sharedGroups > 0 { notes.append(.groupsShareColour(colouring.sharedGroups)) }

        // Emphasis: highlighted actors stand out and the rest fade; without --highlight, the
        // centre of a neighbourhood stands out and nothing fades.
        let highlighted = Set(options.highlight)
        func emphasis(_ id: ActorID) -> Bool? {
            if !highlighted.isEmpty { return highlighted.contains(id) }
            return options.ego?.center == id ? true : nil
        }

        var nodes: [DiagramNode] = []
        var nodeName: [Int: String] = [:]
        for (position, actorIndex) in scope.actors.enumerated() {
            let actor = landscape.actors[actorIndex]
            let name = "a\(actorIndex)"
            nodeName[actorIndex] = name
            var attributes = nodeAttributes(
                actor, paint: colouring.paint(position), magnitude: magnitudes?[position],
                labelled: labelled.contains(position),
                emphasis: emphasis(actor.id), strings: strings)
            if options.gapMarks?.marked.contains(actor.id) == true {
                attributes.set("color", Look.gap.hex)
                attributes.set("penwidth", "3.5")
            }
            nodes.append(DiagramNode(name: name, actor: actor.id, attributes: attributes))
        }

        var edges: [DiagramEdge] = []
        let reverseMembers = engine == .dot
        let staggered = engine == .dot ? Self.staggeredLeafLengths(scope: scope, degrees: degrees) : [:]
        for (position, tieIndex) in scope.ties.enumerated() {
            let tie = landscape.ties[tieIndex]
            guard let from = scope.position[tie.from], let to = scope.position[tie.to],
                  let tail = nodeName[scope.actors[from]], let head = nodeName[scope.actors[to]] else { continue }
            let faded = !highlighted.isEmpty && !highlighted.contains(tie.from) && !highlighted.contains(tie.to)
            let reversed = reverseMembers && tie.kind == .member
            var attributes = edgeAttributes(tie, faded: faded, reversed: reversed, landscape: landscape, strings: strings)
            attributes.set("id", "tie-\(tieIndex)")
            if let length = staggered[position] { attributes.set("minlen", "\(length)") }
            edges.append(DiagramEdge(tail: reversed ? head : tail, head: reversed ? tail : head, tie: tieIndex, attributes: attributes))
        }

        // Suggested ties: dotted, undirected, in the gap colour.
        for (number, suggestion) in (options.gapMarks?.suggested ?? []).enumerated() {
            guard let from = scope.position[suggestion.from], let to = scope.position[suggestion.to],
                  let tail = nodeName[scope.actors[from]], let head = nodeName[scope.actors[to]] else { continue }
            edges.append(DiagramEdge(tail: tail, head: head, tie: nil, attributes: [
                "style": "dotted", "penwidth": "2.4", "color": Look.gap.hex, "dir": "none",
                "id": "suggestion-\(number)", "class": "suggestion",
            ]))
        }

        var clusters = options.clusterBy.map { clusterBy in
            Self.clusters(clusterBy, scope: scope, landscape: landscape, names: nodeName, strings: strings)
        } ?? []
        if engine.keepsClusters {
            var boxed: Set<ActorID> = []
            for (number, group) in gapGroups.enumerated() {
                let members = group.members.filter { !boxed.contains($0) }.compactMap { id in
                    scope.position[id].flatMap { nodeName[scope.actors[$0]] }
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
        }

        let legend = LegendLayout.layout(legendRows(
            scope: scope, landscape: landscape, options: options, colouring: colouring,
            highlighted: !highlighted.isEmpty, labels: labels, strings: strings), frame: [
                "style": "rounded,filled", "fillcolor": Look.legendFill.hex, "color": Look.legendLine.hex,
                "penwidth": "1", "id": "legend", "class": "legend",
            ])

        return Diagram(
            engine: engine,
            graph: Self.graphAttributes(engine, seed: options.seed, actors: scope.actors.count),
            nodeDefaults: [
                "fontname": Look.font, "fontsize": format(Look.labelSize), "fontcolor": Look.text.hex,
                "margin": "0.1,0.05",
            ],
            edgeDefaults: ["fontname": Look.font, "arrowsize": "0.8"],
            title: titleAttributes(landscape, scope: scope, options: options, strings: strings),
            nodes: nodes, edges: edges, clusters: clusters, legend: legend, notes: notes)
    }

    // MARK: - Nodes

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
            attributes["label"] = .text(wrap(actor.name, width: Look.wrapWidth))
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
        var tooltip = parts.joined(separator: " · ")
        if let note = tie.note { tooltip += "\n" + note }
        attributes["tooltip"] = .tooltip(tooltip)
        let formal = TieStyle.isDoubleLine(kind: tie.kind, formal: tie.formal)
        attributes.set("class", "tie \(tie.kind.rawValue)\(formal ? " formal" : "")")
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

    private static func pad(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    // MARK: - Graph, title, legend

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
        if let day = options.day { parts.append(strings.onDay(day.description)) } else if let asOf = landscape.asOf { parts.append(strings.asOf(asOf.description)) }
        if options.view == .steering { parts.append(strings.steeringView) }
        if let ego = options.ego {
            parts.append(strings.neighbourhood(landscape[ego.center]?.name ?? ego.center.rawValue, ego.depth))
        }
        parts.append("\(strings.actorCount(scope.actors.count)), \(strings.tieCount(scope.ties.count))")
        var title: Attributes = ["labelloc": "t", "labeljust": "l", "fontname": Look.font]
        title["label"] = .lines([
            TextLine(landscape.title ?? strings.defaultTitle, size: Look.titleSize, bold: true),
            TextLine(parts.joined(separator: " · "), size: 12),
        ])
        return title
    }

    func legendRows(
        scope: DiagramScope, landscape: Landscape, options: DiagramOptions, colouring: Colouring,
        highlighted: Bool, labels: DiagramOptions.Labels, strings: DiagramStrings
    ) -> [LegendRow] {
        guard !scope.actors.isEmpty else { return [] }
        var rows: [LegendRow] = [.heading(strings.legend)]
        let kinds = Set(scope.actors.map { landscape.actors[$0].kind }).sorted()
        rows.append(.heading(strings.actorsHeading))
        for kind in kinds {
            let style = KindStyle.of(kind)
            let fill = options.colorBy == .kind ? style.fill : Color.white
            let outline = options.colorBy == .kind ? style.outline : Color(0x555555)
            var sample: Attributes = ["shape": style.shape]
            if style.peripheries != 1 { sample.set("peripheries", "\(style.peripheries)") }
            sample.merge([
                "style": (["filled"] + style.styles).joined(separator: ","), "fillcolor": fill.hex,
                "color": outline.hex, "penwidth": "1.2",
            ])
            rows.append(.shape(strings.name(of: kind), sample))
        }
        if highlighted {
            rows.append(.shape(strings.highlighted, [
                "shape": "ellipse", "style": "filled", "fillcolor": "#FFFFFF", "color": Look.text.hex, "penwidth": "3",
            ]))
        }
        if options.colorBy != .kind {
            let heading: String
            switch options.colorBy {
            case .municipality: heading = strings.municipalityHeading
            case .sector: heading = strings.sectorHeading
            default: heading = strings.communityHeading
            }
            rows.append(.heading(heading))
            for key in colouring.keys { rows.append(.swatch(key.label, key.fill)) }
        }
        let ties = scope.ties.map { landscape.ties[$0] }
        if !ties.isEmpty {
            rows.append(.heading(strings.tiesHeading))
            for kind in Set(ties.map(\.kind)).sorted() {
                let style = TieStyle.of(kind)
                let color = style.color.hex
                var sample: Attributes = [
                    "style": style.line,
                    "color": TieStyle.isDoubleLine(kind: kind, formal: false) ? "\(color):#FFFFFF:\(color)" : color,
                    "penwidth": format(style.penWidth), "arrowsize": "0.8",
                ]
                if let arrowhead = style.arrowhead { sample.set("arrowhead", arrowhead) }
                rows.append(.line(strings.name(of: kind), sample, arrow: style.arrowhead != nil))
            }
            if ties.contains(where: { $0.formal && $0.kind != .agreement }) {
                let color = Color(0x555555).hex
                rows.append(.line(strings.formal, ["style": "solid", "color": "\(color):#FFFFFF:\(color)", "penwidth": "1.2"], arrow: false))
            }
            if ties.contains(where: { $0.weight != 1 }) {
                rows.append(.line(strings.weight, ["style": "solid", "color": Color(0x555555).hex, "penwidth": "3.4"], arrow: false))
            }
        }
        if let marks = options.gapMarks {
            rows.append(.heading(strings.gapsHeading))
            if !marks.marked.isEmpty {
                rows.append(.shape(strings.gapMarked, [
                    "shape": "ellipse", "style": "filled", "fillcolor": "#FFFFFF", "color": Look.gap.hex, "penwidth": "3.5",
                ]))
            }
            if !marks.suggested.isEmpty {
                rows.append(.line(strings.gapSuggested, ["style": "dotted", "color": Look.gap.hex, "penwidth": "2.4"], arrow: false))
            }
            if options.clusterBy == nil && !marks.groups.isEmpty {
                rows.append(.swatch(strings.gapGroup, Look.gapFill))
            }
        }
        switch options.sizing {
        case .uniform: break
        case .degree: rows.append(.note(strings.sizeBy(strings.partnerCount)))
        case .scores(let given): rows.append(.note(strings.sizeBy(given.measure.text(in: strings.language))))
        }
        if case .top(let n) = labels, n < scope.actors.count { rows.append(.note(strings.labelsThinned(n, scope.actors.count))) }
        if scope.leftOut > 0 { rows.append(.note(strings.leftOutOfSteering(scope.leftOut))) }
        return rows
    }
}

/// A node's fill and outline.
struct Paint: Hashable {
    var fill: Color
    var outline: Color
}

/// The node colours of one diagram and the colour key for the legend.
struct Colouring {
    struct Key: Hashable {
        var label: String
        var fill: Color
    }

    /// One paint per shown actor, by position.
    private(set) var paints: [Paint]
    /// The legend's colour key (empty when colour shows the kind).
    private(set) var keys: [Key]
    /// Groups beyond the palette that share the colour "others".
    private(set) var sharedGroups = 0

    static let noneFill = Color.white
    static let noneOutline = Color(0x777777)
    static let othersHue = Color(0x999999)

    init(_ colorBy: DiagramOptions.ColorBy, actors: [Actor], strings: DiagramStrings, communities: [ActorID: Int] = [:]) {
        func paint(_ hue: Color) -> Paint { Paint(fill: hue.tint(0.5), outline: hue.shade(0.25)) }
        let none = Paint(fill: Self.noneFill, outline: Self.noneOutline)
        switch colorBy {
        case .kind:
            paints = actors.map { Paint(fill: KindStyle.of($0.kind).fill, outline: KindStyle.of($0.kind).outline) }
            keys = []
        case .sector:
            // Fixed: the n-th sector has the n-th hue in every diagram.
            let hues = Dictionary(uniqueKeysWithValues: zip(Sector.allCases, OkabeIto.categorical))
            paints = actors.map { actor in actor.sectors.first.flatMap { hues[$0] }.map(paint) ?? none }
            let present = Set(actors.compactMap(\.sectors.first))
            keys = Sector.allCases.filter(present.contains).compactMap { sector in
                hues[sector].map { Key(label: strings.name(of: sector), fill: paint($0).fill) }
            }
            if actors.contains(where: { $0.sectors.isEmpty }) { keys.append(Key(label: strings.noSector, fill: Self.noneFill)) }
        case .community:
            // Communities are numbered largest first, so the n-th hue goes to the n-th largest.
            let palette = OkabeIto.categorical
            let present = Set(actors.compactMap { communities[$0.id] }).sorted()
            sharedGroups = max(0, present.count - palette.count)
            paints = actors.map { actor in
                guard let c = communities[actor.id] else { return none }
                return paint(c < palette.count ? palette[c] : Self.othersHue)
            }
            keys = present.prefix(palette.count).map { c in Key(label: "\(strings.communityName) \(c + 1)", fill: paint(palette[c]).fill) }
            if sharedGroups > 0 { keys.append(Key(label: strings.othersGrouped(sharedGroups), fill: paint(Self.othersHue).fill)) }
        case .municipality:
            var counts: [String: Int] = [:]
            for actor in actors { if let m = actor.municipality { counts[m, default: 0] += 1 } }
            let order = counts.sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }.map(\.key)
            let palette = OkabeIto.categorical
            var hue: [String: Color] = [:]
            for (index, name) in order.enumerated() where index < palette.count { hue[name] = palette[index] }
            sharedGroups = max(0, order.count - palette.count)
            paints = actors.map { actor in
                guard let m = actor.municipality else { return none }
                return paint(hue[m] ?? Self.othersHue)
            }
            keys = order.prefix(palette.count).compactMap { name in hue[name].map { Key(label: name, fill: paint($0).fill) } }
            if sharedGroups > 0 { keys.append(Key(label: strings.othersGrouped(sharedGroups), fill: paint(Self.othersHue).fill)) }
            if actors.contains(where: { $0.municipality == nil }) { keys.append(Key(label: strings.noMunicipality, fill: Self.noneFill)) }
        }
    }

    func paint(_ position: Int) -> Paint { paints[position] }
}
