import LandscapeCore

/// The report's words for section 1, the scope of the map and the findings in brief.
public protocol ReportScopeWording: Sendable {
    func scopeLead(actors: Int, ties: Int, municipalities: [String], needs: Int) -> String
    var glanceHeading: String { get }
    func glanceCentral(_ name: String, share: Double) -> String
    func glanceFragments(components: Int, largestShare: Double) -> String
    func glanceGaps(high: Int, medium: Int, low: Int) -> String
    func glanceUncovered(_ needs: [String]) -> String
    func glanceProgrammes(count: Int, first: String, until: String, positions: Int, cutOff: Int) -> String
    func glanceSuggestion(_ a: String, _ b: String, total: Int) -> String
    var actorsByKindHeading: String { get }
    var tiesByKindHeading: String { get }
    var kindColumn: String { get }
    func otherMunicipalities(_ count: Int) -> String
    var tieKindColumn: String { get }
    var countColumn: String { get }
    var writtenColumn: String { get }
}
