import ArgumentParser
import LandscapeApp
import LandscapeCore
import LandscapeIO

/// How the analysing commands read the landscape, and how they print.
struct AnalysisOptionGroup: ParsableArguments {
    @Flag(help: ArgumentHelp(Words.options.directedHelp))
    var directed = false

    @Flag(help: ArgumentHelp(Words.options.weightedHelp))
    var weighted = false

    @Option(help: ArgumentHelp(Words.options.foldHelp, valueName: "what"))
    var fold: Fold?

    @Option(help: ArgumentHelp(Words.options.groupsHelp, valueName: "attribute"))
    var groups: GroupingAttribute = .kind

    @OptionGroup var result: ResultOptions

    @OptionGroup var language: LanguageOption

    @OptionGroup var elements: IncludeOption

    func validate() throws {
        if fold != nil && directed {
            throw ValidationError(Words.options.foldIsUndirected)
        }
    }

    var options: AnalysisOptions {
        AnalysisOptions(fold: fold, directed: directed, weighted: weighted, groups: groups, include: elements.include)
    }
}

extension InputOptions {
    /// Loads the inputs, reports diagnostics, and gives the landscape (at `--at`, if given);
    /// exits with status 1 when an input has errors. Reading is a step of `progress`.
    func loadLandscape(progress: TerminalProgress? = nil) throws -> Landscape {
        try Console.loaded(loadRequest, progress: progress).landscape
    }

    /// The progress of this run (`--progress`, `--quiet`), in `language` until the landscape is read.
    func progress(language: Language?) -> TerminalProgress {
        progressOptions.sink(language: language)
    }
}

/// `--include resources,events`: the elements beside the actors that the analyses take in.
struct IncludeOption: ParsableArguments {
    @Option(help: ArgumentHelp(Words.options.includeHelp, valueName: "elements"), transform: CommaList.inclusion)
    var include: Set<IncludedElement> = []
}

/// `--direct-only`: members of one committee do not count as in contact (`stats`, `gaps`).
struct DirectOnlyOption: ParsableArguments {
    @Flag(help: ArgumentHelp(Words.options.directOnlyHelp))
    var directOnly = false
}

/// The community search's seed and resolution (`stats`, `communities`).
struct CommunityOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Words.options.communitySeedHelp, valueName: "n"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp(Words.options.resolutionHelp, valueName: "r"))
    var resolution: Double = 1

    func validate() throws {
        guard resolution > 0, resolution.isFinite else { throw ValidationError(Words.options.resolutionNotPositive) }
    }
}
