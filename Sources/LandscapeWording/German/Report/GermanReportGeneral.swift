import LandscapeCore

extension GermanReportWording: ReportGeneralWording {
    var defaultTitle: String { "Bildungslandschaft" }
    var reportKind: String { "Bericht für die Lenkungsgruppe" }

    func heading(_ section: ReportSection) -> String {
        switch section {
        case .scope: "Umfang der Karte"
        case .diagrams: "Das Netzwerk im Überblick"
        case .figures: "Kennzahlen"
        case .centralActors: "Zentrale Akteure und Vermittler"
        case .gaps: "Lücken"
        case .opportunities: "Kooperationsmöglichkeiten"
        case .communities: "Wer zusammenarbeitet: Teilnetze"
        case .coverage: "Abdeckung der Bedarfe"
        case .method: "Methode"
        }
    }

    var contentsHeading: String { "Inhalt" }

    func anonymizationNote(_ note: AnonymizationNote) -> String {
        switch note {
        case .contactsRemoved: "Zur Weitergabe anonymisiert: Kontaktdaten entfernt."
        case .namesReplaced: "Zur Weitergabe anonymisiert: Akteure sind nach Art und Nummer benannt, Kontaktdaten und Notizen entfernt."
        }
    }

    func pseudonym(_ kind: ActorKind, number: Int) -> String {
        let word: String
        switch kind {
        case .office: word = "Amt"
        case .agency: word = "Behörde"
        case .politics: word = "Politisches Gremium"
        case .committee: word = "Gremium"
        case .foundation: word = "Stiftung"
        case .association: word = "Verein"
        case .institution: word = "Einrichtung"
        case .business: word = "Unternehmen"
        case .program: word = "Förderprogramm"
        case .research: word = "Forschungseinrichtung"
        case .other: word = "Sonstiger Akteur"
        }
        return "\(word) \(number)"
    }

    func asOf(_ date: String) -> String { "Stand: \(date)" }
    func onDay(_ date: String) -> String { "Die Bildungslandschaft am \(date)" }

    static let months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                         "November", "Dezember"]

    func date(_ date: PartialDate) -> String {
        guard let month = date.month else { return "\(date.year)" }
        let name = Self.months[month - 1]
        guard let day = date.day else { return "\(name) \(date.year)" }
        return "\(day). \(name) \(date.year)"
    }

    func when(_ date: PartialDate) -> String {
        if date.day != nil { return "am " + self.date(date) }
        if date.month != nil { return "im " + self.date(date) }
        return self.date(date)
    }

    func day(_ day: CalendarDay) -> String { "\(day.day). \(Self.months[day.month - 1]) \(day.year)" }

    func period(_ period: ActivePeriod) -> String {
        switch (period.since, period.until) {
        case (let since?, let until?): "\(since)–\(until)"
        case (let since?, nil): "seit \(since)"
        case (nil, let until?): "bis \(until)"
        case (nil, nil): ""
        }
    }

    var total: String { "gesamt" }
    var noMunicipality: String { "ohne Kommune" }
    var noSector: String { "ohne Angabe" }
}
