import LandscapeCore

extension EnglishReportWording: ReportGeneralWording {
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

    func anonymizationNote(_ note: AnonymizationNote) -> String {
        switch note {
        case .contactsRemoved: "Anonymised for sharing: contact data removed."
        case .namesReplaced: "Anonymised for sharing: actors are named by kind and number, contact data and notes removed."
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

    var total: String { "total" }
    var noMunicipality: String { "no municipality" }
    var noSector: String { "no sector given" }
}
