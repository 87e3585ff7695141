import CGraphviz
import Foundation
import LandscapeRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lays out and draws a diagram through the Graphviz C library, in this process: what the
/// worker process runs for `GraphvizRenderer`, once per process. Clients never call it
/// directly (a crash inside Graphviz would take their process down).
///
/// Two passes: the diagram is laid out with its engine (clusters for neato and sfdp by
/// `ClusterLayout`); then the legend is placed beside the drawing (`LegendPlacement`), every
/// position is pinned, the title is added, and Graphviz's `nop2` layout (neato's "positions
/// given" mode) composes the final picture.
///
/// Every call holds `GraphvizLibrary`'s process-wide lock (Graphviz is not thread-safe).
enum GraphvizDrawing {
    /// The largest side of a PNG, in pixels; larger drawings get a lower resolution.
    static let maximumPixels = 8000.0
    /// The resolution of PNG output when the drawing is small enough.
    static let pngResolution = 144.0

    /// Draws `diagram` as `format`, with Graphviz's warnings; an error Graphviz reported makes
    /// the render fail.
    static func draw(_ diagram: Diagram, as format: RenderFormat) throws(RenderError) -> Rendering {
        let (rendering, messages) = try GraphvizLibrary.run { context throws(RenderError) in
            try draw(diagram, as: format, context: context)
        }
        if let error = messages.first(where: { $0.severity == .error }) {
            throw .renderFailed(format: format.rawValue, messages: [error])
        }
        var result = rendering
        result.messages = messages
        return result
    }

    /// The names of the installed plugins of `kind` ("layout", "device" …), without their
    /// package suffix (`png:cairo` → `png`), sorted and unique.
    static func availablePlugins(_ kind: String) throws(RenderError) -> [String] {
        try GraphvizLibrary.run { context in plugins(kind, context: context) }.0
    }

    // MARK: - With the lock held

    static func plugins(_ kind: String, context: OpaquePointer) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        var names = Set<String>()
        for i in 0..<Int(max(0, count)) {
            if let item = list[i] {
                let name = String(cString: item)
                names.insert(String(name.split(separator: ":").first ?? Substring(name)))
                free(item)
            }
        }
        free(list)
        return names.sorted()
    }

    /// Refuses an engine or format this Graphviz has no plugin for, naming what it has.
    static func checkPlugins(_ diagram: Diagram, _ format: RenderFormat, context: OpaquePointer) throws(RenderError) {
        let layouts = plugins("layout", context: context)
        guard !layouts.isEmpty else { throw .noPlugins }
        guard layouts.contains(diagram.engine.rawValue), layouts.contains("nop2") else {
            throw .engineUnavailable(diagram.engine.rawValue, available: layouts.filter { !$0.hasPrefix("nop") })
        }
        let devices = plugins("device", context: context)
        guard devices.contains(format.rawValue) else { throw .formatUnavailable(format.rawValue, available: devices) }
    }

    static func draw(_ diagram: Diagram, as format: RenderFormat, context: OpaquePointer) throws(RenderError) -> Rendering {
        try checkPlugins(diagram, format, context: context)
        let clock = ContinuousClock()
        let started = clock.now
        // fdp and sfdp draw from libc's rand()/drand48(): seeded from the diagram's seed, so
        // that `--seed` moves them as it moves neato's `start`.
        let seed = diagram.graph.value("start").flatMap { UInt32($0) } ?? 1
        srand(seed)
        srand48(Int(seed))

        // `close` frees a layout still attached, also when a step below throws.
        let graph = try CGraph(directed: true, context: context)
        defer { graph.close() }
        try graph.build(diagram)
        if diagram.frame != nil {
            // Every actor pinned (Diagram.pinned): no engine, only the ties are routed.
            try graph.layout("nop2")
        } else if !diagram.clusters.isEmpty && diagram.engine.keepsClusters && !diagram.engine.placesClustersItself {
            // circo ignores clusters (and lays out one graph per process, see ClusterLayout).
            try ClusterLayout.layout(diagram, into: graph, context: context)
        } else {
            try graph.layout(diagram.engine.rawValue)
        }
        // Write the layout (pos, bb, lp …) into the graph's attributes, as rendering to DOT
        // would, without formatting the whole graph as text (gvc.h's `attach_attrs`, what
        // Graphviz's own language bindings call after a layout).
        attach_attrs(graph.pointer)
        let layout = DiagramLayout(
            actors: Dictionary(diagram.nodes.compactMap { node in
                node.actor.flatMap { actor in graph.position(of: node.name).map { (actor.rawValue, $0) } }
            }, uniquingKeysWith: { first, _ in first }),
            drawing: graph.boundingBox() ?? Box(minX: 0, minY: 0, maxX: 0, maxY: 0))
        try compose(diagram, graph, drawing: diagram.frame ?? layout.drawing, format: format)
        let laidOut = clock.now
        let rendered = try renderData(context, graph, device: format.rawValue)
        let data = format == .svg ? SVGFonts.named(rendered) : rendered
        let done = clock.now
        return Rendering(data: data, messages: [], timing: RenderTiming(layout: seconds(laidOut - started), output: seconds(done - laidOut)),
                         layout: layout)
    }

    /// The second pass: the legend beside the laid-out `drawing`, the title over both, and
    /// `nop2` to compose the picture from the pinned positions. A pinned diagram's picture
    /// covers its whole frame (two invisible corners), as the drawing it was pinned to does.
    static func compose(_ diagram: Diagram, _ graph: CGraph, drawing: Box, format: RenderFormat) throws(RenderError) {
        graph.freeLayout()
        if let frame = diagram.frame { try graph.addCorners(of: frame) }

        var extent = drawing
        if let legend = diagram.legend {
            let (block, origin) = LegendPlacement.place(drawing: drawing, legend: legend)
            try graph.addLegend(block, at: origin)
            extent = Box(minX: min(drawing.minX, origin.x), minY: min(drawing.minY, origin.y),
                         maxX: max(drawing.maxX, origin.x + block.size.width), maxY: max(drawing.maxY, origin.y + block.size.height))
        }
        graph.setAll(diagram.title)
        // Let nop2 compute the whole picture's box and place the title over all of it.
        for stale in ["bb", "lp", "lwidth", "lheight"] { graph.set(stale, "") }
        if format == .png {
            let inches = max(extent.width, extent.height + 60) / 72
            let dpi = inches > 0 ? min(pngResolution, maximumPixels / inches) : pngResolution
            graph.set("dpi", GraphvizText.format(max(24, dpi)))
        }
        do {
            try graph.layout("nop2")
        } catch {
            throw .layoutFailed(engine: diagram.engine.rawValue, messages: [])
        }
    }

    static func renderData(_ context: OpaquePointer, _ graph: CGraph, device: String) throws(RenderError) -> Data {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph.pointer, device, &buffer, &length)
        // Graphviz may leave a buffer behind even when it fails; free it either way.
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else { throw .renderFailed(format: device, messages: []) }
        return Data(bytes: buffer, count: Int(length))
    }

    static func seconds(_ duration: Duration) -> Double {
        let (whole, attoseconds) = duration.components
        return Double(whole) + Double(attoseconds) / 1e18
    }
}
