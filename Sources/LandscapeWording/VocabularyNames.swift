import LandscapeCore

/// A catalog topic that names every actor kind under the key `kind` (diagrams.yaml,
/// suggestions.yaml and tables.yaml do): the generated messages satisfy these requirements, and
/// the choice of the message for a kind is made once, in `name(of:)`.
protocol KindNames {
    var kindOffice: String { get }
    var kindAgency: String { get }
    var kindPolitics: String { get }
    var kindCommittee: String { get }
    var kindFoundation: String { get }
    var kindAssociation: String { get }
    var kindInstitution: String { get }
    var kindBusiness: String { get }
    var kindProgram: String { get }
    var kindResearch: String { get }
    var kindOther: String { get }
    var kindResource: String { get }
    var kindEvent: String { get }
}

extension KindNames {
    /// The name of `kind` in this topic's words.
    func name(of kind: ActorKind) -> String {
        switch kind {
        case .office: kindOffice
        case .agency: kindAgency
        case .politics: kindPolitics
        case .committee: kindCommittee
        case .foundation: kindFoundation
        case .association: kindAssociation
        case .institution: kindInstitution
        case .business: kindBusiness
        case .program: kindProgram
        case .research: kindResearch
        case .other: kindOther
        case .resource: kindResource
        case .event: kindEvent
        }
    }
}

/// A catalog topic that names every education sector under the key `sector` (diagrams.yaml and
/// tables.yaml do); the choice of the message is made once, in `name(of:)`.
protocol SectorNames {
    var sectorEarlyChildhood: String { get }
    var sectorSchool: String { get }
    var sectorVocational: String { get }
    var sectorHigher: String { get }
    var sectorAdult: String { get }
    var sectorNonFormal: String { get }
    var sectorInformal: String { get }
}

extension SectorNames {
    /// The name of `sector` in this topic's words.
    func name(of sector: Sector) -> String {
        switch sector {
        case .earlyChildhood: sectorEarlyChildhood
        case .school: sectorSchool
        case .vocational: sectorVocational
        case .higher: sectorHigher
        case .adult: sectorAdult
        case .nonFormal: sectorNonFormal
        case .informal: sectorInformal
        }
    }
}

/// A catalog topic that names every gap type under the key `type` and every severity under
/// `severity` (gaps.yaml for the sentences, tables.yaml for the tables' cells); the choice of
/// the message is made once, in `name(of:)`.
protocol GapLevelNames {
    var typeIsolate: String { get }
    var typePendant: String { get }
    var typeFragmented: String { get }
    var typeCutPoint: String { get }
    var typeBridge: String { get }
    var typeGroupHole: String { get }
    var typeUncoordinated: String { get }
    var typeProgramDependency: String { get }
    var typeUncovered: String { get }
    var typePlanningSilo: String { get }
    var typeCommitteeDependency: String { get }
    var severityHigh: String { get }
    var severityMedium: String { get }
    var severityLow: String { get }
}

extension GapLevelNames {
    /// The name of a gap type in this topic's words.
    func name(of type: GapType) -> String {
        switch type {
        case .isolate: typeIsolate
        case .pendant: typePendant
        case .fragmented: typeFragmented
        case .cutPoint: typeCutPoint
        case .bridge: typeBridge
        case .groupHole: typeGroupHole
        case .uncoordinated: typeUncoordinated
        case .programDependency: typeProgramDependency
        case .uncovered: typeUncovered
        case .planningSilo: typePlanningSilo
        case .committeeDependency: typeCommitteeDependency
        }
    }

    /// The name of a severity in this topic's words.
    func name(of severity: GapSeverity) -> String {
        switch severity {
        case .high: severityHigh
        case .medium: severityMedium
        case .low: severityLow
        }
    }
}

/// The gaps' sentences name their types and levels under `type` and `severity`.
extension GapsMessages: GapLevelNames {}
