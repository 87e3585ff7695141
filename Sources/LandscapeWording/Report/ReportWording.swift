import LandscapeCore

/// Every word of the steering-group report in one language: one protocol per topic
/// (Report*Wording.swift beside this file), each implemented once by `CatalogReportWording`
/// from the language's catalogs (Catalogs/LANGUAGE/report-*.yaml). Names of kinds, tie kinds
/// and sectors come from `DiagramStrings`, so the report and its diagrams say them the same way;
/// the names of gap types and levels from `GapWording`.
public protocol ReportWording: ReportGeneralWording, ReportScopeWording, ReportDiagramsWording, ReportFiguresWording,
    ReportCentralWording, ReportGapsWording, ReportOpportunitiesWording, ReportCommunitiesWording,
    ReportCoverageWording, ReportMethodWording {}

extension Language {
    /// The report's words in this language.
    public var reportWording: any ReportWording { CatalogReportWording(catalog: Catalog(self)) }
}

/// The report's sections, in order. Their headings live in the wording of each language.
public enum ReportSection: Int, CaseIterable, Sendable {
    case scope = 1
    case diagrams
    case figures
    case centralActors
    case gaps
    case opportunities
    case communities
    case coverage
    case method
}

/// How much a shared report leaves out, as its note says.
public enum AnonymizationNote: Sendable {
    /// Contact data removed.
    case contactsRemoved
    /// Actors named by kind and number, contacts and notes removed.
    case namesReplaced
}

/// A group of definitions in the method section.
public struct MethodGroup: Sendable {
    public var heading: String
    public var entries: [(term: String, definition: String)]

    public init(heading: String, entries: [(term: String, definition: String)]) {
        self.heading = heading
        self.entries = entries
    }
}

/// The sources the method section cites (as in docs/measures.md), in their original language.
public enum MethodSources {
    public static let all = [
        "Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of communities in large networks. Journal of Statistical Mechanics P10008.",
        "Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical Sociology 25(2), 163–177.",
        "Brin, S. & Page, L. (1998). The anatomy of a large-scale hypertextual Web search engine. Computer Networks and ISDN Systems 30, 107–117.",
        "Freeman, L. C. (1977). A set of measures of centrality based on betweenness. Sociometry 40(1), 35–41.",
        "Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social Networks 1(3), 215–239.",
        "Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to brokerage in transaction networks. Sociological Methodology 19, 89–126.",
        "Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: an experimental simulation. Social Psychology Quarterly 51(2), 123–140.",
        "Newman, M. E. J. & Girvan, M. (2004). Finding and evaluating community structure in networks. Physical Review E 69, 026113.",
        "Wasserman, S. & Faust, K. (1994). Social Network Analysis: Methods and Applications. Cambridge University Press.",
        "Zhou, T., Lü, L. & Zhang, Y.-C. (2009). Predicting missing links via local information. European Physical Journal B 71, 623–630.",
    ]
}
