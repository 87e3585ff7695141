import LandscapeCore

/// The report's words for section 1, the scope of the map and the findings in brief; its texts
/// (`glanceHeading`, `actorsByKindHeading`, `kindColumn`, `countColumn` …) are those of
/// `Catalogs/LANGUAGE/report-scope.yaml`.
extension ReportWording {
    /// The lead: how many actors and ties, where, and how many declared needs.
    /// `resources` and `events`: the elements beside the actors (section 8 lists them).
    public func scopeLead(actors: Int, ties: Int, municipalities: [String], needs: Int, resources: Int = 0, events: Int = 0) -> String {
        var place = ""
        if municipalities.count == 1, let only = municipalities.first {
            place = scope.leadInMunicipality(municipality: only)
        } else if municipalities.count > 1 {
            let shown = municipalities.prefix(4) + (municipalities.count > 4 ? [scope.leadMore] : [])
            place = scope.leadInMunicipalities(count: municipalities.count, names: shown.joined(separator: catalog.general.listSeparator))
        }
        return scope.leadText(actors: self.actors(actors), ties: scope.leadTies(count: ties), place: place,
                              needs: needs > 0 ? scope.leadNeeds(count: needs) : "",
                              elements: resources + events > 0 ? scope.leadElements(elements: elementCounts(resources, events)) : "")
    }

    /// The finding on the actor that links the most others.
    public func glanceCentral(_ name: String, share: Double) -> String { scope.glanceCentral(name: catalog.q(name), share: percent(share)) }

    /// The finding on a landscape in separate parts.
    public func glanceFragments(components: Int, largestShare: Double) -> String {
        scope.glanceFragments(count: components, largest: percent(largestShare))
    }

    /// The finding on the gaps, by level.
    public func glanceGaps(high: Int, medium: Int, low: Int) -> String {
        let total = high + medium + low
        if total == 0 { return scope.glanceNoGaps }
        return scope.glanceGaps(gaps: scope.glanceGapCount(count: total), high: integer(high), medium: integer(medium), low: integer(low))
    }

    /// The finding on declared needs nobody works on.
    public func glanceUncovered(_ needs: [String]) -> String {
        scope.glanceUncovered(count: needs.count, needs: catalog.quoted(needs, limit: 5))
    }

    /// The finding on funding programmes that end, with what goes with them.
    public func glanceProgrammes(count: Int, first: String, until: String, positions: Int, cutOff: Int) -> String {
        var consequences: [String] = []
        if positions > 0 {
            let funded = scope.glancePositions(count: positions)
            consequences.append(count == 1 ? scope.glanceWithOneProgramme(positions: funded) : scope.glanceWithProgrammes(positions: funded))
        }
        if cutOff > 0 { consequences.append(scope.glanceCutOff(count: cutOff)) }
        let programmes = scope.glanceProgrammes(count: count, until: until, first: catalog.q(first))
        if consequences.isEmpty { return programmes }
        return sentences(programmes, scope.glanceConsequences(consequences: consequences.joined(separator: scope.glanceAnd)))
    }

    /// The finding on the most promising new cooperation, of `total` suggestions.
    public func glanceSuggestion(_ a: String, _ b: String, total: Int) -> String {
        scope.glanceSuggestion(count: total, first: catalog.q(a), second: catalog.q(b))
    }

    /// The finding on the first suggestion when it is a committee of `members` actors.
    public func glanceCommittee(members: Int, convener: String?, total: Int) -> String {
        let members = catalog.numbers.integer(members)
        guard let convener else { return scope.glanceSuggestionCommitteeUnconvened(count: total, members: members) }
        return scope.glanceSuggestionCommittee(count: total, members: members, convener: catalog.q(convener))
    }

    /// The column of the municipalities beyond those shown: "3 others".
    public func otherMunicipalities(_ count: Int) -> String { scope.otherMunicipalities(count: count) }
}
