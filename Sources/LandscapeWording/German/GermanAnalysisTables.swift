import LandscapeCore

/// Die Analysetabellen auf Deutsch, mit den Begriffen des Glossars (docs/glossary.md).
struct GermanAnalysisTables: AnalysisTableWording {
    var rankColumn: String { "Nr." }
    var actorColumn: String { "Akteur" }
    var kindColumn: String { "Art" }
    var municipalityColumn: String { "Kommune" }
    var communityColumn: String { "Teilnetz" }
    var figureColumn: String { "Kennzahl" }
    var valueColumn: String { "Wert" }
    var eiColumn: String { "E-I" }
    var noGroup: String { "(ohne)" }

    func measureColumn(_ measure: Measure) -> String {
        switch measure {
        case .degree: "Grad"
        case .strength: "Stärke"
        case .betweenness: "Zwischenzentralität"
        case .closeness: "Nähe"
        case .harmonic: "harmonische Nähe"
        case .eigenvector: "Eigenvektor"
        case .pagerank: "PageRank"
        case .constraint: "Abhängigkeit (Constraint)"
        case .effectiveSize: "effektive Größe"
        case .clustering: "Clustering"
        case .core: "Kern"
        case .brokerage: "Vermittlerrollen"
        }
    }

    func roleColumn(_ role: BrokerageRole) -> String {
        switch role {
        case .coordinator: "Koordinator"
        case .itinerant: "Berater"
        case .representative: "Repräsentant"
        case .gatekeeper: "Torwächter"
        case .liaison: "Verbindungsglied"
        }
    }

    func groupingName(_ attribute: GroupingAttribute) -> String {
        switch attribute {
        case .kind: "Art"
        case .municipality: "Kommune"
        case .sector: "Bildungsbereich"
        }
    }

    func figure(_ figure: StatisticsFigure) -> String {
        switch figure {
        case .actors: "Akteure"
        case .ties: "Beziehungen"
        case .edges: "verbundene Paare"
        case .density: "Dichte"
        case .components: "Teile (Komponenten)"
        case .largestComponentShare: "Anteil des größten Teils"
        case .averageDegree: "mittlerer Grad"
        case .averageClustering: "mittleres Clustering"
        case .transitivity: "Transitivität"
        case .diameter: "Durchmesser (größter Teil)"
        case .averageDistance: "mittlere Distanz (größter Teil)"
        case .degreeCentralization: "Zentralisierung (Grad)"
        case .modularity: "Modularität (Louvain)"
        case .communities: "Teilnetze"
        case .eiIndex(let attribute): "E-I-Index nach \(groupingName(attribute))"
        }
    }

    func communitiesSummary(modularity: String, count: Int) -> String {
        "Modularität \(modularity), \(count == 1 ? "1 Teilnetz" : "\(count) Teilnetze")"
    }
}
