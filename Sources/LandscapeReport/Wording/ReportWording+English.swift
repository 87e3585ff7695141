import LandscapeCore
import LandscapeWording

/// The English words of the report.
struct EnglishReportWording: ReportWording {
    let numbers = NumberStyle.english

    // MARK: General

    var defaultTitle: String { "Education landscape" }
    var reportKind: String { "Report for the steering group" }

    func heading(_ section: ReportSection) -> String {
        switch section {
        case .scope: "Scope of the map"
        case .diagrams: "The network at a glance"
        case .figures: "Key figures"
        case .centralActors: "Central actors and brokers"
        case .gaps: "Gaps"
        case .opportunities: "Cooperation opportunities"
        case .communities: "Who works together: communities"
        case .coverage: "Coverage of the needs"
        case .method: "Method"
        }
    }

    var contentsHeading: String { "Contents" }

    func anonymizationNote(_ level: Anonymization) -> String {
        switch level {
        case .none: ""
        case .contacts: "Anonymised for sharing: contact data removed."
        case .all: "Anonymised for sharing: actors are named by kind and number, contact data and notes removed."
        }
    }

    func pseudonym(_ kind: ActorKind, number: Int) -> String {
        let word: String
        switch kind {
        case .office: word = "Office"
        case .agency: word = "Agency"
        case .politics: word = "Political body"
        case .committee: word = "Committee"
        case .foundation: word = "Foundation"
        case .association: word = "Association"
        case .institution: word = "Institution"
        case .business: word = "Business"
        case .program: word = "Programme"
        case .research: word = "Research body"
        case .other: word = "Other actor"
        }
        return "\(word) \(number)"
    }

