import LandscapeCore

/// A figure of `landscape stats`, in the order the table shows them.
public enum StatisticsFigure: Sendable, Equatable {
    case actors, ties, edges, density, components, largestComponentShare, averageDegree, averageClustering
    case transitivity, diameter, averageDistance, degreeCentralization, modularity, communities
    /// The E–I index of the grouping the table shows.
    case eiIndex(GroupingAttribute)
}

/// The words of the analysis tables (`central`, `stats`, `communities`): column headings,
/// figure names, the line above the communities. Worded by the catalog `tables` of each
/// language (Catalogs/LANGUAGE/tables.yaml), whose headings are named as the requirements here.
///
/// Cell values that are keywords of the file format (an actor's kind such as `office`) stay
/// keywords; CSV files take their headings from here too.
public protocol AnalysisTableWording: Sendable {
    var rankColumn: String { get }
    var actorColumn: String { get }
    var kindColumn: String { get }
    var municipalityColumn: String { get }
    var communityColumn: String { get }
    var figureColumn: String { get }
    var valueColumn: String { get }
    /// The column of the E–I index in the mixing table.
    var eiColumn: String { get }
    /// The row and column of actors without a value of the grouping attribute.
    var noGroup: String { get }
    func measureColumn(_ measure: Measure) -> String
    func roleColumn(_ role: BrokerageRole) -> String
    func groupingName(_ attribute: GroupingAttribute) -> String
    func figure(_ figure: StatisticsFigure) -> String
    /// "modularity 0.4321, 5 communities".
    func communitiesSummary(modularity: String, count: Int) -> String
}

extension Language {
    /// The analysis tables' words in this language.
    public var analysisTableWording: any AnalysisTableWording { Catalog(self).tables }
}

/// The analysis tables' words from the catalog of one language: the column headings are its
/// messages as they are.
extension TablesMessages: AnalysisTableWording {
    func measureColumn(_ measure: Measure) -> String {
        switch measure {
        case .degree: measureDegree
        case .strength: measureStrength
        case .betweenness: measureBetweenness
        case .closeness: measureCloseness
        case .harmonic: measureHarmonic
        case .eigenvector: measureEigenvector
        case .pagerank: measurePagerank
        case .constraint: measureConstraint
        case .effectiveSize: measureEffectiveSize
        case .clustering: measureClustering
        case .core: measureCore
        case .brokerage: measureBrokerage
        }
    }

    func roleColumn(_ role: BrokerageRole) -> String {
        switch role {
        case .coordinator: roleCoordinator
        case .itinerant: roleItinerant
        case .representative: roleRepresentative
        case .gatekeeper: roleGatekeeper
        case .liaison: roleLiaison
        }
    }

    func groupingName(_ attribute: GroupingAttribute) -> String {
        switch attribute {
        case .kind: groupingKind
        case .municipality: groupingMunicipality
        case .sector: groupingSector
        }
    }

    func figure(_ figure: StatisticsFigure) -> String {
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

    func communitiesSummary(modularity: String, count: Int) -> String {
        communitiesSummary(modularity: modularity, communities: CatalogConsoleWording(catalog: catalog).count(count, .community))
    }
}
