import LandscapeCore

/// Where a layout put the actors of a diagram: the centre of each actor's node and the box of
/// the drawing, in Graphviz's points, before the legend and the title were added. A renderer
/// reports it with each drawing (`Rendering.layout`), so that other diagrams of the same actors
/// can put them in the same places (`Diagram.pinned(to:)`).
public struct DiagramLayout: Hashable, Sendable, Codable {
    /// The centre of each actor's node, by the actor's id.
    public var actors: [String: Point]
    /// The box of the drawing.
    public var drawing: Box

    public init(actors: [String: Point], drawing: Box) {
        self.actors = actors
        self.drawing = drawing
    }

    /// The centre of `actor`'s node, if the layout placed it.
    public subscript(actor: ActorID) -> Point? { actors[actor.rawValue] }
}

extension Diagram {
    /// Space between two actors that `layout` did not place, in points.
    static let unplacedSpacing = 72.0

    /// This diagram with each actor's node pinned where `layout` put the same actor: laid out
    /// with no engine (`frame`), Graphviz then only routes the ties. The old, the new and the
    /// changes diagram of two versions of a landscape (`render --diff`) are drawn so: every
    /// actor stands in the same place in all three. Coordinates are kept as given (Graphviz's
    /// `notranslate`), so the positions Graphviz writes (DOT's `pos`) are those of the layout.
    ///
    /// Actors the layout did not place (none when it is the layout of a union of the landscapes)
    /// stand in a row below its drawing.
    ///
    /// - Complexity: O(N) for N nodes.
    public func pinned(to layout: DiagramLayout) -> Diagram {
        var pinned = self
        var unplaced = 0
        for index in pinned.nodes.indices {
            guard let actor = pinned.nodes[index].actor else { continue }
            let point = layout[actor] ?? {
                defer { unplaced += 1 }
                return Point(x: layout.drawing.minX + Double(unplaced) * Self.unplacedSpacing,
                             y: layout.drawing.minY - Self.unplacedSpacing)
            }()
            // Every digit the layout gave: the pinned place is the one Graphviz wrote, not a rounding.
            pinned.nodes[index].attributes.set("pos", "\(point.x),\(point.y)!")
        }
        pinned.graph.set("notranslate", "true")
        pinned.frame = layout.drawing
        return pinned
    }
}
