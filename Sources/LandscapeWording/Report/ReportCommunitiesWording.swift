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

extension CatalogReportWording: ReportCommunitiesWording {
    private var communities: ReportCommunitiesMessages { catalog.reportCommunities }

    func communitiesIntro(count: Int, modularity: Double, level: ModularityLevel) -> String {
        communities.intro(communities: communities.communities(count: count), modularity: decimal(modularity, digits: 2),
                          structure: level == .clear ? communities.clear : communities.weak)
    }
    var communityCaption: String { communities.caption }
    var communityReading: String { communities.reading }
    var noCommunities: String { communities.none }
    func singleActors(_ names: [String]) -> String { communities.singleActors(names: catalog.cell(names, limit: 12)) }
    func communityName(_ number: Int, size: Int) -> String { communities.name(number: String(number), actors: actors(size)) }
    func communityShortName(_ number: Int) -> String { communities.shortName(number: String(number)) }
    func communityTopics(_ topics: [String]) -> String {
        communities.topics(topics: topics.joined(separator: catalog.general.listSeparator))
    }

    func communityComposition(kinds: [(String, Int)], municipality: (String, Int)?, sector: (String, Int)?, size: Int) -> String {
        let kindList = kinds.map { communities.compositionKind(count: $0.1, kind: $0.0) }.joined(separator: catalog.general.listSeparator)
        var parts = [communities.compositionKinds(kinds: kindList)]
        if let municipality {
            parts.append(communities.compositionMunicipality(count: municipality.1, size: integer(size), municipality: municipality.0))
        }
        if let sector { parts.append(communities.compositionSector(count: sector.1, sector: sector.0)) }
        return communities.compositionSentence(parts: parts.joined(separator: catalog.reportGeneral.semicolon))
    }

    var comparisonHeading: String { communities.comparisonHeading }
    var noMunicipalityNamed: String { communities.comparisonNoMunicipality }

    func municipalityComparison(purity: Double, alignment: CommunityAlignment, split: Int) -> String {
        let comparison = switch alignment {
        case .follows: communities.comparisonFollowsMunicipalities(share: percent(purity))
        case .crosses: communities.comparisonCrossesMunicipalities(share: percent(purity))
        }
        return sentences(comparison, split > 0 ? communities.comparisonSplit(count: split) : nil)
    }

    func singleMunicipality(_ name: String?) -> String {
        communities.comparisonSingleMunicipality(name: name ?? communities.comparisonUnnamedMunicipality)
    }

    var noSectorNamed: String { communities.comparisonNoSector }

    func sectorComparison(purity: Double, alignment: CommunityAlignment) -> String {
        switch alignment {
        case .follows: communities.comparisonFollowsSectors(share: percent(purity))
        case .crosses: communities.comparisonCrossesSectors(share: percent(purity))
        }
    }

    var communityByMunicipalityCaption: String { communities.comparisonByMunicipalityCaption }
    var communityBySectorCaption: String { communities.comparisonBySectorCaption }
    func crossCellTitle(_ row: String, _ column: String, _ count: Int) -> String {
        communities.comparisonCell(row: row, column: column, actors: actors(count))
    }
}
