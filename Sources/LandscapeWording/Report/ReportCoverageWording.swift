import LandscapeCore

/// The report's words for section 8, the coverage of the needs.
public protocol ReportCoverageWording: Sendable {
    var coverageIntro: String { get }
    var coverageWithoutNeeds: String { get }
    var noTopics: String { get }
    var needColumn: String { get }
    var topicColumn: String { get }
    var statusColumn: String { get }
    var servedByColumn: String { get }
    func coverageStatus(_ status: NeedCoverage) -> String
    var byTargetGroupHeading: String { get }
    var byTargetGroupIntro: String { get }
    var otherTargetGroups: String { get }
    var bySectorHeading: String { get }
    var bySectorIntro: String { get }
    func coverageCellTitle(_ need: String, _ column: String, _ names: [String]) -> String
}

extension CatalogReportWording: ReportCoverageWording {
    private var coverage: ReportCoverageMessages { catalog.reportCoverage }

    var coverageIntro: String { coverage.intro }
    var coverageWithoutNeeds: String { coverage.withoutNeeds }
    var noTopics: String { coverage.noTopics }
    var needColumn: String { coverage.needColumn }
    var topicColumn: String { coverage.topicColumn }
    var statusColumn: String { coverage.statusColumn }
    var servedByColumn: String { coverage.servedByColumn }

    func coverageStatus(_ status: NeedCoverage) -> String {
        switch status {
        case .uncovered: coverage.statusUncovered
        case .outside: coverage.statusOutside
        case .uncoordinated: coverage.statusUncoordinated
        case .covered: coverage.statusCovered
        }
    }

    var byTargetGroupHeading: String { coverage.byTargetGroupHeading }
    var byTargetGroupIntro: String { coverage.byTargetGroupIntro }
    var otherTargetGroups: String { coverage.byTargetGroupOthers }
    var bySectorHeading: String { coverage.bySectorHeading }
    var bySectorIntro: String { coverage.bySectorIntro }

    func coverageCellTitle(_ need: String, _ column: String, _ names: [String]) -> String {
        guard !names.isEmpty else { return coverage.cellNobody(need: need, column: column) }
        let who = names.joined(separator: catalog.reportGeneral.semicolon)
        return coverage.cellServed(need: need, column: column, actors: actors(names.count), names: who)
    }
}
