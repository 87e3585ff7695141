import LandscapeCore

/// The report's words for section 10, the method and its sources; its texts (`methodIntro`,
/// `sourcesHeading`) are those of `Catalogs/LANGUAGE/report-method.yaml`, whose groups of
/// definitions `methodGroups` lists in the catalog's order.
extension ReportWording {
    /// The groups of definitions: each a heading and its terms with their definitions; the gap
    /// rules under the names the gaps give their types.
    public var methodGroups: [MethodGroup] {
        let m = method
        return [
            MethodGroup(heading: m.networkHeading, entries: [
                (m.networkNetworkTerm, m.networkNetworkDefinition), (m.networkLimitsTerm, m.networkLimitsDefinition),
            ]),
            MethodGroup(heading: m.figuresHeading, entries: [
                (m.figuresDensityTerm, m.figuresDensityDefinition), (m.figuresAverageDegreeTerm, m.figuresAverageDegreeDefinition),
                (m.figuresComponentsTerm, m.figuresComponentsDefinition), (m.figuresDistanceTerm, m.figuresDistanceDefinition),
                (m.figuresCentralizationTerm, m.figuresCentralizationDefinition), (m.figuresTransitivityTerm, m.figuresTransitivityDefinition),
                (m.figuresEiIndexTerm, m.figuresEiIndexDefinition), (m.figuresFormalTerm, m.figuresFormalDefinition),
            ]),
            MethodGroup(heading: m.centralHeading, entries: [
                (m.centralBetweennessTerm, m.centralBetweennessDefinition), (m.centralDegreeTerm, m.centralDegreeDefinition),
                (m.centralPagerankTerm, m.centralPagerankDefinition), (m.centralBrokerageTerm, m.centralBrokerageDefinition),
            ]),
            MethodGroup(heading: m.communitiesHeading, entries: [
                (m.communitiesSearchTerm, m.communitiesSearchDefinition), (m.communitiesModularityTerm, m.communitiesModularityDefinition),
            ]),
            MethodGroup(heading: m.gapRulesHeading, entries: GapType.allCases.map { (gapTypeName($0), gapRule($0)) }),
            MethodGroup(heading: m.opportunitiesHeading, entries: [
                (m.opportunitiesCandidatesTerm, m.opportunitiesCandidatesDefinition), (m.opportunitiesRankingTerm, m.opportunitiesRankingDefinition),
            ]),
            MethodGroup(heading: m.scenariosHeading, entries: [
                (m.scenariosWhatIfTerm, m.scenariosWhatIfDefinition), (m.scenariosCoverageTerm, m.scenariosCoverageDefinition),
            ]),
        ]
    }

    /// When a gap of this type is found, and how urgent it is.
    private func gapRule(_ type: GapType) -> String {
        switch type {
        case .isolate: method.gapRulesIsolate
        case .pendant: method.gapRulesPendant
        case .fragmented: method.gapRulesFragmented
        case .cutPoint: method.gapRulesCutPoint
        case .bridge: method.gapRulesBridge
        case .groupHole: method.gapRulesGroupHole
        case .uncoordinated: method.gapRulesUncoordinated
        case .programDependency: method.gapRulesProgramDependency
        case .uncovered: method.gapRulesUncovered
        case .planningSilo: method.gapRulesPlanningSilo
        case .committeeDependency: method.gapRulesCommitteeDependency
        }
    }

    /// The last line of the report, with the day of the map.
    public func colophon(_ date: String) -> String { method.colophon(date: date) }
}
