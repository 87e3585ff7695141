import LandscapeCore

/// A figure of `landscape stats`, in the order the table shows them.
public enum StatisticsFigure: Sendable, Equatable {
    case actors, ties, edges, density, components, largestComponentShare, averageDegree, averageClustering
    case transitivity, diameter, averageDistance, degreeCentralization, modularity, communities
    /// The E–I index of the grouping the table shows.
    case eiIndex(GroupingAttribute)
}

/// The words of the analysis tables (`central`, `stats`, `communities`): column headings,
/// figure names, the line above the communities, from the catalog `tables` of a language
/// (Catalogs/LANGUAGE/tables.yaml). The headings (`rankColumn`, `actorColumn` …, `noGroup`) are
/// its messages as they are.
///
/// CSV files and workbooks take their headings from here too. Cells that name a kind, a sector,
/// a gap's type or severity or a suggestion's kind are words of the language (`kindCell`,
/// `gapTypeCell` …): in English the keywords of the file format, which scripts match.
public typealias AnalysisTableWording = TablesMessages

extension Language {
    /// The analysis tables' words in this language.
    public var analysisTableWording: AnalysisTableWording { Catalog(self).tables }
}

/// The tables name every kind, sector, gap type and severity under the keys `kind`, `sector`,
/// `type` and `severity`.
extension TablesMessages: KindNames, SectorNames, GapLevelNames {}

extension TablesMessages {
    /// The heading of a measure's column: the measure's one name, as the diagrams' legends and
    /// the report call it (diagrams.yaml).
    public func measureColumn(_ measure: Measure) -> String { catalog.diagrams.name(of: measure) }

    /// The heading of a brokerage role's column.
    public func roleColumn(_ role: BrokerageRole) -> String {
        switch role {
        case .coordinator: roleCoordinator
        case .itinerant: roleItinerant
        case .representative: roleRepresentative
        case .gatekeeper: roleGatekeeper
        case .liaison: roleLiaison
        }
    }

    /// A grouping attribute as the tables name it ("kind").
    public func groupingName(_ attribute: GroupingAttribute) -> String {
        switch attribute {
        case .kind: groupingKind
        case .municipality: groupingMunicipality
        case .sector: groupingSector
        }
    }

    /// A kind in a table's cell ("office" in English, "Amt/Verwaltung" in German).
    public func kindCell(_ kind: ActorKind) -> String { name(of: kind) }

    /// A group of a grouping attribute as a row or column of the mixing matrix: a kind or a
    /// sector by its name, a municipality as it is, actors without a value as `noGroup`.
    public func groupCell(_ group: String, of attribute: GroupingAttribute) -> String {
        if group.isEmpty { return noGroup }
        return switch attribute {
        case .kind: ActorKind(rawValue: group).map(name(of:)) ?? group
        case .sector: Sector(rawValue: group).map(name(of:)) ?? group
        case .municipality: group
        }
    }

    /// A gap's type in a table's cell.
    public func gapTypeCell(_ type: GapType) -> String { name(of: type) }

    /// A gap's severity in a table's cell.
    public func severityCell(_ severity: GapSeverity) -> String { name(of: severity) }

    /// The kind of a suggestion in a table's cell.
    public func suggestionCell(_ form: Suggestion.Form) -> String {
        switch form {
        case .pair: suggestionTypePair
        case .committee: suggestionTypeCommittee
        case .fund: suggestionTypeFund
        }
    }

    /// The name of a figure in the table of `stats`.
    public func figure(_ figure: StatisticsFigure) -> String {
        switch figure {
        case .actors: figureActors
        case .ties: figureTies
        case .edges: figureEdges
        case .density: figureDensity
        case .components: figureComponents
        case .largestComponentShare: figureLargestComponentShare
        case .averageDegree: figureAverageDegree
        case .averageClustering: figureAverageClustering
        case .transitivity: figureTransitivity
        case .diameter: figureDiameter
        case .averageDistance: figureAverageDistance
        case .degreeCentralization: figureDegreeCentralization
        case .modularity: figureModularity
        case .communities: figureCommunities
        case .eiIndex(let attribute): figureEiIndex(grouping: groupingName(attribute))
        }
    }

    /// "modularity 0.4321, 5 communities": the modularity with four decimals in the language's
    /// style (0,4321 in German).
    public func communitiesSummary(modularity: Double, count: Int) -> String {
        communitiesSummary(modularity: catalog.numbers.decimal(modularity, digits: 4), count: count)
    }

    /// "modularity 0.4321, 5 communities", the modularity as written.
    public func communitiesSummary(modularity: String, count: Int) -> String {
        communitiesSummary(modularity: modularity, communities: ConsoleWording(catalog: catalog).count(count, .community))
    }
}
