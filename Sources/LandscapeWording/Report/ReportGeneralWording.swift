import LandscapeCore

/// The report's words for dates, numbers, names, headings and the document frame.
public protocol ReportGeneralWording: Sendable {
    var defaultTitle: String { get }
    /// "Report for the steering group".
    var reportKind: String { get }
    func heading(_ section: ReportSection) -> String
    var contentsHeading: String { get }
    func anonymizationNote(_ note: AnonymizationNote) -> String
    /// A name for an anonymised actor: "Stiftung 2".
    func pseudonym(_ kind: ActorKind, number: Int) -> String
    func asOf(_ date: String) -> String
    func onDay(_ date: String) -> String
    func date(_ date: PartialDate) -> String
    /// A date with its preposition: "im Dezember 2021", "am 31. Dezember 2021", "2021".
    func when(_ date: PartialDate) -> String
    func day(_ day: CalendarDay) -> String
    func period(_ period: ActivePeriod) -> String
    /// How numbers are written in this language.
    var numbers: NumberStyle { get }
    /// Names for a table cell: "A · B · C and 2 more".
    func list(_ names: [String], limit: Int) -> String
    /// Names for a sentence: "»A«, »B« and »C«".
    func quoted(_ names: [String], limit: Int) -> String
    var total: String { get }
    var noMunicipality: String { get }
    var noSector: String { get }
}

extension ReportGeneralWording {
    public func integer(_ value: Int) -> String { numbers.integer(value) }
    public func decimal(_ value: Double, digits: Int) -> String { numbers.decimal(value, digits: digits) }
    /// A share as a percentage: whole numbers, one decimal below 10 %.
    public func percent(_ share: Double) -> String { numbers.percent(share) }
    /// With a sign: "+0,74", "−0,44".
    public func signed(_ value: Double) -> String { numbers.signed(value) }
}

extension CatalogReportWording: ReportGeneralWording {
    private var general: ReportGeneralMessages { catalog.reportGeneral }

    var defaultTitle: String { general.defaultTitle }
    var reportKind: String { general.reportKind }

    func heading(_ section: ReportSection) -> String {
        switch section {
        case .scope: general.headingScope
        case .diagrams: general.headingDiagrams
        case .figures: general.headingFigures
        case .centralActors: general.headingCentralActors
        case .gaps: general.headingGaps
        case .opportunities: general.headingOpportunities
        case .communities: general.headingCommunities
        case .coverage: general.headingCoverage
        case .method: general.headingMethod
        }
    }

    var contentsHeading: String { general.contentsHeading }

    func anonymizationNote(_ note: AnonymizationNote) -> String {
        switch note {
        case .contactsRemoved: general.anonymizedContactsRemoved
        case .namesReplaced: general.anonymizedNamesReplaced
        }
    }

    func pseudonym(_ kind: ActorKind, number: Int) -> String {
        let word = switch kind {
        case .office: general.pseudonymOffice
        case .agency: general.pseudonymAgency
        case .politics: general.pseudonymPolitics
        case .committee: general.pseudonymCommittee
        case .foundation: general.pseudonymFoundation
        case .association: general.pseudonymAssociation
        case .institution: general.pseudonymInstitution
        case .business: general.pseudonymBusiness
        case .program: general.pseudonymProgram
        case .research: general.pseudonymResearch
        case .other: general.pseudonymOther
        case .resource: general.pseudonymResource
        case .event: general.pseudonymEvent
        }
        return general.pseudonymName(kind: word, number: String(number))
    }

    func asOf(_ date: String) -> String { general.asOf(date: date) }
    func onDay(_ date: String) -> String { general.onDay(date: date) }

    func date(_ date: PartialDate) -> String {
        guard let month = date.month else { return general.dateYear(year: String(date.year)) }
        guard let day = date.day else { return general.dateMonth(month: monthName(month), year: String(date.year)) }
        return general.dateDay(day: String(day), month: monthName(month), year: String(date.year))
    }

    func when(_ date: PartialDate) -> String {
        if date.day != nil { return general.whenDay(date: self.date(date)) }
        if date.month != nil { return general.whenMonth(date: self.date(date)) }
        return general.whenYear(date: self.date(date))
    }

    func day(_ day: CalendarDay) -> String {
        general.dateDay(day: String(day.day), month: monthName(day.month), year: String(day.year))
    }

    /// The name of month 1 to 12.
    private func monthName(_ month: Int) -> String {
        let names = [general.monthsJanuary, general.monthsFebruary, general.monthsMarch, general.monthsApril, general.monthsMay,
                     general.monthsJune, general.monthsJuly, general.monthsAugust, general.monthsSeptember, general.monthsOctober,
                     general.monthsNovember, general.monthsDecember]
        return names.indices.contains(month - 1) ? names[month - 1] : String(month)
    }

    func period(_ period: ActivePeriod) -> String {
        switch (period.since, period.until) {
        case (let since?, let until?): general.periodBoth(since: since.description, until: until.description)
        case (let since?, nil): general.periodSince(since: since.description)
        case (nil, let until?): general.periodUntil(until: until.description)
        case (nil, nil): ""
        }
    }

    func list(_ names: [String], limit: Int) -> String { catalog.cell(names, limit: limit) }
    func quoted(_ names: [String], limit: Int) -> String { catalog.quoted(names, limit: limit) }
    var total: String { general.total }
    var noMunicipality: String { general.noMunicipality }
    var noSector: String { general.noSector }
}
