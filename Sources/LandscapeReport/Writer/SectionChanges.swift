import LandscapeCore
import LandscapeWording

/// What has changed between two versions of a landscape, as a document shows it: the headline
/// sentences, the gaps closed, opened and persisting with another severity (each worded as
/// `landscape diff` words it, after a badge of its severity), and the tables of actors, ties,
/// structure, movers and coverage. The report opens with all of it, the diagram of the changes
/// between the gaps and the tables (`ReportWriter.changesSection`); a shorter document can take
/// the headline and the gaps alone.
struct ChangesSection {
    let comparison: ReportComparison
    let words: ChangesWording
    let strings: DiagramStrings
    /// Rows a table of actors or ties shows before »… and N more«.
    static let rowLimit = 25

    init(_ comparison: ReportComparison, language: Language) {
        self.comparison = comparison
        words = ChangesWording(language)
        strings = DiagramStrings.of(language)
    }

    var diff: LandscapeDiff { comparison.diff }
    var diffWords: DiffWording { words.diff }

    /// The lead under the heading: the two sides.
    var lead: String { words.lead(new: comparison.newLabel, old: comparison.oldLabel) }

    /// The box of headline sentences.
    func headline() -> Node {
        Node.element("div", [("class", "glance changes-brief")]) {
            Node.tag("h3", text: words.briefHeading)
            Node.element("ul") {
                for line in words.headlines(diff, name: comparison.name) { Node.tag("li", text: line) }
            }
        }
    }

    /// The gaps closed (with who closed them), opened, and persisting with another severity, a
    /// list each; then how many persist as they were.
    func gapLists() -> [Node] {
        let gaps = diff.gaps
        let changed = gaps.persisting.filter { $0.severity.isChanged }
        let same = gaps.persisting.count - changed.count
        return gapList(diffWords.gapsClosed(count: gaps.closed.count), change: "closed", gaps.closed.map {
            ($0.gap, Change(old: $0.gap.severity, new: $0.gap.severity), $0.closedBy)
        }) + gapList(diffWords.gapsOpened(count: gaps.opened.count), change: "opened", gaps.opened.map {
            ($0, Change(old: $0.severity, new: $0.severity), [])
        }) + gapList(diffWords.gapsWithOtherSeverity(count: changed.count), change: "persisting", changed.map {
            ($0.new, $0.severity, [])
        }) + (same > 0 ? [Node.tag("p", class: "note", text: diffWords.gapsUnchanged(count: same))] : [])
    }

    private func gapList(_ heading: String, change: String, _ items: [(gap: Gap, severity: Change<GapSeverity>, closedBy: [ActorID])]) -> [Node] {
        guard !items.isEmpty else { return [] }
        return [Node.tag("h3", text: heading), Node.element("ul", [("class", "gap-changes")]) {
            for item in items {
                Node.element("li", [("class", "gap-change change-\(change)")]) {
                    Node.tag("span", class: "badge badge-\(item.severity.new.rawValue)", text: words.severity(item.severity))
                    " " + words.gapText(item.gap, closedBy: item.closedBy.map(comparison.name), name: comparison.name)
                }
            }
        }]
    }

    /// The tables: actors, ties, structure, movers (with the brokers), coverage; each only
    /// when something in it changed.
    func tables() -> [Node] {
        actorTable() + tieTable() + structureTable() + moverTable() + coverageTable()
    }

    private func actorTable() -> [Node] {
        let actors = diff.actors
        func row(_ change: String, _ id: ActorID, _ detail: String = "") -> (cells: [[Node]], detail: String) {
            let kind = comparison.kind(id).map { kind in [Node.element("span", [("class", "kind kind-\(kind.rawValue)")]) { strings.name(of: kind) }] }
            return ([[.text(change)], [Node.tag("span", class: "actor", text: comparison.name(id))], kind ?? []], detail)
        }
        let rows = actors.joined.map { row(words.joinedCell, $0) } + actors.left.map { row(words.leftCell, $0) }
            + actors.changed.map { row(words.changedCell, $0.id, words.fieldChange(diffWords.name(of: $0.field), $0.value, name: comparison.name)) }
        return limitedTable(words.actorsHeading, header: [words.changeColumn, diffWords.actorColumn, words.kindColumn], rows: rows)
    }

    private func tieTable() -> [Node] {
        let ties = diff.ties
        func row(_ change: String, _ tie: Tie, _ detail: String = "") -> (cells: [[Node]], detail: String) {
            ([[.text(change)], [.text(diffWords.tie(tie, name: comparison.name))]], detail)
        }
        let rows = ties.new.map { row(words.begunCell, $0) } + ties.ended.map { row(words.endedCell, $0) }
            + ties.changed.map { row(words.changedCell, $0.tie, words.fieldChange(diffWords.name(of: $0.field), $0.value, name: comparison.name)) }
        return limitedTable(words.tiesHeading, header: [words.changeColumn, words.tieColumn], rows: rows)
    }

