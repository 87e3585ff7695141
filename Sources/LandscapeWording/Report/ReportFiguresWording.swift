import LandscapeCore

/// The report's words for section 3, the key figures and the mixing matrix.
public protocol ReportFiguresWording: Sendable {
    var figuresIntro: String { get }
    var densityName: String { get }
    func densityMeaning(_ density: Double, scale: NetworkScale) -> String
    var averageDegreeName: String { get }
    func averageDegreeMeaning(_ average: Double, pendants: Int) -> String
    var componentsName: String { get }
    func componentsMeaning(_ components: Int, largestShare: Double, isolates: Int) -> String
    var distanceName: String { get }
    func distanceMeaning(_ distance: Double, diameter: Int) -> String
    var centralizationName: String { get }
    func centralizationMeaning(_ level: CentralizationLevel, hub: String?) -> String
    var transitivityName: String { get }
    func transitivityMeaning(_ value: Double, level: TransitivityLevel) -> String
    var eiKindName: String { get }
    func eiKindMeaning(_ level: MixingLevel) -> String
    var eiMunicipalityName: String { get }
    func eiMunicipalityMeaning(_ level: MixingLevel) -> String
    var modularityName: String { get }
    func modularityMeaning(_ level: ModularityLevel, communities: Int) -> String
    var formalName: String { get }
    func formalMeaning(_ share: Double, written: Int) -> String
    var mixingHeading: String { get }
    var mixingIntro: String { get }
    var mixingCaption: String { get }
    var mixingReading: String { get }
    var eiColumn: String { get }
    /// The ends of the E–I and centralisation scales.
    var eiWithin: String { get }
    var eiBetween: String { get }
    var centralizationEven: String { get }
    var centralizationStar: String { get }
    func mixingCellTitle(_ a: String, _ b: String, _ count: Int) -> String
}
