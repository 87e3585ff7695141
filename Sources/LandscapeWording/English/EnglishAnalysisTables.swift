import LandscapeCore

/// The analysis tables in English: measure names as in docs/measures.md, which scripts match.
struct EnglishAnalysisTables: AnalysisTableWording {
    var rankColumn: String { "#" }
    var actorColumn: String { "actor" }
    var kindColumn: String { "kind" }
    var municipalityColumn: String { "municipality" }
    var communityColumn: String { "community" }
    var figureColumn: String { "figure" }
    var valueColumn: String { "value" }
    var eiColumn: String { "E–I" }
    var noGroup: String { "(none)" }

    func measureColumn(_ measure: Measure) -> String { measure.rawValue }

    func roleColumn(_ role: BrokerageRole) -> String {
        switch role {
        case .coordinator: "coordinator"
        case .itinerant: "itinerant"
        case .representative: "representative"
        case .gatekeeper: "gatekeeper"
        case .liaison: "liaison"
        }
    }

    func groupingName(_ attribute: GroupingAttribute) -> String { attribute.rawValue }

    func figure(_ figure: StatisticsFigure) -> String {
        switch figure {
        case .actors: "actors"
        case .ties: "ties"
        case .edges: "edges (pairs with a tie)"
        case .density: "density"
        case .components: "components"
        case .largestComponentShare: "largest component share"
        case .averageDegree: "average degree"
        case .averageClustering: "average clustering"
        case .transitivity: "transitivity"
        case .diameter: "diameter (largest component)"
        case .averageDistance: "average distance (largest component)"
        case .degreeCentralization: "degree centralization"
        case .modularity: "modularity (Louvain)"
        case .communities: "communities"
        case .eiIndex(let attribute): "E–I index by \(groupingName(attribute))"
        }
    }

    func communitiesSummary(modularity: String, count: Int) -> String {
        "modularity \(modularity), \(count == 1 ? "1 community" : "\(count) communities")"
    }
}
