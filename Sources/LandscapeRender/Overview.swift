import LandscapeCore
import LandscapeWording

/// The overview of a landscape and the diagram of one of its groups: what `render --overview`
/// and `render --group NAME` draw, and what the report shows first.
extension DiagramBuilder {
    /// Above this many actors (shown on the day asked for) the overview gathers them into
    /// groups. At 60 the full diagram of the Thüringen example (59 actors) still prints on A4
    /// with its labels at 7 pt; the merged examples (164 actors) do not.
    public static let overviewThreshold = 60

    /// At most this many actors that link groups are drawn on their own (actors alone in their
    /// group come on top): enough for the committees and brokers of a Landkreis, few enough
    /// that the groups stay the picture.
    public static let overviewKeptLimit = 12

    /// The overview: the ordinary diagram up to `threshold` actors; above, one node per
    /// group (`options.groupBy`), sized by its actors, the ties between groups bundled and
    /// counted, committees and actors linking several groups on their own
    /// (`GroupedLandscape`). The view, neighbourhood, highlights, clusters and sizing of
    /// `options` apply only to the ordinary diagram.
    ///
    /// - Throws: what `build` throws, below the threshold.
    /// - Complexity: O(A log A + T log T) above the threshold, for A actors and T ties; below,
    ///   that of `build`.
    public func overview(_ landscape: Landscape, options: DiagramOptions,
                         threshold: Int = overviewThreshold) throws(DiagramError) -> Diagram {
        let shown = options.day.map { landscape.active(on: $0) } ?? landscape
        guard shown.actors.count > threshold else { return try build(landscape, options: options) }
        return OverviewDrawing(shown, options: options).diagram
    }

    /// The names of the groups of `landscape` by `options.groupBy`, the largest first: what
    /// `group(_:of:options:)` takes.
    ///
    /// - Complexity: O(A log A + T) for A actors and T ties.
    public func groupNames(of landscape: Landscape, options: DiagramOptions) -> [String] {
        OverviewGroups(landscape, by: options.groupBy, communities: options.communities,
                       strings: DiagramStrings.of(options.language ?? landscape.language)).names
    }

    /// The diagram of one group: its actors and the ties among them, drawn as `build` draws a
    /// landscape, titled with the landscape's title and the group's name.
    ///
    /// - Throws: `DiagramError.unknownGroup` when no group has that name; otherwise what
    ///   `build` throws.
    /// - Complexity: that of `build`, plus O(A log A + T) to find the group.
    public func group(_ name: String, of landscape: Landscape, options: DiagramOptions) throws(DiagramError) -> Diagram {
        let strings = DiagramStrings.of(options.language ?? landscape.language)
        let groups = OverviewGroups(landscape, by: options.groupBy, communities: options.communities, strings: strings)
        guard let number = groups.names.firstIndex(of: name) else { throw .unknownGroup(name, groups: groups.names) }
        let members = landscape.actors.indices.filter { groups.number[$0] == number }.map { landscape.actors[$0] }
        let title = "\(landscape.title ?? strings.defaultTitle) · \(name)"
        let part = Landscape(title: title, language: landscape.language, asOf: landscape.asOf, needs: landscape.needs,
                             actors: members, ties: landscape.ties)
        return try build(part, options: options)
    }
}

/// The aggregated overview of a landscape, built once: groups, kept actors, bundles, legend
/// and title.
struct OverviewDrawing {
    /// A bundle is drawn when it is among the this many strongest of one of its ends: enough
    /// to show who is tied to whom, and every node keeps a line, few enough that a state-wide
    /// overview stays a picture.
    static let bundlesPerNode = 3
    /// The smallest and largest width of a group's node, in inches (a group's area grows with
    /// its actors).
    static let groupWidth = (smallest: 1.0, largest: 2.0)

    let diagram: Diagram

