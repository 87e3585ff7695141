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
