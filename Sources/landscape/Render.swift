import ArgumentParser
import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeRender
import LandscapeWording

/// `landscape render FILE... -o OUT`: draw the landscape with the Graphviz library.
struct Render: ParsableCommand {
    static let words = Language.en.renderCommandWording

    static let configuration = CommandConfiguration(abstract: words.abstract, discussion: words.discussion)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp(words.outputHelp, valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(words.formatHelp, valueName: "format"))
    var format: RenderFormat?

    @Option(help: ArgumentHelp(words.engineHelp(largeLandscape: LayoutEngine.largeLandscape), valueName: "engine"))
    var engine: LayoutEngine?

    @Option(help: ArgumentHelp(words.viewHelp, valueName: "view"))
    var view: DiagramOptions.View = .network

    @Option(name: .customLong("color-by"), help: ArgumentHelp(words.colorByHelp, valueName: "what"))
    var colorBy: DiagramOptions.ColorBy = .kind

    @Option(name: .customLong("size-by"), help: ArgumentHelp(words.sizeByHelp, valueName: "measure"), transform: Render.nodeSize)
    var sizeBy: NodeSize?

    @Option(name: .customLong("cluster-by"), help: ArgumentHelp(words.clusterByHelp, valueName: "what"))
    var clusterBy: DiagramOptions.ClusterBy?

