import LandscapeCore
import LandscapeRender
import LandscapeWording

/// The diagrams of a report that need no analysis: the network overview, the groups it gathers
/// (drawn one by one) and the steering structure, with what Graphviz said about them.
struct LandscapeDrawings {
    var network: ReportDiagrams.Outcome
    /// Whether the overview gathers the actors into groups (`ReportDiagrams.networkGrouped`).
    var networkGrouped: Bool
    var groups: [ReportDiagrams.GroupDiagram] = []
    var groupsLeftOut = false
    /// Only when the landscape has committees.
    var steering: ReportDiagrams.Outcome?
    /// Warnings and failures, in the order the diagrams were drawn.
    var messages: [String]

    /// Draws the diagrams of `landscape` (the whole, anonymised landscape; `options.day` picks
    /// the date as for `landscape render --at`).
    ///
    /// - Complexity: that of `DiagramBuilder.overview` and of the layouts, plus
    ///   `ReportDiagrams.groupDiagrams` when the overview is grouped.
    init(_ landscape: Landscape, options: ReportOptions, language: Language, renderer: any DiagramRenderer) {
        var messages: [String] = []
        let words = language.reportWording
        func draw(_ build: () throws -> Diagram, prefix: String, caption: String) -> ReportDiagrams.Outcome {
            let (outcome, said) = ReportDiagrams.drawn(build, prefix: prefix, caption: caption, renderer: renderer, words: words)
            messages += said
            return outcome
        }
        let active = options.day.map { landscape.active(on: $0) } ?? landscape
        networkGrouped = active.actors.count > DiagramBuilder.overviewThreshold
        network = draw({ try DiagramBuilder().overview(landscape, options: DiagramOptions(language: language, seed: options.seed, day: options.day)) },
                       prefix: "network-", caption: words.networkCaption)
        if networkGrouped {
            (groups, groupsLeftOut) = ReportDiagrams.groupDiagrams(landscape, options: options, language: language) { build, prefix, caption in
                draw(build, prefix: prefix, caption: caption)
            }
        }
        if active.actors.contains(where: { $0.kind == .committee }) {
            let (outcome, warning) = ReportDiagrams.steeringDiagram(landscape, options: options, language: language) { build in
                draw(build, prefix: "steering-", caption: words.steeringCaption)
            }
            steering = outcome
            if let warning { messages.append(warning) }
        }
        self.messages = messages
    }
}

/// The report's diagrams started while its analyses run, each on a thread of its own (Graphviz
/// lays out each diagram in a process of its own): the overview, its groups and the steering
/// structure as soon as the landscape is anonymised, the overview by community as soon as
/// Louvain has found the communities. On two cores the layouts then fill the time in which
/// one analysis waits for another, instead of following them all.
final class DiagramsUnderway {
    private let options: ReportOptions
    private let renderer: any DiagramRenderer
    /// Started by `start(_:language:)`.
    private(set) var drawings: Background<LandscapeDrawings>?
    /// Started by `start(_:communities:language:)`.
    private(set) var byCommunity: Background<(ReportDiagrams.Outcome, [String])>?

    init(options: ReportOptions, renderer: any DiagramRenderer) {
        self.options = options
        self.renderer = renderer
    }

    /// Starts drawing the diagrams that need no analysis of `whole` (anonymised, all dates).
    func start(_ whole: Landscape, language: Language) {
        let options = options, renderer = renderer
        drawings = Background { LandscapeDrawings(whole, options: options, language: language, renderer: renderer) }
    }

    /// Starts drawing the overview of `whole` by community.
    func start(_ whole: Landscape, communities: [ReportContent.Community], language: Language) {
        byCommunity = ReportDiagrams.communityDiagram(whole, numbers: ReportDiagrams.communityNumbers(communities), options: options,
                                                      language: language, renderer: renderer)
    }
}
