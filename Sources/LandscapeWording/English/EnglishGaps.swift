import LandscapeCore

/// English gap texts.
struct EnglishGapWording: GapWording, GapSentenceParts {
    func sentences(_ gap: Gap, in landscape: Landscape) -> GapSentences {
        let (explanation, action) = texts(gap, landscape)
        return GapSentences(explanation: explanation, action: action)
    }

    func typeName(_ type: GapType) -> String {
        switch type {
        case .isolate: "Unconnected actor"
        case .pendant: "Hanging on one partner"
        case .fragmented: "Separate parts"
        case .cutPoint: "Single point of failure"
        case .bridge: "Only one bridge"
        case .groupHole: "Missing link between groups"
        case .uncoordinated: "Uncoordinated offers"
        case .programDependency: "Depends on a funding programme"
        case .uncovered: "Need without an actor"
        case .planningSilo: "Planning silos"
        }
    }

    func severityName(_ severity: GapSeverity) -> String {
        switch severity {
        case .high: "urgent"
        case .medium: "medium"
        case .low: "minor"
        }
    }

    var noGaps: String { "no gaps found" }

    func groupName(_ group: String, attribute: GroupingAttribute) -> String {
        if attribute == .sector, let sector = Sector(rawValue: group) { return sectorName(sector) }
        guard attribute == .kind, let kind = ActorKind(rawValue: group) else { return group }
        switch kind {
        case .office: return "offices"
        case .agency: return "agencies"
        case .politics: return "politics"
        case .committee: return "committees"
        case .foundation: return "foundations"
        case .association: return "associations"
        case .institution: return "institutions"
        case .business: return "businesses"
        case .program: return "programmes"
        case .research: return "research"
        case .other: return "other actors"
        }
    }

    func sectorName(_ sector: Sector) -> String {
        switch sector {
        case .earlyChildhood: "early childhood"
        case .school: "school"
        case .vocational: "vocational education"
        case .higher: "higher education"
        case .adult: "adult education"
        case .nonFormal: "non-formal education"
        case .informal: "informal learning"
        }
    }

    private func q(_ name: String) -> String { EnglishNames.q(name) }
    private func list(_ names: [String], limit: Int = 4) -> String { EnglishNames.quoted(names, limit: limit) }

    func isolate(_ name: String, need: String?) -> (String, String) {
        let why = need.map { " although it works on \(q($0)), a declared need" } ?? ""
        return ("\(q(name)) has no ties to anyone in the landscape\(why).",
                "Invite \(q(name)) into a committee or agree a first cooperation with a partner working on the same topics.")
    }

    func pendants(anchor: String, names: [String]) -> (String, String) {
        (names.count == 1
            ? "\(list(names)) is tied to the landscape only through \(q(anchor))."
            : "\(list(names)) are tied to the landscape only through \(q(anchor)).",
         "Give them a second contact, e.g. a direct exchange with another partner, so that they do not depend on \(q(anchor)) alone.")
    }

    func fragmented(components: [(hub: String, size: Int)], mainHub: String) -> (String, String) {
        let parts = components.map { "the group around \(q($0.hub)) (\($0.size) actors)" }
        return ("The landscape falls apart: \(parts.joined(separator: "; ")) \(components.count == 1 ? "has" : "have") no path to the main network around \(q(mainHub)).",
                "Link each part to the main network, e.g. a cooperation between \(q(components.first?.hub ?? "")) and \(q(mainHub)).")
    }

    func cutPoint(_ name: String, cutOff: [String]) -> (String, String) {
        ("Without \(q(name)), \(list(cutOff)) would be cut off from the rest of the landscape: everything between them runs through this one actor.",
         "Create a second link to \(list(cutOff, limit: 2)) that does not run through \(q(name)), so that the connection survives a change of staff or an ending programme.")
    }

    func bridge(_ a: String, _ b: String, side: [String]) -> (String, String) {
        ("The tie between \(q(a)) and \(q(b)) is the only connection of \(list(side)) to the rest of the landscape.",
         "Add a second tie between the two sides so that the connection does not hang on one relationship.")
    }

