import LandscapeCore

extension DiagramStrings {
    /// The table filled from `catalog` (diagrams.yaml): every kind, tie kind, sector and measure
    /// named, the notes counted in the catalog's plural forms and digits.
    init(catalog: Catalog) {
        let words = catalog.diagrams
        self.init(
            language: catalog.language,
            kinds: Self.table(ActorKind.allCases) { words.name(of: $0) },
            tieKinds: Self.table(TieKind.allCases) { words.name(of: $0) },
            sectors: Self.table(Sector.allCases) { words.name(of: $0) },
            defaultTitle: words.defaultTitle,
            legend: words.legendTitle,
            actorsHeading: words.legendActors,
            tiesHeading: words.legendTies,
            formal: words.legendFormal,
            weight: words.legendWeight,
            planned: words.legendPlanned,
            highlighted: words.legendHighlighted,
            municipalityHeading: words.legendMunicipality,
            noMunicipality: words.legendNoMunicipality,
            sectorHeading: words.legendSector,
            communityHeading: words.legendCommunity,
            gapsHeading: words.legendGaps,
            gapMarked: words.legendGapMarked,
            gapSuggested: words.legendGapSuggested,
            gapGroup: words.legendGapGroup,
            communityName: words.legendCommunityName,
            noSector: words.legendNoSector,
            kindHeading: words.legendKind,
            others: words.legendOthers,
            networkView: words.viewNetwork,
            steeringView: words.viewSteering,
            kindLine: words.tooltipKind,
            municipalityLine: words.tooltipMunicipality,
            sectorsLine: words.tooltipSectors,
            topicsLine: words.tooltipTopics,
            targetGroupsLine: words.tooltipTargetGroups,
            since: words.tooltipSince,
            until: words.tooltipUntil,
            weightLine: words.tooltipWeight,
            writtenAgreement: words.tooltipWrittenAgreement,
            plannedLine: words.tooltipPlanned,
            partnerCount: words.legendPartnerCount,
            measures: Self.table(Measure.allCases) { words.name(of: $0) },
            asOf: { words.titleAsOf(date: ReportWording(catalog: catalog).date($0)) },
            onDay: { words.titleOnDay(date: ReportWording(catalog: catalog).day($0)) },
            actorCount: { words.titleActorCount(count: $0) },
            tieCount: { words.titleTieCount(count: $0) },
            sizeBy: { words.legendSizeBy(measure: $0) },
            neighbourhood: { name, depth in
                depth == 1 ? words.titleNeighbourhoodDirect(name: name) : words.titleNeighbourhoodSteps(count: depth, name: name)
            },
            leftOutOfSteering: { words.titleLeftOutOfSteering(count: $0) },
            labelsThinned: { shown, total in
                words.titleLabelsThinned(shown: catalog.numbers.integer(shown), total: catalog.numbers.integer(total))
            },
            othersGrouped: { words.legendOthersGrouped(count: $0) }
        )
    }

    /// Each case of a vocabulary with its name.
    private static func table<Key: Hashable>(_ keys: [Key], _ name: (Key) -> String) -> [Key: String] {
        Dictionary(uniqueKeysWithValues: keys.map { ($0, name($0)) })
    }
}

/// The diagrams' names of kinds, tie kinds, sectors and measures (`KindNames`, `SectorNames`,
/// `MeasureNames`).
extension DiagramsMessages: MeasureNames, KindNames, SectorNames {
    /// A tie kind in a legend or tooltip: "Cooperation".
    func name(of kind: TieKind) -> String {
        switch kind {
        case .cooperation: tieKindCooperation
        case .member: tieKindMember
        case .funding: tieKindFunding
        case .steering: tieKindSteering
        case .exchange: tieKindExchange
        case .agreement: tieKindAgreement
        case .maintains: tieKindMaintains
        case .uses: tieKindUses
        case .attends: tieKindAttends
        }
    }
}
