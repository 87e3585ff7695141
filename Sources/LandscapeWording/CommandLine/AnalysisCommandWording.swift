import LandscapeCore

/// The words of `landscape` itself and of `check`, `central`, `stats` and `communities`: help
/// texts, usage messages and the notes beside the results. One implementation per language
/// (English/EnglishAnalysisCommands.swift, German/GermanAnalysisCommands.swift).
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
    public var analysisCommandWording: any AnalysisCommandWording {
        switch self {
        case .en: EnglishAnalysisCommands()
        case .de: GermanAnalysisCommands()
        }
    }
}
