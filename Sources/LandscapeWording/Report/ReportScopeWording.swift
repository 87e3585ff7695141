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

extension CatalogReportWording: ReportScopeWording {
    private var scope: ReportScopeMessages { catalog.reportScope }

    func scopeLead(actors: Int, ties: Int, municipalities: [String], needs: Int) -> String {
        var place = ""
        if municipalities.count == 1, let only = municipalities.first {
            place = scope.leadInMunicipality(municipality: only)
        } else if municipalities.count > 1 {
            let shown = municipalities.prefix(4) + (municipalities.count > 4 ? [scope.leadMore] : [])
            place = scope.leadInMunicipalities(count: municipalities.count, names: shown.joined(separator: catalog.general.listSeparator))
        }
        return scope.leadText(actors: self.actors(actors), ties: scope.leadTies(count: ties), place: place,
                              needs: needs > 0 ? scope.leadNeeds(count: needs) : "")
    }

    var glanceHeading: String { scope.glanceHeading }

    func glanceCentral(_ name: String, share: Double) -> String { scope.glanceCentral(name: catalog.q(name), share: percent(share)) }

    func glanceFragments(components: Int, largestShare: Double) -> String {
        scope.glanceFragments(count: components, largest: percent(largestShare))
    }

    func glanceGaps(high: Int, medium: Int, low: Int) -> String {
        let total = high + medium + low
        if total == 0 { return scope.glanceNoGaps }
        return scope.glanceGaps(gaps: scope.glanceGapCount(count: total), high: integer(high), medium: integer(medium), low: integer(low))
    }

    func glanceUncovered(_ needs: [String]) -> String {
        scope.glanceUncovered(count: needs.count, needs: catalog.quoted(needs, limit: 5))
    }

    func glanceProgrammes(count: Int, first: String, until: String, positions: Int, cutOff: Int) -> String {
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

    func glanceSuggestion(_ a: String, _ b: String, total: Int) -> String {
        scope.glanceSuggestion(count: total, first: catalog.q(a), second: catalog.q(b))
    }

    var actorsByKindHeading: String { scope.actorsByKindHeading }
    var tiesByKindHeading: String { scope.tiesByKindHeading }
    var kindColumn: String { scope.kindColumn }
    func otherMunicipalities(_ count: Int) -> String { scope.otherMunicipalities(count: count) }
    var tieKindColumn: String { scope.tieKindColumn }
    var countColumn: String { scope.countColumn }
    var writtenColumn: String { scope.writtenColumn }
}
