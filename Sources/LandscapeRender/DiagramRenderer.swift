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

/// A finished drawing: the bytes of the output file, the renderer's warnings, and timings.
public struct Rendering: Hashable, Sendable, Codable {
    public var data: Data
    /// The renderer's warnings (errors make the render fail instead).
    public var messages: [RenderMessage]
    public var timing: RenderTiming

    public init(data: Data, messages: [RenderMessage], timing: RenderTiming) {
        self.data = data
        self.messages = messages
        self.timing = timing
    }
}
