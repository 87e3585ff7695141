import ArgumentParser
import LandscapeCore
import LandscapeIO

/// `landscape communities`: who works together.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Communities (Louvain): groups of actors more closely tied to each other than to the rest."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptionGroup

    @Option(help: ArgumentHelp("Seed: the same seed gives the same communities.", valueName: "n"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Resolution: above 1 finds more, smaller communities; below 1 fewer, larger ones.", valueName: "r"))
    var resolution: Double = 1

    func validate() throws {
        try input.validate()
        guard resolution > 0, resolution.isFinite else { throw ValidationError("'--resolution' must be a number greater than 0.") }
    }

    func run() throws {
        let landscape = try input.loadLandscape()
        let options = analysis.options
        let network = Analysis.network(landscape, options)
        let found = Analysis.communities(landscape, options, resolution: resolution, seed: seed)
        switch analysis.format {
        case "json": print(AnalysisOutput.communitiesJSON(found, network: network).serialized())
        case "csv": print(AnalysisOutput.communitiesTable(found, network: network, landscape: landscape).csv(), terminator: "")
        default:
            print("modularity \(NumberText.decimal(found.modularity, places: 4)), \(Console.count(found.members.count, "community").replacingOccurrences(of: "communitys", with: "communities"))\n")
            print(AnalysisOutput.communitiesTable(found, network: network, landscape: landscape).aligned(), terminator: "")
        }
    }
}
