import LandscapeCore

extension EnglishReportWording: ReportGapsWording {
    func gapsIntro(count: Int) -> String {
        "The map is checked for ten kinds of weakness (defined in section 9). \(count == 1 ? "1 gap was" : "\(count) gaps were") found, the most urgent first; each comes with what to do about it."
    }
    var noGaps: String { "No gaps found." }

    func severityName(_ severity: GapSeverity) -> String {
        switch severity {
        case .high: "urgent"
        case .medium: "medium"
        case .low: "minor"
        }
    }

    func severityHeading(_ severity: GapSeverity, count: Int) -> String {
        switch severity {
        case .high: "Urgent (\(count))"
        case .medium: "Medium (\(count))"
        case .low: "Minor (\(count))"
        }
    }

    func gapTypeName(_ type: GapType) -> String {
        switch type {
        case .isolate: "Unconnected actor"
        case .pendant: "Hanging on one partner"
        case .fragmented: "Separate parts"
        case .cutPoint: "Single point of failure"
        case .bridge: "Only one bridge"
        case .groupHole: "Missing link between groups"
        case .uncoordinated: "Uncoordinated offers"
        case .programDependency: "Depends on a funding programme"
        case .uncovered: "Need without an actor"
        case .planningSilo: "Planning silos"
        }
    }

    var gapTypeColumn: String { "Kind of gap" }
    var whatToDo: String { "What to do:" }
    var whatIfHeading: String { "When funding programmes end" }
    var whatIfIntro: String {
        "For every programme with an end date the map is recomputed without the programme, the positions it funds and its funding ties. The table compares the network before and after."
    }
    var noEndingProgrammes: String { "No funding programme on the map has an end date." }
    func programmeEnds(_ date: String, ended: Bool) -> String { ended ? "ended \(date)" : "ends \(date)" }

    func programmesCarryingNothing(_ programmes: [(String, String)]) -> String {
        let list = programmes.map { "\(q($0.0)) (\($0.1))" }.joined(separator: "; ")
        return "\(programmes.count == 1 ? "This programme has" : "These programmes have") an end date, but no position or tie on the map depends on \(programmes.count == 1 ? "it" : "them"): \(list). (Positions name their programme in the field programs.)"
    }

    func whatIfSentence(positions: [String], fundingTies: Int, cutOff: [String], brokers: [String], committees: [String],
                        pairsLostShare: Double?, lostTies: Int) -> String {
        var goes: [String] = []
        if !positions.isEmpty { goes.append("the position\(positions.count == 1 ? "" : "s") \(quoted(positions, limit: 4))") }
        if fundingTies > 0 { goes.append(fundingTies == 1 ? "1 funding tie" : "\(fundingTies) funding ties") }
        var text = goes.isEmpty ? "Nothing on the map is funded by it." : "With it go \(goes.joined(separator: " and ")), \(lostTies == 1 ? "1 tie" : "\(lostTies) ties") in all."
        var effects: [String] = []
        if !cutOff.isEmpty { effects.append("\(quoted(cutOff, limit: 4)) would be cut off from the rest") }
        if !brokers.isEmpty { effects.append("brokers would be lost (\(quoted(brokers, limit: 3)))") }
        if !committees.isEmpty { effects.append("\(quoted(committees, limit: 3)) would keep fewer than two members") }
        if let share = pairsLostShare, share > 0 { effects.append("\(percent(share)) of the connected pairs of actors would lose their connection") }
        if !effects.isEmpty { text += " Then " + effects.joined(separator: "; ") + "." }
        else if !goes.isEmpty { text += " The rest of the network stays connected." }
        return text
    }

    var beforeColumn: String { "before" }
    var afterColumn: String { "after" }
    var actorsRow: String { "Actors" }
    var tiesRow: String { "Ties" }
    var componentsRow: String { "Separate parts" }
    var largestShareRow: String { "Largest part" }
    var connectedPairsRow: String { "Connected pairs of actors" }
    var distanceRow: String { "Steps between two actors" }
}
