import LandscapeCore

/// A figure of `landscape stats`, in the order the table shows them.
public enum StatisticsFigure: Sendable, Equatable {
    case actors, ties, edges, density, components, largestComponentShare, averageDegree, averageClustering
    case transitivity, diameter, averageDistance, degreeCentralization, modularity, communities
    /// The E–I index of the grouping the table shows.
    case eiIndex(GroupingAttribute)
}

/// The words of the analysis tables (`central`, `stats`, `communities`): column headings,
/// figure names, the line above the communities. One implementation per language
/// (English/EnglishAnalysisTables.swift, German/GermanAnalysisTables.swift).
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
    public var analysisTableWording: any AnalysisTableWording {
        switch self {
        case .en: EnglishAnalysisTables()
        case .de: GermanAnalysisTables()
        }
    }
}
