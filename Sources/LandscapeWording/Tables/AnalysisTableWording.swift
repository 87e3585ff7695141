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
/// Cell values that are keywords of the file format (an actor's kind such as `office`) stay
/// keywords; CSV files take their headings from here too.
public typealias AnalysisTableWording = TablesMessages

extension Language {
    /// The analysis tables' words in this language.
    public var analysisTableWording: AnalysisTableWording { Catalog(self).tables }
}

/// The tables name every measure under the key `measure`.
extension TablesMessages: MeasureNames {}

extension TablesMessages {
    /// The heading of a measure's column.
    public func measureColumn(_ measure: Measure) -> String { name(of: measure) }

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

    /// "modularity 0.4321, 5 communities".
    public func communitiesSummary(modularity: String, count: Int) -> String {
        communitiesSummary(modularity: modularity, communities: ConsoleWording(catalog: catalog).count(count, .community))
    }
}
