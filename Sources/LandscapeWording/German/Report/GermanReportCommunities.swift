import LandscapeCore

extension GermanReportWording: ReportCommunitiesWording {
    func communitiesIntro(count: Int, modularity: Double, level: ModularityLevel) -> String {
        let structure = level == .clear ? "eine deutliche Gliederung" : "eine schwache Gliederung"
        return "Ein Teilnetz ist eine Gruppe von Akteuren mit vielen Verbindungen untereinander und wenigen nach außen. Die Suche findet \(count == 1 ? "1 Teilnetz" : "\(count) Teilnetze") aus zwei oder mehr Akteuren (Modularität \(decimal(modularity, digits: 2)): \(structure)). Teilnetze werden gefunden, nicht festgelegt: Wenn sie nicht zu den bestehenden Arbeitsgruppen passen, lohnt sich das Gespräch darüber."
    }
    var communityCaption: String { "Teilnetze." }
    var communityReading: String { "Die Farbe zeigt das Teilnetz; die Form zeigt weiterhin die Art des Akteurs." }
    var noCommunities: String { "Es gibt keine Verbindungen und daher keine Teilnetze." }
    func singleActors(_ names: [String]) -> String { "In keinem Teilnetz (ohne Verbindung): \(list(names, limit: 12))." }
    func communityName(_ number: Int, size: Int) -> String { "Teilnetz \(number) (\(actors(size)))" }
    func communityShortName(_ number: Int) -> String { "Teilnetz \(number)" }
    func communityTopics(_ topics: [String]) -> String { "Arbeitet vor allem zu: \(topics.joined(separator: ", "))." }

    func communityComposition(kinds: [(String, Int)], municipality: (String, Int)?, sector: (String, Int)?, size: Int) -> String {
        var parts = ["Vor allem " + kinds.map { "\($0.0) (\($0.1))" }.joined(separator: ", ")]
        if let municipality { parts.append("\(municipality.1) von \(size) aus \(municipality.0)") }
        if let sector { parts.append("häufigster Bildungsbereich: \(sector.0) (\(sector.1))") }
        return parts.joined(separator: "; ") + "."
    }

    var comparisonHeading: String { "Teilnetze im Vergleich mit Kommunen und Bildungsbereichen" }

    var noMunicipalityNamed: String { "Die Akteure nennen keine Kommune." }

    func municipalityComparison(purity: Double, alignment: CommunityAlignment, split: Int) -> String {
        var text = switch alignment {
        case .follows: "Die Teilnetze folgen weitgehend den kommunalen Grenzen: \(percent(purity)) der Akteure sind in einem Teilnetz, in dem ihre eigene Kommune die Mehrheit stellt."
        case .crosses: "Die Teilnetze gehen quer durch die Kommunen: Nur \(percent(purity)) der Akteure sind in einem Teilnetz, in dem ihre eigene Kommune die Mehrheit stellt."
        }
        if split > 0 { text += " \(split == 1 ? "1 Kommune verteilt sich" : "\(split) Kommunen verteilen sich") auf mehrere Teilnetze." }
        return text
    }

    func singleMunicipality(_ name: String?) -> String {
        "Fast alle Akteure gehören zu \(name ?? "einer Kommune"): Die Teilnetze sind Arbeitsfelder innerhalb der Kommune, nicht Kommunen."
    }

    var noSectorNamed: String { "Die Akteure nennen keinen Bildungsbereich." }

    func sectorComparison(purity: Double, alignment: CommunityAlignment) -> String {
        switch alignment {
        case .follows: "Die Teilnetze folgen weitgehend den Bildungsbereichen: \(percent(purity)) der Akteure (mit Angabe) sind in einem Teilnetz, in dem ihr erstgenannter Bildungsbereich die Mehrheit stellt."
        case .crosses: "Die Teilnetze verbinden Bildungsbereiche: Nur \(percent(purity)) der Akteure (mit Angabe) sind in einem Teilnetz, in dem ihr erstgenannter Bildungsbereich die Mehrheit stellt – Zusammenarbeit entlang des Lebenslaufs statt innerhalb eines Bereichs."
        }
    }

    var communityByMunicipalityCaption: String { "Akteure je Teilnetz nach Kommune" }
    var communityBySectorCaption: String { "Akteure je Teilnetz nach erstgenanntem Bildungsbereich" }
    func crossCellTitle(_ row: String, _ column: String, _ count: Int) -> String { "\(row), \(column): \(actors(count))" }
}
