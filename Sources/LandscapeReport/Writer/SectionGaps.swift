import LandscapeCore
import LandscapeWording
import LandscapeRender

extension GapSeverity {
    var color: Color {
        switch self {
        case .high: OkabeIto.vermillion
        case .medium: OkabeIto.orange
        case .low: OkabeIto.skyBlue
        }
    }
}

extension ReportWriter {
    /// Section 5: the gaps by severity, with explanation and suggestion, and what the landscape
    /// loses when each programme with an end date ends.
    func gapSection() -> Node {
        section(.gaps) {
            Node.tag("p", class: "lead", text: words.gapsIntro(count: content.gaps.count))
            if content.gaps.isEmpty { note(words.noGaps) } else { gapOverview() }
            // The gaps of medium and minor severity are listed in the appendix: there can be many.
            for severity in GapSeverity.allCases where !Self.appendixSeverities.contains(severity) {
                let listed = listedGaps(severity)
                if listed.count > 0 {
                    Node.tag("h3", class: "severity-heading severity-\(severity.rawValue)", text: words.severityHeading(severity, count: listed.count))
                    gapList(listed.gaps, count: listed.count, class: "gaps")
                }
            }
            let later = Self.appendixSeverities.compactMap { severity in
                let count = content.gaps.count { $0.severity == severity }
                return count == 0 ? nil : words.severityHeading(severity, count: count)
            }
            if !later.isEmpty { note(words.gapsInAppendix(later)) }
            programmeOutlook()
        }
    }

    /// How many gaps of each type and severity: the shape of the findings at a glance.
    func gapOverview() -> Node {
        // Counted in one pass: the gaps of each type, by severity (in `GapSeverity.allCases` order).
        let severities = GapSeverity.allCases
        var byType: [GapType: [Int]] = [:]
        let gaps = content.gaps
        for index in gaps.indices {
            let column = severities.firstIndex(of: gaps[index].severity) ?? 0
            byType[gaps[index].type, default: [Int](repeating: 0, count: severities.count)][column] += 1
        }
        let counts = { (type: GapType) in byType[type] ?? [Int](repeating: 0, count: severities.count) }
        // The types with the most urgent gaps first.
        let types = GapType.allCases.filter { byType[$0] != nil }
            .sorted { a, b in counts(a).lexicographicallyPrecedes(counts(b), by: >) }
        let rows: [[[Node]]] = types.map { type in
            [[.text(words.gapTypeName(type))]] + severities.indices.map { column in
                let count = counts(type)[column], severity = severities[column]
                return count == 0 ? [.text("–")] : [Node.tag("span", class: "count count-\(severity.rawValue)", text: words.integer(count))]
            }
        }
        let headings = severities.indices.map { column in
            words.severityHeading(severities[column], count: types.reduce(0) { $0 + counts($1)[column] })
        }
        return table(class: "counts gap-overview", header: [words.gapTypeColumn] + headings,
                     numeric: [1, 2, 3], rows: rows)
    }

    /// The gaps of one level that a list shows — on a map of more than `Sampling.largeAbove`
    /// actors only the first `gapsListedLarge` (the most actors first within each type) — and
    /// how many the level has: tens of thousands of gaps are counted, not copied.
    func listedGaps(_ severity: GapSeverity) -> (gaps: [Gap], count: Int) {
        let gaps = content.gaps
        let limit = landscape.actors.count > Sampling.largeAbove ? Self.gapsListedLarge : Int.max
        var shown: [Gap] = [], count = 0
        for index in gaps.indices where gaps[index].severity == severity {
            if count < limit { shown.append(gaps[index]) }
            count += 1
        }
        return (shown, count)
    }

    /// The `gaps` of one level as a list (`listedGaps`), and how many more of its `count` it
    /// leaves out.
    func gapList(_ gaps: [Gap], count: Int, class className: String) -> [Node] {
        var nodes = [Node.element("ol", [("class", className)]) {
            for gap in gaps { gapItem(gap) }
        }]
        if gaps.count < count { nodes.append(commandNote(words.gapsNotListed(count - gaps.count, limit: Sampling.largeAbove))) }
        return nodes
    }

    /// How many gaps of each level a large map's report lists.
    static let gapsListedLarge = 50

