import LandscapeCore

/// Every word of the steering-group report in one language, from the language's catalogs
/// `Catalogs/LANGUAGE/report-*.yaml` (one per section, `report-general` for the frame and the
/// words every section uses). Which sentence a fact calls for, how names are quoted and listed
/// and how numbers are written is decided here, once for every language.
///
/// A text that needs no code is the catalog's message itself, read as a member through dynamic
/// member lookup: `words.glanceHeading` is `ReportScopeMessages.glanceHeading`, documented there
/// by its English text (the catalogs' keys are named as these members). What needs code — a
/// count, a list, a number, the choice of a message by an enum — is a function beside the
/// section's other code (`ReportWording+Scope.swift` …). Names of kinds, tie kinds and sectors
/// come from ``DiagramStrings``, so the report and its diagrams say them the same way; the names
/// of gap types and levels from ``GapWording``.
@dynamicMemberLookup
public struct ReportWording: Sendable {
    let catalog: Catalog

    /// The catalogs the report reads: `general` is report-general.yaml, the frame and the words
    /// every section uses (`catalog.general` is the general catalog of all topics), then one per
    /// section in order.
    var general: ReportGeneralMessages { catalog.reportGeneral }
    var scope: ReportScopeMessages { catalog.reportScope }
    var diagrams: ReportDiagramsMessages { catalog.reportDiagrams }
    var figures: ReportFiguresMessages { catalog.reportFigures }
    var central: ReportCentralMessages { catalog.reportCentral }
    var gaps: ReportGapsMessages { catalog.reportGaps }
    var opportunities: ReportOpportunitiesMessages { catalog.reportOpportunities }
    var communities: ReportCommunitiesMessages { catalog.reportCommunities }
    var instruments: ReportInstrumentsMessages { catalog.reportInstruments }
    var coverage: ReportCoverageMessages { catalog.reportCoverage }
    var method: ReportMethodMessages { catalog.reportMethod }

    /// A text of the frame and the words every section uses (`defaultTitle`, `total` …).
    public subscript(dynamicMember text: KeyPath<ReportGeneralMessages, String>) -> String { general[keyPath: text] }
    /// A text of section 1, the scope (`glanceHeading`, `kindColumn` …).
    public subscript(dynamicMember text: KeyPath<ReportScopeMessages, String>) -> String { scope[keyPath: text] }
    /// A text of section 2, the diagrams and the directory (`networkCaption`, `nameColumn` …).
    public subscript(dynamicMember text: KeyPath<ReportDiagramsMessages, String>) -> String { diagrams[keyPath: text] }
    /// A text of section 3, the key figures (`densityName`, `mixingHeading` …).
    public subscript(dynamicMember text: KeyPath<ReportFiguresMessages, String>) -> String { figures[keyPath: text] }
    /// A text of section 4, the central actors (`betweennessHeading`, `nobodyBrokers` …).
    public subscript(dynamicMember text: KeyPath<ReportCentralMessages, String>) -> String { central[keyPath: text] }
    /// A text of section 5, the gaps and the what-if (`noGaps`, `beforeColumn` …).
    public subscript(dynamicMember text: KeyPath<ReportGapsMessages, String>) -> String { gaps[keyPath: text] }
    /// A text of section 6, the cooperation opportunities (`opportunitiesIntro`, `closesLabel` …).
    public subscript(dynamicMember text: KeyPath<ReportOpportunitiesMessages, String>) -> String { opportunities[keyPath: text] }
    /// A text of section 7, the communities (`communityCaption`, `noSectorNamed` …).
    public subscript(dynamicMember text: KeyPath<ReportCommunitiesMessages, String>) -> String { communities[keyPath: text] }
    /// A text of section 8, the instruments and events (`resourcesHeading`, `dateColumn` …).
    public subscript(dynamicMember text: KeyPath<ReportInstrumentsMessages, String>) -> String { instruments[keyPath: text] }
    /// A text of section 9, the coverage of the needs (`coverageIntro`, `needColumn` …).
    public subscript(dynamicMember text: KeyPath<ReportCoverageMessages, String>) -> String { coverage[keyPath: text] }
    /// A text of section 10, the method (`methodIntro`, `sourcesHeading` …).
    public subscript(dynamicMember text: KeyPath<ReportMethodMessages, String>) -> String { method[keyPath: text] }

    /// How numbers are written in this language.
    public var numbers: NumberStyle { catalog.numbers }

    /// "1 actor", "12 actors".
    func actors(_ count: Int) -> String { general.actors(count: count) }

    /// Items in a sentence as they are, not quoted: "a, b and c".
    func listed(_ items: [String]) -> String { catalog.listed(items) }

    /// Sentences one after the other; a `nil` one is left out.
    func sentences(_ parts: String?...) -> String {
        parts.compactMap { $0 }.joined(separator: " ")
    }
}

extension Language {
    /// The report's words in this language.
    public var reportWording: ReportWording { ReportWording(catalog: Catalog(self)) }
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
    case instruments
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
