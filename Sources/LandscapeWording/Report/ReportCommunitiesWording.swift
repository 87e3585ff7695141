import LandscapeCore

/// The report's words for section 7, communities.
public protocol ReportCommunitiesWording: Sendable {
    func communitiesIntro(count: Int, modularity: Double, level: ModularityLevel) -> String
    var communityCaption: String { get }
    var communityReading: String { get }
    var noCommunities: String { get }
    func singleActors(_ names: [String]) -> String
    func communityName(_ number: Int, size: Int) -> String
    func communityShortName(_ number: Int) -> String
    func communityTopics(_ topics: [String]) -> String
    func communityComposition(kinds: [(String, Int)], municipality: (String, Int)?, sector: (String, Int)?, size: Int) -> String
    var comparisonHeading: String { get }
    /// When no actor names a municipality.
    var noMunicipalityNamed: String { get }
    func municipalityComparison(purity: Double, alignment: CommunityAlignment, split: Int) -> String
    func singleMunicipality(_ name: String?) -> String
    /// When no actor names an education sector.
    var noSectorNamed: String { get }
    func sectorComparison(purity: Double, alignment: CommunityAlignment) -> String
    var communityByMunicipalityCaption: String { get }
    var communityBySectorCaption: String { get }
    func crossCellTitle(_ row: String, _ column: String, _ count: Int) -> String
}