    func groupHole(_ a: String, _ b: String, observed: Int, expected: Double) -> (String, String) {
        let exp = (expected * 10).rounded() / 10
        if observed == 0 {
            return ("There is no tie at all between \(a) and \(b); with random mixing one would expect about \(exp).",
                    "Look for a first cooperation between \(a) and \(b), e.g. on a shared topic.")
        }
        return ("Only \(observed) tie(s) link \(a) and \(b), far fewer than the \(exp) expected with random mixing.",
                "Strengthen the exchange between \(a) and \(b).")
    }

    func uncoordinated(tag: String, targetGroup: Bool, fragments: [[String]], invited: [String], coordinator: String?,
                       existingCommittee: String?) -> (String, String) {
        let what = targetGroup ? "serve \(q(tag))" : "work on \(q(tag))"
        let count = fragments.reduce(0) { $0 + $1.count }
        let groups = fragments.map { list($0, limit: 3) }.joined(separator: " | ")
        let explanation = "\(count) actors \(what); they fall into \(fragments.count) groups that share no committee and have no direct cooperation (\(groups)). Uncoordinated offers compete, people register twice and waiting times grow."
        if let existingCommittee {
            return (explanation, "Invite \(list(invited, limit: 6)) into \(q(existingCommittee)), which already brings most of them together.")
        }
        let chair = coordinator.map { ", chaired by \(q($0))" } ?? ""
        return (explanation, "Set up a coordinating committee for \(q(tag))\(chair), with \(list(invited, limit: 6)).")
    }

    /// What else goes when a programme ends: actors cut off, brokers, committees, connected pairs.
    func programEffects(cutOff: [String], brokers: [String], committees: [String], pairsLostShare: Double?) -> [String] {
        var effects: [String] = []
        if !cutOff.isEmpty { effects.append("\(list(cutOff)) would be cut off") }
        if !brokers.isEmpty { effects.append("brokers would be lost (\(list(brokers)))") }
        if !committees.isEmpty { effects.append("\(list(committees)) would keep fewer than two members") }
        if let share = pairsLostShare, share > 0 { effects.append("\(percent(share)) % of the connected pairs of actors would lose their connection") }
        return effects
    }

    func programDependency(program: String, until: PartialDate, ended: Bool, positions: [String], fundingTies: Int,
                           effects: [String]) -> (String, String) {
        var losses: [String] = []
        if !positions.isEmpty { losses.append("the positions \(list(positions))") }
        if fundingTies > 0 { losses.append("\(fundingTies) funding tie(s)") }
        let when = ended ? "ended on \(until)" : "ends on \(until)"
        let lost = losses.isEmpty ? "nothing recorded in the landscape" : losses.joined(separator: " and ")
        let effect = effects.isEmpty ? "" : " Then " + effects.joined(separator: "; ") + "."
        return ("\(q(program)) \(when); with it go \(lost).\(effect)",
                "Plan now how the work carried by \(q(program)) continues (Verstetigung): own budget, another programme, or handing tasks to permanent offices.")
    }

    func uncovered(need: String, outside: [String]) -> (String, String) {
        if outside.isEmpty {
            return ("No actor in the landscape works on \(q(need)), although it is a declared need.",
                    "Find partners for \(q(need)) — e.g. through the foundation network or the state programmes — and name who is responsible.")
        }
        return ("Only \(list(outside)) work on \(q(need)), and they are not connected to the main network.",
                "Connect \(list(outside, limit: 2)) to the main network so that the work on \(q(need)) is part of the landscape.")
    }

    func planningSilo(municipality: String, fragments: [[String]]) -> (String, String) {
        ("The offices of \(municipality) fall into \(fragments.count) groups that neither share a committee nor work together directly: \(fragments.map { list($0, limit: 3) }.joined(separator: " | ")).",
         "Link the planning areas (youth welfare, social and education planning) of \(municipality), e.g. in a joint planning round or an integrated social planning unit.")
    }

    /// A share as a percentage with at most one decimal: "12.5".
    func percent(_ share: Double) -> String {
        let value = (share * 1000).rounded() / 10
        return value == value.rounded() ? String(Int(value)) : String(value)
    }
}
