import LandscapeCore
import LandscapeWording

/// The legend's rows of one diagram: the kinds and tie kinds shown, the colour key, the gap
/// marks and the notes, in that order. `LegendLayout` lays them out.
extension DiagramBuilder {
    func legendRows(
        scope: DiagramScope, landscape: Landscape, options: DiagramOptions, colouring: Colouring,
        highlighted: Bool, labels: DiagramOptions.Labels, strings: DiagramStrings
    ) -> [LegendRow] {
        guard !scope.actors.isEmpty else { return [] }
        var rows: [LegendRow] = [.heading(strings.legend)]
        let kinds = Set(scope.actors.map { landscape.actors[$0].kind }).sorted()
        if let changes = options.changes {
            // Colour shows the change: the kinds by their shapes alone (as for any colouring but kind).
            return rows + Self.kindRows(kinds, colorBy: .municipality, strings: strings)
                + Self.changeRows(changes, scope: scope, strings: strings) + Self.noteRows(scope: scope, labels: labels, strings: strings)
        }
        rows += Self.kindRows(kinds, colorBy: options.colorBy, strings: strings)
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
        rows += Self.tieRows(scope.ties.map { landscape.ties[$0] }, strings: strings)
        if let marks = options.gapMarks { rows += Self.gapRows(marks, clustered: options.clusterBy != nil, strings: strings) }
        switch options.sizing {
        case .uniform: break
        case .degree: rows.append(.note(strings.sizeBy(strings.partnerCount)))
        case .scores(let given): rows.append(.note(strings.sizeBy(given.measure.text(in: strings.language))))
        }
        return rows + Self.noteRows(scope: scope, labels: labels, strings: strings)
    }

    /// The notes that end every legend: labels thinned out, actors the steering view left out.
    static func noteRows(scope: DiagramScope, labels: DiagramOptions.Labels, strings: DiagramStrings) -> [LegendRow] {
        var rows: [LegendRow] = []
        if case .top(let n) = labels, n < scope.actors.count { rows.append(.note(strings.labelsThinned(n, scope.actors.count))) }
        if scope.leftOut > 0 { rows.append(.note(strings.leftOutOfSteering(scope.leftOut))) }
        return rows
    }

    /// The actor kinds with their shapes, in their colours when colour shows the kind.
    static func kindRows(_ kinds: [ActorKind], colorBy: DiagramOptions.ColorBy, strings: DiagramStrings) -> [LegendRow] {
        var rows: [LegendRow] = [.heading(strings.actorsHeading)]
        for kind in kinds {
            let style = KindStyle.of(kind)
            let fill = colorBy == .kind ? style.fill : Color.white
            let outline = colorBy == .kind ? style.outline : Color(0x555555)
            var sample: Attributes = ["shape": style.shape]
            if style.peripheries != 1 { sample.set("peripheries", "\(style.peripheries)") }
            sample.merge([
                "style": (["filled"] + style.styles).joined(separator: ","), "fillcolor": fill.hex,
                "color": outline.hex, "penwidth": "1.2",
            ])
            rows.append(.shape(strings.name(of: kind), sample))
        }
        return rows
    }

    /// The tie kinds shown with their lines, and the written agreement, a planned tie and weight
    /// when some tie has them; nothing without ties.
    static func tieRows(_ ties: [Tie], strings: DiagramStrings) -> [LegendRow] {
        guard !ties.isEmpty else { return [] }
        var rows: [LegendRow] = [.heading(strings.tiesHeading)]
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
        if ties.contains(where: { $0.status == .planned }) {
            let color = Color(0x555555).tint(TieStyle.plannedTint).hex
            rows.append(.line(strings.planned, ["style": "dashed", "color": color, "penwidth": "1.2"], arrow: false))
        }
        if ties.contains(where: { $0.weight != 1 }) {
            rows.append(.line(strings.weight, ["style": "solid", "color": Color(0x555555).hex, "penwidth": "3.4"], arrow: false))
        }
        return rows
    }

    /// What `--highlight gaps` drew: marked actors, suggested ties, and the group boxes (only
    /// drawn when no other clusters are asked for).
    static func gapRows(_ marks: GapMarks, clustered: Bool, strings: DiagramStrings) -> [LegendRow] {
        var rows: [LegendRow] = [.heading(strings.gapsHeading)]
        if !marks.marked.isEmpty {
            rows.append(.shape(strings.gapMarked, [
                "shape": "ellipse", "style": "filled", "fillcolor": "#FFFFFF", "color": Look.gap.hex, "penwidth": "3.5",
            ]))
        }
        if !marks.suggested.isEmpty {
            rows.append(.line(strings.gapSuggested, ["style": "dotted", "color": Look.gap.hex, "penwidth": "2.4"], arrow: false))
        }
        if !clustered && !marks.groups.isEmpty {
            rows.append(.swatch(strings.gapGroup, Look.gapFill))
        }
        return rows
    }
}
