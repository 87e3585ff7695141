import LandscapeCore

/// The words of cooperation suggestions, from the catalog `suggestions` of a language
/// (`Catalogs/LANGUAGE/suggestions.yaml`): which sentence a reason or a closed gap calls for is
/// decided here, once for all languages.
public struct SuggestionWording: Sendable {
    let catalog: Catalog

    private var words: SuggestionsMessages { catalog.suggestions }

    /// "score" beside the number in the text list.
    public var scoreLabel: String { words.scoreLabel }

    /// The line printed when there is nothing to suggest.
    public var noSuggestions: String { words.noSuggestions }

    /// A reason for the pair, e.g. "2 common partners (»A« and »B«)".
    public func reason(_ reason: Suggestion.Reason, in landscape: Landscape) -> String {
        switch reason {
        case .commonPartners(let partners, _):
            words.reasonCommonPartners(count: partners.count, names: catalog.quoted(partners.map { landscape[$0]?.name ?? $0.rawValue }, limit: 3))
        case .sharedTags(let tags):
            words.reasonSharedTags(tags: tags.map(catalog.q).joined(separator: words.joinTags))
        case .complementary(let a, let b):
            words.reasonComplementary(a: words.name(of: a), b: words.name(of: b))
        case .uncoordinatedGroup(let place, let members, let parts):
            place.map { words.reasonUncoordinatedGroupPlace(count: members, place: $0, parts: catalog.numbers.integer(parts)) }
                ?? words.reasonUncoordinatedGroup(count: members, parts: catalog.numbers.integer(parts))
        case .declaredNeeds(let needs):
            words.reasonDeclaredNeeds(count: needs.count, needs: catalog.quoted(needs, limit: 4))
        case .withoutFunding:
            words.reasonWithoutFunding
        }
    }

    /// The first line of a suggestion: the pair, a committee, or what a foundation could fund.
    public func heading(_ suggestion: Suggestion, in landscape: Landscape) -> String {
        switch suggestion.form {
        case .pair:
            let name = { (id: ActorID) in catalog.q(landscape[id]?.name ?? id.rawValue) }
            return words.pair(a: name(suggestion.from), b: name(suggestion.to))
        case .committee: return committee(suggestion, in: landscape)
        case .fund: return fund(suggestion, in: landscape)
        }
    }

    /// What a foundation could start or fund, and which foundation is best placed for it.
    public func fund(_ suggestion: Suggestion, in landscape: Landscape) -> String {
        let name = { (id: ActorID) in landscape[id]?.name ?? id.rawValue }
        let what = if let need = suggestion.need {
            words.fundNeed(need: catalog.q(need))
        } else if suggestion.members.count == 1, let only = suggestion.members.first {
            words.fundProvider(name: catalog.q(name(only)))
        } else {
            words.fundGroup(count: suggestion.members.count, names: catalog.quoted(suggestion.members.map(name), limit: 4))
        }
        return suggestion.funder.map { words.fundByFunder(funder: catalog.q(name($0)), what: what) } ?? words.fundByAnyone(what: what)
    }

    /// A committee suggestion's first line: its members and who should convene it.
    public func committee(_ suggestion: Suggestion, in landscape: Landscape) -> String {
        let name = { (id: ActorID) in landscape[id]?.name ?? id.rawValue }
        let names = catalog.quoted(suggestion.members.map(name), limit: 6)
        guard let convener = suggestion.convener else {
            return words.committeeHeadingUnconvened(count: suggestion.members.count, names: names)
        }
        return words.committeeHeading(count: suggestion.members.count, names: names, convener: catalog.q(name(convener)))
    }

    /// A gap the tie would close, e.g. "creates a second path around »A«".
    public func closedGap(_ gap: Suggestion.ClosedGap, in landscape: Landscape) -> String {
        switch gap {
        case .joinsComponents:
            words.closedGapJoinsComponents
        case .relievesCutPoint(let actor):
            words.closedGapRelievesCutPoint(actor: catalog.q(landscape[actor]?.name ?? actor.rawValue))
        case .coordinates(let tag):
            words.closedGapCoordinates(tag: catalog.q(tag))
        case .linksPlanning(let municipality):
            words.closedGapLinksPlanning(municipality: municipality)
        case .fillsGroupHole(let attribute, let a, let b):
            words.closedGapFillsGroupHole(a: catalog.groupName(a, attribute: attribute), b: catalog.groupName(b, attribute: attribute))
        case .coversNeed(let need):
            words.closedGapCoversNeed(need: catalog.q(need))
        }
    }
}

/// The suggestions name a kind in the singular, after "complement each other:".
extension SuggestionsMessages: KindNames {}

extension Language {
    /// The suggestion wording of this language.
    public var suggestionWording: SuggestionWording { SuggestionWording(catalog: Catalog(self)) }
}