    init(_ landscape: Landscape, options: DiagramOptions) {
        let strings = DiagramStrings.of(options.language ?? landscape.language)
        let words = strings.language.diagramOverviewWording
        let groups = OverviewGroups(landscape, by: options.groupBy, communities: options.communities, strings: strings)
        let grouped = GroupedLandscape(landscape, group: groups.number, keptLimit: options.overviewKept)
        var nodes = Self.groupNodes(grouped, groups: groups, words: words, compact: options.compact)
        nodes += grouped.kept.compactMap { kept in landscape[kept.actor].map { Self.keptNode($0, strings: strings, compact: options.compact) } }
        let drawn = Self.strongest(grouped.bundles)
        let edges = Self.edges(drawn, landscape: landscape, groups: groups, words: words)

        var rows = Self.legendRows(grouped, groups: groups, landscape: landscape, options: options, strings: strings)
        if grouped.brokersLeftInGroups > 0 { rows.append(.note(words.brokersLeft(count: grouped.brokersLeftInGroups))) }
        if grouped.bundles.count > drawn.count { rows.append(.note(words.bundlesLeft(count: grouped.bundles.count - drawn.count))) }

        var parts: [String] = []
        if let day = options.day { parts.append(strings.onDay(day)) } else if let asOf = landscape.asOf { parts.append(strings.asOf(asOf)) }
        parts.append(options.groupBy == .municipality ? words.byMunicipality : words.byCommunity)
        // Counted as `check` and the report count them (instruments and events apart).
        let counts = LandscapeCounts(landscape)
        parts.append("\(strings.actorCount(counts.actors)), \(strings.tieCount(counts.ties))")
        parts.append(words.groups(count: grouped.groups.count))
        var title: Attributes = ["labelloc": "t", "labeljust": "l", "fontname": Look.font]
        title["label"] = .lines([
            TextLine(landscape.title ?? strings.defaultTitle, size: Look.titleSize, bold: true),
            TextLine(parts.joined(separator: " · "), size: 12),
        ])
        // Above `LayoutEngine.largeLandscape` groups sfdp, as for as many actors: neato's stress
        // majorisation took 16 s of CPU for sbm-200k's 2,015 nodes, sfdp 2 s.
        let engine = LayoutEngine.automatic(actors: nodes.count, view: .network, clustered: false)
        var graph = DiagramBuilder.graphAttributes(engine, seed: options.seed, actors: nodes.count)
        graph.merge(["overlap_scaling": "-1", "sep": options.compact ? "+2" : "+6", "esep": options.compact ? "+1" : "+3", "pack": "true"])
        diagram = Diagram(
            engine: engine, graph: graph, nodeDefaults: DiagramBuilder.nodeDefaults,
            edgeDefaults: ["fontname": Look.font, "fontsize": format(Look.labelSize), "fontcolor": Look.text.hex],
            title: title, nodes: nodes, edges: edges,
            legend: LegendLayout.layout(rows, frame: DiagramBuilder.legendFrame), legendRows: rows)
    }

    /// The bundles drawn: those among the `bundlesPerNode` strongest at one of their ends
    /// (`bundles` come strongest first), in that order.
    ///
    /// - Complexity: O(B) for B bundles.
    static func strongest(_ bundles: [GroupedLandscape.Bundle]) -> [GroupedLandscape.Bundle] {
        var drawnAt: [GroupedLandscape.Node: Int] = [:]
        return bundles.filter { bundle in
            guard drawnAt[bundle.from, default: 0] < bundlesPerNode || drawnAt[bundle.to, default: 0] < bundlesPerNode else { return false }
            drawnAt[bundle.from, default: 0] += 1
            drawnAt[bundle.to, default: 0] += 1
            return true
        }
    }

    /// A node's name as its label: as every diagram wraps it, or in a compact overview narrower
    /// and on as many lines as it needs.
    static func nodeLabel(_ name: String, compact: Bool) -> String {
        compact ? wrap(name, width: Look.compactWrapWidth) : wrapLabel(name)
    }

    /// The synthetic node name of group `number`.
    static func groupNodeName(_ number: Int) -> String { "g\(number)" }

    /// One node per group: its name and number of actors, its area growing with the actors,
    /// in the group's colour (the palette's, in the groups' order; grey beyond it).
    static func groupNodes(_ grouped: GroupedLandscape, groups: OverviewGroups, words: DiagramOverviewWording,
                           compact: Bool = false) -> [DiagramNode] {
        let largest = Double(grouped.groups.map(\.members.count).max() ?? 1)
        return grouped.groups.map { group in
            let count = group.members.count
            let name = groups.names[group.number]
            let width = groupWidth.smallest + (groupWidth.largest - groupWidth.smallest) * (Double(count) / largest).squareRoot()
            var attributes: Attributes = [
                "shape": compact ? "box" : "ellipse", "style": compact ? "rounded,filled" : "filled", "penwidth": "1.4",
                "fillcolor": colour(group.number).tint(0.6).hex, "color": colour(group.number).shade(0.25).hex,
                "width": format(width), "height": format(width * 0.55),
            ]
            attributes["label"] = .text(nodeLabel(name, compact: compact) + "\n" + words.groupActors(count: count))
            attributes["tooltip"] = .tooltip(words.groupTooltip(name: name, actors: count, innerTies: group.innerTies))
            attributes.set("id", SafeIdentifier.make("group-", name))
            attributes.set("class", "group")
            return DiagramNode(name: groupNodeName(group.number), attributes: attributes)
        }
    }

