import ArgumentParser
import Foundation
import LandscapeCore
import LandscapeReport

/// The commands of the report issue (owned by its files).
let reportCommands: [ParsableCommand.Type] = [ReportCommand.self]

extension Anonymization: ExpressibleByArgument {}

/// `landscape report`: the steering-group report as one HTML file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the steering-group report: one self-contained HTML file (print it to PDF from the browser).",
        discussion: """
            Sections: scope, diagrams, key figures, central actors and brokers, gaps (with what \
            happens when each funding programme ends), cooperation opportunities, communities, \
            coverage of the needs, method. In the landscape's language unless --lang says \
            otherwise. The file needs no network: CSS and diagrams are inline, and there is no \
            script. See docs/report.md.

            Examples:
              landscape report graphs/weimar.yaml -o out/report.html
              landscape report graphs/thueringen.yaml -o out/thueringen-en.html --lang en
              landscape report graphs/weimar.yaml -o out/report-2017.html --at 2017
              landscape report graphs/weimar.yaml -o out/shared.html --anonymize all
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write (.html).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Language of the report: de or en (default: the landscape's).", valueName: "language"))
    var lang: String?

    @Option(help: ArgumentHelp("For sharing beyond the municipality: 'contacts' removes contact data; 'all' also replaces every actor's name by its kind and a number, and removes notes.",
                               valueName: "contacts|all"))
    var anonymize: Anonymization?

    func validate() throws {
        try input.validate()
        guard let output, !output.isEmpty else {
            throw ValidationError("Give the report file with -o, e.g. 'landscape report \(input.files.first ?? "graphs/weimar.yaml") -o out/report.html'.")
        }
        let fileExtension = (output as NSString).pathExtension.lowercased()
        guard fileExtension == "html" || fileExtension == "htm" else {
            throw ValidationError("'-o \(output)': the report is an HTML file; name it .html (print it to PDF from the browser).")
        }
        if let lang, Language(parsing: lang) == nil {
            throw ValidationError("'--lang \(lang)' is not known; use de or en.")
        }
        try OutputFile.checkNotAnInput(output, inputs: input.files, example: "report.html")
    }

    func run() throws {
        guard let output else { throw ValidationError("Give the report file with -o.") }
        let landscape = try InputOptions.load(input.files, loader: input.limits.loader)
        let options = ReportOptions(
            language: lang.flatMap { Language(parsing: $0) }, anonymization: anonymize ?? Anonymization.none,
            day: input.day, today: ReportOutput.today())
        let report = ReportBuilder(renderer: Diagrams.renderer()).build(landscape, options: options)
        for message in report.messages { Console.error(message) }
        do {
            try OutputFile.write(Data(report.html.utf8), to: output)
        } catch {
            Console.error("\(output): error: cannot write the file (an existing one is left as it was): \(OutputFile.reason(error))")
            throw ExitCode(1)
        }
        print("wrote \(output) (\(report.language.rawValue), \(Console.count(report.actors, "actor")), \(Console.count(report.ties, "tie")), \(Console.count(report.gaps, "gap")), \(Console.count(report.suggestions, "suggestion")))")
    }
}
