import LandscapeCore

/// The report's words for dates, numbers, names, headings and the document frame; its texts
/// (`defaultTitle`, `reportKind`, `contentsHeading`, `total`, `noMunicipality`, `noSector`) are
/// those of `Catalogs/LANGUAGE/report-general.yaml`.
extension ReportWording {
    /// The heading of a section.
    public func heading(_ section: ReportSection) -> String {
        switch section {
        case .scope: general.headingScope
        case .diagrams: general.headingDiagrams
        case .figures: general.headingFigures
        case .centralActors: general.headingCentralActors
        case .gaps: general.headingGaps
        case .opportunities: general.headingOpportunities
        case .communities: general.headingCommunities
        case .instruments: general.headingInstruments
        case .coverage: general.headingCoverage
        case .method: general.headingMethod
        }
    }

    /// The note on what a shared report leaves out.
    public func anonymizationNote(_ note: AnonymizationNote) -> String {
        switch note {
        case .contactsRemoved: general.anonymizedContactsRemoved
        case .namesReplaced: general.anonymizedNamesReplaced
        }
    }

    /// A name for an anonymised actor: "Stiftung 2".
    public func pseudonym(_ kind: ActorKind, number: Int) -> String {
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

    /// "As of 31 December 2021", with the day as shown.
    public func asOf(_ date: String) -> String { general.asOf(date: date) }

    /// "The landscape on 31 December 2021", with the day as shown.
    public func onDay(_ date: String) -> String { general.onDay(date: date) }

    /// A date as precise as it is given: "2021", "December 2021", "31 December 2021".
    public func date(_ date: PartialDate) -> String {
        guard let month = date.month else { return general.dateYear(year: String(date.year)) }
        guard let day = date.day else { return general.dateMonth(month: monthName(month), year: String(date.year)) }
        return general.dateDay(day: String(day), month: monthName(month), year: String(date.year))
    }

    /// A date with its preposition: "im Dezember 2021", "am 31. Dezember 2021", "2021".
    public func when(_ date: PartialDate) -> String {
        if date.day != nil { return general.whenDay(date: self.date(date)) }
        if date.month != nil { return general.whenMonth(date: self.date(date)) }
        return general.whenYear(date: self.date(date))
    }

    /// A calendar day: "31 December 2021".
    public func day(_ day: CalendarDay) -> String {
        general.dateDay(day: String(day.day), month: monthName(day.month), year: String(day.year))
    }

    /// The name of month 1 to 12.
    private func monthName(_ month: Int) -> String {
        let names = [general.monthsJanuary, general.monthsFebruary, general.monthsMarch, general.monthsApril, general.monthsMay,
                     general.monthsJune, general.monthsJuly, general.monthsAugust, general.monthsSeptember, general.monthsOctober,
                     general.monthsNovember, general.monthsDecember]
        return names.indices.contains(month - 1) ? names[month - 1] : String(month)
    }

    /// When an actor is active, the dates as a reader says them ("Mai 2019 – Dezember 2024", "bis Dezember 2020"; one
    /// date when both are the same: "August 2019"), not as data ("2019-05–2024-12").
    public func period(_ period: ActivePeriod) -> String {
        switch (period.since, period.until) {
        case (let since?, let until?) where since == until: date(since)
        case (let since?, let until?): general.periodBoth(since: date(since), until: date(until))
        case (let since?, nil): general.periodSince(since: date(since))
        case (nil, let until?): general.periodUntil(until: date(until))
        case (nil, nil): ""
        }
    }

    /// Names for a table cell: "A · B · C and 2 more".
    public func list(_ names: [String], limit: Int) -> String { catalog.cell(names, limit: limit) }

    /// Names for a sentence: "»A«, »B« and »C«".
    public func quoted(_ names: [String], limit: Int) -> String { catalog.quoted(names, limit: limit) }

    /// A whole number in this language's digits: "1,234", "1.234".
    public func integer(_ value: Int) -> String { numbers.integer(value) }

    /// A number with `digits` decimals: "0.74", "0,74".
    public func decimal(_ value: Double, digits: Int) -> String { numbers.decimal(value, digits: digits) }

    /// A share as a percentage: whole numbers, one decimal below 10 %.
    public func percent(_ share: Double) -> String { numbers.percent(share) }

    /// With a sign: "+0,74", "−0,44".
    public func signed(_ value: Double) -> String { numbers.signed(value) }
}
