import LandscapeCore

/// A reader of one input format: it turns the bytes of one input into a draft, reporting every
/// problem it can locate, and returns `nil` only when nothing usable could be read.
///
/// Every format's reader produces drafts, so the validation of what they read is shared
/// (`LandscapeBuilder`). Formats read outside this module (DOT, by LandscapeGraphviz) plug in
/// as an `AdditionalFormat` of the loader.
public protocol LandscapeReader: Sendable {
    func read(path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft?
}

/// The input formats the loader recognises.
public enum InputFormat: String, CaseIterable, Sendable {
    case yaml
    case csvPair = "csv"
    case json
    case graphml
    case gexf
    case xlsx

    /// The reader for this format.
    public var reader: any LandscapeReader {
        switch self {
        case .yaml: YAMLReader()
        case .csvPair: CSVPairReader()
        case .json: JSONReader()
        case .graphml: GraphMLReader()
        case .gexf: GEXFReader()
        case .xlsx: XLSXReader()
        }
    }

    /// The format of a file with this extension (without the dot), if any.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "xlsx", "xlsm": self = .xlsx
        default: return nil
        }
    }
}

/// A format read by a reader from outside this module, recognised by file extension: how the
/// executable adds DOT, whose reader needs the Graphviz library.
public struct AdditionalFormat: Sendable {
    /// The name in messages, e.g. "DOT".
    public var name: String
    /// Extensions without the dot, e.g. `["dot", "gv"]`.
    public var extensions: [String]
    public var reader: any LandscapeReader

    public init(name: String, extensions: [String], reader: any LandscapeReader) {
        self.name = name
        self.extensions = extensions
        self.reader = reader
    }
}
