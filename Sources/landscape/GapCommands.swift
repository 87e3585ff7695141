import ArgumentParser
import LandscapeCore
import LandscapeIO
import LandscapeApp

/// `--lang`: the language of plain-language output.
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp("Language of explanations: de or en (default: the landscape's language).", valueName: "language"))
    var lang: String?

    func validate() throws {
        if let lang, Language(parsing: lang) == nil {
            throw ValidationError("'--lang \(lang)' is not known; use de or en.")
        }
    }

    func language(for landscape: Landscape) -> Language {
        lang.flatMap { Language(parsing: $0) } ?? landscape.language
    }
}

/// `--format table|csv|json` for the gap commands.
struct FormatOption: ParsableArguments {
    @Option(help: ArgumentHelp("Output: table, csv or json.", valueName: "format"))
    var format: String = "table"

    func validate() throws {
        if !["table", "csv", "json"].contains(format) {
            throw ValidationError("'--format \(format)' is not known; use table, csv or json.")
        }
    }
}

/// `landscape gaps`: where the landscape is weak.
struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the gaps: isolated partners, fragments, single points of failure, uncoordinated providers, planning silos, programme dependencies, uncovered needs.",
        discussion: "Types: \(GapType.allCases.map(\.rawValue).joined(separator: ", ")). Rules and severities: docs/gaps.md."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var output: FormatOption

    @Option(help: ArgumentHelp("Only gaps of these types (comma-separated).", valueName: "types"))
    var type: String?

    @Option(help: ArgumentHelp("Attributes checked for group holes: kind, municipality, sector (comma-separated; default all).", valueName: "attributes"))
    var groups: String?

    @Option(help: ArgumentHelp("Show only the N most severe gaps.", valueName: "n"))
    var top: Int?

    func validate() throws {
        try input.validate()
        for name in list(type) where GapType(rawValue: name) == nil {
            throw ValidationError("'\(name)' is not a gap type; use: \(GapType.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        if let top, top < 1 { throw ValidationError("'--top' needs a number of at least 1.") }
        for name in list(groups) where GroupingAttribute(rawValue: name) == nil {
            throw ValidationError("'--groups \(name)' is not known; use kind, municipality or sector.")
        }
    }

    func run() throws {
        let landscape = try input.loadLandscape()
        let types = list(type).compactMap(GapType.init(rawValue:))
        let groupings = list(groups).compactMap(GroupingAttribute.init(rawValue:))
        let options = GapOptions(groupings: groupings.isEmpty ? GroupingAttribute.allCases : groupings,
                                 types: types.isEmpty ? nil : Set(types))
        var gaps = GapFinder.find(landscape, options: options)
        if let top { gaps = Array(gaps.prefix(top)) }
        let lang = language.language(for: landscape)
        switch output.format {
        case "json": print(GapOutput.gapsJSON(gaps, landscape: landscape, language: lang).serialized())
        case "csv": print(GapOutput.gapsTable(gaps, landscape: landscape, language: lang).csv(), terminator: "")
        default: print(GapOutput.gapsText(gaps, landscape: landscape, language: lang), terminator: "")
        }
    }
}

/// `landscape whatif`: what is lost when actors, a programme or time go.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Compare the landscape before and after actors or a programme go, or with the landscape on a later date."
    )

    @Argument(help: ArgumentHelp("Landscape files: .yaml/.yml, .json, .graphml, .gexf, .xlsx, .dot, or folders with actors.csv and ties.csv.", valueName: "file"))
    var files: [String] = []

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Actors to take out (ids).", valueName: "id"))
    var remove: [String] = []

    @Option(help: ArgumentHelp("Take out a programme with the positions it funds and its funding ties.", valueName: "id"))
    var program: String?

    @Option(help: ArgumentHelp("Compare the landscape now (its as_of date, else as given) with the landscape on this date.", valueName: "date"))
    var at: String?

    @OptionGroup var language: LanguageOption
    @OptionGroup var output: FormatOption

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        try InputOptions.validate(files: files)
        if remove.isEmpty && program == nil && at == nil {
            throw ValidationError("Say what changes: '--remove ID...', '--program ID' or '--at DATE'.")
        }
        if let at, PartialDate(parsing: at) == nil {
            throw ValidationError("'--at \(at)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.")
        }
    }

    func run() throws {
        let whole = try InputOptions.load(files, loader: limits.loader)
        var before = whole
        if let asOf = whole.asOf, at != nil { before = whole.active(on: asOf.firstDay) }
        var after = before
        if let at, let day = PartialDate(parsing: at)?.firstDay { after = whole.active(on: day) }
        var problems: [String] = []
        for id in remove where !whole.contains(ActorID(id)) { problems.append("unknown actor '\(id)' in --remove") }
        if let program {
            if let actor = whole[ActorID(program)] {
                if actor.kind != .program { problems.append("'\(program)' is of kind '\(actor.kind.rawValue)', not a program") }
            } else {
                problems.append("unknown program '\(program)'")
            }
        }
        guard problems.isEmpty else {
            for problem in problems { Console.error("error: " + problem) }
            throw ExitCode(1)
        }
        after = WhatIf.removing(Set(remove.map { ActorID($0) }), from: after)
        if let program { after = WhatIf.withoutProgram(ActorID(program), from: after) }
        let result = WhatIf.compare(before: before, after: after)
        switch output.format {
        case "json": print(GapOutput.whatIfJSON(result).serialized())
        default: print(GapOutput.whatIfText(result, landscape: whole, language: language.language(for: whole)), terminator: "")
        }
    }
}

/// `landscape suggest`: who should cooperate.
struct Suggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Suggest cooperations: pairs not yet tied, ranked, with reasons and the gaps each would close."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var language: LanguageOption
    @OptionGroup var output: FormatOption

    @Option(name: .customLong("for"), help: ArgumentHelp("Only opportunities of this actor (id).", valueName: "id"))
    var actor: String?

    @Option(help: ArgumentHelp("Only pairs with an actor of this kind, e.g. foundation.", valueName: "kind"))
    var kind: String?

    @Option(help: ArgumentHelp("How many suggestions.", valueName: "n"))
    var top: Int = 10

    func validate() throws {
        try input.validate()
        if let kind, ActorKind(parsing: kind) == nil {
            throw ValidationError("'--kind \(kind)' is not an actor kind; use: \(ActorKind.canonicalList).")
        }
        if top < 1 { throw ValidationError("'--top' needs a number of at least 1.") }
    }

    func run() throws {
        let landscape = try input.loadLandscape()
        if let actor, !landscape.contains(ActorID(actor)) {
            Console.error("error: unknown actor '\(actor)' in --for")
            throw ExitCode(1)
        }
        let lang = language.language(for: landscape)
        let gaps = GapFinder.find(landscape)
        let suggestions = Suggester.suggest(landscape, gaps: gaps, options: SuggestOptions(
            actor: actor.map { ActorID($0) }, kind: kind.flatMap { ActorKind(parsing: $0) }, top: top))
        switch output.format {
        case "json": print(GapOutput.suggestionsJSON(suggestions, landscape: landscape, language: lang).serialized())
        case "csv": print(GapOutput.suggestionsTable(suggestions, landscape: landscape, language: lang).csv(), terminator: "")
        default: print(GapOutput.suggestionsText(suggestions, landscape: landscape, language: lang), terminator: "")
        }
    }
}

private func list(_ text: String?) -> [String] {
    text.map { $0.split(separator: ",").map { String($0).trimmingSpaces } } ?? []
}
