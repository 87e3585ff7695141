import LandscapeCore

extension EnglishReportWording: ReportFiguresWording {
    var figuresIntro: String {
        "Figures for the landscape as a whole. They describe how the ties are arranged – not how good the cooperation is. Each comes with what it means for working together; compare them with earlier states of the map rather than with an ideal."
    }

    var densityName: String { "Density" }
    func densityMeaning(_ density: Double, scale: NetworkScale) -> String {
        let text = "\(numbers.perHundred(density)) of every 100 possible pairs of actors work together directly."
        switch scale {
        case .small: return text
        case .large: return text + " A low value is normal at this size: nobody can work with everyone."
        }
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
    func centralizationMeaning(_ level: CentralizationLevel, hub: String?) -> String {
        let named = hub.map { " (\(q($0)))" } ?? ""
        switch level {
        case .oneHub: return "Strongly centred on one hub\(named): much depends on a single actor; if it drops out, the landscape loses its centre."
        case .fewHubs: return "Clearly centred on a few hubs\(named): they hold the landscape together and carry much of the coordination work."
        case .even: return "Ties are spread fairly evenly: no single actor dominates the landscape."
        }
    }

    var transitivityName: String { "Partners of partners" }
    func transitivityMeaning(_ value: Double, level: TransitivityLevel) -> String {
        let text = "Where an actor works with two others, those two also work with each other in \(percent(value)) of the cases."
        switch level {
        case .low: return text + " Partners of partners mostly do not know each other yet: much runs through intermediaries."
        case .moderate: return text
        case .high: return text + " Partners form close-knit circles: good for trust, but new ideas travel slowly between the circles."
        }
    }

    var eiKindName: String { "Across kinds of actors (E–I index)" }
    func eiKindMeaning(_ level: MixingLevel) -> String {
        switch level {
        case .within: "Most ties stay within one kind of actor (offices with offices, associations with associations): the fields work side by side."
        case .balanced: "Ties within and across kinds of actors are about balanced."
        case .between: "Most ties cross the boundaries between kinds: administration, committees, institutions and civil society work with each other rather than side by side."
        }
    }

    var eiMunicipalityName: String { "Across municipalities (E–I index)" }
    func eiMunicipalityMeaning(_ level: MixingLevel) -> String {
        switch level {
        case .within: "Most ties stay within one municipality; cooperation across municipal borders is the exception."
        case .balanced: "Ties within and across municipalities are about balanced."
        case .between: "Most ties cross municipal borders, as is typical for regional or state-level networks."
        }
    }

    var modularityName: String { "Modularity" }
    func modularityMeaning(_ level: ModularityLevel, communities: Int) -> String {
        switch level {
        case .clear: "The landscape falls clearly into \(communities) communities that work mainly among themselves (section 7). The few ties between the communities deserve care."
        case .weak: "No sharply separated communities: the landscape works as one network rather than as separate circles (section 7)."
        }
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
}
