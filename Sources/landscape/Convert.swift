import ArgumentParser
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeWording

/// `landscape convert FILE... -o OUT`: read a landscape in one format, write it in another.
struct Convert: ParsableCommand {
    static let words = Language.en.convertCommandWording

    static let configuration = CommandConfiguration(abstract: words.abstract, discussion: words.discussion)

    @Argument(help: ArgumentHelp(words.filesHelp, valueName: "file"))
    var files: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp(words.outputHelp, valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp(words.toHelp, valueName: "format"))
    var to: LandscapeFormat?

    @Option(help: ArgumentHelp(words.atHelp, valueName: "date"))
    var at: String?

    @Option(help: ArgumentHelp(Words.options.titleHelp, valueName: "title"))
    var title: String?

    @Option(name: .customLong("edge-direction"), help: ArgumentHelp(words.edgeDirectionHelp, valueName: "how"))
    var edgeDirections: EdgeDirections = .graph

    @OptionGroup var language: LanguageOption

    @OptionGroup(title: Words.options.limitsTitle) var limits: LimitOptions

    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        try InputOptions.validate(files: files)
        try Checks.date(at, option: "--at")
        do {
            _ = try Converting.output(for: request)
        } catch {
            throw ValidationError(error.message(Self.words, files: OutputFiles.words))
        }
    }

    func run() throws {
        try InputOptions.requireExisting(files)
        let result: ConvertResult
        do {
            result = try Converting.convert(request, renderer: Diagrams.renderer(), progress: progressOptions.sink(language: language.lang))
        } catch {
            try Self.fail(error, language: language.lang)
        }
        Self.report(result, language: language.lang)
        // The result line in the landscape's language (or --lang); the warnings above are in
        // --lang, else English, as every command's diagnostics are.
        print((language.lang ?? result.language).convertCommandWording.wrote(path: result.output.path, format: result.output.format.rawValue, actors: result.actors, ties: result.ties))
    }

    /// The options as one request.
    var request: ConvertRequest {
        ConvertRequest(load: LoadRequest(files: files, limits: limits.limits, day: at.flatMap { PartialDate(parsing: $0)?.firstDay },
                                         title: title),
                       output: output, format: to, edgeDirections: edgeDirections)
    }

    /// The warnings of reading, the renderer's and what the format cannot carry, on standard
    /// error, in `language` (`--lang`; English when none is given).
    static func report(_ result: ConvertResult, language: Language? = nil) {
        let lang = language ?? .en
        Console.report(result.warnings, language: language)
        for message in result.messages { Console.error(message.description) }
        for loss in result.losses {
            Console.error(lang.convertCommandWording.loss(lang.diagnosticWording.message(for: loss), output: result.output.path))
        }
    }

    /// Says why nothing was written and exits: 64 for a refused output, 1 otherwise; the
    /// diagnostics in `language` (English when none is given).
    static func fail(_ failure: ConvertFailure, language: Language? = nil) throws -> Never {
        switch failure {
        case .refused(let refusal):
            throw ValidationError(refusal.message(words, files: OutputFiles.words))
        case .unreadable(let failure):
            Console.report(failure.diagnostics, language: language)
        case .notDrawn(let error, let warnings):
            Console.report(warnings, language: language)
            Console.error(words.error("\(error)"))
        case .notWritten(let result, let reason):
            report(result, language: language)
            Console.error(OutputFiles.words.cannotWrite(path: result.output.path, reason: reason))
        }
        throw ExitCode(1)
    }
}

extension EdgeDirections: ExpressibleByArgument {}

extension LandscapeFormat: ExpressibleByArgument {
    /// `--to` takes the formats that are written, by name.
    public init?(argument: String) {
        guard let format = LandscapeFormat(rawValue: argument), format.isWritten else { return nil }
        self = format
    }

    public static var allValueStrings: [String] { written.map(\.rawValue) }
}
