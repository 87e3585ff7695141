import ArgumentParser
import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeReport
import LandscapeWording

/// The commands that write the steering report.
let reportCommands: [ParsableCommand.Type] = [ReportCommand.self]

extension Anonymization: ExpressibleByArgument {}

/// What `report` writes: the HTML document, or that document printed to PDF by Chromium.
enum ReportFileFormat: String, CaseIterable, ExpressibleByArgument {
    case html, pdf

    /// The format an output file's extension names, if any.
    init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "html", "htm": self = .html
        case "pdf": self = .pdf
        default: return nil
        }
    }
}

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

    @Flag(help: ArgumentHelp(words.briefHelp))
    var brief = false

    @Option(help: ArgumentHelp(words.formatHelp, valueName: "html|pdf"))
    var format: String?

    @Option(help: ArgumentHelp(words.tablesHelp, valueName: "xlsx"))
    var tables: String?

    func validate() throws {
        try input.validate()
        let output = try resolvedOutput()
        _ = try resolvedFormat(output: output)
        if let lang, Language(parsing: lang) == nil {
            throw ValidationError(Self.words.unknownLanguage(lang))
        }
        try OutputFiles.check(output, shape: .file(example: "report.html"), inputs: input.files + comparison.older)
        if let tables {
            guard tables.lowercased() == "xlsx" else { throw ValidationError(Self.words.unknownTables(value: tables)) }
            try OutputFiles.check(ReportTables.path(beside: output), shape: .file(example: "report.xlsx"), inputs: input.files + comparison.older)
        }
    }

    func run() throws {
        let output = try resolvedOutput()
        let progress = input.progress(language: lang.flatMap { Language(parsing: $0) })
        let loaded = try Console.loaded(input.loadRequest, progress: progress)
        let request = ReportRequest(
            load: input.loadRequest, language: lang.flatMap { Language(parsing: $0) },
            anonymization: anonymize ?? Anonymization.none, compare: try comparison.source(limits: input.limits.limits), brief: brief)
        let report = progress.run(.reporting(actors: loaded.landscape.actors.count)) {
            Reporting.report(loaded, request, renderer: Diagrams.renderer())
        }
        for message in report.messages { Console.error(message) }
        let document: Data
        switch try resolvedFormat(output: output) {
        case .html: document = Data(report.html.utf8)
        case .pdf: document = try printed(report, output: output)
        }
        let words = report.language.reportCommandWording
        if tables != nil {
            // Both files or neither: each goes to a temporary file first, then both are renamed.
            let workbook = ReportTables.path(beside: output)
            try OutputFiles.write([OutputFile.Item(document, to: output), OutputFile.Item(try ReportTables.workbook(report), to: workbook)],
                                  reportingAs: output)
            print(words.wroteTables(path: workbook))
        } else {
            try OutputFiles.write(document, to: output)
        }
        print(words.wrote(path: output, language: report.language, actors: report.actors,
                          ties: report.ties, gaps: report.gaps, suggestions: report.suggestions))
    }

    /// The format to write: `--format`, else the one `-o`'s extension names; a file named for
    /// neither, an unknown `--format` or one that contradicts the extension is a usage error.
    func resolvedFormat(output: String) throws -> ReportFileFormat {
        let named = ReportFileFormat(fileExtension: (output as NSString).pathExtension)
        guard let format else {
            guard let named else { throw ValidationError(Self.words.notHTML(output: output)) }
            return named
        }
        guard let chosen = ReportFileFormat(rawValue: format.lowercased()) else {
            throw ValidationError(Self.words.unknownFormat(value: format))
        }
        guard named == chosen else { throw ValidationError(Self.words.formatMismatch(format: chosen.rawValue, output: output)) }
        return chosen
    }

    /// The report printed to PDF by headless Chromium; without one, or when it fails, the
    /// reason in the report's language and exit status 1.
    func printed(_ report: Report, output: String) throws -> Data {
        let words = report.language.reportCommandWording
        do {
            return try PDFPrinting.pdf(of: report.html)
        } catch PDFPrintingError.noBrowser {
            Console.error(words.noBrowser(output: output))
        } catch PDFPrintingError.failed(let status, let detail) {
            Console.error(words.printFailed(output: output, status: String(status), detail: detail))
        }
        throw ExitCode(1)
    }

    /// The `-o` file; its absence is a usage error.
    func resolvedOutput() throws -> String {
        guard let output, !output.isEmpty else {
            throw ValidationError(Self.words.missingOutput(exampleInput: input.files.first ?? "graphs/weimar.yaml"))
        }
        return output
    }
}
