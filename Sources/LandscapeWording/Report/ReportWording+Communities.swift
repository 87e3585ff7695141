import LandscapeCore

/// The report's words for section 7, communities; its texts (`communityCaption`,
/// `communityReading`, `noCommunities`, `comparisonHeading`, `noMunicipalityNamed`,
/// `noSectorNamed`, `communityByMunicipalityCaption`, `communityBySectorCaption`) are those of
/// `Catalogs/LANGUAGE/report-communities.yaml`.
extension ReportWording {
    /// The lead: how many communities, the modularity and what it says.
    public func communitiesIntro(count: Int, modularity: Double, level: ModularityLevel) -> String {
        communities.intro(communities: communities.communities(count: count), modularity: decimal(modularity, digits: 2),
                          structure: level == .clear ? communities.clear : communities.weak)
    }

    /// The actors in no community (without ties), as a cell list.
    public func singleActors(_ names: [String]) -> String { communities.singleActors(names: catalog.cell(names, limit: 12)) }

    /// A community's heading: "Community 2 (7 actors)".
    public func communityName(_ number: Int, size: Int) -> String { communities.name(number: String(number), actors: actors(size)) }

    /// A community's name in the tables: "Community 2".
    public func communityShortName(_ number: Int) -> String { communities.shortName(number: String(number)) }

    /// What a community mainly works on.
    public func communityTopics(_ topics: [String]) -> String {
        communities.topics(topics: topics.joined(separator: catalog.general.listSeparator))
    }

    /// What a community is made of: its kinds, and its main municipality and sector with counts.
    public func communityComposition(kinds: [(String, Int)], municipality: (String, Int)?, sector: (String, Int)?, size: Int) -> String {
        let kindList = kinds.map { communities.compositionKind(count: $0.1, kind: $0.0) }.joined(separator: catalog.general.listSeparator)
        var parts = [communities.compositionKinds(kinds: kindList)]
        if let municipality {
            parts.append(communities.compositionMunicipality(count: municipality.1, size: integer(size), municipality: municipality.0))
        }
        if let sector { parts.append(communities.compositionSector(count: sector.1, sector: sector.0)) }
        return communities.compositionSentence(parts: parts.joined(separator: general.semicolon))
    }

    /// Whether the communities follow municipal borders, and how many municipalities they split.
    public func municipalityComparison(purity: Double, alignment: CommunityAlignment, split: Int) -> String {
        let comparison = switch alignment {
        case .follows: communities.comparisonFollowsMunicipalities(share: percent(purity))
        case .crosses: communities.comparisonCrossesMunicipalities(share: percent(purity))
        }
        return sentences(comparison, split > 0 ? communities.comparisonSplit(count: split) : nil)
    }

    /// When almost all actors belong to one municipality (named, if it has a name).
    public func singleMunicipality(_ name: String?) -> String {
        communities.comparisonSingleMunicipality(name: name ?? communities.comparisonUnnamedMunicipality)
    }

    /// Whether the communities follow the education sectors or bring them together.
    public func sectorComparison(purity: Double, alignment: CommunityAlignment) -> String {
        switch alignment {
        case .follows: communities.comparisonFollowsSectors(share: percent(purity))
        case .crosses: communities.comparisonCrossesSectors(share: percent(purity))
        }
    }

    /// The tooltip of a cell of the comparison matrices.
    public func crossCellTitle(_ row: String, _ column: String, _ count: Int) -> String {
        communities.comparisonCell(row: row, column: column, actors: actors(count))
    }
}
