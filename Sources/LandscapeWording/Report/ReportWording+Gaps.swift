import LandscapeCore

/// The report's words for section 5, the gaps and what happens when programmes end; its texts
/// (`noGaps`, `gapTypeColumn`, `whatToDo`, `whatIfHeading`, `whatIfIntro`, `noEndingProgrammes`,
/// and the what-if table's `beforeColumn` … `distanceRow`) are those of
/// `Catalogs/LANGUAGE/report-gaps.yaml`; gap types and levels are named as the gaps name them.
extension ReportWording {
    /// The lead: how many gaps were found.
    public func gapsIntro(count: Int) -> String { gaps.intro(found: gaps.found(count: count)) }

    /// The level as the gaps themselves name it.
    public func severityName(_ severity: GapSeverity) -> String { catalog.language.gapWording.severityName(severity) }

    /// "5 more proposals are listed in the appendix." (section 6)
    public func moreSuggestionsInAppendix(_ count: Int) -> String { opportunities.moreInAppendix(count: count) }

    /// "Further gaps are listed in the appendix: Medium (18), Minor (8)."
    public func gapsInAppendix(_ levels: [String]) -> String { gaps.inAppendix(levels: levels.joined(separator: catalog.general.listSeparator)) }

    /// Under a level's list on a large map: "41,308 more gaps of this urgency are not listed: the
    /// map has more than 5,000 actors. `landscape gaps -o gaps.xlsx` writes every gap into a workbook."
    public func gapsNotListed(_ count: Int, limit: Int) -> String {
        gaps.notListed(count: count, number: integer(count), limit: integer(limit))
    }

    /// The heading over the gaps of one level: "Urgent (3)".
    public func severityHeading(_ severity: GapSeverity, count: Int) -> String {
        switch severity {
        case .high: gaps.severityHeadingHigh(count: count)
        case .medium: gaps.severityHeadingMedium(count: count)
        case .low: gaps.severityHeadingLow(count: count)
        }
    }

    /// The gap type as the gaps themselves name it.
    public func gapTypeName(_ type: GapType) -> String { catalog.language.gapWording.typeName(type) }

    /// When a programme ends or ended, after its name: "ends in June 2026".
    public func programmeEnds(_ date: String, ended: Bool) -> String { ended ? gaps.whatIfEnded(date: date) : gaps.whatIfEnds(date: date) }

    /// Programmes with an end date that fund nothing on the map: names and "ends in …".
    public func programmesCarryingNothing(_ programmes: [(String, String)]) -> String {
        let list = programmes.map { gaps.whatIfProgramme(name: catalog.q($0.0), ends: $0.1) }
        return gaps.whatIfCarryingNothing(count: programmes.count, programmes: list.joined(separator: general.semicolon))
    }

    /// What goes with a programme that ends, and what follows for the rest of the network.
    public func whatIfSentence(positions: [String], fundingTies: Int, cutOff: [String], brokers: [String], committees: [String],
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
            : gaps.whatIfGoes(count: positions.count + fundingTies, goes: listed(goes), ties: gaps.whatIfTies(count: lostTies))
        if !effects.isEmpty { return sentences(loss, gaps.whatIfThen(effects: effects.joined(separator: general.semicolon))) }
        return goes.isEmpty ? loss : sentences(loss, gaps.whatIfStaysConnected)
    }
}
