import LandscapeCore

/// The words of results estimated by sampling (`central`, `stats`): the `--exact` option and the
/// notes that say how a result was estimated, from the catalog `sampling` of a language
/// (Catalogs/LANGUAGE/sampling.yaml); the betweenness note is the analysing commands'
/// `approximationNote`.
public typealias SamplingWording = SamplingMessages

extension Language {
    /// The words of sampled results in this language.
    public var samplingWording: SamplingWording { Catalog(self).sampling }
}

extension SamplingMessages {
    /// The `--exact` option's help, with the size above which the commands estimate.
    public var exactOptionHelp: String { exactHelp(count: Sampling.largeAbove) }

    /// The notes after an estimated `central` result, one per line: why it is estimated (when
    /// the sampling was automatic), the betweenness bound, the closeness and harmonic bounds.
    public func centralNotes(_ estimate: CentralityEstimate, automatic: Bool) -> [String] {
        let numbers = catalog.numbers
        var notes: [String] = []
        if automatic { notes.append(centralAutomatic(threshold: numbers.integer(Sampling.largeAbove))) }
        if estimate.measures.contains(.betweenness) {
            notes.append(catalog.commandAnalysis.approximationNote(samples: numbers.integer(estimate.samples),
                                                                   bound: numbers.decimal(estimate.errorBound, digits: 4)))
        }
        if estimate.sources > 0 {
            notes.append(distances(sources: numbers.integer(estimate.sources), certainty: certainty(estimate.sampling),
                                   bound: numbers.decimal(estimate.sampling.epsilon, digits: 2),
                                   epsilon: numbers.decimal(estimate.sampling.epsilon, digits: 2)))
        }
        return notes
    }

    /// The notes after estimated `stats` figures: why, the average distance's bound, and the
    /// diameter's bounds (or that they met).
    public func statisticsNotes(_ estimate: DistanceEstimate, diameter: Int?) -> [String] {
        let numbers = catalog.numbers
        var notes = [statsAutomatic(threshold: numbers.integer(Sampling.largeAbove)),
                     averageDistance(sources: numbers.integer(estimate.sources),
                                     bound: numbers.decimal(estimate.averageDistanceBound, digits: 2),
                                     certainty: certainty(estimate.sampling))]
        let searches = numbers.integer(estimate.searches)
        if estimate.diameterIsExact(diameter) {
            notes.append(diameterExact(searches: searches))
        } else {
            notes.append(diameterBounds(lower: numbers.integer(diameter ?? 0), upper: numbers.integer(estimate.diameterUpperBound),
                                        searches: searches))
        }
        return notes
    }

    /// The note after a `whatif` whose distances and brokers were estimated.
    public var whatIfNote: String { whatifAutomatic(threshold: catalog.numbers.integer(Sampling.largeAbove)) }

    /// 1 − δ as a whole percentage.
    private func certainty(_ sampling: Sampling) -> String {
        catalog.numbers.integer(Int(((1 - sampling.delta) * 100).rounded()))
    }
}
