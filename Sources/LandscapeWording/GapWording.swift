import LandscapeCore

/// The words of gaps: what is wrong, what to do, and the labels of types and levels, one
/// implementation per language (German/Gaps.swift, English/Gaps.swift).
public protocol GapWording: Sendable {
    /// What is wrong, with the names of `landscape` (the landscape the gap was found in).
    func explanation(_ gap: Gap, in landscape: Landscape) -> String
    /// What to do about it.
    func action(_ gap: Gap, in landscape: Landscape) -> String
    /// The gap type as a reader calls it ("Single point of failure").
    func typeName(_ type: GapType) -> String
    /// The level as a reader calls it ("urgent").
    func severityName(_ severity: GapSeverity) -> String
    /// A group of a grouping attribute in running text ("offices", "early childhood").
    func groupName(_ group: String, attribute: GroupingAttribute) -> String
    /// The line printed when there is nothing to report.
    var noGaps: String { get }
}

extension Language {
    /// The gap wording of this language.
    public var gapWording: any GapWording {
        switch self {
        case .en: EnglishGapWording()
        case .de: GermanGapWording()
        }
    }
}
