import LandscapeCore
import LandscapeWording

/// What a diagram of the union of two versions of a landscape shows of each actor and tie
/// (`DiagramOptions.changes`): joined actors and new ties stand out, those that left or ended
/// are dashed and faded, the rest is grey. The shape still shows the kind of actor.
public struct DiagramChanges: Hashable, Sendable {
    /// What became of each actor, by id; an actor not named here counts as kept.
    public var actors: [ActorID: ChangeStatus]
    /// What became of each tie, by its position in the landscape drawn.
    public var ties: [ChangeStatus]
    /// The labels of the two sides (file names or dates), for the title and the legend.
    public var old: String
    public var new: String

    public init(actors: [ActorID: ChangeStatus], ties: [ChangeStatus], old: String, new: String) {
        self.actors = actors
        self.ties = ties
        self.old = old
        self.new = new
    }

    /// The changes of `changed`, whose `landscape` is the one drawn.
    public init(_ changed: ChangedLandscape, old: String, new: String) {
        self.init(actors: changed.actors, ties: changed.ties, old: old, new: new)
    }

    /// What became of the tie at `index` of the landscape drawn (kept when unknown).
    func status(ofTie index: Int) -> ChangeStatus {
        ties.indices.contains(index) ? ties[index] : .kept
    }
}

extension DiagramBuilder {
    /// The diagram of what changed between two versions of a landscape: `changed`'s union
    /// drawn with the colours of the change (`DiagramChanges`), as `options` ask otherwise
    /// (view, engine, labels, language, seed). Colouring, sizes, highlights and gap marks do
    /// not apply: the colour shows the change, and every actor keeps its size, so that the
    /// diagrams of the two sides pinned to this one's layout (`Diagram.pinned(to:)`) look alike.
    ///
    /// - Complexity: that of `build(_:options:)` on the union.
    public func build(_ changed: ChangedLandscape, old: String, new: String, options: DiagramOptions) throws(DiagramError) -> Diagram {
        var options = options
        options.changes = DiagramChanges(changed, old: old, new: new)
        options.colorBy = .kind
        options.sizing = .uniform
        options.highlight = []
        options.gapMarks = nil
        options.day = nil
        return try build(changed.landscape, options: options)
    }

    /// The title's second line of a changes diagram: the sides and what joined, left, began
    /// and ended among what is shown.
    static func changeTitle(_ changes: DiagramChanges, scope: DiagramScope, language: Language) -> String {
        let counts = ChangeCounts(changes, scope: scope)
        return DiagramChangeWording(language).title(
            old: changes.old, new: changes.new, joined: counts.actors[.added, default: 0], left: counts.actors[.removed, default: 0],
            begun: counts.ties[.added, default: 0], ended: counts.ties[.removed, default: 0])
    }

    /// The legend's part of the changes: a sample of each status shown, with its count, and a note.
    static func changeRows(_ changes: DiagramChanges, scope: DiagramScope, strings: DiagramStrings) -> [LegendRow] {
        let words = DiagramChangeWording(strings.language)
        let counts = ChangeCounts(changes, scope: scope)
        var rows: [LegendRow] = [.heading(words.legendHeading(old: changes.old))]
        for status in [ChangeStatus.added, .removed, .kept] {
            guard let count = counts.actors[status] else { continue }
            var sample: Attributes = ["shape": "ellipse", "style": "filled"]
            ChangeLook.restyle(&sample, status: status, styles: [])
            let text = switch status {
            case .added: words.joined(count: count)
            case .removed: words.left(count: count)
            case .kept: words.keptActor
            }
            rows.append(.shape(text, sample))
        }
        for status in [ChangeStatus.added, .removed, .kept] {
            guard let count = counts.ties[status] else { continue }
            var sample: Attributes = ["arrowsize": "0.8"]
            ChangeLook.restyle(&sample, tieStatus: status, weight: 1)
            let text = switch status {
            case .added: words.begun(count: count)
            case .removed: words.ended(count: count)
            case .kept: words.keptTie
            }
            rows.append(.line(text, sample, arrow: false))
        }
        return rows + [.note(words.legendNote)]
    }
}

