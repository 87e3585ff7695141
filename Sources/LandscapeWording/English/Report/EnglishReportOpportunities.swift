import LandscapeCore

extension EnglishReportWording: ReportOpportunitiesWording {
    var opportunitiesIntro: String {
        "Pairs of actors that are not yet tied but have good reasons to talk: common partners, shared topics or target groups, kinds that complement each other (a foundation and an office, say), and gaps the new tie would close. They are proposals for the steering group's discussion, not instructions."
    }
    var noSuggestions: String { "No cooperation opportunities found." }

    var closesLabel: String { "Closes:" }
    var opportunitiesMethod: String { "How the ranking works is described in section 9. Each actor appears in at most two proposals." }
}
