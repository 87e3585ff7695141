import LandscapeCore

/// One key figure: its name, the value as shown, and what it means for cooperation.
struct KeyFigure {
    var name: String
    var value: String
    var meaning: String
    /// A scale to show the value on, for figures whose range needs explaining.
    var scale: Bars.Scale? = nil
}

extension ReportWriter {
    /// Section 3: the whole-landscape figures, each with a sentence (the mixing matrix is in the
    /// appendix).
    func figuresSection() -> Node {
        section(.figures) {
            Node.tag("p", class: "lead", text: words.figuresIntro)
            Node.tag("div", class: "figures") {
                for figure in keyFigures() {
                    Node.tag("div", class: "figure-card") {
                        Node.tag("p", class: "figure-value", text: figure.value)
                        Node.tag("p", class: "figure-name", text: figure.name)
                        if let scale = figure.scale { Bars.gauge(scale) }
                        Node.tag("p", class: "figure-meaning", text: figure.meaning)
                    }
                }
            }
        }
    }

    func keyFigures() -> [KeyFigure] {
        let s = content.statistics
        let n = landscape.actors.count
        var figures: [KeyFigure] = []
        if let density = s.density {
            figures.append(KeyFigure(name: words.densityName, value: words.decimal(density, digits: 2),
                                     meaning: words.densityMeaning(density, scale: NetworkScale(actors: n))))
        }
        if let average = s.averageDegree {
            figures.append(KeyFigure(name: words.averageDegreeName, value: words.decimal(average, digits: 1),
                                     meaning: words.averageDegreeMeaning(average, pendants: content.degree.filter { $0.value == 1 }.count)))
        }
        let isolates = n - content.degree.count
        figures.append(KeyFigure(name: words.componentsName, value: words.integer(s.components),
                                 meaning: words.componentsMeaning(s.components, largestShare: s.largestComponentShare ?? 0, isolates: isolates)))
        if let distance = s.averageDistance, let diameter = s.diameter {
            figures.append(KeyFigure(name: words.distanceName, value: words.decimal(distance, digits: 1),
                                     meaning: words.distanceMeaning(distance, diameter: diameter)))
        }
        if let centralization = s.degreeCentralization {
            let hub = content.degree.first.map { name($0.id) }
            figures.append(KeyFigure(name: words.centralizationName, value: words.decimal(centralization, digits: 2),
                                     meaning: words.centralizationMeaning(CentralizationLevel(centralization), hub: hub),
                                     scale: Bars.Scale(value: centralization, lower: 0, upper: 1, lowerLabel: words.centralizationEven,
                                                       upperLabel: words.centralizationStar)))
        }
        if s.edges > 0 {
            figures.append(KeyFigure(name: words.transitivityName, value: words.percent(s.transitivity),
                                     meaning: words.transitivityMeaning(s.transitivity, level: TransitivityLevel(s.transitivity))))
        }
        if let ei = content.byKind.overall {
            figures.append(KeyFigure(name: words.eiKindName, value: words.signed(ei), meaning: words.eiKindMeaning(MixingLevel(ei: ei)),
                                     scale: Bars.Scale(value: ei, lower: -1, upper: 1, lowerLabel: words.eiWithin, upperLabel: words.eiBetween)))
        }
        if let ei = content.byMunicipality?.overall {
            figures.append(KeyFigure(name: words.eiMunicipalityName, value: words.signed(ei), meaning: words.eiMunicipalityMeaning(MixingLevel(ei: ei)),
                                     scale: Bars.Scale(value: ei, lower: -1, upper: 1, lowerLabel: words.eiWithin, upperLabel: words.eiBetween)))
        }
        if s.edges > 0 {
            figures.append(KeyFigure(name: words.modularityName, value: words.decimal(content.modularity, digits: 2),
                                     meaning: words.modularityMeaning(ModularityLevel(content.modularity), communities: content.communities.count)))
        }
        if !landscape.ties.isEmpty {
            let written = landscape.ties.filter { $0.formal || $0.kind == .agreement }.count
            let share = Double(written) / Double(landscape.ties.count)
            figures.append(KeyFigure(name: words.formalName, value: words.percent(share), meaning: words.formalMeaning(share, written: written)))
        }
        return figures
    }

    /// Who works with whom, by kind: a heat map, ties within a kind on the diagonal in their own
    /// colour, with each kind's E–I index beside it.
    func mixingMatrix() -> Node {
        let mixing = content.byKind
        let present = Set(landscape.actors.map(\.kind))
        let kinds = ActorKind.allCases.filter { present.contains($0) && mixing.matrix[$0.rawValue] != nil }
        guard kinds.count >= 2, content.statistics.edges > 0 else { return Node.empty }
        let labels = kinds.map { strings.name(of: $0) }
        let values = kinds.map { a in kinds.map { b in mixing.matrix[a.rawValue]?[b.rawValue] ?? 0 } }
        let ei = kinds.map { kind -> String in
            (mixing.perGroup[kind.rawValue] ?? nil).map { words.signed($0) } ?? "–"
        }
        let heatMap = HeatMap(
            rows: labels, columns: labels, values: values,
            cellTitle: { row, column, value in words.mixingCellTitle(labels[row], labels[column], value) },
            diagonal: true, extraColumn: (words.eiColumn, ei), caption: words.mixingCaption)
        return Node.tag("div", class: "chart-block") {
            Node.tag("h3", text: words.mixingHeading)
            Node.tag("p", text: words.mixingIntro)
            heatMap.node()
            note(words.mixingReading)
        }
    }
}
