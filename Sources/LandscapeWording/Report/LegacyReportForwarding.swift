import LandscapeCore

/// The topics still worded per language, while the report moves to the catalogs.
typealias LegacyReportWording = ReportGeneralWording & ReportScopeWording & ReportCentralWording & ReportGapsWording & ReportMethodWording

/// Forwards the topics still worded per language.
extension CatalogReportWording: ReportGeneralWording {
    var defaultTitle: String { old.defaultTitle }
    var reportKind: String { old.reportKind }
    func heading(_ section: ReportSection) -> String { old.heading(section) }
    var contentsHeading: String { old.contentsHeading }
    func anonymizationNote(_ note: AnonymizationNote) -> String { old.anonymizationNote(note) }
    func pseudonym(_ kind: ActorKind, number: Int) -> String { old.pseudonym(kind, number: number) }
    func asOf(_ date: String) -> String { old.asOf(date) }
    func onDay(_ date: String) -> String { old.onDay(date) }
    func date(_ date: PartialDate) -> String { old.date(date) }
    func when(_ date: PartialDate) -> String { old.when(date) }
    func day(_ day: CalendarDay) -> String { old.day(day) }
    func period(_ period: ActivePeriod) -> String { old.period(period) }
    func list(_ names: [String], limit: Int) -> String { old.list(names, limit: limit) }
    func quoted(_ names: [String], limit: Int) -> String { old.quoted(names, limit: limit) }
    var total: String { old.total }
    var noMunicipality: String { old.noMunicipality }
    var noSector: String { old.noSector }
}

extension CatalogReportWording: ReportScopeWording {
    func scopeLead(actors: Int, ties: Int, municipalities: [String], needs: Int) -> String { old.scopeLead(actors: actors, ties: ties, municipalities: municipalities, needs: needs) }
    var glanceHeading: String { old.glanceHeading }
    func glanceCentral(_ name: String, share: Double) -> String { old.glanceCentral(name, share: share) }
    func glanceFragments(components: Int, largestShare: Double) -> String { old.glanceFragments(components: components, largestShare: largestShare) }
    func glanceGaps(high: Int, medium: Int, low: Int) -> String { old.glanceGaps(high: high, medium: medium, low: low) }
    func glanceUncovered(_ needs: [String]) -> String { old.glanceUncovered(needs) }
    func glanceProgrammes(count: Int, first: String, until: String, positions: Int, cutOff: Int) -> String { old.glanceProgrammes(count: count, first: first, until: until, positions: positions, cutOff: cutOff) }
    func glanceSuggestion(_ a: String, _ b: String, total: Int) -> String { old.glanceSuggestion(a, b, total: total) }
    var actorsByKindHeading: String { old.actorsByKindHeading }
    var tiesByKindHeading: String { old.tiesByKindHeading }
    var kindColumn: String { old.kindColumn }
    func otherMunicipalities(_ count: Int) -> String { old.otherMunicipalities(count) }
    var tieKindColumn: String { old.tieKindColumn }
    var countColumn: String { old.countColumn }
    var writtenColumn: String { old.writtenColumn }
}

extension CatalogReportWording: ReportCentralWording {
    var centralIntro: String { old.centralIntro }
    var actorColumn: String { old.actorColumn }
    var betweennessHeading: String { old.betweennessHeading }
    var betweennessIntro: String { old.betweennessIntro }
    var betweennessColumn: String { old.betweennessColumn }
    var degreeHeading: String { old.degreeHeading }
    var degreeIntro: String { old.degreeIntro }
    var degreeColumn: String { old.degreeColumn }
    var pagerankHeading: String { old.pagerankHeading }
    func pagerankIntro(average: Double) -> String { old.pagerankIntro(average: average) }
    var pagerankColumn: String { old.pagerankColumn }
    var nobodyRanked: String { old.nobodyRanked }
    var brokerageHeading: String { old.brokerageHeading }
    var brokerageIntro: String { old.brokerageIntro }
    func roleName(_ role: BrokerageRole) -> String { old.roleName(role) }
    func roleExplanation(_ role: BrokerageRole) -> String { old.roleExplanation(role) }
    var rolesColumn: String { old.rolesColumn }
    var totalRolesColumn: String { old.totalRolesColumn }
    var nobodyBrokers: String { old.nobodyBrokers }
    var committeesDoNotBroker: String { old.committeesDoNotBroker }
    var whoIsWhoHeading: String { old.whoIsWhoHeading }
    func roleClause(_ clause: RoleClause) -> String { old.roleClause(clause) }
}

extension CatalogReportWording: ReportGapsWording {
    func gapsIntro(count: Int) -> String { old.gapsIntro(count: count) }
    var noGaps: String { old.noGaps }
    func severityName(_ severity: GapSeverity) -> String { old.severityName(severity) }
    func severityHeading(_ severity: GapSeverity, count: Int) -> String { old.severityHeading(severity, count: count) }
    func gapTypeName(_ type: GapType) -> String { old.gapTypeName(type) }
    var gapTypeColumn: String { old.gapTypeColumn }
    var whatToDo: String { old.whatToDo }
    var whatIfHeading: String { old.whatIfHeading }
    var whatIfIntro: String { old.whatIfIntro }
    var noEndingProgrammes: String { old.noEndingProgrammes }
    func programmeEnds(_ date: String, ended: Bool) -> String { old.programmeEnds(date, ended: ended) }
    func programmesCarryingNothing(_ programmes: [(String, String)]) -> String { old.programmesCarryingNothing(programmes) }
    func whatIfSentence(positions: [String], fundingTies: Int, cutOff: [String], brokers: [String], committees: [String], pairsLostShare: Double?, lostTies: Int) -> String { old.whatIfSentence(positions: positions, fundingTies: fundingTies, cutOff: cutOff, brokers: brokers, committees: committees, pairsLostShare: pairsLostShare, lostTies: lostTies) }
    var beforeColumn: String { old.beforeColumn }
    var afterColumn: String { old.afterColumn }
    var actorsRow: String { old.actorsRow }
    var tiesRow: String { old.tiesRow }
    var componentsRow: String { old.componentsRow }
    var largestShareRow: String { old.largestShareRow }
    var connectedPairsRow: String { old.connectedPairsRow }
    var distanceRow: String { old.distanceRow }
}

extension CatalogReportWording: ReportMethodWording {
    var methodIntro: String { old.methodIntro }
    var methodGroups: [MethodGroup] { old.methodGroups }
    var sourcesHeading: String { old.sourcesHeading }
    func colophon(_ date: String) -> String { old.colophon(date) }
}

