import LandscapeCore

/// The report's words for section 3, the key figures and the mixing matrix; its texts (each
/// figure's name — `densityName`, `componentsName` … —, `figuresIntro`, `mixingHeading`,
/// `eiColumn`, the ends of the scales `eiWithin` … `centralizationStar`) are those of
/// `Catalogs/LANGUAGE/report-figures.yaml`. Each figure's meaning follows the level Core judged.
extension ReportWording {
    /// What the density means: how many of 100 possible pairs work together.
    public func densityMeaning(_ density: Double, scale: NetworkScale) -> String {
        let meaning = figures.densityMeaning(share: numbers.perHundred(density))
        return scale == .large ? sentences(meaning, figures.densityLarge) : meaning
    }

    /// What the average number of partners means, and how many actors have a single one.
    public func averageDegreeMeaning(_ average: Double, pendants: Int) -> String {
        sentences(figures.averageDegreeMeaning(average: decimal(average, digits: 1)),
                  pendants > 0 ? figures.averageDegreePendants(count: pendants) : nil)
    }

    /// Whether the landscape is one piece, and how many actors have no tie.
    public func componentsMeaning(_ components: Int, largestShare: Double, isolates: Int) -> String {
        sentences(components <= 1 ? figures.componentsConnected : figures.componentsParts(count: components, largest: percent(largestShare)),
                  isolates > 0 ? figures.componentsIsolates(count: isolates) : nil)
    }

    /// The typical number of steps and the intermediaries on the longest route.
    public func distanceMeaning(_ distance: Double, diameter: Int) -> String {
        let intermediaries = diameter <= 1 ? figures.distanceNoIntermediaries : figures.distanceIntermediaries(count: diameter - 1)
        return figures.distanceMeaning(distance: decimal(distance, digits: 1), intermediaries: intermediaries)
    }

    /// How centred the landscape is, naming the hub where there is one.
    public func centralizationMeaning(_ level: CentralizationLevel, hub: String?) -> String {
        let named = hub.map { figures.centralizationHub(name: catalog.q($0)) } ?? ""
        switch level {
        case .oneHub: return figures.centralizationOneHub(hub: named)
        case .fewHubs: return figures.centralizationFewHubs(hub: named)
        case .even: return figures.centralizationSpreadEvenly
        }
    }

    /// How often partners of partners work together, and what a low or high value means.
    public func transitivityMeaning(_ value: Double, level: TransitivityLevel) -> String {
        let meaning = figures.transitivityMeaning(share: percent(value))
        switch level {
        case .low: return sentences(meaning, figures.transitivityLow)
        case .moderate: return meaning
        case .high: return sentences(meaning, figures.transitivityHigh)
        }
    }

    /// Whether ties stay within kinds of actors or cross them.
    public func eiKindMeaning(_ level: MixingLevel) -> String {
        level.pick(within: figures.eiKindWithin, balanced: figures.eiKindBalanced, between: figures.eiKindBetween)
    }

    /// Whether ties stay within municipalities or cross their borders.
    public func eiMunicipalityMeaning(_ level: MixingLevel) -> String {
        level.pick(within: figures.eiMunicipalityWithin, balanced: figures.eiMunicipalityBalanced, between: figures.eiMunicipalityBetween)
    }

    /// Whether the landscape falls into communities.
    public func modularityMeaning(_ level: ModularityLevel, communities: Int) -> String {
        level == .clear ? figures.modularityClear(count: communities) : figures.modularityWeak
    }

    /// How many ties rest on a written agreement, and why that matters.
    public func formalMeaning(_ share: Double, written: Int) -> String {
        sentences(figures.formalWritten(count: written), figures.formalBinding)
    }

    /// The tooltip of a cell of the mixing matrix: within one kind, or between two.
    public func mixingCellTitle(_ a: String, _ b: String, _ count: Int) -> String {
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
