import ArgumentParser
import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeWording

/// The command that compares two landscapes, or one at two dates.
let diffCommands: [ParsableCommand.Type] = [DiffCommand.self]

/// `landscape diff OLD NEW` and `landscape diff FILE... --from DATE [--to DATE]`: what changed.
struct DiffCommand: ParsableCommand {
    /// The words of the command line (English, as the other commands' are).
    static let words = Language.en.diffCommandWording

    static let configuration = CommandConfiguration(commandName: "diff", abstract: words.abstract, discussion: words.discussion)

    @Argument(help: ArgumentHelp(words.filesHelp, valueName: "file"))
    var files: [String] = []

    @Option(name: .customLong("old"), help: ArgumentHelp(words.oldHelp, valueName: "file"))
    var oldInputs: [String] = []

    @Option(name: .customLong("new"), help: ArgumentHelp(words.newHelp, valueName: "file"))
    var newInputs: [String] = []

    @Option(help: ArgumentHelp(words.fromHelp, valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp(words.toHelp, valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp(Words.options.titleHelp, valueName: "title"))
    var title: String?

    @OptionGroup var result: ResultOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var elements: IncludeOption

    @Flag(name: .customLong("exit-code"), help: ArgumentHelp(words.exitCodeHelp))
    var exitCode = false

    @OptionGroup(title: Words.options.limitsTitle) var limits: LimitOptions

    func validate() throws {
        let request = try self.request()
        try InputOptions.validate(files: request.inputs)
        try Checks.date(from, option: "--from")
        try Checks.date(to, option: "--to")
        try result.check(inputs: request.inputs)
    }

    func run() throws {
        let request = try self.request()
        try InputOptions.requireExisting(request.inputs)
        let compared = try Console.read(Diffing.diff(request), warnings: \.warnings, failing: exitCode ? 2 : 1)
        let lang = language.lang ?? compared.new.landscape.language
        try result.emit(tables: { [DiffOutput.table(compared, language: lang)] }, json: { DiffOutput.json(compared) },
                        text: { DiffOutput.text(compared, language: lang) }, language: lang)
        if exitCode && !compared.diff.isEmpty { throw ExitCode(1) }
    }

    /// The two sides the arguments name, or a usage error saying what is missing.
    func request() throws -> DiffRequest {
        let words = Self.words
        let sides: DiffRequest.Sides
        if let from {
            guard oldInputs.isEmpty && newInputs.isEmpty else { throw ValidationError(words.datesWithSides) }
            guard !files.isEmpty else { throw ValidationError(words.noInputs) }
            guard let start = PartialDate(parsing: from) else { throw ValidationError(Words.options.notADate(option: "--from", from)) }
            sides = .dates(files: files, from: start, to: to.flatMap { PartialDate(parsing: $0) })
        } else if to != nil {
            throw ValidationError(words.toWithoutFrom)
        } else if !oldInputs.isEmpty || !newInputs.isEmpty {
            guard files.isEmpty else { throw ValidationError(words.mixedInputs) }
            guard !oldInputs.isEmpty && !newInputs.isEmpty else { throw ValidationError(words.oneSide) }
            sides = .inputs(old: oldInputs, new: newInputs)
        } else {
            guard !files.isEmpty else { throw ValidationError(words.noInputs) }
            guard files.count == 2 else { throw ValidationError(words.twoInputs(count: files.count)) }
            sides = .inputs(old: [files[0]], new: [files[1]])
        }
        return DiffRequest(sides: sides, limits: limits.limits, include: elements.include, title: title)
    }
}
