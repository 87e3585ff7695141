import LandscapeCore
import LandscapeWording

/// Every word of the report, one implementation per language (ReportWording+English.swift,
/// ReportWording+German.swift). Names of kinds, tie kinds and sectors come from the diagrams'
/// `DiagramStrings`, gap explanations and suggestions from the library's own wording, so the
/// report says things the way the other commands do.
protocol ReportWording: Sendable {
    // MARK: General
    var defaultTitle: String { get }
    /// "Report for the steering group".
    var reportKind: String { get }
    func heading(_ section: ReportSection) -> String
    var contentsHeading: String { get }
    func anonymizationNote(_ level: Anonymization) -> String
    /// A name for an anonymised actor: "Stiftung 2".
    func pseudonym(_ kind: ActorKind, number: Int) -> String
    func asOf(_ date: String) -> String
    func onDay(_ date: String) -> String
    func date(_ date: PartialDate) -> String
    /// A date with its preposition: "im Dezember 2021", "am 31. Dezember 2021", "2021".
    func when(_ date: PartialDate) -> String
    func day(_ day: CalendarDay) -> String
    func period(_ period: ActivePeriod) -> String
    func integer(_ value: Int) -> String
    func decimal(_ value: Double, digits: Int) -> String
    /// A share as a percentage: whole numbers, one decimal below 10 %.
    func percent(_ share: Double) -> String
    /// With a sign: "+0,74", "−0,44".
    func signed(_ value: Double) -> String
    /// Names for a table cell: "A · B · C and 2 more".
    func list(_ names: [String], limit: Int) -> String
    /// Names for a sentence: "»A«, »B« and »C«".
    func quoted(_ names: [String], limit: Int) -> String
    var total: String { get }
    var noMunicipality: String { get }
    var noSector: String { get }

    // MARK: 1 Scope
    func scopeLead(actors: Int, ties: Int, municipalities: [String], needs: Int) -> String
    var glanceHeading: String { get }
    func glanceCentral(_ name: String, share: Double) -> String
    func glanceFragments(components: Int, largestShare: Double) -> String
    func glanceGaps(high: Int, medium: Int, low: Int) -> String
    func glanceUncovered(_ needs: [String]) -> String
    func glanceProgrammes(count: Int, first: String, until: String, positions: Int, cutOff: Int) -> String
    func glanceSuggestion(_ a: String, _ b: String, total: Int) -> String
    var actorsByKindHeading: String { get }
    var tiesByKindHeading: String { get }
    var kindColumn: String { get }
    func otherMunicipalities(_ count: Int) -> String
    var tieKindColumn: String { get }
    var countColumn: String { get }
    var writtenColumn: String { get }

    // MARK: 2 Diagrams
    var diagramIntro: String { get }
    var networkCaption: String { get }
    var networkReading: String { get }
    var steeringCaption: String { get }
    var steeringReading: String { get }
    var noCommittees: String { get }
    /// "The next 4 pages show it enlarged in parts."
    func tilesFollow(_ count: Int) -> String
    var zoomHint: String { get }
    /// "Part 2 of 4 (top right), enlarged."
    func tileCaption(_ number: Int, of count: Int, row: Int, column: Int, rows: Int, columns: Int) -> String
    func diagramFailed(_ reason: String) -> String
    var directoryHeading: String { get }
    var nameColumn: String { get }
    var municipalityColumn: String { get }
    var periodColumn: String { get }
    var fundedByColumn: String { get }
    var contactColumn: String { get }

    // MARK: 3 Key figures
    var figuresIntro: String { get }
    var densityName: String { get }
    func densityMeaning(_ density: Double, actors: Int) -> String
    var averageDegreeName: String { get }
    func averageDegreeMeaning(_ average: Double, pendants: Int) -> String
    var componentsName: String { get }
    func componentsMeaning(_ components: Int, largestShare: Double, isolates: Int) -> String
    var distanceName: String { get }
    func distanceMeaning(_ distance: Double, diameter: Int) -> String
    var centralizationName: String { get }
    func centralizationMeaning(_ value: Double, hub: String?) -> String
    var transitivityName: String { get }
    func transitivityMeaning(_ value: Double) -> String
    var eiKindName: String { get }
    func eiKindMeaning(_ value: Double) -> String
    var eiMunicipalityName: String { get }
    func eiMunicipalityMeaning(_ value: Double) -> String
    var modularityName: String { get }
    func modularityMeaning(_ value: Double, communities: Int) -> String
    var formalName: String { get }
    func formalMeaning(_ share: Double, written: Int) -> String
    var mixingHeading: String { get }
    var mixingIntro: String { get }
    var mixingCaption: String { get }
    var mixingReading: String { get }
    var eiColumn: String { get }
    /// The ends of the E–I and centralisation scales.
    var eiWithin: String { get }
    var eiBetween: String { get }
    var centralizationEven: String { get }
    var centralizationStar: String { get }
    func mixingCellTitle(_ a: String, _ b: String, _ count: Int) -> String

