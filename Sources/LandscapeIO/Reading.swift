import LandscapeCore

/// A reader of one input format: it turns the bytes of one input into a draft, reporting every
/// problem it can locate, and returns `nil` only when nothing usable could be read.
///
/// New formats (GraphML, GEXF, JSON, XLSX, DOT) plug in here; the validation of what they read
/// is shared (`LandscapeBuilder`).
public protocol LandscapeReader: Sendable {
    func read(path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft?
}

/// The input formats the loader recognises.
public enum InputFormat: String, CaseIterable, Sendable {
    case yaml
    case csvPair = "csv"

    /// The reader for this format.
    public var reader: any LandscapeReader {
        switch self {
        case .yaml: YAMLReader()
        case .csvPair: CSVPairReader()
        }
    }
}
