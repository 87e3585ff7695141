import LandscapeCore
import LandscapeRender
import LandscapeWording

/// The diagrams of a report, drawn by the same builder and renderer as `landscape render`.
struct ReportDiagrams {
    enum Outcome {
        /// The SVG, ready to embed. (The diagram's notes are in its legend already.)
        case rendered(EmbeddedSVG.Drawing)
        /// Why the diagram is missing.
        case failed(String)
    }

    var network: Outcome?
    /// Only when the landscape has committees.
    var steering: Outcome?
    /// Coloured by community.
    var communities: Outcome?
    /// What changed since the report's baseline, when it compares.
    var changes: Outcome?
    /// Graphviz's warnings and failures, for standard error.
    var messages: [String] = []
    /// Whether the network diagram gathers the actors into groups: the briefing's into their
    /// communities above `briefThreshold` actors (half an A4 page prints no more legibly), the
    /// report's by municipality above the overview's threshold. The report's communities are
    /// drawn as groups above that threshold too, which Graphviz lays out in seconds at any size.
    var networkGrouped = false

    /// The most actors a diagram that draws each of them is laid out with: a few hundred take
    /// Graphviz seconds, tens of thousands hours.
    static let largestDrawn = 400

    /// Above this many actors the briefing draws the teilnetze, not the actors: a diagram on
    /// half an A4 page prints about twenty labelled nodes at 7 pt or more.
    static let briefThreshold = 20

    /// Each actor's community, numbered from 0 as the diagrams number them.
    static func communityNumbers(_ content: ReportContent) -> [ActorID: Int] {
        var numbers: [ActorID: Int] = [:]
        for community in content.communities {
            for id in community.members { numbers[id] = community.number - 1 }
        }
        return numbers
    }

    /// Draws the diagrams of `landscape` (the whole, anonymised landscape; `day` picks the
    /// date as for `landscape render --at`).
    ///
    /// A diagram that cannot be drawn does not stop the report: its place says why, and the
    /// reason is among `messages`. `overviewOnly`: the network diagram alone (the briefing's).
    init(_ landscape: Landscape, content: ReportContent, options: ReportOptions, language: Language, renderer: any DiagramRenderer,
         comparison: ReportComparison? = nil, overviewOnly: Bool = false) {
        var messages: [String] = []
        let words = language.reportWording
        func draw(_ build: () throws -> Diagram, prefix: String, caption: String) -> Outcome {
            do {
                let diagram = try build()
                let rendering = try renderer.render(diagram, as: .svg)
                messages += rendering.messages.map(\.description)
                return .rendered(try EmbeddedSVG.drawing(rendering.data, prefix: prefix, caption: caption))
            } catch {
                messages.append("warning: " + words.diagramNotDrawn(caption, reason: "\(error)"))
                return .failed("\(error)")
            }
        }
        if let comparison {
            // The union of both versions, drawn as `render --diff` draws it.
            changes = draw({
                try DiagramBuilder().build(comparison.changed, old: comparison.oldLabel, new: comparison.newLabel,
                                           options: DiagramOptions(language: language, seed: options.seed))
            }, prefix: "changes-", caption: ChangesWording(language).diagramCaption)
        }
        let active = options.day.map { landscape.active(on: $0) } ?? landscape
        guard !overviewOnly else {
            var grouped = DiagramOptions(language: language, seed: options.seed, day: options.day)
            grouped.groupBy = .community
            grouped.communities = Self.communityNumbers(content)
            networkGrouped = active.actors.count > Self.briefThreshold && !content.communities.isEmpty
            network = draw({ try DiagramBuilder().overview(landscape, options: grouped, threshold: networkGrouped ? 0 : .max) },
                           prefix: "network-", caption: words.networkCaption)
            self.messages = messages
            return
        }
        networkGrouped = active.actors.count > DiagramBuilder.overviewThreshold
        network = draw({ try DiagramBuilder().overview(landscape, options: DiagramOptions(language: language, seed: options.seed, day: options.day)) },
                       prefix: "network-", caption: words.networkCaption)
        if active.actors.contains(where: { $0.kind == .committee }) {
            // Built once: its size decides whether it is laid out at all.
            let built = Result { () throws(DiagramError) in
                try DiagramBuilder().build(landscape, options: DiagramOptions(view: .steering, language: language,
                                                                              seed: options.seed, day: options.day))
            }
            if case .success(let diagram) = built, diagram.nodes.count > Self.largestDrawn {
                let reason = words.tooManyToDraw(diagram.nodes.count, limit: Self.largestDrawn)
                messages.append("warning: " + words.diagramNotDrawn(words.steeringCaption, reason: reason))
                steering = .failed(reason)
            } else {
                steering = draw({ try built.get() }, prefix: "steering-", caption: words.steeringCaption)
            }
        }
        if content.statistics.edges > 0 {
            var byCommunity = DiagramOptions(colorBy: .community, language: language, seed: options.seed, day: options.day)
            byCommunity.communities = Self.communityNumbers(content)
            byCommunity.groupBy = .community
            communities = draw({ try DiagramBuilder().overview(landscape, options: byCommunity) },
                               prefix: "communities-", caption: words.communityCaption)
        }
        self.messages = messages
    }
}
