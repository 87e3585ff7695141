import ArgumentParser
import LandscapeCore
import LandscapeIO
import LandscapeApp
import LandscapeWording

/// `landscape stats`: figures for the whole landscape.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Figures for the whole landscape: density, components, centralisation, E–I index, mixing, modularity."
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
        let stats = Analysis.statistics(landscape, options, resolution: community.resolution, seed: community.seed)
        let words = Language.en.analysisTableWording
        switch analysis.format {
        case "json": print(StatisticsOutput.json(stats, grouping: options.groups).serialized())
        case "csv": print(StatisticsOutput.tables(stats, grouping: options.groups, words: words)[0].csv(), terminator: "")
        default:
            let tables = StatisticsOutput.tables(stats, grouping: options.groups, words: words)
            print(tables.map { $0.aligned() }.joined(separator: "\n"), terminator: "")
        }
    }
}
