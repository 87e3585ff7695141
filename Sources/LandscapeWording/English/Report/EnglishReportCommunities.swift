import LandscapeCore

extension EnglishReportWording: ReportCommunitiesWording {
    func communitiesIntro(count: Int, modularity: Double, level: ModularityLevel) -> String {
        let structure = level == .clear ? "a clear structure" : "a weak structure"
        return "A community is a group of actors with many ties among themselves and few to the rest. The search finds \(count == 1 ? "1 community" : "\(count) communities") of two or more actors (modularity \(decimal(modularity, digits: 2)): \(structure)). Communities are found, not declared: where they do not match the working groups you have, that is worth a conversation."
    }
    var communityCaption: String { "Communities." }
    var communityReading: String { "The colour shows the community; the shape still shows the kind of actor." }
    var noCommunities: String { "There are no ties, so there are no communities." }
    func singleActors(_ names: [String]) -> String { "Not in any community (no ties): \(list(names, limit: 12))." }
    func communityName(_ number: Int, size: Int) -> String { "Community \(number) (\(actors(size)))" }
    func communityShortName(_ number: Int) -> String { "Community \(number)" }
    func communityTopics(_ topics: [String]) -> String { "Works mainly on: \(topics.joined(separator: ", "))." }

    func communityComposition(kinds: [(String, Int)], municipality: (String, Int)?, sector: (String, Int)?, size: Int) -> String {
        var parts = ["Mostly " + kinds.map { "\($0.0) (\($0.1))" }.joined(separator: ", ")]
        if let municipality { parts.append("\(municipality.1) of \(size) from \(municipality.0)") }
        if let sector { parts.append("main sector: \(sector.0) (\(sector.1))") }
        return parts.joined(separator: "; ") + "."
    }

    var comparisonHeading: String { "Communities compared with municipalities and education sectors" }

    var noMunicipalityNamed: String { "The actors give no municipality." }

    func municipalityComparison(purity: Double, alignment: CommunityAlignment, split: Int) -> String {
        var text = switch alignment {
        case .follows: "The communities largely follow municipal borders: \(percent(purity)) of the actors are in a community where their own municipality has the majority."
        case .crosses: "The communities cut across municipal borders: only \(percent(purity)) of the actors are in a community where their own municipality has the majority."
        }
        if split > 0 { text += " \(split == 1 ? "1 municipality is" : "\(split) municipalities are") spread over several communities." }
        return text
    }

    func singleMunicipality(_ name: String?) -> String {
        "Almost all actors belong to \(name ?? "one municipality"): the communities are fields of work within it, not municipalities."
    }

    var noSectorNamed: String { "The actors give no education sector." }

    func sectorComparison(purity: Double, alignment: CommunityAlignment) -> String {
        switch alignment {
        case .follows: "The communities largely follow the education sectors: \(percent(purity)) of the actors (with a sector) are in a community where their main sector has the majority."
        case .crosses: "The communities bring education sectors together: only \(percent(purity)) of the actors (with a sector) are in a community where their main sector has the majority – cooperation along the life course rather than within one sector."
        }
    }

    var communityByMunicipalityCaption: String { "Actors of each community by municipality" }
    var communityBySectorCaption: String { "Actors of each community by main education sector" }
    func crossCellTitle(_ row: String, _ column: String, _ count: Int) -> String { "\(row), \(column): \(actors(count))" }
}
