import ArgumentParser
import LandscapeCore
import LandscapeIO
import LandscapeApp
import LandscapeWording

/// `landscape gaps`: where the landscape is weak.
struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Words.gaps.gapsAbstract,
        discussion: Words.gaps.gapsDiscussion(types: GapType.allCases.map(\.rawValue)))

    @OptionGroup var input: InputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var output: ResultOptions
    @OptionGroup var elements: IncludeOption
    @OptionGroup var direct: DirectOnlyOption

    @Option(help: ArgumentHelp(Words.gaps.typeHelp, valueName: "types"), transform: CommaList.gapTypes)
    var type: [GapType]?

    @Option(help: ArgumentHelp(Words.gaps.gapGroupsHelp, valueName: "attributes"), transform: CommaList.groupings)
    var groups: [GroupingAttribute]?

    @Option(help: ArgumentHelp(Words.gaps.gapTopHelp, valueName: "n"))
    var top: Int?

    func validate() throws {
        try output.check(top: top, inputs: input.files)
    }

    func run() throws {
        let progress = input.progress(language: language.lang)
        let landscape = try input.loadLandscape(progress: progress)
        let request = GapRequest(types: type ?? [], groupings: groups ?? [], top: top, include: elements.include, directOnly: direct.directOnly)
        let gaps = progress.run(.analysing(actors: landscape.actors.count)) { landscape.gaps(request) }
        let lang = language.language(for: landscape)
        try output.emit(
            tables: { [GapOutput.gapsTable(gaps, landscape: landscape, language: lang)] },
            json: { GapOutput.gapsJSON(gaps, landscape: landscape, language: lang) },
            text: { GapOutput.gapsText(gaps, landscape: landscape, language: lang) },
            language: lang)
    }
}

/// `landscape whatif`: what is lost when actors, a programme or time go.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "whatif", abstract: Words.gaps.whatIfAbstract)

    @Argument(help: ArgumentHelp(Words.options.filesHelp, valueName: "file"))
    var files: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp(Words.gaps.removeHelp, valueName: "id"))
    var remove: [String] = []

    @Option(help: ArgumentHelp(Words.gaps.programHelp, valueName: "id"))
    var program: String?

    @Option(help: ArgumentHelp(Words.gaps.whatIfAtHelp, valueName: "date"))
    var at: String?

    @Option(help: ArgumentHelp(Words.options.titleHelp, valueName: "title"))
    var title: String?

    @OptionGroup var language: LanguageOption
    @OptionGroup var output: ResultOptions
    @OptionGroup var elements: IncludeOption

    @OptionGroup(title: Words.options.limitsTitle) var limits: LimitOptions

    @OptionGroup var progressOptions: ProgressOptions

    @Flag(help: ArgumentHelp(Words.sampling.exactOptionHelp))
    var exact = false

    func validate() throws {
        try InputOptions.validate(files: files)
        if remove.isEmpty && program == nil && at == nil {
            throw ValidationError(Words.gaps.nothingChanges)
        }
        try Checks.date(at, option: "--at")
        try output.check(inputs: files)
    }

    private var request: WhatIfRequest {
        WhatIfRequest(remove: remove.map { ActorID($0) }, program: program.map { ActorID($0) },
                      day: at.flatMap { PartialDate(parsing: $0)?.firstDay }, include: elements.include, exact: exact)
    }

    func run() throws {
        let progress = progressOptions.sink(language: language.lang)
        let whole = try Console.loaded(LoadRequest(files: files, limits: limits.limits, title: title), progress: progress).whole
        let lang = language.language(for: whole)
        let result: WhatIfResult
        do {
            result = try progress.run(.analysing(actors: whole.actors.count)) { () throws(WhatIfError) in try whole.whatIf(request) }
        } catch {
            for problem in error.problems { Console.error(Self.line(problem, words: lang.gapCommandWording)) }
            throw ExitCode(1)
        }
        let notes = result.sampling == nil ? [] : [lang.samplingWording.whatIfNote]
        try output.emit(
            tables: { GapOutput.whatIfTables(result, landscape: whole, language: lang) },
            json: { GapOutput.whatIfJSON(result) },
            text: { GapOutput.whatIfText(result, landscape: whole, language: lang) + Console.lines(notes) },
            language: lang)
        if output.shape != .table || output.output != nil { notes.forEach(Console.error) }
    }

    /// The error line of a problem with the request's ids.
    static func line(_ problem: WhatIfProblem, words: GapCommandWording) -> String {
        switch problem {
        case .unknownActor(let id): words.unknownRemovedActor(id.rawValue)
        case .unknownProgram(let id): words.unknownProgram(id.rawValue)
        case .notAProgram(let id, let kind): words.notAProgram(id.rawValue, kind: kind)
        }
    }
}

/// `landscape suggest`: who should cooperate.
struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Words.gaps.suggestAbstract)

    @OptionGroup var input: InputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var output: ResultOptions

    @OptionGroup var elements: IncludeOption

    @Option(name: .customLong("for"), help: ArgumentHelp(Words.gaps.forHelp, valueName: "id"))
    var actor: String?

    @Option(help: ArgumentHelp(Words.gaps.kindHelp, valueName: "kind"), transform: CommaList.actorKind)
    var kind: ActorKind?

    @Option(help: ArgumentHelp(Words.gaps.suggestTopHelp, valueName: "n"))
    var top: Int = 10

    func validate() throws {
        try output.check(top: top, inputs: input.files)
    }

    func run() throws {
        let progress = input.progress(language: language.lang)
        let landscape = try input.loadLandscape(progress: progress)
        let lang = language.language(for: landscape)
        let words = lang.gapCommandWording
        let options = SuggestOptions(actor: actor.map { ActorID($0) }, kind: kind, top: top, include: elements.include)
        let suggestions: [Suggestion]
        do {
            suggestions = try progress.run(.analysing(actors: landscape.actors.count)) { () throws(SuggestionError) in
                try landscape.suggestions(options)
            }
        } catch {
            switch error {
            case .unknownActor(let id): Console.error(words.unknownSuggestionActor(id.rawValue))
            }
            throw ExitCode(1)
        }
        if let kind, !landscape.analysed(including: elements.include).actors.contains(where: { $0.kind == kind }) {
            Console.error(kind == .foundation ? words.noFoundation : words.noActorOfKind(kind: kind.rawValue))
        }
        try output.emit(
            tables: { [GapOutput.suggestionsTable(suggestions, landscape: landscape, language: lang)] },
            json: { GapOutput.suggestionsJSON(suggestions, landscape: landscape, language: lang) },
            text: { GapOutput.suggestionsText(suggestions, landscape: landscape, language: lang) },
            language: lang)
    }
}