    /// The colour of group `number`: the palette's, grey beyond it.
    static func colour(_ number: Int) -> Color {
        number < GroupPalette.colours.count ? GroupPalette.colours[number] : Colouring.othersHue
    }

    /// An actor drawn on its own, in its kind's shape and colour, with its name.
    static func keptNode(_ actor: Actor, strings: DiagramStrings, compact: Bool = false) -> DiagramNode {
        let style = KindStyle.of(actor.kind)
        var attributes: Attributes = ["shape": style.shape]
        if style.peripheries != 1 { attributes.set("peripheries", "\(style.peripheries)") }
        attributes.merge([
            "style": (["filled"] + style.styles).joined(separator: ","), "fillcolor": style.fill.hex,
            "color": style.outline.hex, "penwidth": "1.2",
        ])
        attributes["label"] = .text(nodeLabel(actor.name, compact: compact))
        attributes["tooltip"] = .tooltip(DiagramBuilder().tooltip(for: actor, strings: strings))
        attributes.set("id", SafeIdentifier.make("actor-", actor.id.rawValue))
        attributes.set("class", "actor \(actor.kind.rawValue)")
        return DiagramNode(name: SafeIdentifier.make("k-", actor.id.rawValue), actor: actor.id, attributes: attributes)
    }

    /// One undirected edge per bundle, labelled with its number of ties (a single tie has no
    /// number), wider the more ties (by the square root, up to 8 points, so that a bundle of
    /// 100 is not a wall); shorter than neato's default, so that the page stays small.
    static func edges(
        _ bundles: [GroupedLandscape.Bundle], landscape: Landscape, groups: OverviewGroups, words: DiagramOverviewWording
    ) -> [DiagramEdge] {
        func name(_ node: GroupedLandscape.Node) -> String {
            switch node {
            case .group(let number): groupNodeName(number)
            case .actor(let id): SafeIdentifier.make("k-", id.rawValue)
            }
        }
        func shown(_ node: GroupedLandscape.Node) -> String {
            switch node {
            case .group(let number): groups.names[number]
            case .actor(let id): landscape[id]?.name ?? id.rawValue
            }
        }
        return bundles.enumerated().map { number, bundle in
            var attributes: Attributes = [
                "dir": "none", "color": Color(0x666666).hex, "len": "0.8",
                "penwidth": format(min(8, 0.2 + 0.8 * Double(bundle.ties).squareRoot())),
                "id": "bundle-\(number)", "class": "bundle",
            ]
            if bundle.ties > 1 { attributes["label"] = .text("\(bundle.ties)") }
            attributes["tooltip"] = .tooltip(words.bundleTooltip(count: bundle.ties, from: shown(bundle.from), to: shown(bundle.to)))
            return DiagramEdge(tail: name(bundle.from), head: name(bundle.to), attributes: attributes)
        }
    }

    /// What a group's node and a bundle mean, the kinds of the actors drawn on their own, and
    /// the groups' colours with their names.
    static func legendRows(
        _ grouped: GroupedLandscape, groups: OverviewGroups, landscape: Landscape, options: DiagramOptions, strings: DiagramStrings
    ) -> [LegendRow] {
        let words = strings.language.diagramOverviewWording
        var rows: [LegendRow] = [.heading(strings.legend), .heading(words.legendGroups)]
        rows.append(.shape(options.groupBy == .municipality ? words.legendMunicipality : words.legendCommunity, [
            "shape": options.compact ? "box" : "ellipse", "style": options.compact ? "rounded,filled" : "filled",
            "fillcolor": Color(0xEEEEEE).hex, "color": Color(0x777777).hex,
        ]))
        rows.append(.line(words.legendBundle, ["style": "solid", "color": Color(0x666666).hex, "penwidth": "3"], arrow: false))
        if !grouped.kept.isEmpty {
            let kinds = Set(grouped.kept.compactMap { landscape[$0.actor]?.kind }).sorted()
            rows.append(.heading(words.legendKept))
            rows += DiagramBuilder.kindRows(kinds, colorBy: .kind, strings: strings).dropFirst()
            rows.append(.note(words.legendKeptNote))
        }
        rows.append(.heading(options.groupBy == .municipality ? strings.municipalityHeading : strings.communityHeading))
        let coloured = grouped.groups.filter { $0.number < GroupPalette.colours.count }
        for group in coloured { rows.append(.swatch(groups.names[group.number], colour(group.number).tint(0.6))) }
        let rest = grouped.groups.count - coloured.count
        if rest > 0 { rows.append(.swatch(strings.othersGrouped(rest), Colouring.othersHue.tint(0.6))) }
        return rows
    }
}
