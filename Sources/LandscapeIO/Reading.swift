import LandscapeCore

/// A reader of one input format: it turns the bytes of one input into a draft, reporting every
/// problem it can locate, and returns `nil` only when nothing usable could be read.
///
/// Every format's reader produces drafts, so the validation of what they read is shared
/// (`LandscapeBuilder`).
public protocol LandscapeReader: Sendable {
    func read(path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft?
}

/// A reader of a format read from the file's bytes (the XML formats): reading a path is
/// reading its bytes, so `read(path:diagnostics:)` comes with the protocol.
public protocol LandscapeBytesReader: LandscapeReader {
    /// Reads the bytes of one input; `path` names it in diagnostics.
    func read(bytes: [UInt8], path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft?
}

extension LandscapeBytesReader {
    public func read(path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        guard let bytes = FileInput.bytes(of: path, diagnostics: &diagnostics) else { return nil }
        return read(bytes: bytes, path: path, diagnostics: &diagnostics)
    }
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

    /// The file extensions of this format, lower case, the usual one first; none for the CSV
    /// pair, which is a folder (or its `actors.csv`/`ties.csv`).
    public var extensions: [String] {
        switch self {
        case .yaml: ["yaml", "yml"]
        case .csvPair: []
        case .json: ["json"]
        case .graphml: ["graphml"]
        case .gexf: ["gexf"]
        case .xlsx: ["xlsx", "xlsm"]
        case .dot: ["dot", "gv"]
        }
    }

    /// The format of a file with this extension (without the dot, in any letter case), if any.
    public init?(pathExtension: String) {
        let name = pathExtension.lowercased()
        guard let format = Self.allCases.first(where: { $0.extensions.contains(name) }) else { return nil }
        self = format
    }
}
