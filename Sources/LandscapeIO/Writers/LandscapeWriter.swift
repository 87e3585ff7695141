import Foundation
import LandscapeCore

/// The formats this module writes, each with its writer (`writer(edgeDirections:style:)`).
/// Which format a file name or an option asks for is decided by LandscapeApp's format
/// registry (`LandscapeFormat`), which also writes DOT (it needs a renderer's layout).
public enum ExportFormat: String, CaseIterable, Sendable {
    case yaml
    case csv
    case json
    case graphml
    case gexf
    case xlsx
}

/// How the graph formats mark the direction of ties, whose kind decides it (member, funding
/// and steering ties are directed, the others symmetric).
public enum EdgeDirections: String, CaseIterable, Sendable {
    /// One direction for the whole graph: directed when any tie is. Symmetric ties of a directed
    /// graph carry `directed=false` as data (GraphML) or are `mutual` edges (GEXF). networkx and
    /// igraph read this; they refuse graphs that mix directed and undirected edges.
    case graph
    /// Each edge marked directed or undirected, as GraphML (`directed`) and GEXF (`type`) allow:
    /// for Gephi and yEd.
    case perEdge = "per-edge"
}

/// A written landscape: one file, or the files of a folder (the CSV pair).
public enum WrittenLandscape: Sendable {
    case file(Data)
    case folder([WrittenFile])
}

/// One file of a written folder.
public struct WrittenFile: Sendable, Hashable {
    public var name: String
    public var data: Data
}

/// What writing gave: the output, and what the format could not carry (each a fact that
/// LandscapeWording words as a warning). A landscape read back from the output equals the one
/// written except for these.
public struct WriteResult: Sendable {
    public var output: WrittenLandscape
    public var losses: [FormatLoss]

    public init(output: WrittenLandscape, losses: [FormatLoss]) {
        self.output = output
        self.losses = losses
    }
}

/// A writer of one output format.
public protocol LandscapeWriter: Sendable {
    func write(_ landscape: Landscape) -> WriteResult
}

extension ExportFormat {
    /// The writer of this format with its default options.
    public func writer(edgeDirections: EdgeDirections = .graph, style: GraphStyle? = nil) -> any LandscapeWriter {
        switch self {
        case .yaml: YAMLWriter()
        case .csv: CSVPairWriter()
        case .json: JSONWriter()
        case .graphml: GraphMLWriter(edgeDirections: edgeDirections)
        case .gexf: GEXFWriter(edgeDirections: edgeDirections, style: style ?? .plain)
        case .xlsx: XLSXWriter()
        }
    }
}
