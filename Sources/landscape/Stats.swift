import ArgumentParser
import LandscapeCore
import LandscapeIO

/// `landscape stats`: figures for the whole landscape.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Figures for the whole landscape: density, components, centralisation, E–I index, mixing, modularity."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptionGroup

    @Option(help: ArgumentHelp("Seed of the community search behind the modularity figure.", valueName: "n"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Resolution of the community search (1 = classic modularity).", valueName: "r"))
    var resolution: Double = 1

    func validate() throws {
        try input.validate()
        guard resolution > 0, resolution.isFinite else { throw ValidationError("'--resolution' must be a number greater than 0.") }
    }

    func run() throws {
        let landscape = try input.loadLandscape()
        let options = analysis.options
        let stats = Analysis.statistics(landscape, options, resolution: resolution, seed: seed)
        switch analysis.format {
        case "json": print(AnalysisOutput.statsJSON(stats, grouping: options.groups).serialized())
        case "csv": print(AnalysisOutput.statsTables(stats, grouping: options.groups)[0].csv(), terminator: "")
        default:
            let tables = AnalysisOutput.statsTables(stats, grouping: options.groups)
            print(tables.map { $0.aligned() }.joined(separator: "\n"), terminator: "")
        }
    }
}
