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
