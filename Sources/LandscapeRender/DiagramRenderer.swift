#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Anything that turns a `Diagram` into a file's bytes.
///
/// Declared here, beside the `Diagram`, so that its clients (the report, the commands, the
/// server) depend on this module only; LandscapeGraphviz implements it.
public protocol DiagramRenderer: Sendable {
    func render(_ diagram: Diagram, as format: RenderFormat) throws(RenderError) -> Rendering
}

/// The file formats a diagram is drawn in (`landscape render --format`).
public enum RenderFormat: String, CaseIterable, Hashable, Sendable, Codable {
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
}

/// How long the parts of a render took, in seconds.
public struct RenderTiming: Hashable, Sendable, Codable {
    /// Building the graph, laying it out and composing it with the legend.
    public var layout: Double
    /// Writing the output format.
    public var output: Double

    public init(layout: Double, output: Double) {
        self.layout = layout
        self.output = output
    }

    public var total: Double { layout + output }
}

/// A finished drawing: the bytes of the output file, the renderer's warnings, timings, and
/// where the layout put the actors.
public struct Rendering: Hashable, Sendable, Codable {
    public var data: Data
    /// The renderer's warnings (errors make the render fail instead).
    public var messages: [RenderMessage]
    public var timing: RenderTiming
    /// Where the actors stand, before the legend and title were added: what another diagram
    /// needs to put the same actors in the same places (`Diagram.pinned(to:)`). `nil` when the
    /// renderer does not say.
    public var layout: DiagramLayout?

    public init(data: Data, messages: [RenderMessage], timing: RenderTiming, layout: DiagramLayout? = nil) {
        self.data = data
        self.messages = messages
        self.timing = timing
        self.layout = layout
    }
}
