import LandscapeCore

extension EnglishReportWording: ReportCoverageWording {
    var coverageIntro: String {
        "Which actors work on each declared need (as a topic or a target group) and whom they reach. A need nobody works on is a gap; a need served only by actors outside the main network is hardly better; offers that do not coordinate compete with each other."
    }
    var coverageWithoutNeeds: String {
        "The map declares no needs (fields of action the landscape must cover). The table shows the most frequent topics instead; declare the needs in the file (needs:) to check their coverage."
    }
    var noTopics: String { "The actors name no topics." }
    var needColumn: String { "Need" }
    var topicColumn: String { "Topic" }
    var statusColumn: String { "Coverage" }
    var servedByColumn: String { "Served by" }

    func coverageStatus(_ status: NeedCoverage) -> String {
        switch status {
        case .uncovered: "nobody"
        case .outside: "only outside the main network"
        case .uncoordinated: "covered, not coordinated"
        case .covered: "covered"
        }
    }

    var byTargetGroupHeading: String { "Needs by target group" }
    var byTargetGroupIntro: String {
        "Each cell counts the actors that work on the need and address the target group. An empty cell is a target group no actor reaches on that need – not every one is a gap, but each is worth a look."
    }
    var otherTargetGroups: String { "other target groups" }
    var bySectorHeading: String { "Needs by education sector" }
    var bySectorIntro: String { "Each cell counts the actors that work on the need in an education sector, along the life course." }

    func coverageCellTitle(_ need: String, _ column: String, _ names: [String]) -> String {
        names.isEmpty ? "\(need) × \(column): nobody" : "\(need) × \(column): \(actors(names.count)) – \(names.joined(separator: "; "))"
    }
}
