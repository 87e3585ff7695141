import LandscapeCore

/// The analysing commands' help texts and notes in English.
struct EnglishAnalysisCommands: AnalysisCommandWording {
    var landscapeAbstract: String { "Map and analyse the cooperation network of a local education landscape." }
    var landscapeDiscussion: String {
        """
        A landscape is a YAML file (or a folder with actors.csv and ties.csv) listing the \
        actors of a Bildungslandschaft and the ties between them. See docs/format.md.
        """
    }
    var checkAbstract: String { "Check landscape files and report every problem in them." }
    var checkDiscussion: String {
        """
        Reads all files, merges them into one landscape and prints 'ok: N actors, M ties' \
        when it is valid. Otherwise prints every problem as PATH:LINE:COLUMN: error: … and \
        exits with status 1. Warnings do not change the exit status.
        """
    }
    var centralAbstract: String { "Per-actor measures: who is central, who brokers." }
    var centralDiscussion: String {
        """
        Measures: degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, \
        constraint, effective_size, clustering, core, brokerage (Gould–Fernandez roles). \
        Definitions in plain words: docs/measures.md.
        """
    }
    var sortHelp: String { "Sort by this measure (descending; constraint ascending). Default: betweenness, or the first of --measures." }
    var centralTopHelp: String { "Show only the first N actors." }
    var measuresHelp: String { "Compute only these measures, comma-separated (e.g. betweenness,pagerank)." }
    var approxHelp: String {
        "Estimate betweenness by sampling shortest paths, each value within this error with 90 % certainty (e.g. 0.01), instead of computing it exactly: for landscapes of tens of thousands of actors."
    }
    var approxSeedHelp: String { "Seed of the sampling for --approx: the same seed gives the same estimate." }
    var statsAbstract: String { "Figures for the whole landscape: density, components, centralisation, E–I index, mixing, modularity." }
    var communitiesAbstract: String { "Communities (Louvain): groups of actors more closely tied to each other than to the rest." }

    var approxOutOfRange: String { "'--approx' needs an error between 0 and 1, e.g. 0.01." }
    var approxIsUnweighted: String { "'--approx' estimates unweighted betweenness; leave out '--weighted' or '--approx'." }
    func approximationNote(samples: Int, errorBound: Double) -> String {
        "note: betweenness estimated from \(samples) sampled shortest paths; each value within ±\(errorBound) with 90 % certainty (Riondato–Kornaropoulos)"
    }
    var notConverged: String { "warning: the eigenvector or PageRank iteration did not converge; those values are approximate" }
}
