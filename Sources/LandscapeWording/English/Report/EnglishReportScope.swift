import LandscapeCore

extension EnglishReportWording: ReportScopeWording {
    func scopeLead(actors: Int, ties: Int, municipalities: [String], needs: Int) -> String {
        var text = "This map lists \(self.actors(actors)) and \(ties == 1 ? "1 tie" : "\(integer(ties)) ties")"
        if municipalities.count == 1, let only = municipalities.first {
            text += " in \(only)"
        } else if municipalities.count > 1 {
            text += " in \(municipalities.count) municipalities or levels (\(municipalities.prefix(4).joined(separator: ", "))\(municipalities.count > 4 ? ", …" : ""))"
        }
        if needs > 0 { text += ", and names \(needs == 1 ? "1 field of action" : "\(needs) fields of action") the landscape must cover" }
        return text + ". The report shows who works with whom, where the landscape is strong and where it is weak, and what the steering group can do about it. Every figure is explained in plain words; the definitions are in section 9."
    }

    var glanceHeading: String { "The main points" }

    func glanceCentral(_ name: String, share: Double) -> String {
        "\(q(name)) links the most actors: \(percent(share)) of all shortest connections between other actors run through it."
    }

    func glanceFragments(components: Int, largestShare: Double) -> String {
        "The landscape falls into \(components) parts without any tie between them; the largest holds \(percent(largestShare)) of the actors."
    }

    func glanceGaps(high: Int, medium: Int, low: Int) -> String {
        let total = high + medium + low
        if total == 0 { return "No gaps found by the ten rules of section 9." }
        return "\(total == 1 ? "1 gap" : "\(total) gaps") found: \(high) urgent, \(medium) medium, \(low) minor (section 5)."
    }

    func glanceUncovered(_ needs: [String]) -> String {
        "\(needs.count == 1 ? "A declared need" : "Declared needs") that no actor works on: \(quoted(needs, limit: 5))."
    }

    func glanceProgrammes(count: Int, first: String, until: String, positions: Int, cutOff: Int) -> String {
        var text = count == 1 ? "A funding programme carries part of the landscape and ends \(until): \(q(first))."
                              : "\(count) funding programmes carry parts of the landscape and end; the first, \(q(first)), \(until)."
        if positions > 0 { text += " With \(count == 1 ? "it" : "them") go \(positions == 1 ? "1 funded position" : "\(positions) funded positions")" }
        if cutOff > 0 { text += (positions > 0 ? ", and " : " ") + "\(actors(cutOff)) would be cut off" }
        return text + (positions > 0 || cutOff > 0 ? "." : "")
    }

    func glanceSuggestion(_ a: String, _ b: String, total: Int) -> String {
        "The most promising new cooperation: \(q(a)) with \(q(b)) (\(total) suggestions in section 6)."
    }

    var actorsByKindHeading: String { "Actors by kind and municipality" }
    var tiesByKindHeading: String { "Ties by kind" }
    var kindColumn: String { "Kind" }
    func otherMunicipalities(_ count: Int) -> String { "\(count) others" }
    var tieKindColumn: String { "Kind of tie" }
    var countColumn: String { "Number" }
    var writtenColumn: String { "in writing" }
}
