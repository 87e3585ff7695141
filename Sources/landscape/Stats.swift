import ArgumentParser
import LandscapeCore
import LandscapeIO
import LandscapeApp
import LandscapeWording

/// `landscape stats`: figures for the whole landscape.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Words.analysis.statsAbstract)

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptionGroup

    @OptionGroup var community: CommunityOptions
    @OptionGroup var direct: DirectOnlyOption

    @Flag(help: ArgumentHelp(Words.sampling.exactOptionHelp))
    var exact = false

    func validate() throws {
        try analysis.result.check(inputs: input.files)
    }

    func run() throws {
        let progress = input.progress(language: analysis.language.lang)
        let landscape = try input.loadLandscape(progress: progress)
        var options = analysis.options
        options.directOnly = direct.directOnly
        let stats = progress.run(.analysing(actors: landscape.actors.count)) {
            Analysis.statistics(landscape, options, resolution: community.resolution, seed: community.seed, exact: exact)
        }
        let language = analysis.language.language(for: landscape)
        let notes = stats.distanceEstimate.map { language.samplingWording.statisticsNotes($0, diameter: stats.diameter) } ?? []
        let words = language.analysisTableWording
        let tables = { StatisticsOutput.tables(stats, grouping: options.groups, words: words) }
        try analysis.result.emit(
            tables: tables,
            json: { StatisticsOutput.json(stats, grouping: options.groups) },
            text: { tables().map { $0.aligned(in: language) }.joined(separator: "\n") + Console.lines(notes) },
            language: language)
        if analysis.result.shape != .table || analysis.result.output != nil { notes.forEach(Console.error) }
    }
}
