import LandscapeCore

/// The report's words for section 5, the gaps and what happens when programmes end.
public protocol ReportGapsWording: Sendable {
    func gapsIntro(count: Int) -> String
    var noGaps: String { get }
    func severityName(_ severity: GapSeverity) -> String
    func severityHeading(_ severity: GapSeverity, count: Int) -> String
    func gapTypeName(_ type: GapType) -> String
    var gapTypeColumn: String { get }
    var whatToDo: String { get }
    var whatIfHeading: String { get }
    var whatIfIntro: String { get }
    var noEndingProgrammes: String { get }
    func programmeEnds(_ date: String, ended: Bool) -> String
    /// Programmes with an end date that fund nothing on the map: names and "ends in …".
    func programmesCarryingNothing(_ programmes: [(String, String)]) -> String
    func whatIfSentence(positions: [String], fundingTies: Int, cutOff: [String], brokers: [String], committees: [String],
                        pairsLostShare: Double?, lostTies: Int) -> String
    var beforeColumn: String { get }
    var afterColumn: String { get }
    var actorsRow: String { get }
    var tiesRow: String { get }
    var componentsRow: String { get }
    var largestShareRow: String { get }
    var connectedPairsRow: String { get }
    var distanceRow: String { get }
}