    func gapItem(_ gap: Gap) -> Node {
        let sentences = content.language.gapWording.sentences(gap, in: landscape)
        return Node.element("li", [("class", "gap severity-\(gap.severity.rawValue)")]) {
            Node.tag("p", class: "gap-title") {
                Node.tag("span", class: "badge badge-\(gap.severity.rawValue)", text: words.severityName(gap.severity))
                " "
                Node.tag("strong", text: words.gapTypeName(gap.type))
            }
            Node.tag("p", class: "gap-explanation", text: sentences.explanation)
            Node.tag("p", class: "gap-suggestion") {
                Node.tag("span", class: "what-to-do", text: words.whatToDo)
                " " + sentences.action
            }
        }
    }

    /// One block per programme with an end date: what goes with it and what that does to the
    /// network, before and after.
    func programmeOutlook() -> Node {
        Node.tag("div", class: "whatif") {
            Node.tag("h3", text: words.whatIfHeading)
            if content.programmes.isEmpty {
                note(words.noEndingProgrammes)
            } else {
                Node.tag("p", text: words.whatIfIntro)
                let carrying = content.programmes.filter { !$0.positions.isEmpty || $0.fundingTies > 0 }
                let idle = content.programmes.filter { $0.positions.isEmpty && $0.fundingTies == 0 }
                for outlook in carrying { programmeCard(outlook) }
                if !idle.isEmpty {
                    Node.tag("p", text: words.programmesCarryingNothing(idle.map { (name($0.programme), words.programmeEnds(words.when($0.until), ended: $0.ended)) }))
                }
            }
        }
    }

    func programmeCard(_ outlook: ReportContent.ProgrammeOutlook) -> Node {
        let r = outlook.result
        let before = r.before, after = r.after
        let rows: [[[Node]]] = [
            [[.text(words.actorsRow)], [.text(words.integer(before.actors))], [.text(words.integer(after.actors))]],
            [[.text(words.tiesRow)], [.text(words.integer(before.ties))], [.text(words.integer(after.ties))]],
            [[.text(words.componentsRow)], [.text(words.integer(before.components))], [.text(words.integer(after.components))]],
            [[.text(words.largestShareRow)], [.text(before.largestComponentShare.map { words.percent($0) } ?? "–")],
             [.text(after.largestComponentShare.map { words.percent($0) } ?? "–")]],
            [[.text(words.connectedPairsRow)], [.text(words.integer(before.reachablePairs))], [.text(words.integer(after.reachablePairs))]],
            [[.text(words.distanceRow)], [.text(before.averageDistance.map { words.decimal($0, digits: 1) } ?? "–")],
             [.text(after.averageDistance.map { words.decimal($0, digits: 1) } ?? "–")]],
        ]
        return Node.tag("div", class: "programme") {
            Node.tag("h4") {
                name(outlook.programme)
                Node.tag("span", class: "until", text: " – " + words.programmeEnds(words.when(outlook.until), ended: outlook.ended))
            }
            // The programme's gap, when there is one, tells its end in the same words and figures.
            if let gap = content.gaps.first(where: { gap in
                if case .programDependency(let programme, _, _, _, _, _, _, _, _) = gap.reason { programme == outlook.programme } else { false }
            }) {
                Node.tag("p", text: content.language.gapWording.sentences(gap, in: landscape).explanation)
            } else {
                Node.tag("p", text: words.whatIfSentence(
                    positions: outlook.positions.map(name), fundingTies: outlook.fundingTies, cutOff: r.cutOff.map(name),
                    brokers: r.brokersLost.filter { $0 != outlook.programme }.map(name), committees: r.committeesBelowTwo.map(name),
                    pairsLostShare: r.reachablePairsLostShare, lostTies: r.lostTies))
            }
            Node.tag("div", class: "before-after") {
                table(class: "compact", header: ["", words.beforeColumn, words.afterColumn], numeric: [1, 2], rows: rows)
                Bars.beforeAfter(before: Double(before.reachablePairs), after: Double(after.reachablePairs),
                                 labels: (words.beforeColumn, words.afterColumn), caption: words.connectedPairsRow,
                                 format: { words.integer(Int($0)) })
            }
        }
    }
}