/// How many of the actors and ties shown have each status (statuses without any are absent).
struct ChangeCounts {
    var actors: [ChangeStatus: Int] = [:]
    var ties: [ChangeStatus: Int] = [:]

    init(_ changes: DiagramChanges, scope: DiagramScope) {
        for (id, _) in scope.position { actors[changes.actors[id] ?? .kept, default: 0] += 1 }
        for index in scope.ties { ties[changes.status(ofTie: index), default: 0] += 1 }
    }
}

/// The colours and lines of a changes diagram. Joined actors and new ties: Okabe–Ito bluish
/// green, bold; actors that left and ties that ended: vermilion, dashed and faded; the rest
/// grey. Green and vermilion stay apart for the common colour-vision deficiencies, and the
/// line style (bold, dashed) tells them apart in greyscale too.
enum ChangeLook {
    static let added = OkabeIto.bluishGreen
    static let removed = OkabeIto.vermillion
    static let keptFill = Color(0xF0F0F0)
    static let keptLine = Color(0x9A9A9A)
    static let keptText = Color(0x4D4D4D)
    static let keptTie = Color(0xB4B4B4)
    /// Alpha of what left or ended.
    static let fadedAlpha = 0x99

    /// An actor's node in the colours of its change; `actor`'s kind keeps its shape.
    static func restyle(_ attributes: inout Attributes, actor: Actor, status: ChangeStatus) {
        restyle(&attributes, status: status, styles: KindStyle.of(actor.kind).styles)
        attributes.set("class", "actor \(actor.kind.rawValue) \(status.rawValue)")
    }

    /// A node's fill, outline, line and text for `status`; `styles` are its kind's extra style
    /// words (`rounded`, `dashed` …).
    static func restyle(_ attributes: inout Attributes, status: ChangeStatus, styles: [String]) {
        let dashed = status == .removed && !styles.contains("dashed") ? ["dashed"] : []
        attributes.set("style", (["filled"] + styles + dashed).joined(separator: ","))
        switch status {
        case .added:
            attributes.set("fillcolor", added.tint(0.6).hex)
            attributes.set("color", added.shade(0.25).hex)
            attributes.set("penwidth", "3")
            attributes.set("fontname", Look.boldFont)
            attributes.set("fontcolor", Look.text.hex)
        case .removed:
            attributes.set("fillcolor", Color.white.hex)
            attributes.set("color", removed.hex(alpha: fadedAlpha))
            attributes.set("penwidth", "1.6")
            attributes.set("fontcolor", Look.fadedText.hex)
        case .kept:
            attributes.set("fillcolor", keptFill.hex)
            attributes.set("color", keptLine.hex)
            attributes.set("penwidth", "1.2")
            attributes.set("fontcolor", keptText.hex)
        }
    }

    /// A tie's edge in the colours of its change: one line (no double line for a written
    /// agreement), the arrowhead of its kind kept.
    static func restyle(_ attributes: inout Attributes, tie: Tie, status: ChangeStatus) {
        restyle(&attributes, tieStatus: status, weight: tie.weight)
        let formal = TieStyle.isDoubleLine(kind: tie.kind, formal: tie.formal)
        attributes.set("class", "tie \(tie.kind.rawValue)\(formal ? " formal" : "") \(status.rawValue)")
    }

    /// An edge's colour, line and width for `status`; heavier ties are drawn wider, as in
    /// every diagram.
    static func restyle(_ attributes: inout Attributes, tieStatus status: ChangeStatus, weight: Double) {
        let base = TieStyle(line: "solid", color: keptTie, arrowhead: nil, penWidth: status == .added ? 2.8 : status == .removed ? 1.6 : 1.2)
        attributes.set("style", status == .removed ? "dashed" : "solid")
        attributes.set("penwidth", format(base.penWidth(weight: weight)))
        switch status {
        case .added: attributes.set("color", added.shade(0.1).hex)
        case .removed: attributes.set("color", removed.hex(alpha: fadedAlpha))
        case .kept: attributes.set("color", keptTie.hex)
        }
    }
}
