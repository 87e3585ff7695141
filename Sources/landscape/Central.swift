import ArgumentParser
import LandscapeCore
import LandscapeIO

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

    func validate() throws {
        try input.validate()
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
        var chosen = requestedNames.compactMap(Measure.init(rawValue:))
        let sortBy = sort.flatMap(Measure.init(rawValue:)) ?? chosen.first ?? .betweenness
        if chosen.isEmpty {
            chosen = analysis.format == "table"
                ? [.degree, .betweenness, .closeness, .eigenvector, .pagerank, .constraint, .brokerage]
                : Measure.allCases
        }
        if !chosen.contains(sortBy) { chosen.append(sortBy) }
        let result = Analysis.centrality(landscape, analysis.options, measures: Set(chosen))
        var order = AnalysisOutput.order(result, landscape: landscape, by: sortBy)
        if let top { order = Array(order.prefix(top)) }
        switch analysis.format {
        case "json": print(AnalysisOutput.centralJSON(result, landscape: landscape, order: order).serialized())
        case "csv": print(AnalysisOutput.centralTable(result, landscape: landscape, order: order, measures: chosen, forCSV: true).csv(), terminator: "")
        default: print(AnalysisOutput.centralTable(result, landscape: landscape, order: order, measures: chosen).aligned(), terminator: "")
        }
        if !result.converged {
            Console.error("warning: the eigenvector or PageRank iteration did not converge; those values are approximate")
        }
    }
}
