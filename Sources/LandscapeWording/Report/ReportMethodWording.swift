import LandscapeCore

/// The report's words for section 9, the method and its sources.
public protocol ReportMethodWording: Sendable {
    var methodIntro: String { get }
    var methodGroups: [MethodGroup] { get }
    var sourcesHeading: String { get }
    func colophon(_ date: String) -> String
}
