import LandscapeCore

/// The words of `landscape` itself and of `check`, `central`, `stats` and `communities`: help
/// texts, usage messages and the notes beside the results, from the catalog `command-analysis`
/// of a language (Catalogs/LANGUAGE/command-analysis.yaml). Every text but the note after an
/// estimate is a message of the catalog as it is.
public typealias AnalysisCommandWording = CommandAnalysisMessages

extension Language {
    /// The analysing commands' words in this language.
    public var analysisCommandWording: AnalysisCommandWording { Catalog(self).commandAnalysis }
}

extension CommandAnalysisMessages {
    /// The note on stderr after an estimated betweenness: how many sources were sampled and the
    /// error bound the user asked for.
    public func approximationNote(samples: Int, errorBound: Double) -> String {
        // The bound as the user gave it (0.01, not 0.010), with the language's decimal separator.
        let bound = String("\(errorBound)".map { $0 == "." ? catalog.numbers.decimalSeparator : $0 })
        return approximationNote(samples: String(samples), bound: bound)
    }
}
