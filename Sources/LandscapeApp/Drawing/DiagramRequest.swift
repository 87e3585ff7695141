import LandscapeCore
import LandscapeRender
import LandscapeWording

/// What the nodes' size shows: nothing, the number of partners, or a measure of `central`.
public enum NodeSize: Sendable, Hashable {
    case uniform
    case degree
    case measure(Measure)

    /// The measures that can size nodes besides degree (which sizes by the number of partners).
    public static let measures: [Measure] = Measure.allCases.filter { $0 != .degree }

    /// The names `--size-by` takes: `degree` and the measures' names.
    public static var names: [String] { ["degree"] + measures.map(\.rawValue) }

    /// A name as `--size-by` takes it: any letter case, hyphens for underscores.
    public init?(parsing text: String) {
        let name = text.lowercased().replacingOccurrences(of: "-", with: "_")
        if name == "degree" {
            self = .degree
        } else if let measure = Measure(rawValue: name) {
            self = .measure(measure)
        } else {
            return nil
        }
    }
}

/// What `render` is asked to draw: the look, what sizes the nodes, and whether the gaps are
/// highlighted.
public struct DiagramRequest: Sendable {
    /// View, engine, colours, clusters, labels, highlighted actors, ego, language, seed and
    /// day; its sizing, communities and gap marks are filled in by `Drawing`.
    public var options: DiagramOptions
    public var size: NodeSize
    /// Mark the gaps (`--highlight gaps`) instead of highlighting actors.
    public var highlightsGaps: Bool
    /// What to draw: the landscape, its overview, or one group (`options.groupBy` groups).
    public var part: DiagramPart

    public init(options: DiagramOptions, size: NodeSize = .uniform, highlightsGaps: Bool = false, part: DiagramPart = .whole) {
        self.options = options
        self.size = size
        self.highlightsGaps = highlightsGaps
        self.part = part
    }
}

/// Which diagram of a landscape `render` draws.
public enum DiagramPart: Sendable, Hashable {
    /// Every actor shown (`DiagramBuilder.build`).
    case whole
    /// The overview, grouped above `DiagramBuilder.overviewThreshold` actors (`--overview`).
    case overview
    /// One group's actors (`--group NAME`).
    case group(String)
}

/// Drawing a landscape: the analyses a diagram shows, then the diagram.
public enum Drawing {
    /// The diagram of a loaded landscape: the analyses the request needs run on the landscape
    /// on the request's day; the diagram is built from the whole landscape (it shows the day
    /// itself).
    /// - Complexity: that of the analyses asked for (a centrality measure, the community
    ///   search, the gap finder) plus O(V + E) for the diagram.
    public static func diagram(_ loaded: LoadedLandscape, _ request: DiagramRequest) throws(DiagramError) -> Diagram {
        let options = options(request, on: loaded.landscape)
        switch request.part {
        case .whole: return try DiagramBuilder().build(loaded.whole, options: options)
        case .overview: return try DiagramBuilder().overview(loaded.whole, options: options)
        case .group(let name): return try DiagramBuilder().group(name, of: loaded.whole, options: options)
        }
    }

    /// The request's options with the sizing, communities and gap marks computed on `landscape`.
    public static func options(_ request: DiagramRequest, on landscape: Landscape) -> DiagramOptions {
        var options = request.options
        options.sizing = sizing(request.size, on: landscape)
        if request.highlightsGaps {
            options.highlight = []
            options.gapMarks = gapMarks(landscape)
        }
        if options.colorBy == .community || (request.part != .whole && options.groupBy == .community) {
            let found = Analysis.communities(landscape, AnalysisOptions(), seed: UInt64(options.seed))
            let network = Analysis.network(landscape, AnalysisOptions())
            for (index, members) in found.members.enumerated() {
                for node in members { options.communities[network.actors[node]] = index }
            }
        }
        return options
    }

    /// The sizing with the measure computed on the landscape as drawn, named in both languages.
    static func sizing(_ size: NodeSize, on landscape: Landscape) -> DiagramOptions.Sizing {
        switch size {
        case .uniform: return .uniform
        case .degree: return .degree
        case .measure(let measure):
            let result = Analysis.centrality(landscape, AnalysisOptions(), measures: [measure])
            var values: [ActorID: Double] = [:]
            for actor in result.actors { if let value = actor.value(of: measure) { values[actor.id] = value } }
            let caption = LocalizedText(english: DiagramStrings.of(.en).name(of: measure), german: DiagramStrings.of(.de).name(of: measure))
            return .scores(ActorScores(measure: caption, values: values))
        }
    }

    /// What `--highlight gaps` draws: cut points and isolates marked, the top five suggestions
    /// dotted, and the fragments of the two most severe uncoordinated topics or target groups boxed.
    static func gapMarks(_ landscape: Landscape) -> GapMarks {
        let gaps = GapFinder.find(landscape)
        let marked = Set(gaps.filter { $0.type == .cutPoint || $0.type == .isolate }.compactMap(\.actors.first))
        // Five pairs: committee suggestions (one per uncoordinated group) are drawn as the boxes.
        let committees = gaps.filter { $0.type == .uncoordinated }.count
        let suggestions = Suggester.suggest(landscape, gaps: gaps, options: SuggestOptions(top: 5 + committees))
        let groups = gaps.filter { $0.type == .uncoordinated && $0.severity != .low }.prefix(2).map { gap in
            let topic = gap.groups.first ?? ""
            return GapMarks.Group(
                label: LocalizedText(english: Language.en.renderCommandWording.notCoordinated(topic),
                                     german: Language.de.renderCommandWording.notCoordinated(topic)),
                members: gap.actors)
        }
        let pairs = suggestions.filter { $0.form == .pair }.prefix(5)
        return GapMarks(marked: marked, suggested: pairs.map { GapMarks.SuggestedTie(from: $0.from, to: $0.to) },
                        groups: Array(groups))
    }
}

extension Drawing {
    /// The diagram laid out and drawn by `renderer` in `format`.
    public static func render(_ diagram: Diagram, as format: RenderFormat, with renderer: any DiagramRenderer) throws(RenderError) -> Rendering {
        try renderer.render(diagram, as: format)
    }
}
