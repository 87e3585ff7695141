import LandscapeCore

/// Deutsche Texte der Kooperationsvorschläge.
struct GermanSuggestionWording: SuggestionWording {
    var scoreLabel: String { "Wert" }
    var noSuggestions: String { "keine Vorschläge" }

    func reason(_ reason: Suggestion.Reason, in landscape: Landscape) -> String {
        switch reason {
        case .commonPartners(let partners, _):
            let list = GermanNames.quoted(partners.map { landscape[$0]?.name ?? $0.rawValue }, limit: 3)
            return partners.count == 1 ? "1 gemeinsamer Partner (\(list))" : "\(partners.count) gemeinsame Partner (\(list))"
        case .sharedTags(let tags):
            return "gemeinsame Themen oder Zielgruppen: " + tags.map(GermanNames.q).joined(separator: ", ")
        case .complementary(let a, let b):
            return "ergänzen sich: \(kindName(a)) und \(kindName(b))"
        }
    }

    func closedGap(_ gap: Suggestion.ClosedGap, in landscape: Landscape) -> String {
        switch gap {
        case .joinsComponents:
            return "verbindet getrennte Teile der Bildungslandschaft"
        case .relievesCutPoint(let actor):
            return "schafft einen zweiten Weg an \(GermanNames.q(landscape[actor]?.name ?? actor.rawValue)) vorbei"
        case .coordinates(let tag):
            return "stimmt die Angebote zu \(GermanNames.q(tag)) ab"
        case .linksPlanning(let municipality):
            return "verknüpft die Planungsbereiche in \(municipality)"
        case .fillsGroupHole(let attribute, let a, let b):
            let groups = GermanGapWording()
            return "schließt die Lücke zwischen \(groups.groupName(a, attribute: attribute)) und \(groups.groupName(b, attribute: attribute))"
        }
    }

    /// An actor kind in the singular, after "ergänzen sich:".
    func kindName(_ kind: ActorKind) -> String {
        switch kind {
        case .office: "Amt"
        case .agency: "Behörde"
        case .politics: "Politik"
        case .committee: "Gremium"
        case .foundation: "Stiftung"
        case .association: "Verein/Verband"
        case .institution: "Einrichtung"
        case .business: "Wirtschaft"
        case .program: "Förderprogramm"
        case .research: "Forschung"
        case .other: "Sonstige"
        }
    }
}
