import ArgumentParser
import LandscapeCore
import LandscapeIO

/// How the analysing commands read the landscape, and how they print.
struct AnalysisOptionGroup: ParsableArguments {
    @Flag(help: "Keep the direction of member, funding and steering ties (the others count both ways).")
    var directed = false

    @Flag(help: "Read tie weights as strengths: path lengths are 1/weight; PageRank, eigenvector and structural holes use weights.")
    var weighted = false

    @Option(help: ArgumentHelp("Analyse the actor–actor projection of committee membership: 'committees'.", valueName: "what"))
    var fold: String?

    @Option(help: ArgumentHelp("Group actors by kind, municipality or sector (brokerage roles, E–I index, mixing).", valueName: "attribute"))
    var groups: String = "kind"

    @Option(help: ArgumentHelp("Output: table, csv or json.", valueName: "format"))
    var format: String = "table"

    func validate() throws {
        if let fold, fold != "committees" {
            throw ValidationError("'--fold \(fold)' is not known; the only fold is '--fold committees'.")
        }
        if fold != nil && directed {
            throw ValidationError("'--fold committees' gives an undirected network; leave out '--directed'.")
        }
        if GroupingAttribute(rawValue: groups) == nil {
            throw ValidationError("'--groups \(groups)' is not known; use kind, municipality or sector.")
        }
        if !["table", "csv", "json"].contains(format) {
            throw ValidationError("'--format \(format)' is not known; use table, csv or json.")
        }
    }

    var options: AnalysisOptions {
        AnalysisOptions(
            reading: fold != nil ? .foldedCommittees : (directed ? .directed : .undirected),
            weighted: weighted, groups: GroupingAttribute(rawValue: groups) ?? .kind)
    }
}

extension InputOptions {
    /// Loads the inputs, reports diagnostics, and gives the landscape (at `--at`, if given);
    /// exits with status 1 when an input has errors.
    func loadLandscape() throws -> Landscape {
        let landscape = try Self.load(files, loader: limits.loader)
        if let day { return landscape.active(on: day) }
        return landscape
    }

    /// Loads and merges `files`, reports diagnostics; exits with status 1 on errors.
    static func load(_ files: [String], loader: LandscapeLoader) throws -> Landscape {
        let result = loader.load(files)
        Console.report(result.diagnostics)
        if result.hasErrors { throw ExitCode(1) }
        return result.landscape
    }
}

/// The community search's seed and resolution (`stats`, `communities`).
struct CommunityOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Seed of the community search: the same seed gives the same communities.", valueName: "n"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Resolution of the community search: above 1 more, smaller communities; below 1 fewer, larger ones (1 = classic modularity).", valueName: "r"))
    var resolution: Double = 1

    func validate() throws {
        guard resolution > 0, resolution.isFinite else { throw ValidationError("'--resolution' must be a number greater than 0.") }
    }
}
