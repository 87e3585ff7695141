import ArgumentParser
import LandscapeCore
import LandscapeIO
import LandscapeApp
import LandscapeWording

/// `landscape central`: who is central, who brokers.
struct Central: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Words.analysis.centralAbstract, discussion: Words.analysis.centralDiscussion)

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptionGroup

    @Option(help: ArgumentHelp(Words.analysis.sortHelp, valueName: "measure"), transform: CommaList.measure)
    var sort: Measure?

    @Option(help: ArgumentHelp(Words.analysis.centralTopHelp, valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp(Words.analysis.measuresHelp, valueName: "list"), transform: CommaList.measures)
    var measures: [Measure]?

    @Option(help: ArgumentHelp(Words.analysis.approxHelp, valueName: "epsilon"))
    var approx: Double?

    @Option(help: ArgumentHelp(Words.analysis.approxSeedHelp, valueName: "n"))
    var seed: UInt64 = 1

    @Flag(help: ArgumentHelp(Words.sampling.exactOptionHelp))
    var exact = false

    func validate() throws {
        if exact && approx != nil { throw ValidationError(Words.sampling.exactAndApprox) }
        if let approx {
            guard approx > 0, approx < 1 else { throw ValidationError(Words.analysis.approxOutOfRange) }
            if analysis.weighted { throw ValidationError(Words.analysis.approxIsUnweighted) }
        }
        try Checks.atLeastOne(top, option: "--top")
        try analysis.result.check(inputs: input.files)
    }

    func run() throws {
        let progress = input.progress(language: analysis.language.lang)
        let landscape = try input.loadLandscape(progress: progress)
        let requested = measures ?? []
        let chosen = requested.isEmpty && analysis.result.shape == .table ? CentralRequest.tableMeasures : requested
        let request = CentralRequest(
            analysis: analysis.options, measures: chosen, sort: sort ?? requested.first ?? .betweenness, top: top,
            approximation: approx.map { CentralRequest.Approximation(epsilon: $0, seed: seed) }, exact: exact, seed: seed)
        let ranking = landscape.central(request, progress: progress)
        let language = analysis.language.language(for: landscape)
        let notes = ranking.estimate.map { language.samplingWording.centralNotes($0, automatic: approx == nil) } ?? []
        let words = language.analysisTableWording
        try analysis.result.emit(
            tables: { [CentralOutput.table(ranking, landscape: landscape, words: words)] },
            json: { CentralOutput.json(ranking, landscape: landscape) },
            text: { CentralOutput.table(ranking, landscape: landscape, words: words).aligned(in: language) + Console.lines(notes) },
            language: language)
        if analysis.result.shape != .table || analysis.result.output != nil { notes.forEach(Console.error) }
        if !ranking.converged { Console.error(language.analysisCommandWording.notConverged) }
    }
}
