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

extension CatalogReportWording: ReportFiguresWording {
    private var figures: ReportFiguresMessages { catalog.reportFigures }

    var figuresIntro: String { figures.intro }

    var densityName: String { figures.densityName }
    func densityMeaning(_ density: Double, scale: NetworkScale) -> String {
        let meaning = figures.densityMeaning(share: numbers.perHundred(density))
        return scale == .large ? sentences(meaning, figures.densityLarge) : meaning
    }

    var averageDegreeName: String { figures.averageDegreeName }
    func averageDegreeMeaning(_ average: Double, pendants: Int) -> String {
        sentences(figures.averageDegreeMeaning(average: decimal(average, digits: 1)),
                  pendants > 0 ? figures.averageDegreePendants(count: pendants) : nil)
    }

    var componentsName: String { figures.componentsName }
    func componentsMeaning(_ components: Int, largestShare: Double, isolates: Int) -> String {
        sentences(components <= 1 ? figures.componentsConnected : figures.componentsParts(count: components, largest: percent(largestShare)),
                  isolates > 0 ? figures.componentsIsolates(count: isolates) : nil)
    }

    var distanceName: String { figures.distanceName }
    func distanceMeaning(_ distance: Double, diameter: Int) -> String {
        let intermediaries = diameter <= 1 ? figures.distanceNoIntermediaries : figures.distanceIntermediaries(count: diameter - 1)
        return figures.distanceMeaning(distance: decimal(distance, digits: 1), intermediaries: intermediaries)
    }

    var centralizationName: String { figures.centralizationName }
    func centralizationMeaning(_ level: CentralizationLevel, hub: String?) -> String {
        let named = hub.map { figures.centralizationHub(name: catalog.q($0)) } ?? ""
        switch level {
        case .oneHub: return figures.centralizationOneHub(hub: named)
        case .fewHubs: return figures.centralizationFewHubs(hub: named)
        case .even: return figures.centralizationEven
        }
    }

    var transitivityName: String { figures.transitivityName }
    func transitivityMeaning(_ value: Double, level: TransitivityLevel) -> String {
        let meaning = figures.transitivityMeaning(share: percent(value))
        switch level {
        case .low: return sentences(meaning, figures.transitivityLow)
        case .moderate: return meaning
        case .high: return sentences(meaning, figures.transitivityHigh)
        }
    }

    var eiKindName: String { figures.eiKindName }
    func eiKindMeaning(_ level: MixingLevel) -> String {
        level.pick(within: figures.eiKindWithin, balanced: figures.eiKindBalanced, between: figures.eiKindBetween)
    }

    var eiMunicipalityName: String { figures.eiMunicipalityName }
    func eiMunicipalityMeaning(_ level: MixingLevel) -> String {
        level.pick(within: figures.eiMunicipalityWithin, balanced: figures.eiMunicipalityBalanced, between: figures.eiMunicipalityBetween)
    }

    var modularityName: String { figures.modularityName }
    func modularityMeaning(_ level: ModularityLevel, communities: Int) -> String {
        level == .clear ? figures.modularityClear(count: communities) : figures.modularityWeak
    }

    var formalName: String { figures.formalName }
    func formalMeaning(_ share: Double, written: Int) -> String {
        sentences(figures.formalWritten(count: written), figures.formalBinding)
    }

    var mixingHeading: String { figures.mixingHeading }
    var mixingIntro: String { figures.mixingIntro }
    var mixingCaption: String { figures.mixingCaption }
    var mixingReading: String { figures.mixingReading }
    var eiColumn: String { figures.mixingEiColumn }
    var eiWithin: String { figures.mixingEiWithin }
    var eiBetween: String { figures.mixingEiBetween }
    var centralizationEven: String { figures.mixingCentralizationEven }
    var centralizationStar: String { figures.mixingCentralizationStar }
    func mixingCellTitle(_ a: String, _ b: String, _ count: Int) -> String {
        a == b ? figures.mixingCellWithin(count: count, kind: a) : figures.mixingCellBetween(count: count, kind: a, other: b)
    }
}

extension MixingLevel {
    /// The text for this level, of the three given.
    fileprivate func pick(within: @autoclosure () -> String, balanced: @autoclosure () -> String,
                          between: @autoclosure () -> String) -> String {
        switch self {
        case .within: within()
        case .balanced: balanced()
        case .between: between()
        }
    }
}