    @Option(help: ArgumentHelp(words.labelsHelp(largeLandscape: LayoutEngine.largeLandscape), valueName: "which"))
    var labels: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp(words.highlightHelp, valueName: "id"))
    var highlight: [String] = []

    @Option(help: ArgumentHelp(words.egoHelp, valueName: "id"))
    var ego: String?

    @Option(help: ArgumentHelp(words.depthHelp, valueName: "n"))
    var depth: Int?

    @Option(help: ArgumentHelp(words.languageHelp, valueName: "language"))
    var lang: String?

    @Flag(help: ArgumentHelp(words.overviewHelp(threshold: DiagramBuilder.overviewThreshold)))
    var overview = false

    @Option(help: ArgumentHelp(words.groupHelp, valueName: "name"))
    var group: String?

    @Option(name: .customLong("group-by"), help: ArgumentHelp(words.groupByHelp, valueName: "what"))
    var groupBy: DiagramOptions.GroupBy = .municipality

    @Option(help: ArgumentHelp(words.seedHelp, valueName: "n"))
    var seed: UInt32 = 1

    @OptionGroup var comparison: ComparisonDrawingOptions

    func validate() throws {
        try input.validate()
        let output = try resolvedOutput()
        _ = try resolvedFormat()
        try OutputFiles.check(output, shape: .file(example: "diagram.svg"), inputs: input.files)
        if let labels, DiagramOptions.Labels(parsing: labels) == nil { throw ValidationError(Self.words.unknownLabels(labels)) }
        if let lang, Language(parsing: lang) == nil { throw ValidationError(Self.words.unknownLanguage(lang)) }
        try validateHighlight()
        if let depth {
            guard ego != nil else { throw ValidationError(Self.words.depthNeedsEgo) }
            guard depth >= 1 else { throw ValidationError(Self.words.depthTooSmall(depth)) }
        }
        if clusterBy != nil, let engine, !engine.keepsClusters {
            throw ValidationError(Self.sentence(DiagramError.engineIgnoresClusters(engine).description))
        }
        if overview && group != nil { throw ValidationError(Self.words.overviewOrGroup) }
        try validateComparison()
    }

    /// `gaps` stands alone, and a value that is an existing landscape file was meant as an input.
    func validateHighlight() throws {
        for id in highlight {
            if id == "gaps" {
                guard highlight.count == 1 else { throw ValidationError(Self.words.gapsStandAlone) }
                continue
            }
            if LandscapeLoader.format(of: id) != nil, FileManager.default.fileExists(atPath: id) {
                throw ValidationError(Self.words.highlightIsAFile(id))
            }
        }
    }

    func run() throws {
        let output = try resolvedOutput()
        let format = try resolvedFormat()
        if comparison.isAsked {
            try runComparison(output: output, format: format)
            return
        }
        let loaded = try Console.loaded(input.loadRequest, progress: input.progress(language: lang.flatMap { Language(parsing: $0) }))
        let diagram = try Self.built { () throws(DiagramError) in try Drawing.diagram(loaded, request) }
        // An aggregated overview's nodes are groups: the result line counts the landscape's actors.
        let shown = loaded.landscape
        let grouped = request.part == .overview && shown.actors.count > DiagramBuilder.overviewThreshold
        try draw(diagram, to: output, format: format, language: shown.language,
                 counted: grouped ? (shown.actors.count, shown.ties.count) : nil)
    }

    /// The diagram `build` makes; its error is told as a usage error: found only once the files
    /// are read, but said the way ArgumentParser says its own, with this command's usage.
    static func built(_ build: () throws(DiagramError) -> Diagram) throws -> Diagram {
        do {
            return try build()
        } catch {
            Console.error("Error: \(Self.sentence(error.description))")
            Console.error("Usage: \(LandscapeCommand.usageString(for: Render.self))")
            Console.error(Self.words.seeHelp)
            throw ExitCode.validationFailure
        }
    }

    /// Draws `diagram` to `output` with its notes and Graphviz's warnings on standard error and
    /// the result line on standard output, in the diagram's language (--lang, else `language`,
    /// the landscape's).
    /// `counted`: the actors and ties the result line names, when not the diagram's nodes and edges.
    func draw(_ diagram: Diagram, to output: String, format: RenderFormat, language: Language? = nil,
              counted: (actors: Int, ties: Int)? = nil) throws {
        let spoken = lang.flatMap { Language(parsing: $0) } ?? language ?? .en
        for note in diagram.notes { Console.error(spoken.renderCommandWording.note(note.text(in: spoken))) }
        let clock = ContinuousClock()
        let started = clock.now
        let progress = input.progress(language: spoken)
        let rendering = try progress.run(.drawing(actors: diagram.nodes.count)) { try Self.rendered(diagram, as: format) }
        try OutputFiles.write(rendering.data, to: output)
        let (whole, fraction) = (clock.now - started).components
        let words = spoken.renderCommandWording
        print(words.wrote(path: output, format: format.rawValue, actors: counted?.actors ?? diagram.nodes.count,
                          ties: counted?.ties ?? diagram.edges.count,
                          engine: diagram.engine.rawValue, seconds: Double(whole) + Double(fraction) / 1e18))
    }

    /// `diagram` drawn by Graphviz, its warnings on standard error; a failure exits with 1.
    static func rendered(_ diagram: Diagram, as format: RenderFormat) throws -> Rendering {
        let rendering: Rendering
        do {
            rendering = try Drawing.render(diagram, as: format, with: Diagrams.renderer())
        } catch {
            Console.error(Self.words.error("\(error)"))
            throw ExitCode(1)
        }
        for message in rendering.messages { Console.error(message.description) }
        return rendering
    }

    /// The options as one request; gap marks, sizes and communities are computed by `Drawing`.
    var request: DiagramRequest {
        let showGaps = highlight == ["gaps"]
        var options = DiagramOptions(
            view: view, engine: engine, colorBy: colorBy, sizing: .uniform,
            clusterBy: clusterBy, labels: labels.flatMap { DiagramOptions.Labels(parsing: $0) },
            highlight: showGaps ? [] : highlight.map { ActorID($0) },
            ego: ego.map { DiagramOptions.Ego(center: ActorID($0), depth: depth ?? 1) },
            language: lang.flatMap { Language(parsing: $0) }, seed: seed, day: input.day)
        options.groupBy = groupBy
        let part: DiagramPart = group.map { .group($0) } ?? (overview ? .overview : .whole)
        return DiagramRequest(options: options, size: sizeBy ?? .uniform, highlightsGaps: showGaps, part: part)
    }

    /// A library message as a sentence: a full stop unless it ends in a question.
    static func sentence(_ message: String) -> String {
        message.hasSuffix("?") || message.hasSuffix(".") ? message : message + "."
    }

    // MARK: - Option values

    /// The `-o` file; its absence is a usage error.
    func resolvedOutput() throws -> String {
        guard let output, !output.isEmpty else {
            throw ValidationError(Self.words.missingOutput(exampleInput: input.files.first ?? "graphs/weimar.yaml"))
        }
        return output
    }

    /// The format from the file's extension and `--format`, which must agree.
    func resolvedFormat() throws -> RenderFormat {
        let output = try resolvedOutput()
        let fileExtension = (output as NSString).pathExtension
        switch (RenderFormat(pathExtension: fileExtension), format) {
        case (let named?, let given?) where named != given:
            throw ValidationError(Self.words.formatDisagrees(output: output, fileExtension: fileExtension, format: given.rawValue))
        case (let named?, _):
            return named
        case (nil, let given?):
            return given
        case (nil, nil):
            throw ValidationError(Self.words.noFormat(output: output))
        }
    }

    /// `--size-by`: degree or a measure; otherwise our did-you-mean, which ArgumentParser shows
    /// after "The value '…' is invalid for '--size-by <measure>':".
    static func nodeSize(_ text: String) throws -> NodeSize {
        if let size = NodeSize(parsing: text) { return size }
        let name = text.lowercased().replacingOccurrences(of: "-", with: "_")
        let suggestion = SpellingSuggestion.closest(to: name, among: NodeSize.names)
        throw OptionValueError(description: words.notAMeasure(text, suggestion: suggestion, names: NodeSize.names))
    }
}

/// A worded refusal of an option's value, shown by ArgumentParser after its own words.
struct OptionValueError: Error, CustomStringConvertible {
    let description: String
}

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension DiagramOptions.View: ExpressibleByArgument {}
extension DiagramOptions.ClusterBy: ExpressibleByArgument {}
extension DiagramOptions.ColorBy: ExpressibleByArgument {}
extension DiagramOptions.GroupBy: ExpressibleByArgument {}
