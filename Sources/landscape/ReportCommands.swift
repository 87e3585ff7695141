import ArgumentParser
import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeReport
import LandscapeWording

/// The commands that write the steering report.
let reportCommands: [ParsableCommand.Type] = [ReportCommand.self]

extension Anonymization: ExpressibleByArgument {}

/// `landscape report`: the steering-group report as one HTML file.
struct ReportCommand: ParsableCommand {
    static let words = Language.en.reportCommandWording

    static let configuration = CommandConfiguration(commandName: "report", abstract: words.abstract, discussion: words.discussion)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp(words.outputHelp, valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(words.languageHelp, valueName: "language"))
    var lang: String?

    @Option(help: ArgumentHelp(words.anonymizeHelp, valueName: "contacts|all"))
    var anonymize: Anonymization?

    @OptionGroup var comparison: ReportComparisonOptions

    func validate() throws {
        try input.validate()
        let output = try resolvedOutput()
        let fileExtension = (output as NSString).pathExtension.lowercased()
        guard fileExtension == "html" || fileExtension == "htm" else {
            throw ValidationError(Self.words.notHTML(output: output))
        }
        if let lang, Language(parsing: lang) == nil {
            throw ValidationError(Self.words.unknownLanguage(lang))
        }
        try OutputFiles.check(output, shape: .file(example: "report.html"), inputs: input.files + comparison.older)
    }

    func run() throws {
        let output = try resolvedOutput()
        let progress = input.progress(language: lang.flatMap { Language(parsing: $0) })
        let loaded = try Console.loaded(input.loadRequest, progress: progress)
        let request = ReportRequest(
            load: input.loadRequest, language: lang.flatMap { Language(parsing: $0) },
            anonymization: anonymize ?? Anonymization.none, compare: try comparison.source(limits: input.limits.limits))
        let report = progress.run(.reporting(actors: loaded.landscape.actors.count)) {
            Reporting.report(loaded, request, renderer: Diagrams.renderer())
        }
        for message in report.messages { Console.error(message) }
        try OutputFiles.write(Data(report.html.utf8), to: output)
        print(report.language.reportCommandWording.wrote(path: output, language: report.language, actors: report.actors,
                                                          ties: report.ties, gaps: report.gaps, suggestions: report.suggestions))
    }

    /// The `-o` file; its absence is a usage error.
    func resolvedOutput() throws -> String {
        guard let output, !output.isEmpty else {
            throw ValidationError(Self.words.missingOutput(exampleInput: input.files.first ?? "graphs/weimar.yaml"))
        }
        return output
    }
}
