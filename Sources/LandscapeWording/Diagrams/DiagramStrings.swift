import LandscapeCore

/// Every word a diagram shows, in one language: kind names, legend headings, title parts,
/// tooltips and notes, filled from the catalogs `Catalogs/LANGUAGE/diagrams.yaml`; the report
/// takes the names of kinds, tie kinds and sectors from here too.
public struct DiagramStrings: Sendable {
    public let language: Language
    public let kinds: [ActorKind: String]
    public let tieKinds: [TieKind: String]
    public let sectors: [Sector: String]
    public let defaultTitle: String
    public let legend: String
    public let actorsHeading: String
    public let tiesHeading: String
    public let formal: String
    public let weight: String
    /// The legend's row of a planned tie: "dashed and pale: planned".
    public let planned: String
    public let highlighted: String
    public let municipalityHeading: String
    public let noMunicipality: String
    public let sectorHeading: String
    public let communityHeading: String
    public let gapsHeading: String
    public let gapMarked: String
    public let gapSuggested: String
    public let gapGroup: String
    /// "community 3" / "Gruppe 3".
    public let communityName: String
    public let noSector: String
    public let kindHeading: String
    public let others: String
    public let networkView: String
    public let steeringView: String
    public let kindLine: String
    public let municipalityLine: String
    public let sectorsLine: String
    public let topicsLine: String
    public let targetGroupsLine: String
    public let since: String
    public let until: String
    public let weightLine: String
    public let writtenAgreement: String
    /// A planned tie's tooltip part: "planned".
    public let plannedLine: String
    /// What sizes the nodes when they are sized by degree: "number of partners".
    public let partnerCount: String
    /// Names of the measures that can size the nodes ("Größe: Zwischenzentralität"); a measure
    /// missing here is named by its option name (`effective_size`), as the English legend does.
    public let measures: [Measure: String]
    /// "as of August 2019": the date as precise as it is given, written as the report writes it.
    public let asOf: @Sendable (PartialDate) -> String
    /// "on 1 January 2017".
    public let onDay: @Sendable (CalendarDay) -> String
    public let actorCount: @Sendable (Int) -> String
    public let tieCount: @Sendable (Int) -> String
    public let sizeBy: @Sendable (String) -> String
    public let neighbourhood: @Sendable (String, Int) -> String
    public let leftOutOfSteering: @Sendable (Int) -> String
    public let labelsThinned: @Sendable (Int, Int) -> String
    public let othersGrouped: @Sendable (Int) -> String

    /// The strings for `language`.
    public static func of(_ language: Language) -> DiagramStrings {
        filled[language] ?? DiagramStrings(catalog: Catalog(language))
    }

    /// The strings of every language, filled once.
    private static let filled = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, DiagramStrings(catalog: Catalog($0))) })

    public func name(of kind: ActorKind) -> String { kinds[kind] ?? kind.rawValue }
    public func name(of kind: TieKind) -> String { tieKinds[kind] ?? kind.rawValue }
    public func name(of sector: Sector) -> String { sectors[sector] ?? sector.rawValue }
    public func name(of measure: Measure) -> String { measures[measure] ?? measure.rawValue }
}
