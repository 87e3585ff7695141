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
        let bySeverity = Dictionary(grouping: content.gaps, by: \.severity).mapValues(\.count)
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
        func isProgramme(_ id: ActorID) -> Bool { landscape[id]?.kind == .program }
        let urgent: [Gap] = content.gaps.filter { gap in
            guard gap.severity == .high else { return false }
            switch gap.reason {
            case .cutPoint(let actor, _): return !isProgramme(actor)
            case .bridge(let a, let b, _): return !isProgramme(a) && !isProgramme(b)
            default: return true
            }
        }
        // A missing link between two groups names no actor: it follows those that do.
        func named(_ gap: Gap) -> Int { gap.type == .groupHole ? 0 : gap.actors.count }
        let ranked: [Gap] = urgent.indices.sorted { a, b in
            named(urgent[a]) != named(urgent[b]) ? named(urgent[a]) > named(urgent[b]) : a < b
        }.map { urgent[$0] }
        var seen = Set<GapType>()
        return Array(ranked.filter { seen.insert($0.type).inserted }.prefix(Self.leadingGapLimit))
    }

    static let leadingGapLimit = 2

    /// Actors by kind (rows) and municipality (columns: the largest few, the rest together).
    func actorsByKindTable(municipalities: [String]) -> Node {
        let limit = 3
        let shown = municipalities.count > limit + 1 ? Array(municipalities.prefix(limit)) : municipalities
        let gathered = municipalities.count > shown.count
        let actors = landscape.actors.filter(\.kind.isActor)
        let withoutMunicipality = actors.contains { ($0.municipality ?? "").isEmpty }
        var header = [words.kindColumn] + shown
        if gathered { header.append(words.otherMunicipalities(municipalities.count - shown.count)) }
        if withoutMunicipality { header.append(words.noMunicipality) }
        header.append(words.total)
        let kinds = ActorKind.allCases.filter { kind in actors.contains { $0.kind == kind } }
        func count(_ kind: ActorKind?, _ test: (String) -> Bool) -> Int {
            actors.filter { (kind == nil || $0.kind == kind) && test($0.municipality ?? "") }.count
        }
        func row(_ kind: ActorKind?) -> [[Node]] {
            var cells: [[Node]] = [kind.map { [kindChip($0)] } ?? [Node.tag("strong", text: words.total)]]
            for municipality in shown { cells.append([.text(number(count(kind) { $0 == municipality }))]) }
            if gathered { cells.append([.text(number(count(kind) { !$0.isEmpty && !shown.contains($0) }))]) }
            if withoutMunicipality { cells.append([.text(number(count(kind) { $0.isEmpty }))]) }
            cells.append([Node.tag("strong", text: number(count(kind) { _ in true }))])
            return cells
        }
        return table(class: "counts", header: header, numeric: Set(1..<header.count),
                     rows: kinds.map { row($0) } + [row(nil)])
    }

    /// Ties by kind, with how many rest on a written agreement.
    /// The ties among actors by kind (those to instruments and events are in section 8).
    func tiesByKindTable() -> Node {
        let elements = Set(landscape.actors.lazy.filter { !$0.kind.isActor }.map(\.id))
        let actorTies = landscape.ties.filter { !elements.contains($0.from) && !elements.contains($0.to) }
        let kinds = TieKind.allCases.filter { kind in actorTies.contains { $0.kind == kind } }
        let rows: [[[Node]]] = kinds.map { kind in
            let ties = actorTies.filter { $0.kind == kind }
            return [[.text(strings.name(of: kind))], [.text(number(ties.count))],
                    [.text(number(ties.filter { $0.formal || $0.kind == .agreement }.count))]]
        } + [[[Node.tag("strong", text: words.total)], [Node.tag("strong", text: number(actorTies.count))],
              [Node.tag("strong", text: number(actorTies.filter { $0.formal || $0.kind == .agreement }.count))]]]
        return table(class: "counts", header: [words.tieKindColumn, words.countColumn, words.writtenColumn], numeric: [1, 2], rows: rows)
    }

    func number(_ value: Int) -> String { words.integer(value) }
}
