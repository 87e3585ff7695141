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

extension CatalogReportWording: ReportGapsWording {
    private var gaps: ReportGapsMessages { catalog.reportGaps }

    func gapsIntro(count: Int) -> String { gaps.intro(found: gaps.found(count: count)) }
    var noGaps: String { gaps.none }
    /// The level as the gaps themselves name it.
    func severityName(_ severity: GapSeverity) -> String { catalog.language.gapWording.severityName(severity) }

    func severityHeading(_ severity: GapSeverity, count: Int) -> String {
        switch severity {
        case .high: gaps.severityHeadingHigh(count: count)
        case .medium: gaps.severityHeadingMedium(count: count)
        case .low: gaps.severityHeadingLow(count: count)
        }
    }

    /// The gap type as the gaps themselves name it.
    func gapTypeName(_ type: GapType) -> String { catalog.language.gapWording.typeName(type) }
    var gapTypeColumn: String { gaps.typeColumn }
    var whatToDo: String { gaps.whatToDo }
    var whatIfHeading: String { gaps.whatIfHeading }
    var whatIfIntro: String { gaps.whatIfIntro }
    var noEndingProgrammes: String { gaps.whatIfNone }
    func programmeEnds(_ date: String, ended: Bool) -> String { ended ? gaps.whatIfEnded(date: date) : gaps.whatIfEnds(date: date) }

    func programmesCarryingNothing(_ programmes: [(String, String)]) -> String {
        let list = programmes.map { gaps.whatIfProgramme(name: catalog.q($0.0), ends: $0.1) }
        return gaps.whatIfCarryingNothing(count: programmes.count, programmes: list.joined(separator: catalog.reportGeneral.semicolon))
    }

    func whatIfSentence(positions: [String], fundingTies: Int, cutOff: [String], brokers: [String], committees: [String],
                        pairsLostShare: Double?, lostTies: Int) -> String {
        var goes: [String] = []
        if !positions.isEmpty { goes.append(gaps.whatIfPositions(count: positions.count, names: catalog.quoted(positions, limit: 4))) }
        if fundingTies > 0 { goes.append(gaps.whatIfFundingTies(count: fundingTies)) }
        var effects: [String] = []
        if !cutOff.isEmpty { effects.append(gaps.whatIfCutOff(count: cutOff.count, names: catalog.quoted(cutOff, limit: 4))) }
        if !brokers.isEmpty { effects.append(gaps.whatIfBrokersLost(names: catalog.quoted(brokers, limit: 3))) }
        if !committees.isEmpty { effects.append(gaps.whatIfCommittees(count: committees.count, names: catalog.quoted(committees, limit: 3))) }
        if let share = pairsLostShare, share > 0 { effects.append(gaps.whatIfPairsLost(share: percent(share))) }
        let loss = goes.isEmpty
            ? gaps.whatIfNothingFunded
            : gaps.whatIfGoes(goes: listed(goes), ties: gaps.whatIfTies(count: lostTies))
        if !effects.isEmpty { return sentences(loss, gaps.whatIfThen(effects: effects.joined(separator: catalog.reportGeneral.semicolon))) }
        return goes.isEmpty ? loss : sentences(loss, gaps.whatIfStaysConnected)
    }

    var beforeColumn: String { gaps.whatIfBeforeColumn }
    var afterColumn: String { gaps.whatIfAfterColumn }
    var actorsRow: String { gaps.whatIfActorsRow }
    var tiesRow: String { gaps.whatIfTiesRow }
    var componentsRow: String { gaps.whatIfComponentsRow }
    var largestShareRow: String { gaps.whatIfLargestShareRow }
    var connectedPairsRow: String { gaps.whatIfConnectedPairsRow }
    var distanceRow: String { gaps.whatIfDistanceRow }
}
