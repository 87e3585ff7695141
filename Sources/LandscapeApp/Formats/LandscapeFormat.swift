import LandscapeCore
import LandscapeIO

/// The formats of a landscape file, in one registry: what each is called, which file
/// extensions name it, whether it is one file or a folder, whether it is read and written,
/// and by what.
///
/// LandscapeIO chooses the readers (`InputFormat`, by which `LandscapeLoader` reads) and the
/// writers (`ExportFormat`); this type puts them side by side with the one writer that lives
/// here, DOT's (`LandscapeDOTWriter`, which needs a renderer's layout). The command line's
/// `--to` and a server's choice of format are views of it.
public enum LandscapeFormat: String, CaseIterable, Sendable {
    case yaml
    /// The CSV pair: a folder with `actors.csv` and `ties.csv`.
    case csv
    case json
    case graphml
    case gexf
    /// Excel workbooks: the sheets actors, ties and landscape.
    case xlsx
    /// Graphviz's DOT: written as the renderer draws the landscape, with its data as attributes.
    case dot

    /// What a format is on disk.
    public enum Shape: Sendable, Hashable {
        /// One file, named by one of the format's extensions.
        case file
        /// A folder receiving several files (the CSV pair).
        case folder
    }

    /// Who writes a format.
    enum Writer: Sendable, Hashable {
        /// LandscapeIO's writer of this format.
        case io(ExportFormat)
        /// `LandscapeDOTWriter`, with the renderer the caller passes.
        case diagram
    }

    /// The formats that are written, in the registry's order (the values of `--to`).
    public static var written: [LandscapeFormat] { allCases.filter(\.isWritten) }

    /// The reader's format in LandscapeIO: every format is read.
    public var input: InputFormat {
        switch self {
        case .yaml: .yaml
        case .csv: .csvPair
        case .json: .json
        case .graphml: .graphml
        case .gexf: .gexf
        case .xlsx: .xlsx
        case .dot: .dot
        }
    }

    /// Who writes this format; `nil` for a format that is only read.
    var writer: Writer? {
        switch self {
        case .yaml: .io(.yaml)
        case .csv: .io(.csv)
        case .json: .io(.json)
        case .graphml: .io(.graphml)
        case .gexf: .io(.gexf)
        case .xlsx: .io(.xlsx)
        case .dot: .diagram
        }
    }

    /// Whether `convert` writes this format (every format is written today).
    public var isWritten: Bool { writer != nil }

    /// The file extensions that name this format, lower case, the usual one first (the
    /// reader's); none for the CSV pair, a folder.
    public var extensions: [String] { input.extensions }

    public var shape: Shape { self == .csv ? .folder : .file }

    /// The format a file extension names (without the dot, in any letter case); `nil` when it
    /// names none (`.xls`, the Excel 97–2003 workbook, included: it is neither read nor written).
    public init?(pathExtension: String) {
        guard let input = InputFormat(pathExtension: pathExtension),
              let format = Self.allCases.first(where: { $0.input == input }) else { return nil }
        self = format
    }
}