    // MARK: 4 Central actors
    var centralIntro: String { get }
    var actorColumn: String { get }
    var betweennessHeading: String { get }
    var betweennessIntro: String { get }
    var betweennessColumn: String { get }
    var degreeHeading: String { get }
    var degreeIntro: String { get }
    var degreeColumn: String { get }
    var pagerankHeading: String { get }
    func pagerankIntro(average: Double) -> String
    var pagerankColumn: String { get }
    var nobodyRanked: String { get }
    var brokerageHeading: String { get }
    var brokerageIntro: String { get }
    func roleName(_ role: BrokerageRole) -> String
    func roleExplanation(_ role: BrokerageRole) -> String
    var rolesColumn: String { get }
    var totalRolesColumn: String { get }
    var nobodyBrokers: String { get }
    var committeesDoNotBroker: String { get }
    var whoIsWhoHeading: String { get }
    func roleSentence(_ facts: RoleFacts) -> String

    // MARK: 5 Gaps
    func gapsIntro(count: Int) -> String
    var noGaps: String { get }
    func severityName(_ severity: GapSeverity) -> String
    func severityHeading(_ severity: GapSeverity, count: Int) -> String
    func gapTypeName(_ type: GapType) -> String
    var gapTypeColumn: String { get }
    var whatToDo: String { get }
    var whatIfHeading: String { get }
    var whatIfIntro: String { get }
    var noEndingProgrammes: String { get }
    func programmeEnds(_ date: String, ended: Bool) -> String
    /// Programmes with an end date that fund nothing on the map: names and "ends in …".
    func programmesCarryingNothing(_ programmes: [(String, String)]) -> String
    func whatIfSentence(positions: [String], fundingTies: Int, cutOff: [String], brokers: [String], committees: [String],
                        pairsLostShare: Double?, lostTies: Int) -> String
    var beforeColumn: String { get }
    var afterColumn: String { get }
    var actorsRow: String { get }
    var tiesRow: String { get }
    var componentsRow: String { get }
    var largestShareRow: String { get }
    var connectedPairsRow: String { get }
    var distanceRow: String { get }

    // MARK: 6 Opportunities
    var opportunitiesIntro: String { get }
    var noSuggestions: String { get }
    var closesLabel: String { get }
    var opportunitiesMethod: String { get }

    // MARK: 7 Communities
    func communitiesIntro(count: Int, modularity: Double) -> String
    var communityCaption: String { get }
    var communityReading: String { get }
    var noCommunities: String { get }
    func singleActors(_ names: [String]) -> String
    func communityName(_ number: Int, size: Int) -> String
    func communityShortName(_ number: Int) -> String
    func communityTopics(_ topics: [String]) -> String
    func communityComposition(kinds: [(String, Int)], municipality: (String, Int)?, sector: (String, Int)?, size: Int) -> String
    var comparisonHeading: String { get }
    func municipalityComparison(purity: Double?, split: Int) -> String
    func singleMunicipality(_ name: String?) -> String
    func sectorComparison(purity: Double?, split: Int) -> String
    var communityByMunicipalityCaption: String { get }
    var communityBySectorCaption: String { get }
    func crossCellTitle(_ row: String, _ column: String, _ count: Int) -> String

    // MARK: 8 Coverage
    var coverageIntro: String { get }
    var coverageWithoutNeeds: String { get }
    var noTopics: String { get }
    var needColumn: String { get }
    var topicColumn: String { get }
    var statusColumn: String { get }
    var servedByColumn: String { get }
    func coverageStatus(_ status: Coverage.Status) -> String
    var byTargetGroupHeading: String { get }
    var byTargetGroupIntro: String { get }
    var otherTargetGroups: String { get }
    var bySectorHeading: String { get }
    var bySectorIntro: String { get }
    func coverageCellTitle(_ need: String, _ column: String, _ names: [String]) -> String

    // MARK: 9 Method
    var methodIntro: String { get }
    var methodGroups: [MethodGroup] { get }
    var sourcesHeading: String { get }
    func colophon(_ date: String) -> String
}

extension Language {
    var reportWording: any ReportWording {
        switch self {
        case .en: EnglishReportWording()
        case .de: GermanReportWording()
        }
    }
}

/// The sources the method section cites (as in docs/measures.md).
enum MethodSources {
    static let all = [
        "Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of communities in large networks. Journal of Statistical Mechanics P10008.",
        "Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical Sociology 25(2), 163–177.",
        "Brin, S. & Page, L. (1998). The anatomy of a large-scale hypertextual Web search engine. Computer Networks and ISDN Systems 30, 107–117.",
        "Freeman, L. C. (1977). A set of measures of centrality based on betweenness. Sociometry 40(1), 35–41.",
        "Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social Networks 1(3), 215–239.",
        "Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to brokerage in transaction networks. Sociological Methodology 19, 89–126.",
        "Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: an experimental simulation. Social Psychology Quarterly 51(2), 123–140.",
        "Newman, M. E. J. & Girvan, M. (2004). Finding and evaluating community structure in networks. Physical Review E 69, 026113.",
        "Wasserman, S. & Faust, K. (1994). Social Network Analysis: Methods and Applications. Cambridge University Press.",
        "Zhou, T., Lü, L. & Zhang, Y.-C. (2009). Predicting missing links via local information. European Physical Journal B 71, 623–630.",
    ]
}
