import LandscapeCore

/// The words of `landscape` itself and of `check`, `central`, `stats` and `communities`: help
/// texts, usage messages and the notes beside the results. Worded by the catalog
/// `command-analysis` of each language (Catalogs/LANGUAGE/command-analysis.yaml), whose
/// messages are named as the requirements here.
public protocol AnalysisCommandWording: Sendable {
    var landscapeAbstract: String { get }
    var landscapeDiscussion: String { get }
    var checkAbstract: String { get }
    var checkDiscussion: String { get }
    var centralAbstract: String { get }
    var centralDiscussion: String { get }
    var sortHelp: String { get }
    var centralTopHelp: String { get }
    var measuresHelp: String { get }
    var approxHelp: String { get }
    var approxSeedHelp: String { get }
    var statsAbstract: String { get }
    var communitiesAbstract: String { get }

    /// `--approx` outside (0, 1).
    var approxOutOfRange: String { get }
    /// `--approx` together with `--weighted`.
    var approxIsUnweighted: String { get }
    /// The note on stderr after an estimated betweenness.
    func approximationNote(samples: Int, errorBound: Double) -> String
    /// The warning on stderr when eigenvector or PageRank did not converge.
    var notConverged: String { get }
}

extension Language {
    /// The analysing commands' words in this language.
    public var analysisCommandWording: any AnalysisCommandWording { Catalog(self).commandAnalysis }
}

/// The analysing commands' words from the catalog of one language: every text but the note
/// after an estimate is a message of the catalog as it is.
extension CommandAnalysisMessages: AnalysisCommandWording {
    func approximationNote(samples: Int, errorBound: Double) -> String {
        // The bound as the user gave it (0.01, not 0.010), with the language's decimal separator.
        let bound = String("\(errorBound)".map { $0 == "." ? catalog.numbers.decimalSeparator : $0 })
        return approximationNote(samples: String(samples), bound: bound)
    }
}
