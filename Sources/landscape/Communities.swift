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

    func validate() throws {
        try analysis.result.check(inputs: input.files)
    }

    func run() throws {
        let progress = input.progress(language: analysis.language.lang)
        let landscape = try input.loadLandscape(progress: progress)
        let found = progress.run(.analysing(actors: landscape.actors.count)) {
            Analysis.communities(landscape, analysis.options, resolution: community.resolution, seed: community.seed)
        }
        let language = analysis.language.language(for: landscape)
        let words = language.analysisTableWording
        let table = { CommunitiesOutput.table(found, landscape: landscape, words: words) }
        try analysis.result.emit(
            tables: { [table()] },
            json: { CommunitiesOutput.json(found) },
            text: { CommunitiesOutput.summary(found, words: words) + "\n\n" + table().aligned(in: language) },
            language: language)
    }
}
