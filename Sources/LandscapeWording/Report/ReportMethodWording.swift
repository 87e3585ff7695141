import LandscapeCore

/// The report's words for section 9, the method and its sources.
public protocol ReportMethodWording: Sendable {
    var methodIntro: String { get }
    var methodGroups: [MethodGroup] { get }
    var sourcesHeading: String { get }
    func colophon(_ date: String) -> String
}

extension CatalogReportWording: ReportMethodWording {
    private var method: ReportMethodMessages { catalog.reportMethod }

    var methodIntro: String { method.intro }

    var methodGroups: [MethodGroup] {
        let m = method
        return [
            MethodGroup(heading: m.groupsNetworkHeading, entries: [
                (m.groupsNetworkNetworkTerm, m.groupsNetworkNetworkDefinition),
                (m.groupsNetworkLimitsTerm, m.groupsNetworkLimitsDefinition),
            ]),
            MethodGroup(heading: m.groupsFiguresHeading, entries: [
                (m.groupsFiguresDensityTerm, m.groupsFiguresDensityDefinition),
                (m.groupsFiguresAverageDegreeTerm, m.groupsFiguresAverageDegreeDefinition),
                (m.groupsFiguresComponentsTerm, m.groupsFiguresComponentsDefinition),
                (m.groupsFiguresDistanceTerm, m.groupsFiguresDistanceDefinition),
                (m.groupsFiguresCentralizationTerm, m.groupsFiguresCentralizationDefinition),
                (m.groupsFiguresTransitivityTerm, m.groupsFiguresTransitivityDefinition),
                (m.groupsFiguresEiIndexTerm, m.groupsFiguresEiIndexDefinition),
                (m.groupsFiguresFormalTerm, m.groupsFiguresFormalDefinition),
            ]),
            MethodGroup(heading: m.groupsCentralHeading, entries: [
                (m.groupsCentralBetweennessTerm, m.groupsCentralBetweennessDefinition),
                (m.groupsCentralDegreeTerm, m.groupsCentralDegreeDefinition),
                (m.groupsCentralPagerankTerm, m.groupsCentralPagerankDefinition),
                (m.groupsCentralBrokerageTerm, m.groupsCentralBrokerageDefinition),
            ]),
            MethodGroup(heading: m.groupsCommunitiesHeading, entries: [
                (m.groupsCommunitiesSearchTerm, m.groupsCommunitiesSearchDefinition),
                (m.groupsCommunitiesModularityTerm, m.groupsCommunitiesModularityDefinition),
            ]),
            MethodGroup(heading: m.groupsGapRulesHeading, entries: GapType.allCases.map { (gapTypeName($0), gapRule($0)) }),
            MethodGroup(heading: m.groupsOpportunitiesHeading, entries: [
                (m.groupsOpportunitiesCandidatesTerm, m.groupsOpportunitiesCandidatesDefinition),
                (m.groupsOpportunitiesRankingTerm, m.groupsOpportunitiesRankingDefinition),
            ]),
            MethodGroup(heading: m.groupsScenariosHeading, entries: [
                (m.groupsScenariosWhatIfTerm, m.groupsScenariosWhatIfDefinition),
                (m.groupsScenariosCoverageTerm, m.groupsScenariosCoverageDefinition),
            ]),
        ]
    }

    /// When a gap of this type is found, and how urgent it is.
    private func gapRule(_ type: GapType) -> String {
        switch type {
        case .isolate: method.groupsGapRulesIsolate
        case .pendant: method.groupsGapRulesPendant
        case .fragmented: method.groupsGapRulesFragmented
        case .cutPoint: method.groupsGapRulesCutPoint
        case .bridge: method.groupsGapRulesBridge
        case .groupHole: method.groupsGapRulesGroupHole
        case .uncoordinated: method.groupsGapRulesUncoordinated
        case .programDependency: method.groupsGapRulesProgramDependency
        case .uncovered: method.groupsGapRulesUncovered
        case .planningSilo: method.groupsGapRulesPlanningSilo
        }
    }

    var sourcesHeading: String { method.sourcesHeading }
    func colophon(_ date: String) -> String { method.colophon(date: date) }
}
