import ArgumentParser
import LandscapeCore
import LandscapeIO
import LandscapeApp
import LandscapeWording

/// `landscape central`: who is central, who brokers.
struct Central: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Per-actor measures: who is central, who brokers.",
        discussion: """
            Measures: degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, \
            constraint, effective_size, clustering, core, brokerage (Gould–Fernandez roles). \
            Definitions in plain words: docs/measures.md.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptionGroup

    @Option(help: ArgumentHelp("Sort by this measure (descending; constraint ascending). Default: betweenness, or the first of --measures.", valueName: "measure"))
    var sort: String?

    @Option(help: ArgumentHelp("Show only the first N actors.", valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp("Compute only these measures, comma-separated (e.g. betweenness,pagerank).", valueName: "list"))
    var measures: String?

    @Option(help: ArgumentHelp("Estimate betweenness by sampling shortest paths, each value within this error with 90 % certainty (e.g. 0.01), instead of computing it exactly: for landscapes of tens of thousands of actors.", valueName: "epsilon"))
    var approx: Double?

    @Option(help: ArgumentHelp("Seed of the sampling for --approx: the same seed gives the same estimate.", valueName: "n"))
    var seed: UInt64 = 1

    func validate() throws {
        try input.validate()
        if let approx {
            guard approx > 0, approx < 1 else { throw ValidationError("'--approx' needs an error between 0 and 1, e.g. 0.01.") }
            if analysis.weighted { throw ValidationError("'--approx' estimates unweighted betweenness; leave out '--weighted' or '--approx'.") }
        }
        if let sort, Measure(rawValue: sort) == nil {
            throw ValidationError("'--sort \(sort)' is not a measure; use one of: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if let top, top < 1 { throw ValidationError("'--top' needs a number of at least 1.") }
        for name in requestedNames where Measure(rawValue: name) == nil {
            throw ValidationError("'\(name)' in '--measures' is not a measure; use: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    private var requestedNames: [String] {
        measures.map { $0.split(separator: ",").map { String($0).trimmingSpaces } } ?? []
    }

    func run() throws {
        let landscape = try input.loadLandscape()
        let requested = requestedNames.compactMap(Measure.init(rawValue:))
        let sortBy = sort.flatMap(Measure.init(rawValue:)) ?? requested.first ?? .betweenness
        let measures = requested.isEmpty && analysis.format == "table" ? CentralRequest.tableMeasures : requested
        let request = CentralRequest(
            analysis: analysis.options, measures: measures, sort: sortBy, top: top,
            approximation: approx.map { CentralRequest.Approximation(epsilon: $0, seed: seed) })
        let ranking = landscape.central(request)
        if let estimate = ranking.estimate {
            Console.error("note: betweenness estimated from \(estimate.samples) sampled shortest paths; each value within ±\(estimate.errorBound) with 90 % certainty (Riondato–Kornaropoulos)")
        }
        let words = Language.en.analysisTableWording
        switch analysis.format {
        case "json": print(CentralOutput.json(ranking, landscape: landscape).serialized())
        case "csv": print(CentralOutput.table(ranking, landscape: landscape, words: words, forCSV: true).csv(), terminator: "")
        default: print(CentralOutput.table(ranking, landscape: landscape, words: words).aligned(), terminator: "")
        }
        if !ranking.converged {
            Console.error("warning: the eigenvector or PageRank iteration did not converge; those values are approximate")
        }
    }
}
