import LandscapeCore
import LandscapeWording

extension ReportWriter {
    /// Section 1: title, date, what the map covers, and the most important findings in brief.
    func scopeSection() -> Node {
        let municipalities = ReportContent.tally(landscape.actors.filter(\.kind.isActor).compactMap(\.municipality).filter { !$0.isEmpty },
                                                 order: <)
        return Node.element("section", [("id", ReportSection.scope.anchor), ("class", "section section-1 title-page")]) {
            Node.element("header", [("class", "masthead")]) {
                Node.tag("p", class: "kicker", text: words.reportKind)
                Node.tag("h1", text: title)
                Node.tag("p", class: "date", text: dateText)
                if let note = anonymization.note { Node.tag("p", class: "anonymised", text: words.anonymizationNote(note)) }
            }
            contents()
            if let changes { changesSection(changes) }
            Node.element("h2") {
                Node.tag("span", class: "number", text: "1")
                words.heading(.scope)
            }
            Node.tag("p", class: "lead",
                     text: words.scopeLead(actors: landscape.actorCount, ties: landscape.actorTieCount,
                                           municipalities: municipalities.map(\.0), needs: landscape.needs.count,
                                           resources: landscape.actors.count { $0.kind == .resource },
                                           events: landscape.actors.count { $0.kind == .event }))
            atAGlance()
        }
    }

    /// Actors by kind and municipality, ties by kind: side by side (in the appendix).
    func countTables() -> Node {
        let municipalities = ReportContent.tally(landscape.actors.filter(\.kind.isActor).compactMap(\.municipality).filter { !$0.isEmpty },
                                                 order: <)
        return Node.tag("div", class: "two-columns") {
            Node.tag("div") {
                Node.tag("h3", text: words.actorsByKindHeading)
                actorsByKindTable(municipalities: municipalities.map(\.0))
            }
            Node.tag("div") {
                Node.tag("h3", text: words.tiesByKindHeading)
                tiesByKindTable()
            }
        }
    }

    /// The table of contents: links to the sections (in-page anchors need no script).
    func contents() -> Node {
        Node.element("nav", [("class", "contents"), ("aria-label", words.contentsHeading)]) {
            Node.tag("p", class: "contents-heading", text: words.contentsHeading)
            if let changes {
                Node.element("p", [("class", "contents-changes")]) { Node.element("a", [("href", "#changes")]) { changes.words.heading } }
            }
            Node.element("ol") {
                for section in ReportSection.allCases {
                    Node.element("li") { Node.element("a", [("href", "#" + section.anchor)]) { words.heading(section) } }
                }
            }
            Node.element("p", [("class", "contents-appendix")]) { Node.element("a", [("href", "#appendix")]) { words.appendixHeading } }
        }
    }

    /// The findings a steering group should hear first, one line each.
    func atAGlance() -> Node {
        var points = leadingGaps().map { content.language.gapWording.sentences($0, in: landscape).explanation }
        // A funding programme ties actors by funding them; it is not headlined as their broker.
        if let top = content.betweenness.first(where: { landscape[$0.id]?.kind != .program }) {
            points.append(words.glanceCentral(name(top.id), share: top.value))
        }
        if content.statistics.components > 1 {
            points.append(words.glanceFragments(components: content.statistics.components,
                                                largestShare: content.statistics.largestComponentShare ?? 0))
        }
        var bySeverity: [GapSeverity: Int] = [:]
        for index in content.gaps.indices { bySeverity[content.gaps[index].severity, default: 0] += 1 }
        points.append(words.glanceGaps(high: bySeverity[.high] ?? 0, medium: bySeverity[.medium] ?? 0, low: bySeverity[.low] ?? 0))
        let uncovered = content.coverage.declared ? content.coverage.rows.filter { $0.status == .uncovered }.map(\.need) : []
        if !uncovered.isEmpty { points.append(words.glanceUncovered(uncovered)) }
        let ending = content.programmes.filter { !$0.positions.isEmpty || $0.fundingTies > 0 }
        if let first = ending.min(by: { $0.until.lastDay < $1.until.lastDay }) {
            let cutOff = Set(ending.flatMap(\.result.cutOff)).count
            points.append(words.glanceProgrammes(count: ending.count, first: name(first.programme), until: words.when(first.until),
                                                 positions: Set(ending.flatMap(\.positions)).count, cutOff: cutOff))
        }
        if let first = content.suggestions.first {
            points.append(first.form == .pair
                ? words.glanceSuggestion(name(first.from), name(first.to), total: content.suggestions.count)
                : words.glanceCommittee(members: first.members.count, convener: first.convener.map(name), total: content.suggestions.count))
        }
        return Node.element("div", [("class", "glance")]) {
            Node.tag("h3", text: words.glanceHeading)
            Node.element("ul") {
                for point in points { Node.tag("li", text: point) }
            }
        }
    }

