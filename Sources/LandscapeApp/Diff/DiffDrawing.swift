import LandscapeCore
import LandscapeRender

/// One side of a comparison, drawn by itself (`render --diff --side`).
public enum DiffDrawingSide: String, CaseIterable, Sendable {
    case old, new
}

/// Drawing what changed between two versions of a landscape (`render --diff`): the diagram of
/// the changes, and the diagrams of the two sides with every actor in the place the changes
/// diagram gives it, so that the three can be laid side by side.
public enum DiffDrawing {
    /// The diagram of the changes: the union of both sides (`ChangedLandscape`), joined actors
    /// and new ties highlighted, those that left or ended dashed and faded, the rest grey
    /// (`DiagramBuilder.build(_:old:new:options:)`), in `options.language`, else the new
    /// side's language.
    ///
    /// - Throws: `DiagramError` as `DiagramBuilder` does (an engine that ignores clusters …).
    /// - Complexity: O(A log A + T) for A actors and T ties on both sides.
    public static func changes(_ sides: DiffSides, options: DiagramOptions) throws(DiagramError) -> Diagram {
        let changed = ChangedLandscape(old: sides.old.landscape, new: sides.new.landscape)
        let options = language(options, sides)
        let spoken = options.language ?? .en
        return try DiagramBuilder().build(changed, old: sides.old.spokenLabel(in: spoken), new: sides.new.spokenLabel(in: spoken),
                                          options: options)
    }

    /// The diagram of one side as `render` draws a landscape (on its day when the side is one
    /// landscape on a date), every actor pinned where `layout` puts it: the layout of the
    /// changes diagram (`Rendering.layout` of drawing `changes`), which holds every actor of
    /// both sides.
    ///
    /// - Complexity: that of `DiagramBuilder.build` on the side, plus O(N) to pin N nodes.
    public static func side(_ side: DiffDrawingSide, of sides: DiffSides, options: DiagramOptions,
                            layout: DiagramLayout) throws(DiagramError) -> Diagram {
        let drawn = side == .old ? sides.old : sides.new
        var options = language(options, sides)
        options.day = drawn.day
        return try DiagramBuilder().build(drawn.landscape, options: options).pinned(to: layout)
    }

    /// The three diagrams speak one language: the one asked for, else the new side's.
    private static func language(_ options: DiagramOptions, _ sides: DiffSides) -> DiagramOptions {
        var options = options
        options.language = options.language ?? sides.new.landscape.language
        return options
    }
}
