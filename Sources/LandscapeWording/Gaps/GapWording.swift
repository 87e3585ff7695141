import LandscapeCore

/// The words of gaps: what is wrong, what to do, and the labels of types and levels, from the
/// catalogs `Catalogs/LANGUAGE/gaps.yaml` (CatalogGapWording).
public protocol GapWording: Sendable {
    /// What is wrong and what to do about it, with the names of `landscape` (the landscape the
    /// gap was found in): both at once, since they share the names.
    func sentences(_ gap: Gap, in landscape: Landscape) -> GapSentences
    /// The gap type as a reader calls it ("Single point of failure").
    func typeName(_ type: GapType) -> String
    /// The level as a reader calls it ("urgent").
    func severityName(_ severity: GapSeverity) -> String
    /// A group of a grouping attribute in running text ("offices", "early childhood").
    func groupName(_ group: String, attribute: GroupingAttribute) -> String
    /// The line printed when there is nothing to report.
    var noGaps: String { get }
}

/// The two sentences of a gap.
public struct GapSentences: Sendable, Equatable {
    /// What is wrong.
    public var explanation: String
    /// What to do.
    public var action: String

    public init(explanation: String, action: String) {
        self.explanation = explanation
        self.action = action
    }
}

extension GapWording {
    /// What is wrong.
    public func explanation(_ gap: Gap, in landscape: Landscape) -> String { sentences(gap, in: landscape).explanation }
    /// What to do about it.
    public func action(_ gap: Gap, in landscape: Landscape) -> String { sentences(gap, in: landscape).action }
}

extension Language {
    /// The gap wording of this language.
    public var gapWording: any GapWording { CatalogGapWording(catalog: Catalog(self)) }
}