    func asOf(_ date: String) -> String { "As of \(date)" }
    func onDay(_ date: String) -> String { "The landscape on \(date)" }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]

    func date(_ date: PartialDate) -> String {
        guard let month = date.month else { return "\(date.year)" }
        let name = Self.months[month - 1]
        guard let day = date.day else { return "\(name) \(date.year)" }
        return "\(day) \(name) \(date.year)"
    }

    func when(_ date: PartialDate) -> String {
        (date.day != nil ? "on " : "in ") + self.date(date)
    }

    func day(_ day: CalendarDay) -> String { "\(day.day) \(Self.months[day.month - 1]) \(day.year)" }

    func period(_ period: ActivePeriod) -> String {
        switch (period.since, period.until) {
        case (let since?, let until?): "\(since)–\(until)"
        case (let since?, nil): "since \(since)"
        case (nil, let until?): "until \(until)"
        case (nil, nil): ""
        }
    }

    func integer(_ value: Int) -> String { numbers.integer(value) }
    func decimal(_ value: Double, digits: Int) -> String { numbers.decimal(value, digits: digits) }
    func percent(_ share: Double) -> String { numbers.percent(share) }
    func signed(_ value: Double) -> String { numbers.signed(value) }

    func list(_ names: [String], limit: Int) -> String {
        if names.count <= limit { return names.joined(separator: " · ") }
        return names.prefix(limit).joined(separator: " · ") + " and \(names.count - limit) more"
    }

    /// A name in guillemets; a name that is itself in guillemets as it is; one that contains
    /// guillemets in outer quotes.
    func q(_ name: String) -> String {
        if name.hasPrefix("»") && name.hasSuffix("«") && name.dropFirst().dropLast().allSatisfy({ $0 != "»" && $0 != "«" }) { return name }
        return name.contains("»") || name.contains("«") ? "“\(name)”" : "»\(name)«"
    }

    func quoted(_ names: [String], limit: Int) -> String {
        let quoted = names.map(q)
        if quoted.count <= 1 { return quoted.first ?? "" }
        if quoted.count <= limit { return quoted.dropLast().joined(separator: ", ") + " and " + (quoted.last ?? "") }
        return quoted.prefix(limit).joined(separator: ", ") + " and \(quoted.count - limit) more"
    }

    func actors(_ count: Int) -> String { count == 1 ? "1 actor" : "\(integer(count)) actors" }

    var total: String { "total" }
    var noMunicipality: String { "no municipality" }
    var noSector: String { "no sector given" }

    // MARK: 1 Scope

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

    // MARK: 2 Diagrams

    var diagramIntro: String {
        "The diagram shows every actor and every tie of the map. The shape of an actor tells its kind (the legend is in the picture), the line tells the kind of tie; arrows point from the member to the committee, from the funder to the recipient, from who steers to who is steered. On screen, pointing at an actor or a line shows its details."
    }
    var networkCaption: String { "The cooperation network." }
    var networkReading: String {
        "Actors close to each other are closely tied; an actor in the middle of many lines is a hub. Actors at the edge with a single line depend on one partner."
    }
    var steeringCaption: String { "The steering structure." }
    var steeringReading: String {
        "Only steering, membership and funding ties, from top to bottom: who steers whom, who sits on which committee, who is funded by whom."
    }
    var noCommittees: String { "The map has no committees, so there is no diagram of the steering structure." }
    func tilesFollow(_ count: Int) -> String { "In print, the next \(count) pages show it enlarged in parts." }
    var zoomHint: String { "On screen the diagram can be enlarged without loss; pointing at an actor shows its details." }

    func tileCaption(_ number: Int, of count: Int, row: Int, column: Int, rows: Int, columns: Int) -> String {
        let vertical = rows == 1 ? nil : (row == 0 ? "top" : (row == rows - 1 ? "bottom" : "middle"))
        let horizontal = columns == 1 ? nil : (column == 0 ? "left" : (column == columns - 1 ? "right" : "centre"))
        let place = [vertical, horizontal].compactMap { $0 }.joined(separator: " ")
        return "Part \(number) of \(count) (\(place)), enlarged."
    }

    func diagramFailed(_ reason: String) -> String { "The diagram could not be drawn: \(reason)" }
    var directoryHeading: String { "Actors on the map" }
    var nameColumn: String { "Name" }
    var municipalityColumn: String { "Municipality" }
    var periodColumn: String { "Active" }
    var fundedByColumn: String { "Funded by" }
    var contactColumn: String { "Contact" }

    // MARK: 3 Key figures

    var figuresIntro: String {
        "Figures for the landscape as a whole. They describe how the ties are arranged – not how good the cooperation is. Each comes with what it means for working together; compare them with earlier states of the map rather than with an ideal."
    }

    var densityName: String { "Density" }
    func densityMeaning(_ density: Double, actors: Int) -> String {
        let per100 = density * 100
        let count = per100 >= 1 ? integer(Int(per100.rounded())) : decimal(per100, digits: 1)
        var text = "\(count) of every 100 possible pairs of actors work together directly."
        if actors >= 20 { text += " A low value is normal at this size: nobody can work with everyone." }
        return text
    }

    var averageDegreeName: String { "Partners per actor" }
    func averageDegreeMeaning(_ average: Double, pendants: Int) -> String {
        var text = "On average an actor works with \(decimal(average, digits: 1)) partners."
        if pendants > 0 {
            text += " \(pendants == 1 ? "1 actor has" : "\(pendants) actors have") only a single partner: if that contact breaks off, \(pendants == 1 ? "it drops" : "they drop") out of the landscape."
        }
        return text
    }

    var componentsName: String { "Separate parts" }
    func componentsMeaning(_ components: Int, largestShare: Double, isolates: Int) -> String {
        var text = components <= 1
            ? "Every actor can reach every other by some path: information can get through to everyone."
            : "The landscape falls into \(components) parts with no tie between them; the largest holds \(percent(largestShare)) of the actors."
        if isolates > 0 { text += " \(isolates == 1 ? "1 actor has" : "\(isolates) actors have") no tie at all." }
        return text
    }

    var distanceName: String { "Steps between two actors" }
    func distanceMeaning(_ distance: Double, diameter: Int) -> String {
        "Between two actors there are typically \(decimal(distance, digits: 1)) steps; the longest route passes \(diameter <= 1 ? "no" : "\(diameter - 1)") intermediar\(diameter == 2 ? "y" : "ies"). The more steps, the slower information travels and the more it changes on its way."
    }

    var centralizationName: String { "Centralisation" }
    func centralizationMeaning(_ value: Double, hub: String?) -> String {
        let named = hub.map { " (\(q($0)))" } ?? ""
        if value >= 0.5 { return "Strongly centred on one hub\(named): much depends on a single actor; if it drops out, the landscape loses its centre." }
        if value >= 0.2 { return "Clearly centred on a few hubs\(named): they hold the landscape together and carry much of the coordination work." }
        return "Ties are spread fairly evenly: no single actor dominates the landscape."
    }

    var transitivityName: String { "Partners of partners" }
    func transitivityMeaning(_ value: Double) -> String {
        var text = "Where an actor works with two others, those two also work with each other in \(percent(value)) of the cases."
        if value < 0.2 { text += " Partners of partners mostly do not know each other yet: much runs through intermediaries." }
        else if value >= 0.4 { text += " Partners form close-knit circles: good for trust, but new ideas travel slowly between the circles." }
        return text
    }

    var eiKindName: String { "Across kinds of actors (E–I index)" }
    func eiKindMeaning(_ value: Double) -> String {
        if value > 0.3 { return "Most ties cross the boundaries between kinds: administration, committees, institutions and civil society work with each other rather than side by side." }
        if value < -0.3 { return "Most ties stay within one kind of actor (offices with offices, associations with associations): the fields work side by side." }
        return "Ties within and across kinds of actors are about balanced."
    }

    var eiMunicipalityName: String { "Across municipalities (E–I index)" }
    func eiMunicipalityMeaning(_ value: Double) -> String {
        if value < -0.3 { return "Most ties stay within one municipality; cooperation across municipal borders is the exception." }
        if value > 0.3 { return "Most ties cross municipal borders, as is typical for regional or state-level networks." }
        return "Ties within and across municipalities are about balanced."
    }

    var modularityName: String { "Modularity" }
    func modularityMeaning(_ value: Double, communities: Int) -> String {
        value >= 0.3
            ? "The landscape falls clearly into \(communities) groups that work mainly among themselves (section 7). The few ties between the groups deserve care."
            : "No sharply separated groups: the landscape works as one network rather than as separate circles (section 7)."
    }

    var formalName: String { "Written agreements" }
    func formalMeaning(_ share: Double, written: Int) -> String {
        "\(written == 1 ? "1 tie rests" : "\(integer(written)) ties rest") on a written agreement. Written agreements make cooperation binding and help it outlast changes of staff and funding."
    }

    var mixingHeading: String { "Who works with whom, by kind" }
    var mixingIntro: String {
        "Each cell counts the ties between two kinds of actors; the orange diagonal counts ties within a kind. Empty cells are kinds that never work together directly."
    }
    var mixingCaption: String { "Ties between kinds of actors (mixing matrix)" }
    var mixingReading: String {
        "E–I per kind: +1 means all of that kind's ties go to other kinds, −1 that all stay within the kind."
    }
    var eiWithin: String { "within (−1)" }
    var eiBetween: String { "across (+1)" }
    var centralizationEven: String { "even (0)" }
    var centralizationStar: String { "one hub (1)" }
    var eiColumn: String { "E–I" }
    func mixingCellTitle(_ a: String, _ b: String, _ count: Int) -> String {
        a == b ? "\(a) with each other: \(count) ties" : "\(a) – \(b): \(count) ties"
    }

    // MARK: 4 Central actors

    var centralIntro: String {
        "Three ways of being central, each with its top ten: betweenness finds the bridges, the number of partners the best connected, PageRank the points of contact where much ends up. A high value is not a grade but a place to start talking: what happens if this actor drops out, or its funding ends?"
    }
    var actorColumn: String { "Actor" }
    var betweennessHeading: String { "Bridges (betweenness)" }
    var betweennessIntro: String {
        "The share of shortest connections between other actors that run through the actor. High values mark bridges – and single points of failure: if the actor drops out, others lose their connection."
    }
    var betweennessColumn: String { "Share of routes" }
    var degreeHeading: String { "The best connected (number of partners)" }
    var degreeIntro: String { "The number of different partners. Many partners mean much exchange – and much coordination work." }
    var degreeColumn: String { "Partners" }
    var pagerankHeading: String { "Points of contact (PageRank)" }
    func pagerankIntro(average: Double) -> String {
        "Imagine a request passed on from partner to partner: PageRank is the share of the time it spends at each actor (average \(percent(average))). High values mark the places where requests end up."
    }
    var pagerankColumn: String { "Share" }
    var nobodyRanked: String { "No actor has a value above zero." }
    var brokerageHeading: String { "Brokers and their roles" }
    var brokerageIntro: String {
        "A broker links two actors who have no direct tie: a → b → c. The kinds of the three actors name the role (Gould & Fernandez). The roles tell what kind of bridge an actor is:"
    }

    func roleName(_ role: BrokerageRole) -> String {
        switch role {
        case .coordinator: "Coordinator"
        case .itinerant: "Consultant"
        case .representative: "Representative"
        case .gatekeeper: "Gatekeeper"
        case .liaison: "Liaison"
        }
    }

    func roleExplanation(_ role: BrokerageRole) -> String {
        switch role {
        case .coordinator: "links partners of its own kind"
        case .itinerant: "an outsider who links two actors of another kind"
        case .representative: "passes something on from its own kind to another"
        case .gatekeeper: "lets an outsider into its own kind"
        case .liaison: "links two other kinds without belonging to either"
        }
    }

    var rolesColumn: String { "Roles" }
    var totalRolesColumn: String { "Total" }
    var nobodyBrokers: String { "No actor brokers between others." }
    var committeesDoNotBroker: String {
        "A committee that only receives memberships never brokers in this sense, however central it is: in the map its members are tied to it, not it to them."
    }
    var whoIsWhoHeading: String { "What their position means" }

    func roleSentence(_ facts: RoleFacts) -> String {
        var parts: [String] = ["\(facts.partners == 1 ? "1 partner" : "\(facts.partners) partners")."]
        if facts.betweenness >= 0.05 {
            parts.append("\(percent(facts.betweenness)) of the shortest connections between other actors run through it.")
        }
        if facts.cutOff > 0 {
            parts.append("Without it, \(actors(facts.cutOff)) would be cut off from the rest: a key position that needs a deputy and a second route.")
        } else if facts.betweenness >= 0.2 {
            parts.append("A bridge: much of the landscape's information passes here.")
        }
        if facts.pagerankRatio >= 2 {
            parts.append("Requests passed on from partner to partner end up here \(decimal(facts.pagerankRatio, digits: 1)) times as often as on average: a point of contact.")
        }
        if let main = facts.mainRole {
            parts.append("Brokers mostly as \(roleName(main.role).lowercased()) – \(roleExplanation(main.role)) (\(main.count) times).")
        }
        if let programme = facts.endingProgramme {
            parts.append("Its position depends on \(q(programme.name)), which ends \(programme.until).")
        }
        if facts.cutOff == 0 && facts.betweenness < 0.2 && facts.pagerankRatio < 2 && facts.mainRole == nil {
            parts.append("Well connected, but not irreplaceable: its partners are also tied to others.")
        }
        return parts.joined(separator: " ")
    }

    // MARK: 5 Gaps

    func gapsIntro(count: Int) -> String {
        "The map is checked for ten kinds of weakness (defined in section 9). \(count == 1 ? "1 gap was" : "\(count) gaps were") found, the most urgent first; each comes with what to do about it."
    }
    var noGaps: String { "No gaps found." }

    func severityName(_ severity: GapSeverity) -> String {
        switch severity {
        case .high: "urgent"
        case .medium: "medium"
        case .low: "minor"
        }
    }

    func severityHeading(_ severity: GapSeverity, count: Int) -> String {
        switch severity {
        case .high: "Urgent (\(count))"
        case .medium: "Medium (\(count))"
        case .low: "Minor (\(count))"
        }
    }

    func gapTypeName(_ type: GapType) -> String {
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

    var gapTypeColumn: String { "Kind of gap" }
    var whatToDo: String { "What to do:" }
    var whatIfHeading: String { "When funding programmes end" }
    var whatIfIntro: String {
        "For every programme with an end date the map is recomputed without the programme, the positions it funds and its funding ties. The table compares the network before and after."
    }
    var noEndingProgrammes: String { "No funding programme on the map has an end date." }
    func programmeEnds(_ date: String, ended: Bool) -> String { ended ? "ended \(date)" : "ends \(date)" }

    func programmesCarryingNothing(_ programmes: [(String, String)]) -> String {
        let list = programmes.map { "\(q($0.0)) (\($0.1))" }.joined(separator: "; ")
        return "\(programmes.count == 1 ? "This programme has" : "These programmes have") an end date, but no position or tie on the map depends on \(programmes.count == 1 ? "it" : "them"): \(list). (Positions name their programme in the field programs.)"
    }

    func whatIfSentence(positions: [String], fundingTies: Int, cutOff: [String], brokers: [String], committees: [String],
                        pairsLostShare: Double?, lostTies: Int) -> String {
        var goes: [String] = []
        if !positions.isEmpty { goes.append("the position\(positions.count == 1 ? "" : "s") \(quoted(positions, limit: 4))") }
        if fundingTies > 0 { goes.append(fundingTies == 1 ? "1 funding tie" : "\(fundingTies) funding ties") }
        var text = goes.isEmpty ? "Nothing on the map is funded by it." : "With it go \(goes.joined(separator: " and ")), \(lostTies == 1 ? "1 tie" : "\(lostTies) ties") in all."
        var effects: [String] = []
        if !cutOff.isEmpty { effects.append("\(quoted(cutOff, limit: 4)) would be cut off from the rest") }
        if !brokers.isEmpty { effects.append("brokers would be lost (\(quoted(brokers, limit: 3)))") }
        if !committees.isEmpty { effects.append("\(quoted(committees, limit: 3)) would keep fewer than two members") }
        if let share = pairsLostShare, share > 0 { effects.append("\(percent(share)) of the connected pairs of actors would lose their connection") }
        if !effects.isEmpty { text += " Then " + effects.joined(separator: "; ") + "." }
        else if !goes.isEmpty { text += " The rest of the network stays connected." }
        return text
    }

    var beforeColumn: String { "before" }
    var afterColumn: String { "after" }
    var actorsRow: String { "Actors" }
    var tiesRow: String { "Ties" }
    var componentsRow: String { "Separate parts" }
    var largestShareRow: String { "Largest part" }
    var connectedPairsRow: String { "Connected pairs of actors" }
    var distanceRow: String { "Steps between two actors" }

    // MARK: 6 Opportunities

    var opportunitiesIntro: String {
        "Pairs of actors that are not yet tied but have good reasons to talk: common partners, shared topics or target groups, kinds that complement each other (a foundation and an office, say), and gaps the new tie would close. They are proposals for the steering group's discussion, not instructions."
    }
    var noSuggestions: String { "No cooperation opportunities found." }

    var closesLabel: String { "Closes:" }
    var opportunitiesMethod: String { "How the ranking works is described in section 9. Each actor appears in at most two proposals." }

    // MARK: 7 Communities

    func communitiesIntro(count: Int, modularity: Double) -> String {
        let structure = modularity >= 0.3 ? "a clear structure" : "a weak structure"
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

    func municipalityComparison(purity: Double?, split: Int) -> String {
        guard let purity else { return "The actors give no municipality." }
        var text = purity >= 0.8
            ? "The communities largely follow municipal borders: \(percent(purity)) of the actors are in a community where their own municipality has the majority."
            : "The communities cut across municipal borders: only \(percent(purity)) of the actors are in a community where their own municipality has the majority."
        if split > 0 { text += " \(split == 1 ? "1 municipality is" : "\(split) municipalities are") spread over several communities." }
        return text
    }

    func singleMunicipality(_ name: String?) -> String {
        "Almost all actors belong to \(name ?? "one municipality"): the communities are fields of work within it, not municipalities."
    }

    func sectorComparison(purity: Double?, split: Int) -> String {
        guard let purity else { return "The actors give no education sector." }
        return purity >= 0.7
            ? "The communities largely follow the education sectors: \(percent(purity)) of the actors (with a sector) are in a community where their main sector has the majority."
            : "The communities bring education sectors together: only \(percent(purity)) of the actors (with a sector) are in a community where their main sector has the majority – cooperation along the life course rather than within one sector."
    }

    var communityByMunicipalityCaption: String { "Actors of each community by municipality" }
    var communityBySectorCaption: String { "Actors of each community by main education sector" }
    func crossCellTitle(_ row: String, _ column: String, _ count: Int) -> String { "\(row), \(column): \(actors(count))" }

    // MARK: 8 Coverage

    var coverageIntro: String {
        "Which actors work on each declared need (as a topic or a target group) and whom they reach. A need nobody works on is a gap; a need served only by actors outside the main network is hardly better; offers that do not coordinate compete with each other."
    }
    var coverageWithoutNeeds: String {
        "The map declares no needs (fields of action the landscape must cover). The table shows the most frequent topics instead; declare the needs in the file (needs:) to check their coverage."
    }
    var noTopics: String { "The actors name no topics." }
    var needColumn: String { "Need" }
    var topicColumn: String { "Topic" }
    var statusColumn: String { "Coverage" }
    var servedByColumn: String { "Served by" }

    func coverageStatus(_ status: Coverage.Status) -> String {
        switch status {
        case .uncovered: "nobody"
        case .outside: "only outside the main network"
        case .uncoordinated: "covered, not coordinated"
        case .covered: "covered"
        }
    }

    var byTargetGroupHeading: String { "Needs by target group" }
    var byTargetGroupIntro: String {
        "Each cell counts the actors that work on the need and address the target group. An empty cell is a target group no actor reaches on that need – not every one is a gap, but each is worth a look."
    }
    var otherTargetGroups: String { "other target groups" }
    var bySectorHeading: String { "Needs by education sector" }
    var bySectorIntro: String { "Each cell counts the actors that work on the need in an education sector, along the life course." }

    func coverageCellTitle(_ need: String, _ column: String, _ names: [String]) -> String {
        names.isEmpty ? "\(need) × \(column): nobody" : "\(need) × \(column): \(actors(names.count)) – \(names.joined(separator: "; "))"
    }

    // MARK: 9 Method

    var methodIntro: String {
        "How each number in this report is computed, in plain words. The full definitions, with formulas and the tests against the reference library networkx, are in docs/measures.md of the landscape tool."
    }

    var methodGroups: [MethodGroup] {
        [
            MethodGroup(heading: "From the map to the network", entries: [
                ("Network", "Every actor is a point; every tie, whatever its kind, links two actors. Several ties between the same two actors count as one link. For the measures the direction of a tie is ignored, except for the brokerage roles. On a date, only the actors and ties active on that day count."),
                ("Limits", "The numbers show how ties are arranged, not how good the cooperation is, and they are only as complete as the map: a tie that is missing from the file looks like a gap."),
            ]),
            MethodGroup(heading: "Key figures", entries: [
                ("Density", "The share of all possible pairs of actors that have a tie: 2 × links / (n × (n − 1)) for n actors."),
                ("Partners per actor", "The mean number of different partners: 2 × links / n."),
                ("Separate parts", "Groups of actors connected by some path (components); an actor without ties is a part of its own."),
                ("Steps between two actors", "The mean length of the shortest route between two actors of the largest part; the longest such route is the diameter."),
                ("Centralisation", "Freeman's degree centralisation: the sum over all actors of (most partners − own partners), divided by (n − 1)(n − 2). 1 for a star, 0 when all have equally many partners."),
                ("Partners of partners", "Transitivity: 3 × triangles / connected triples – how often two partners of the same actor also work together."),
                ("E–I index", "(ties between groups − ties within groups) / all ties, from −1 (all within) to +1 (all between) (Krackhardt & Stern 1988); by kind of actor and by municipality. The mixing matrix counts the ties between each pair of kinds."),
                ("Written agreements", "Ties of the kind agreement, or marked as formal."),
            ]),
            MethodGroup(heading: "Central actors", entries: [
                ("Betweenness", "For every pair of other actors, the share of their shortest connections that run through the actor, averaged over all ordered pairs: 0 to 100 % (Freeman 1977; Brandes 2001)."),
                ("Partners (degree)", "The number of different actors with a tie to or from the actor."),
                ("PageRank", "The share of time a request spends at the actor when it is passed on from partner to partner and, with probability 15 %, starts afresh at a random actor (Brin & Page 1998). All values add up to 100 %."),
                ("Brokerage roles", "Every chain a → b → c in which a has no direct tie to c makes b a broker; the kinds of a, b and c name the role (Gould & Fernandez 1989). Membership, funding and steering ties count in their direction, the others both ways."),
            ]),
            MethodGroup(heading: "Communities", entries: [
                ("Search", "The Louvain method moves actors between groups as long as the modularity grows (Blondel et al. 2008). It runs ten times from a fixed seed and keeps the best result, so the same map always gives the same communities."),
                ("Modularity", "The share of ties inside communities minus the share expected if ties fell at random (Newman & Girvan 2004). About 0.3 and above counts as clear structure."),
            ]),
            MethodGroup(heading: "Gap rules", entries: [
                (gapTypeName(.isolate), "An actor without any tie (a programme that funds positions excepted). Urgent when it works on a declared need, otherwise medium."),
                (gapTypeName(.pendant), "Actors tied to the landscape by a single partner, grouped by that partner. Minor."),
                (gapTypeName(.fragmented), "Parts of two or more actors without any path to the main network. Urgent when a part has three or more actors, otherwise medium."),
                (gapTypeName(.cutPoint), "An actor without whom at least two others (programmes aside) would be cut off from the rest. Urgent when five or more, or a tenth of the landscape, would be cut off."),
                (gapTypeName(.bridge), "A single tie that is the only route for two or more actors. Medium from three actors, otherwise minor."),
                (gapTypeName(.groupHole), "Two kinds of actors (or municipalities, or sectors) with far fewer ties between them than random mixing would give: none where at least one is expected (urgent from three expected), or at most a quarter of four or more (minor). At most ten per grouping; programmes and 'other' are left out."),
                (gapTypeName(.uncoordinated), "Three or more actors working on one topic or for one target group that fall into groups sharing neither a committee nor a direct cooperation, exchange or agreement. Urgent when a third or more is left outside the largest group and there are three groups or the topic is a declared need."),
                (gapTypeName(.programDependency), "A programme with an end date that funds positions or ties. Urgent when its end would cut actors off, remove a broker or leave a committee with fewer than two members; medium when it funds positions; minor otherwise."),
                (gapTypeName(.uncovered), "A declared need no actor names as topic or target group (urgent), or only actors outside the main network (medium)."),
                (gapTypeName(.planningSilo), "The offices of one municipality fall into groups that share no committee and have no tie. Urgent from three groups, otherwise medium."),
            ]),
            MethodGroup(heading: "Cooperation opportunities", entries: [
                ("Candidates", "Pairs not yet tied that share a partner, a topic or a target group, or that would join the parts of a gap. Funding programmes are left out."),
                ("Ranking", "Common partners (each weighted by one over its number of partners; Zhou, Lü & Zhang 2009) + overlap of topics and target groups + half the complementarity of the kinds (1 for civil society or business with the public side, ½ for other different kinds) + a bonus for the gaps the tie would close (joining parts 3, a second route around a single point of failure 2, coordinating offers 2, linking planning silos 1.5, filling a group hole 1; each weighted by the gap's severity)."),
            ]),
            MethodGroup(heading: "Scenarios and coverage", entries: [
                ("When a programme ends", "The map without the programme, the positions it funds (actors that name it among their programmes) and its funding ties, compared with the map as it is: parts, the largest part, connected pairs of actors, steps between actors. Brokers are actors among the top tenth by betweenness."),
                ("Coverage", "An actor serves a need when one of its topics or target groups is the need (letter case ignored). The matrices count those actors by target group and by education sector (the sectors an actor names)."),
            ]),
        ]
    }

    var sourcesHeading: String { "Sources" }
    func colophon(_ date: String) -> String { "Produced with landscape report from the map of the landscape (\(date))." }
}
