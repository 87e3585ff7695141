import ArgumentParser
import LandscapeCore
import LandscapeIO
import LandscapeApp
import LandscapeWording

/// `landscape communities`: who works together.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Communities (Louvain): groups of actors more closely tied to each other than to the rest."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptionGroup

    @OptionGroup var community: CommunityOptions

    func validate() throws {
        try input.validate()
    }

    func run() throws {
        let landscape = try input.loadLandscape()
        let options = analysis.options
        let found = Analysis.communities(landscape, options, resolution: community.resolution, seed: community.seed)
        let words = Language.en.analysisTableWording
        switch analysis.format {
        case "json": print(CommunitiesOutput.json(found).serialized())
        case "csv": print(CommunitiesOutput.table(found, landscape: landscape, words: words).csv(), terminator: "")
        default:
            print(CommunitiesOutput.summary(found, words: words) + "\n")
            print(CommunitiesOutput.table(found, landscape: landscape, words: words).aligned(), terminator: "")
        }
    }
}
