import ArgumentParser
import LandscapeCore
import LandscapeIO
import LandscapeApp
import LandscapeWording

/// `landscape communities`: who works together.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "communities", abstract: Words.analysis.communitiesAbstract)

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptionGroup

    @OptionGroup var community: CommunityOptions

    func run() throws {
        let landscape = try input.loadLandscape()
        let found = Analysis.communities(landscape, analysis.options, resolution: community.resolution, seed: community.seed)
        let words = Language.en.analysisTableWording
        analysis.format.print(
            json: { CommunitiesOutput.json(found) },
            csv: { CommunitiesOutput.table(found, landscape: landscape, words: words).csv() },
            table: {
                CommunitiesOutput.summary(found, words: words) + "\n\n"
                    + CommunitiesOutput.table(found, landscape: landscape, words: words).aligned()
            })
    }
}