    /// The urgent gaps the summary leads with: one per type, those that concern the most actors
    /// first, at most `leadingGapLimit`; a cut point or bridge that is a programme is left out
    /// (its end is the programme's gap).
    func leadingGaps() -> [Gap] {
        // By index: tens of thousands of urgent gaps are ranked without copying them.
        let gaps = content.gaps
        func isProgramme(_ id: ActorID) -> Bool { landscape[id]?.kind == .program }
        let urgent = gaps.indices.filter { index in
            guard gaps[index].severity == .high else { return false }
            switch gaps[index].reason {
            case .cutPoint(let actor, _): return !isProgramme(actor)
            case .bridge(let a, let b, _): return !isProgramme(a) && !isProgramme(b)
            default: return true
            }
        }
        // A missing link between two groups names no actor: it follows those that do.
        func named(_ index: Int) -> Int { gaps[index].type == .groupHole ? 0 : gaps[index].actors.count }
        let ranked = urgent.sorted { a, b in named(a) != named(b) ? named(a) > named(b) : a < b }
        var seen = Set<GapType>()
        return ranked.filter { seen.insert(gaps[$0].type).inserted }.prefix(Self.leadingGapLimit).map { gaps[$0] }
    }

    static let leadingGapLimit = 2

    /// Actors by kind (rows) and municipality (columns: the largest few, the rest together).
    ///
    /// - Complexity: O(A) for A actors, counted in one pass.
    func actorsByKindTable(municipalities: [String]) -> Node {
        let limit = 3
        let shown = municipalities.count > limit + 1 ? Array(municipalities.prefix(limit)) : municipalities
        let gathered = municipalities.count > shown.count
        // Per kind (and `nil`, all kinds): the shown municipalities, the others, none, the total.
        var counts: [ActorKind?: [Int]] = [:]
        let column = Dictionary(shown.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let actors = landscape.actors
        for index in actors.indices where actors[index].kind.isActor {
            let municipality = actors[index].municipality ?? ""
            let place = municipality.isEmpty ? shown.count + 1 : (column[municipality] ?? shown.count)
            for kind in [actors[index].kind, nil] as [ActorKind?] {
                counts[kind, default: [Int](repeating: 0, count: shown.count + 3)][place] += 1
                counts[kind, default: []][shown.count + 2] += 1
            }
        }
        let withoutMunicipality = (counts[nil]?[shown.count + 1] ?? 0) > 0
        var header = [words.kindColumn] + shown
        if gathered { header.append(words.otherMunicipalities(municipalities.count - shown.count)) }
        if withoutMunicipality { header.append(words.noMunicipality) }
        header.append(words.total)
        let kinds = ActorKind.allCases.filter { counts[$0] != nil }
        func row(_ kind: ActorKind?) -> [[Node]] {
            let values = counts[kind] ?? [Int](repeating: 0, count: shown.count + 3)
            var cells: [[Node]] = [kind.map { [kindChip($0)] } ?? [Node.tag("strong", text: words.total)]]
            for place in shown.indices { cells.append([.text(number(values[place]))]) }
            if gathered { cells.append([.text(number(values[shown.count]))]) }
            if withoutMunicipality { cells.append([.text(number(values[shown.count + 1]))]) }
            cells.append([Node.tag("strong", text: number(values[shown.count + 2]))])
            return cells
        }
        return table(class: "counts", header: header, numeric: Set(1..<header.count),
                     rows: kinds.map { row($0) } + [row(nil)])
    }

    /// Ties by kind, with how many rest on a written agreement.
    /// The ties among actors by kind (those to instruments and events are in section 8).
    ///
    /// - Complexity: O(A + T), counted in one pass without copying the ties.
    func tiesByKindTable() -> Node {
        let elements = Set(landscape.actors.lazy.filter { !$0.kind.isActor }.map(\.id))
        var counts: [TieKind: (all: Int, written: Int)] = [:]
        let ties = landscape.ties
        for index in ties.indices where !elements.contains(ties[index].from) && !elements.contains(ties[index].to) {
            let written = ties[index].formal || ties[index].kind == .agreement
            counts[ties[index].kind, default: (0, 0)].all += 1
            if written { counts[ties[index].kind, default: (0, 0)].written += 1 }
        }
        let kinds = TieKind.allCases.filter { counts[$0] != nil }
        let total = counts.values.reduce((all: 0, written: 0)) { ($0.all + $1.all, $0.written + $1.written) }
        let rows: [[[Node]]] = kinds.map { kind in
            let count = counts[kind] ?? (0, 0)
            return [[.text(strings.name(of: kind))], [.text(number(count.all))], [.text(number(count.written))]]
        } + [[[Node.tag("strong", text: words.total)], [Node.tag("strong", text: number(total.all))],
              [Node.tag("strong", text: number(total.written))]]]
        return table(class: "counts", header: [words.tieKindColumn, words.countColumn, words.writtenColumn], numeric: [1, 2], rows: rows)
    }

    func number(_ value: Int) -> String { words.integer(value) }
}
