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
    /// One group's diagram, drawn after the grouped overview.
    struct GroupDiagram {
        var name: String
        var outcome: Outcome
    }
    /// When the report's network is drawn as groups, each group of at least `smallestGroupDrawn`
    /// actors on its own, the largest first, at most `groupsDrawn` of them.
    var groups: [GroupDiagram] = []
    /// Whether groups large enough were left out because only `groupsDrawn` are drawn.
    var groupsLeftOut = false
    /// The most groups the report draws one by one (a page each).
    static let groupsDrawn = 12
    /// A group of fewer actors gets no diagram of its own: the overview shows them.
    static let smallestGroupDrawn = 3

    /// The network diagram's legend, when the page shows it as HTML under the picture
    /// (`DiagramKey`) instead of inside it: the briefing's.
    var networkKey: [LegendRow] = []

    /// The most actors a diagram that draws each of them is laid out with: a few hundred take
    /// Graphviz seconds, tens of thousands hours.
    static let largestDrawn = 400

    /// Above this many actors the briefing draws the teilnetze, not the actors: a diagram on
    /// half an A4 page prints about twenty labelled nodes at 7 pt or more.
    static let briefThreshold = 20

    /// At most this many actors linking communities the briefing's overview draws on their
    /// own (actors alone in their community come on top): the committees and brokers that
    /// matter most, few enough that Thüringen's overview prints its names at 7 pt on A4.
    static let briefKept = 4

    /// The briefing's overview: by community when `grouped`, with at most `briefKept` actors
    /// on their own, drawn compact (`DiagramOptions.compact`). The legend is left to the page
    /// (`DiagramKey`, from the diagram's `legendRows`, without the groups' colours, which their
    /// boxes name) and the title to the page's head: the picture is only as wide as the drawing,
    /// and the key's text keeps its size in print.
    ///
    /// - Complexity: that of `DiagramBuilder.overview`.
    static func briefOverview(_ landscape: Landscape, content: ReportContent, options: ReportOptions, language: Language,
                              grouped: Bool) throws(DiagramError) -> Diagram {
        var overview = DiagramOptions(language: language, seed: options.seed, day: options.day)
        overview.groupBy = .community
        overview.communities = communityNumbers(content)
        overview.overviewKept = briefKept
        overview.compact = true
        var diagram = try DiagramBuilder().overview(landscape, options: overview, threshold: grouped ? 0 : .max)
        diagram.legend = nil
        diagram.title = [:]
        // The page's margins frame it: Graphviz's own 0.3 inch would shrink it by a tenth.
        diagram.graph.set("pad", "0.05")
        // Each group's box names it: the colour key would only repeat the names.
        diagram.legendRows = diagram.legendRows.indices.compactMap { index in
            let row = diagram.legendRows[index]
            if case .swatch = row { return nil }
            if case .heading = row, index + 1 < diagram.legendRows.count, case .swatch = diagram.legendRows[index + 1] { return nil }
            return row
        }
        return diagram
    }

    /// The space the briefing gives its overview in print, in points: the width of A4 less the
    /// margins (BriefStyle: 190 mm), and the picture's largest height there (165 mm).
    static let briefBox = (width: 538.0, height: 468.0)

    /// The briefing's overview prints at most this many times its size (its labels at 9.4 pt):
    /// a small landscape leaves room for the rest of the page.
    static let briefLargestScale = 0.85

    /// A diagram rendered as SVG and made fit to embed, with what the renderer said.
    static func drawn(_ build: () throws -> Diagram, prefix: String, caption: String, renderer: any DiagramRenderer,
                      words: ReportWording) -> (Outcome, [String]) {
        do {
            let diagram = try build()
            let rendering = try renderer.render(diagram, as: .svg)
            return (.rendered(try EmbeddedSVG.drawing(rendering.data, prefix: prefix, caption: caption)), rendering.messages.map(\.description))
        } catch {
            return (.failed("\(error)"), ["warning: " + words.diagramNotDrawn(caption, reason: "\(error)")])
        }
    }

    /// The briefing's overview laid out until its names print at 7 pt in `briefBox`, roomiest
    /// first: with 8, then 4, then 2 points between the boxes (`briefSpacings`; compact boxes 2
    /// points apart touched in print), each with neato's overlaps removed by prism (as every
    /// diagram) and by ipsep (which keeps a wide layout narrower, the shape of some landscapes),
    /// then from `briefMoreStarts` other seeds. The first layout whose names print at
    /// `briefKeptScale` is kept; when none does, the one that prints largest. All examples
    /// merged printed at 6.7 pt with the first compact layouts.
    ///
    /// - Complexity: at most `briefSpacings.count` · (2 + `briefMoreStarts`) layouts of a few
    ///   dozen nodes (a fraction of a second each); two for most landscapes.
    static func briefNetwork(_ built: Result<Diagram, DiagramError>, seed: UInt32, renderer: any DiagramRenderer,
                             words: ReportWording) -> (Outcome, [String]) {
        func printScale(_ outcome: Outcome) -> Double {
            guard case .rendered(let drawing) = outcome, drawing.width > 0, drawing.height > 0 else { return 0 }
            return min(briefBox.width / drawing.width, briefBox.height / drawing.height)
        }
        var best: (Outcome, [String])?
        for spacing in briefSpacings {
            let variants: [Attributes] = [[:], ["mode": "ipsep", "overlap": "ipsep"]]
                + (1...briefMoreStarts).map { ["start": "\(seed &+ UInt32($0))"] }
            for variant in variants {
                var extra = spacing
                extra.merge(variant)
                let next = drawn({ var diagram = try built.get(); diagram.graph.merge(extra); return diagram },
                                 prefix: "network-", caption: words.networkCaption, renderer: renderer, words: words)
                if printScale(next.0) >= briefKeptScale { return next }
                if best.map({ printScale(next.0) > printScale($0.0) }) ?? true { best = next }
            }
        }
        return best ?? (.failed(""), [])
    }

    /// The scale from which a layout is kept: names at 7.2 pt, a margin over the 7 pt the
    /// page needs.
    static let briefKeptScale = 7.2 / 11.0

    /// The room between the briefing overview's boxes and lines, roomiest first, in points.
    static let briefSpacings: [Attributes] = [["sep": "+8", "esep": "+4"], ["sep": "+4", "esep": "+2"], ["sep": "+2", "esep": "+1"]]

    /// How many more seeds the briefing's overview is laid out from at each spacing.
    static let briefMoreStarts = 4

    /// The groups of the overview by municipality, each drawn as `render --group NAME` draws
    /// it: those of at least `smallestGroupDrawn` actors, the largest first, at most
    /// `groupsDrawn`; a group of more than `largestDrawn` actors is not laid out, its place says
    /// why. With more than `groupsDrawn` × 4 groups (thousands of actors in hundreds of
    /// places) none is drawn: a reader looks them up with `render --group`.
    ///
    /// - Returns: the diagrams, and whether groups large enough were left out.
    /// - Complexity: O(G · (A + T)) to build G ≤ 4 · `groupsDrawn` groups of a landscape of A
    ///   actors and T ties, plus the layouts of at most `groupsDrawn` of them.
    static func groupDiagrams(_ landscape: Landscape, options: ReportOptions, language: Language,
                              draw: (() throws -> Diagram, String, String) -> Outcome) -> ([GroupDiagram], Bool) {
        let words = language.reportWording
        let groupOptions = DiagramOptions(language: language, seed: options.seed, day: options.day)
        let names = DiagramBuilder().groupNames(of: landscape, options: groupOptions)
        guard names.count <= groupsDrawn * 4 else { return ([], true) }
        var drawn: [GroupDiagram] = [], leftOut = false
        for (number, name) in names.enumerated() {
            let built = Result { () throws(DiagramError) in try DiagramBuilder().group(name, of: landscape, options: groupOptions) }
            let actors = (try? built.get())?.nodes.count { $0.actor != nil } ?? 0
            guard actors >= smallestGroupDrawn else { continue }
            guard drawn.count < groupsDrawn else { leftOut = true; break }
            let caption = words.groupCaption(name)
            if actors > largestDrawn {
                drawn.append(GroupDiagram(name: name, outcome: .failed(words.tooManyToDraw(actors, limit: largestDrawn))))
            } else {
                drawn.append(GroupDiagram(name: name, outcome: draw({ try built.get() }, "group\(number)-", caption)))
            }
        }
        return (drawn, leftOut)
    }

    /// The overview coloured and grouped by community (`numbers`: each actor's), rendered on
    /// another thread.
    static func communityDiagram(_ landscape: Landscape, numbers: [ActorID: Int], options: ReportOptions, language: Language,
                                 renderer: any DiagramRenderer) -> Background<(Outcome, [String])> {
        Background {
            var byCommunity = DiagramOptions(colorBy: .community, language: language, seed: options.seed, day: options.day)
            byCommunity.communities = numbers
            byCommunity.groupBy = .community
            return drawn({ try DiagramBuilder().overview(landscape, options: byCommunity) }, prefix: "communities-",
                         caption: language.reportWording.communityCaption, renderer: renderer, words: language.reportWording)
        }
    }

    /// The steering structure, drawn by `draw`, unless it would show more than `largestDrawn`
    /// actors: then why not, and the warning for standard error. Counted before it is built:
    /// building it for sbm-200k's 156,411 actors took 1.7 s, only to find it too large.
    static func steeringDiagram(_ landscape: Landscape, options: ReportOptions, language: Language,
                                draw: (() throws -> Diagram) -> Outcome) -> (Outcome, warning: String?) {
        let words = language.reportWording
        func tooMany(_ count: Int) -> (Outcome, warning: String?) {
            let reason = words.tooManyToDraw(count, limit: largestDrawn)
            return (.failed(reason), "warning: " + words.diagramNotDrawn(words.steeringCaption, reason: reason))
        }
        let count = steeringActors(landscape, day: options.day)
        guard count <= largestDrawn else { return tooMany(count) }
        // Built once: its size decides whether it is laid out at all.
        let built = Result { () throws(DiagramError) in
            try DiagramBuilder().build(landscape, options: DiagramOptions(view: .steering, language: language,
                                                                          seed: options.seed, day: options.day))
        }
        if case .success(let diagram) = built, diagram.nodes.count > largestDrawn { return tooMany(diagram.nodes.count) }
        return (draw { try built.get() }, nil)
    }

    /// The actors the steering view shows (`DiagramScope`): those with a steering, membership or
    /// funding tie, both ends and the tie active on `day`.
    ///
    /// - Complexity: O(A + T), no diagram built.
    static func steeringActors(_ landscape: Landscape, day: CalendarDay?) -> Int {
        let steeringKinds: Set<TieKind> = [.steering, .member, .funding]
        var active: [ActorID: Bool] = [:]
        active.reserveCapacity(landscape.actors.count)
        for actor in landscape.actors { active[actor.id] = day.map { actor.period.contains($0) } ?? true }
        var shown = Set<ActorID>()
        for tie in landscape.ties where steeringKinds.contains(tie.kind) && (day.map { tie.period.contains($0) } ?? true) {
            guard active[tie.from] == true, active[tie.to] == true else { continue }
            shown.insert(tie.from)
            shown.insert(tie.to)
        }
        return shown.count
    }

    /// Each actor's community, numbered from 0 as the diagrams number them.
    static func communityNumbers(_ content: ReportContent) -> [ActorID: Int] {
        communityNumbers(content.communities)
    }

    /// Each actor's community, numbered from 0 as the diagrams number them.
    static func communityNumbers(_ communities: [ReportContent.Community]) -> [ActorID: Int] {
        var numbers: [ActorID: Int] = [:]
        for community in communities {
            for id in community.members { numbers[id] = community.number - 1 }
        }
        return numbers
    }

    /// Draws the diagrams of `landscape` (the whole, anonymised landscape; `day` picks the
    /// date as for `landscape render --at`).
    ///
    /// A diagram that cannot be drawn does not stop the report: its place says why, and the
    /// reason is among `messages`. `overviewOnly`: the network diagram alone (the briefing's).
    /// `underway`: the diagrams already started while the analyses ran (the others are drawn now).
    init(_ landscape: Landscape, content: ReportContent, options: ReportOptions, language: Language, renderer: any DiagramRenderer,
         comparison: ReportComparison? = nil, overviewOnly: Bool = false, underway: DiagramsUnderway? = nil) {
        var messages: [String] = []
        let words = language.reportWording
        func draw(_ build: () throws -> Diagram, prefix: String, caption: String) -> Outcome {
            let (outcome, said) = Self.drawn(build, prefix: prefix, caption: caption, renderer: renderer, words: words)
            messages += said
            return outcome
        }
        if let comparison {
            // The union of both versions, drawn as `render --diff` draws it.
            changes = draw({
                try DiagramBuilder().build(comparison.changed, old: comparison.oldLabel, new: comparison.newLabel,
                                           options: DiagramOptions(language: language, seed: options.seed))
            }, prefix: "changes-", caption: ChangesWording(language).diagramCaption)
        }
        guard !overviewOnly else {
            let active = options.day.map { landscape.active(on: $0) } ?? landscape
            let grouped = active.actors.count > Self.briefThreshold && !content.communities.isEmpty
            let built = Result { () throws(DiagramError) in
                try Self.briefOverview(landscape, content: content, options: options, language: language, grouped: grouped)
            }
            networkGrouped = grouped
            networkKey = (try? built.get())?.legendRows ?? []
            let (outcome, said) = Self.briefNetwork(built, seed: options.seed, renderer: renderer, words: words)
            network = outcome
            self.messages = messages + said
            return
        }
        // Coloured by community: drawn meanwhile on another thread (Graphviz lays out each
        // diagram in a process of its own), unless it was started while the analyses ran; its
        // warnings follow the others as before.
        let byCommunity = content.statistics.edges > 0
            ? underway?.byCommunity ?? Self.communityDiagram(landscape, numbers: Self.communityNumbers(content), options: options,
                                                             language: language, renderer: renderer)
            : nil
        let drawings = underway?.drawings?.value() ?? LandscapeDrawings(landscape, options: options, language: language, renderer: renderer)
        network = drawings.network
        networkGrouped = drawings.networkGrouped
        (groups, groupsLeftOut) = (drawings.groups, drawings.groupsLeftOut)
        steering = drawings.steering
        messages += drawings.messages
        if let byCommunity {
            let (outcome, said) = byCommunity.value()
            communities = outcome
            messages += said
        }
        self.messages = messages
    }
}
