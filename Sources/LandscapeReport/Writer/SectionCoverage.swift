import LandscapeCore

extension ReportWriter {
    /// Section 9: which actors serve each declared need, by target group and by education
    /// sector, and where nobody does.
    func coverageSection() -> Node {
        let coverage = content.coverage
        return section(.coverage) {
            Node.tag("p", class: "lead", text: coverage.declared ? words.coverageIntro : words.coverageWithoutNeeds)
            if coverage.rows.isEmpty {
                note(words.noTopics)
            } else {
                table(class: "coverage-table", header: [coverage.declared ? words.needColumn : words.topicColumn, words.statusColumn,
                                                        words.countColumn, words.servedByColumn],
                      numeric: [2], rows: coverage.rows.map { row in
                    [[Node.tag("strong", text: row.need)],
                     [Node.tag("span", class: "status status-\(statusClass(row.status))", text: words.coverageStatus(row.status))],
                     [.text(words.integer(row.serving.count))],
                     [.text(list(row.serving.map(name), limit: 8))]]
                })
            }
        }
    }

    /// The coverage by target group and by sector, as heat maps (in the appendix).
    func coverageMatrices() -> [Node] {
        let coverage = content.coverage
        guard !coverage.rows.isEmpty else { return [] }
        var nodes: [Node] = []
        if !coverage.targetGroups.isEmpty {
            let columns = coverage.targetGroups + (coverage.hasOtherTargetGroups ? [words.otherTargetGroups] : [])
            nodes.append(matrix(heading: words.byTargetGroupHeading, intro: words.byTargetGroupIntro, columns: columns,
                                cells: coverage.rows.map(\.byTargetGroup), caption: words.byTargetGroupHeading))
        }
        if !coverage.sectors.isEmpty {
            let columns = coverage.sectors.map { $0.map { strings.name(of: $0) } ?? words.noSector }
            nodes.append(matrix(heading: words.bySectorHeading, intro: words.bySectorIntro, columns: columns,
                                cells: coverage.rows.map(\.bySector), caption: words.bySectorHeading))
        }
        return nodes
    }

    func statusClass(_ status: Coverage.Status) -> String {
        switch status {
        case .uncovered: "uncovered"
        case .outside: "outside"
        case .uncoordinated: "uncoordinated"
        case .covered: "covered"
        }
    }

    /// The most actors a coverage cell's tooltip names (then how many more): a tooltip of 1,700
    /// names is read by nobody, and 150 cells of them made 4 MB of a large map's report.
    static let cellNamesLimit = 30

    /// A coverage heat map: one row per need, the cell's tooltip names the actors (at most
    /// `cellNamesLimit`).
    func matrix(heading: String, intro: String, columns: [String], cells: [[[ActorID]]], caption: String) -> Node {
        let rows = content.coverage.rows
        let flagged = Set(rows.indices.filter { rows[$0].status == .uncovered || rows[$0].status == .outside })
        return Node.tag("div", class: "chart-block") {
            Node.tag("h3", text: heading)
            Node.tag("p", text: intro)
            HeatMap(rows: rows.map(\.need), columns: columns, values: cells.map { $0.map(\.count) },
                    cellTitle: { r, c, _ in
                        let serving = cells[r][c]
                        return words.coverageCellTitle(rows[r].need, columns[c], serving.prefix(Self.cellNamesLimit).map(name),
                                                       more: max(0, serving.count - Self.cellNamesLimit))
                    },
                    flaggedRows: flagged, caption: caption).node()
        }
    }
}
