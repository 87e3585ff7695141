import LandscapeCore

/// A reader of one input format: it turns the bytes of one input into a draft, reporting every
/// problem it can locate, and returns `nil` only when nothing usable could be read.
///
/// Every format's reader produces drafts, so the validation of what they read is shared
/// (`LandscapeBuilder`).
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
    case dot

    /// The reader for this format.
    public var reader: any LandscapeReader {
        switch self {
        case .yaml: YAMLReader()
        case .csvPair: CSVPairReader()
        case .json: JSONReader()
        case .graphml: GraphMLReader()
        case .gexf: GEXFReader()
        case .xlsx: XLSXReader()
        case .dot: DOTReader()
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
        case "dot", "gv": self = .dot
        default: return nil
        }
    }
}
