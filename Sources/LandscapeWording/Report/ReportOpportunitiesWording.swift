import LandscapeCore

/// The report's words for section 6, cooperation opportunities.
public protocol ReportOpportunitiesWording: Sendable {
    var opportunitiesIntro: String { get }
    var noSuggestions: String { get }
    var closesLabel: String { get }
    var opportunitiesMethod: String { get }
}

extension CatalogReportWording: ReportOpportunitiesWording {
    var opportunitiesIntro: String { catalog.reportOpportunities.intro }
    var noSuggestions: String { catalog.reportOpportunities.none }
    var closesLabel: String { catalog.reportOpportunities.closes }
    var opportunitiesMethod: String { catalog.reportOpportunities.method }
}
