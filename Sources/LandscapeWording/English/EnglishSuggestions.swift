import LandscapeCore

/// English texts of cooperation suggestions.
struct EnglishSuggestionWording: SuggestionWording {
    var scoreLabel: String { "score" }
    var noSuggestions: String { "no suggestions" }

    func reason(_ reason: Suggestion.Reason, in landscape: Landscape) -> String {
        switch reason {
        case .commonPartners(let partners, _):
            let list = EnglishNames.quoted(partners.map { landscape[$0]?.name ?? $0.rawValue }, limit: 3)
            return partners.count == 1 ? "1 common partner (\(list))" : "\(partners.count) common partners (\(list))"
        case .sharedTags(let tags):
            return "shared topics or target groups: " + tags.map(EnglishNames.q).joined(separator: ", ")
        case .complementary(let a, let b):
            // The kinds' keywords, as the input files write them.
            return "complement each other: \(a.rawValue) and \(b.rawValue)"
        }
    }

    func closedGap(_ gap: Suggestion.ClosedGap, in landscape: Landscape) -> String {
        switch gap {
        case .joinsComponents:
            return "joins separate parts of the landscape"
        case .relievesCutPoint(let actor):
            return "creates a second path around \(EnglishNames.q(landscape[actor]?.name ?? actor.rawValue))"
        case .coordinates(let tag):
            return "coordinates the offers for \(EnglishNames.q(tag))"
        case .linksPlanning(let municipality):
            return "links the planning areas of \(municipality)"
        case .fillsGroupHole(let attribute, let a, let b):
            let groups = EnglishGapWording()
            return "fills the hole between \(groups.groupName(a, attribute: attribute)) and \(groups.groupName(b, attribute: attribute))"
        }
    }
}