    /// A table under its heading, with a last column for what changed when a row says it, cut
    /// at `rowLimit` rows with a note saying how many more.
    private func limitedTable(_ heading: String, header: [String], rows: [(cells: [[Node]], detail: String)]) -> [Node] {
        guard !rows.isEmpty else { return [] }
        let detailed = rows.contains { !$0.detail.isEmpty }
        let shown = rows.prefix(Self.rowLimit).map { detailed ? $0.cells + [[.text($0.detail)]] : $0.cells }
        var nodes = [Node.tag("h3", text: heading),
                     Node.table(class: "changes-table", header: header + (detailed ? [words.detailColumn] : []), rows: shown)]
        if rows.count > Self.rowLimit { nodes.append(Node.tag("p", class: "note", text: words.moreRows(count: rows.count - Self.rowLimit))) }
        return nodes
    }

    private func structureTable() -> [Node] {
        guard diff.structure.isChanged else { return [] }
        let rows = diffWords.structureRows(diff.structure).map { row in [[Node.text(row.name)], [.text(row.values.old)], [.text(row.values.new)]] }
        return [Node.tag("h3", text: diffWords.structureHeading),
                Node.table(class: "compact", header: [diffWords.figureColumn, comparison.oldLabel, comparison.newLabel], numeric: [1, 2], rows: rows)]
    }

    private func moverTable() -> [Node] {
        let movers = diff.movers
        guard !movers.isEmpty else { return [] }
        var nodes = [Node.tag("h3", text: diffWords.moversHeading(movers.measures))]
        if movers.approximate {
            nodes.append(Node.tag("p", class: "note", text: diffWords.approximateNote(threshold: LandscapeDiff.largeAbove, epsilon: LandscapeDiff.samplingEpsilon)))
        }
        if !movers.ranked.isEmpty {
            let rows = words.moverRows(movers.ranked, name: comparison.name).map { $0.map { [Node.text($0)] } }
            nodes.append(Node.table(class: "compact", header: [diffWords.actorColumn, diffWords.measureColumn, diffWords.rankColumn, diffWords.valueColumn],
                                    numeric: [2, 3], rows: rows))
        }
        if !movers.brokersAppeared.isEmpty { nodes.append(Node.tag("p", text: diffWords.brokersAppeared(movers.brokersAppeared.map(comparison.name)))) }
        if !movers.brokersDisappeared.isEmpty { nodes.append(Node.tag("p", text: diffWords.brokersDisappeared(movers.brokersDisappeared.map(comparison.name)))) }
        return nodes
    }

    private func coverageTable() -> [Node] {
        guard diff.coverage.contains(where: \.isChanged) else { return [] }
        let rows = diff.coverage.map { row in diffWords.coverageRow(row).map { [Node.text($0)] } }
        return [Node.tag("h3", text: diffWords.coverageHeading),
                Node.table(class: "compact", header: [diffWords.needColumn, diffWords.servingColumn(label: comparison.oldLabel),
                                                      diffWords.servingColumn(label: comparison.newLabel), diffWords.coverageColumn],
                           numeric: [1, 2], rows: rows)]
    }

    /// The style of the section, added to the report's only when it compares (a report without
    /// a comparison stays the same, byte for byte).
    static let css = """
    .contents-changes{margin:0 0 .3rem;font-weight:bold}
    .contents-changes a{color:var(--accent);text-decoration:none}
    section.changes h2{border-bottom-color:#009E73}
    .changes-brief{border-color:#009E73;background:#f2faf7}
    ul.gap-changes{list-style:none;padding-left:0}
    li.gap-change{margin:.25rem 0 .5rem;padding:.3rem .7rem;border-left:4px solid var(--line);background:#fcfcfd;break-inside:avoid}
    li.change-closed{border-left-color:#009E73}
    li.change-opened{border-left-color:var(--high)}
    li.change-persisting{border-left-color:var(--medium)}
    .changes-table td:first-child{white-space:nowrap;color:var(--muted)}
    @media print{section.changes{break-after:page}}

    """
}

extension ReportWriter {
    /// »What has changed«, when the report compares: on the title page after the contents,
    /// before section 1 (which then starts on a new page in print).
    func changesSection(_ changes: ChangesSection) -> Node {
        Node.element("section", [("id", "changes"), ("class", "changes")]) {
            Node.tag("h2", text: changes.words.heading)
            Node.tag("p", class: "lead", text: changes.lead)
            changes.headline()
            changes.gapLists()
            // Drawn on half a portrait page: its names want the enlarged parts at the appendix's end.
            figure(diagrams.changes, caption: changes.words.diagramCaption, reading: changes.words.diagramReading)
            changes.tables()
        }
    }
}
