import LandscapeCore

/// How a command prints its result: an aligned table (or plain text), CSV or JSON.
public enum ResultFormat: String, CaseIterable, Sendable {
    case table, csv, json
}

/// A projection of the landscape to analyse instead of its ties (`--fold`).
public enum Fold: String, CaseIterable, Sendable {
    /// Actors tied when they sit in the same committee.
    case committees
}

extension AnalysisOptions {
    /// The options of an analysis: the fold (undirected) or the ties, directed or not, and the
    /// resources and events taken in as nodes.
    public init(fold: Fold?, directed: Bool, weighted: Bool, groups: GroupingAttribute, include: Set<IncludedElement> = []) {
        self.init(reading: fold != nil ? .foldedCommittees : (directed ? .directed : .undirected),
                  weighted: weighted, groups: groups, include: include)
    }
}
