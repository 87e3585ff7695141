import CGraphviz
import Foundation
import LandscapeRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output formats of `landscape render`.
public enum OutputFormat: String, CaseIterable, Hashable, Sendable, Codable {
    case svg, png, pdf, dot

    /// The format a file name asks for by its extension (`.svg`, `.png`, `.pdf`, `.dot`/`.gv`).
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        default: return nil
        }
    }

    /// Graphviz's name for the output device (`-T`).
    var device: String { rawValue }
}

/// How long the parts of a render took, in seconds.
public struct RenderTiming: Hashable, Sendable, Codable {
    /// Building the graph, laying it out and composing it with the legend.
    public var layout: Double
    /// Writing the output format.
    public var output: Double

    public var total: Double { layout + output }
}

/// A finished drawing: the bytes of the output file, Graphviz's warnings, and timings.
public struct Rendering: Hashable, Sendable, Codable {
    public var data: Data
    /// Graphviz's warnings (errors make the render fail instead).
    public var messages: [GraphvizMessage]
    public var timing: RenderTiming
}

/// Anything that turns a `Diagram` into a file's bytes.
public protocol DiagramRenderer: Sendable {
    func render(_ diagram: Diagram, as format: OutputFormat) throws(GraphvizError) -> Rendering
}

/// Lays out and renders in this process, through the Graphviz C library.
///
/// Every call is serialised behind `GraphvizLibrary`'s process-wide lock (Graphviz is not
/// thread-safe), so concurrent renders wait for each other.
///
/// Two passes: the diagram is laid out with its engine (clusters for neato and sfdp by
/// `ClusterLayout`); then the legend is placed beside the
/// drawing (`LegendPlacement`), every position is pinned, the title is added, and Graphviz's
/// `nop2` layout (neato's "positions given" mode) composes the final picture. Output in one
/// process is byte-identical from run to run for every engine except fdp with clusters; dot
/// with clusters is identical only for the first layout in a process — use
/// `WorkerProcessRenderer` when that matters.
public struct InProcessRenderer: DiagramRenderer {
    /// The largest side of a PNG, in pixels; larger drawings get a lower resolution.
    public static let maximumPixels = 8000.0
    /// The resolution of PNG output when the drawing is small enough.
    public static let pngResolution = 144.0

    public init() {}

    public func render(_ diagram: Diagram, as format: OutputFormat) throws(GraphvizError) -> Rendering {
        let (rendering, messages) = try GraphvizLibrary.run { context throws(GraphvizError) in
            try Self.render(diagram, as: format, context: context)
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
    public static func availablePlugins(_ kind: String) throws(GraphvizError) -> [String] {
        try GraphvizLibrary.run { context in plugins(kind, context: context) }.0
    }

    // MARK: - With the lock held

    /// The plugin lists already asked for, by kind. Only touched with `GraphvizLibrary`'s lock
    /// held; valid for the process's life, because the one shared context, whose plugins they
    /// are, is never replaced.
    nonisolated(unsafe) private static var pluginLists: [String: [String]] = [:]

    /// The plugins of `kind`, asked of Graphviz once per kind and process: `gvPluginList` in
    /// 2.42 leaks the copy of every name it lists twice (`png:cairo`, `png:gd` …), 0.3 KB a call.
    static func plugins(_ kind: String, context: OpaquePointer) -> [String] {
        if let known = pluginLists[kind] { return known }
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
        let sorted = names.sorted()
        pluginLists[kind] = sorted
        return sorted
    }

    static func render(_ diagram: Diagram, as format: OutputFormat, context: OpaquePointer) throws(GraphvizError) -> Rendering {
        let layouts = plugins("layout", context: context)
        guard !layouts.isEmpty else { throw .noPlugins }
        guard layouts.contains(diagram.engine.rawValue), layouts.contains("nop2") else {
            throw .engineUnavailable(diagram.engine.rawValue, available: layouts.filter { !$0.hasPrefix("nop") })
        }
        let devices = plugins("device", context: context)
        guard devices.contains(format.device) else { throw .formatUnavailable(format.device, available: devices) }

        let clock = ContinuousClock()
        let started = clock.now
        // fdp and sfdp draw from libc's rand()/drand48(); reseeding before each layout makes a
        // render independent of earlier ones in the process.
        let seed = diagram.graph.value("start").flatMap { UInt32($0) } ?? 1
        srand(seed)
        srand48(Int(seed))

        // `close` frees a layout still attached, also when a step below throws.
        let graph = try CGraph(directed: true, context: context)
        defer { graph.close() }
        try graph.build(diagram)
        if !diagram.clusters.isEmpty && !diagram.engine.placesClustersItself {
            try ClusterLayout.layout(diagram, into: graph, context: context)
        } else {
            try graph.layout(diagram.engine.rawValue)
        }
        // Write the layout (pos, bb, lp …) into the graph's attributes, as rendering to DOT
        // would, without formatting the whole graph as text (gvc.h's `attach_attrs`, what
        // Graphviz's own language bindings call after a layout).
        attach_attrs(graph.pointer)
        let drawing = graph.boundingBox() ?? Box(minX: 0, minY: 0, maxX: 0, maxY: 0)
        graph.freeLayout()

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
        let laidOut = clock.now
        let data = try renderData(context, graph, device: format.device)
        let done = clock.now
        graph.freeLayout()
        return Rendering(data: data, messages: [], timing: RenderTiming(layout: seconds(laidOut - started), output: seconds(done - laidOut)))
    }

    @discardableResult
    static func renderData(_ context: OpaquePointer, _ graph: CGraph, device: String) throws(GraphvizError) -> Data {
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
