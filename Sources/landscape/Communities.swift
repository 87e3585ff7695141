import ArgumentParser
import LandscapeCore
import LandscapeIO
import LandscapeApp

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
        let network = Analysis.network(landscape, options)
        let found = Analysis.communities(landscape, options, resolution: community.resolution, seed: community.seed)
        switch analysis.format {
        case "json": print(AnalysisOutput.communitiesJSON(found, network: network).serialized())
        case "csv": print(AnalysisOutput.communitiesTable(found, network: network, landscape: landscape).csv(), terminator: "")
        default:
            print("modularity \(NumberText.decimal(found.modularity, places: 4)), \(Console.count(found.members.count, "community").replacingOccurrences(of: "communitys", with: "communities"))\n")
            print(AnalysisOutput.communitiesTable(found, network: network, landscape: landscape).aligned(), terminator: "")
        }
    }
}
