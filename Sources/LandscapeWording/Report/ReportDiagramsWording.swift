import LandscapeCore

/// The report's words for section 2, the diagrams and the directory of actors.
public protocol ReportDiagramsWording: Sendable {
    var diagramIntro: String { get }
    var networkCaption: String { get }
    var networkReading: String { get }
    var steeringCaption: String { get }
    var steeringReading: String { get }
    var noCommittees: String { get }
    /// "The next 4 pages show it enlarged in parts."
    func tilesFollow(_ count: Int) -> String
    var zoomHint: String { get }
    /// "Part 2 of 4 (top right), enlarged."
    func tileCaption(_ number: Int, of count: Int, row: Int, column: Int, rows: Int, columns: Int) -> String
    func diagramFailed(_ reason: String) -> String
    var directoryHeading: String { get }
    var nameColumn: String { get }
    var municipalityColumn: String { get }
    var periodColumn: String { get }
    var fundedByColumn: String { get }
    var contactColumn: String { get }
}
