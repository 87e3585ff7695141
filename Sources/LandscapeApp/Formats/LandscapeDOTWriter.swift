import Foundation
import LandscapeCore
import LandscapeIO
import LandscapeRender

/// Writes a landscape as DOT: the renderer's diagram (shapes, colours, legend, title, laid
/// out with positions) with the landscape's data as attributes (`DOTData`), so that the file
/// both draws as `landscape render` draws it and reads back as the same landscape.
///
/// It lives here, not in LandscapeIO, because the file needs a layout: IO knows which
/// attributes carry the data, LandscapeRender builds the diagram, and the renderer passed in
/// (Graphviz, in the executable) lays it out and writes the text.
public struct LandscapeDOTWriter: Sendable {
    public var renderer: any DiagramRenderer
    public var options: DiagramOptions

    public init(renderer: any DiagramRenderer, options: DiagramOptions = DiagramOptions()) {
        self.renderer = renderer
        self.options = options
    }

    /// The DOT text, the renderer's warnings, and what DOT cannot carry (sentences for warnings).
    /// - Complexity: O(V + E) besides the renderer's layout, for V actors and E ties.
    public func write(_ landscape: Landscape) throws(RenderError) -> (data: Data, messages: [RenderMessage], losses: [FormatLoss]) {
        var diagram: Diagram
        do {
            diagram = try DiagramBuilder().build(landscape, options: options)
        } catch {
            throw .graphConstruction(error.description)
        }
        Self.addData(of: landscape, to: &diagram)
        let rendering = try renderer.render(diagram, as: .dot)
        return (rendering.data, rendering.messages, DOTData.losses(landscape))
    }

    /// The data attributes beside the diagram's own: the graph's, each actor's node's and each
    /// tie's edge's.
    static func addData(of landscape: Landscape, to diagram: inout Diagram) {
        for (name, value) in DOTData.graphAttributes(of: landscape) { diagram.graph.set(name, value) }
        for index in diagram.nodes.indices {
            guard let id = diagram.nodes[index].actor, let actor = landscape[id] else { continue }
            for (name, value) in DOTData.attributes(of: actor) { diagram.nodes[index].attributes.set(name, value) }
        }
        for index in diagram.edges.indices {
            guard let position = diagram.edges[index].tie, landscape.ties.indices.contains(position) else { continue }
            for (name, value) in DOTData.attributes(of: landscape.ties[position]) { diagram.edges[index].attributes.set(name, value) }
        }
    }
}
