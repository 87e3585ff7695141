import ArgumentParser
import Foundation
import LandscapeCore
import LandscapeGraphviz
import LandscapeIO
import LandscapeRender
import LandscapeWording

/// `landscape render FILE... -o OUT`: draw the landscape with the Graphviz library.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a landscape as a diagram (SVG, PNG, PDF or DOT) with the Graphviz library.",
        discussion: """
            Shape and colour show each actor's kind, line style and arrow each tie's kind; a \
            legend and a title (in the landscape's language, or --lang) are part of the \
            picture. The same input and --seed give the same file, byte for byte (SVG, PNG, \
            DOT; PDF embeds its creation date). Layout runs in a short-lived child process, \
            so a crash inside Graphviz is reported as an error. See docs/render.md.

            Examples:
              landscape render graphs/weimar.yaml -o out/weimar.svg
              landscape render graphs/*.yaml -o out/all.png --cluster-by municipality
              landscape render graphs/eisenach.yaml -o out/steering.pdf --view steering
              landscape render graphs/jena.yaml -o out/ego.svg --ego jena-bildungsmanagement --depth 2
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The diagram file to write; its extension (.svg, .png, .pdf, .dot) picks the format.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Output format when the file name does not say.", valueName: "format"))
    var format: RenderFormat?

    @Option(help: ArgumentHelp("Layout engine (default: dot for --view steering, neato up to \(LayoutEngine.largeLandscape) actors, sfdp above).", valueName: "engine"))
    var engine: LayoutEngine?

    @Option(help: ArgumentHelp("network: every tie; steering: steering, membership and funding ties, top-down.", valueName: "view"))
    var view: DiagramOptions.View = .network

    @Option(name: .customLong("color-by"), help: ArgumentHelp("What the fill colour shows: kind, municipality or sector.", valueName: "what"))
    var colorBy: String = "kind"

    @Option(name: .customLong("size-by"), help: ArgumentHelp("Size the nodes by a measure: degree (number of partners).", valueName: "measure"))
    var sizeBy: String?

    @Option(name: .customLong("cluster-by"), help: ArgumentHelp("Draw a labelled box around each group.", valueName: "what"))
    var clusterBy: DiagramOptions.ClusterBy?

    @Option(help: ArgumentHelp("Which names to show: all, none or top:N (the N best connected; default: all up to \(LayoutEngine.largeLandscape) actors).", valueName: "which"))
    var labels: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Emphasise these actors (ids) and fade the rest.", valueName: "id"))
    var highlight: [String] = []

    @Option(help: ArgumentHelp("Draw only this actor's neighbourhood.", valueName: "id"))
    var ego: String?

    @Option(help: ArgumentHelp("Steps from the --ego actor (default 1: direct partners).", valueName: "n"))
    var depth: Int?

    @Option(help: ArgumentHelp("Language of title and legend: de or en (default: the landscape's).", valueName: "language"))
    var lang: String?

    @Option(help: ArgumentHelp("Seed of the force-directed layouts; another seed gives another arrangement.", valueName: "n"))
    var seed: UInt32 = 1

    /// Measures of the analysis commands that can size nodes.
    static let sizeMeasures: [Measure] = Measure.allCases.filter { $0 != .degree }

    func validate() throws {
        try input.validate()
        _ = try resolvedFormat()
        try checkOutputIsNoInput()
        _ = try resolvedColorBy()
        _ = try resolvedSizing()
        _ = try resolvedLabels()
        _ = try resolvedLanguage()
        for id in highlight {
            if id == "gaps" {
                guard highlight.count == 1 else {
                    throw ValidationError("'--highlight gaps' stands alone; highlight either the gaps or actor ids.")
                }
                continue
            }
            if LandscapeLoader.format(of: id) != nil, FileManager.default.fileExists(atPath: id) {
                throw ValidationError("'\(id)' after --highlight is a file; put the landscape files before --highlight (it takes every value up to the next option).")
            }
        }
        if let depth {
            guard ego != nil else { throw ValidationError("--depth counts steps from an actor; give it with --ego ID.") }
            guard depth >= 1 else { throw ValidationError("--depth \(depth): give 1 (direct partners) or more.") }
        }
        if clusterBy != nil, let engine, !engine.keepsClusters {
            throw ValidationError(Self.sentence(DiagramError.engineIgnoresClusters(engine).description))
        }
    }

    func run() throws {
        guard let output else { throw ValidationError("Give the diagram file with -o.") }
        let format = try resolvedFormat()
        let result = input.limits.loader.load(input.files)
        Console.report(result.diagnostics)
        if result.hasErrors { throw ExitCode(1) }

        var landscape = result.landscape
        if let day = input.day { landscape = landscape.active(on: day) }
        let showGaps = highlight == ["gaps"]
        var options = DiagramOptions(
            view: view, engine: engine, colorBy: try resolvedColorBy(), sizing: try sized(landscape),
            clusterBy: clusterBy, labels: try resolvedLabels(), highlight: showGaps ? [] : highlight.map { ActorID($0) },
            ego: ego.map { DiagramOptions.Ego(center: ActorID($0), depth: depth ?? 1) },
            language: try resolvedLanguage(), seed: seed, day: input.day)
        if showGaps { options.gapMarks = Self.gapMarks(landscape, language: try resolvedLanguage() ?? landscape.language) }
        if options.colorBy == .community {
            let found = Analysis.communities(landscape, AnalysisOptions(), seed: UInt64(seed))
            let network = Analysis.network(landscape, AnalysisOptions())
            for (index, members) in found.members.enumerated() {
                for node in members { options.communities[network.actors[node]] = index }
            }
        }
        let diagram: Diagram
        do {
            diagram = try DiagramBuilder().build(result.landscape, options: options)
        } catch {
            // Found only once the files are read, but still a usage error: say it the way
            // ArgumentParser says its own, with this command's usage.
            Console.error("Error: \(Self.sentence(error.description))")
            Console.error("Usage: \(LandscapeCommand.usageString(for: Render.self))")
            Console.error("  See 'landscape render --help' for more information.")
            throw ExitCode.validationFailure
        }
        for note in diagram.notes { Console.error("note: \(note)") }

        let clock = ContinuousClock()
        let started = clock.now
        let rendering: Rendering
        do {
            rendering = try Diagrams.renderer().render(diagram, as: format)
        } catch {
            Console.error("error: \(error)")
            throw ExitCode(1)
        }
        for message in rendering.messages { Console.error(message.description) }
        try OutputFiles.write(rendering.data, to: output)
        let (whole, fraction) = (clock.now - started).components
        let seconds = Double(whole) + Double(fraction) / 1e18
        print("wrote \(output) (\(format.rawValue), \(Console.count(diagram.nodes.count, "actor")), \(Console.count(diagram.edges.count, "tie")), \(diagram.engine.rawValue), \(String(format: "%.2f", seconds)) s)")
    }

    /// A library message as a sentence: a full stop unless it ends in a question.
    static func sentence(_ message: String) -> String {
        message.hasSuffix("?") || message.hasSuffix(".") ? message : message + "."
    }

    // MARK: - Option values

    func resolvedFormat() throws -> RenderFormat {
        guard let output, !output.isEmpty else {
            throw ValidationError("Give the diagram file with -o, e.g. 'landscape render \(input.files.first ?? "graphs/weimar.yaml") -o out/diagram.svg'.")
        }
        let fileExtension = (output as NSString).pathExtension
        let byName = RenderFormat(pathExtension: fileExtension)
        switch (byName, format) {
        case (let named?, let given?) where named != given:
            throw ValidationError("'-o \(output)' ends in .\(fileExtension) but --format is \(given.rawValue); change one of them.")
        case (let named?, _):
            return named
        case (nil, let given?):
            return given
        case (nil, nil):
            throw ValidationError("'-o \(output)': name the file .svg, .png, .pdf or .dot, or give --format.")
        }
    }

    func checkOutputIsNoInput() throws {
        guard let output else { return }
        try OutputFiles.check(output, shape: .file(example: "diagram.svg"), inputs: input.files)
    }

    func resolvedColorBy() throws -> DiagramOptions.ColorBy {
        if let value = DiagramOptions.ColorBy(rawValue: colorBy.lowercased()) { return value }
        throw ValidationError("'--color-by \(colorBy)' is not known; use kind, municipality, sector or community.")
    }

    /// What `--highlight gaps` draws: cut points and isolates marked, the top five suggestions
    /// dotted, and the fragments of the most severe uncoordinated topic or target group boxed.
    static func gapMarks(_ landscape: Landscape, language: Language) -> GapMarks {
        let gaps = GapFinder.find(landscape)
        let marked = Set(gaps.filter { $0.type == .cutPoint || $0.type == .isolate }.compactMap(\.actors.first))
        let suggestions = Suggester.suggest(landscape, gaps: gaps, options: SuggestOptions(top: 5))
        let groups = gaps.filter { $0.type == .uncoordinated && $0.severity != .low }.prefix(2).map { gap in
            GapMarks.Group(label: LocalizedText(english: "not coordinated: \(gap.groups.first ?? "")",
                                                german: "nicht abgestimmt: \(gap.groups.first ?? "")"),
                           members: gap.actors)
        }
        return GapMarks(marked: marked, suggested: suggestions.map { GapMarks.SuggestedTie(from: $0.from, to: $0.to) },
                        groups: Array(groups))
    }

    /// The sizing with the measure computed on the landscape as drawn.
    func sized(_ landscape: Landscape) throws -> DiagramOptions.Sizing {
        let sizing = try resolvedSizing()
        guard case .scores = sizing, let name = sizeBy?.lowercased().replacingOccurrences(of: "-", with: "_"),
              let measure = Measure(rawValue: name) else { return sizing }
        let result = Analysis.centrality(landscape, AnalysisOptions(), measures: [measure])
        var values: [ActorID: Double] = [:]
        for actor in result.actors { if let value = actor.value(of: measure) { values[actor.id] = value } }
        let caption = LocalizedText(english: DiagramStrings.of(.en).name(of: measure), german: DiagramStrings.of(.de).name(of: measure))
        return .scores(ActorScores(measure: caption, values: values))
    }

    func resolvedSizing() throws -> DiagramOptions.Sizing {
        guard let sizeBy else { return .uniform }
        let name = sizeBy.lowercased().replacingOccurrences(of: "-", with: "_")
        if name == "degree" { return .degree }
        if let measure = Measure(rawValue: name) {
            // The scores come once the landscape is read (`sized(_:)`); here only the name is checked.
            return .scores(ActorScores(measure: LocalizedText(english: measure.rawValue, german: measure.rawValue), values: [:]))
        }
        var message = "'--size-by \(sizeBy)' is not a measure"
        let names = ["degree"] + Self.sizeMeasures.map(\.rawValue)
        if let close = SpellingSuggestion.closest(to: name, among: names) { message += "; did you mean '\(close)'?" } else { message += "; use one of: \(names.joined(separator: ", "))." }
        throw ValidationError(message)
    }

    /// Parsed here rather than through a conformance of `Language`, which other commands may
    /// want to declare in their own way.
    func resolvedLanguage() throws -> Language? {
        guard let lang else { return nil }
        guard let language = Language(parsing: lang) else {
            throw ValidationError("'--lang \(lang)' is not known; use de or en.")
        }
        return language
    }

    func resolvedLabels() throws -> DiagramOptions.Labels? {
        guard let labels else { return nil }
        guard let value = DiagramOptions.Labels(parsing: labels) else {
            throw ValidationError("'--labels \(labels)' is not known; use all, none or top:N (N at least 1).")
        }
        return value
    }
}

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension DiagramOptions.View: ExpressibleByArgument {}
extension DiagramOptions.ClusterBy: ExpressibleByArgument {}
