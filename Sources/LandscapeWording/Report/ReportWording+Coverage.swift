import LandscapeCore

/// The report's words for section 9, the coverage of the needs; its texts (`coverageIntro`,
/// `coverageWithoutNeeds`, `noTopics`, the columns `needColumn` … `servedByColumn`, the
/// matrices' `byTargetGroupHeading` … `bySectorIntro`, `otherTargetGroups`) are those of
/// `Catalogs/LANGUAGE/report-coverage.yaml`.
extension ReportWording {
    /// How well a need is covered, as the table's cell says it.
    public func coverageStatus(_ status: NeedCoverage) -> String {
        switch status {
        case .uncovered: coverage.statusUncovered
        case .outside: coverage.statusOutside
        case .uncoordinated: coverage.statusUncoordinated
        case .covered: coverage.statusCovered
        }
    }

    /// The tooltip of a cell of the coverage matrices: who serves the need there, or nobody.
    /// `more`: how many others serve it too, not named ("… and 1,648 more").
    public func coverageCellTitle(_ need: String, _ column: String, _ names: [String], more: Int = 0) -> String {
        guard !names.isEmpty else { return coverage.cellNobody(need: need, column: column) }
        let named = names.joined(separator: general.semicolon)
        let who = more > 0 ? catalog.names.cellMore(count: more, names: named) : named
        return coverage.cellServed(need: need, column: column, actors: actors(names.count + more), names: who)
    }
}
