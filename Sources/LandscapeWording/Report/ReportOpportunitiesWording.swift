import LandscapeCore

/// The report's words for section 6, cooperation opportunities.
public protocol ReportOpportunitiesWording: Sendable {
    var opportunitiesIntro: String { get }
    var noSuggestions: String { get }
    var closesLabel: String { get }
    var opportunitiesMethod: String { get }
}
