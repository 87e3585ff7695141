/// A problem a reader finds in an input file, as facts: `LandscapeWording` words it in the
/// user's language (the catalog `reading`), so the readers hold no sentence.
///
/// The cases are grouped as the readers meet them: the file itself, its encoding, XML
/// (GraphML, GEXF and the parts of a workbook), the structure of YAML and JSON, a workbook,
/// the landscape sheet, the tables of the CSV pair and of workbooks, and DOT. Names, keys,
/// columns and values are given as found in the file; a suggestion ("did you mean") is computed
/// where the problem is found and carried as data. Where the words come from a foreign library
/// (libyaml's parser message, Graphviz's warning, the system's reason a file cannot be read)
/// the case carries them as `detail`, and the catalog words the frame around them.
public enum ReadingProblem: Hashable, Sendable {
    case file(File)
    case encoding(Encoding)
    case xml(XML)
    case structure(Structure)
    case workbook(Workbook)
    case landscapeSheet(LandscapeSheet)
    case table(Table)
    case dot(DOT)
}

extension ReadingProblem {
    /// The notations whose structure the readers check (`Structure`): what they call a
    /// mapping differs (a YAML mapping, a JSON object).
    public enum Notation: Hashable, Sendable, CaseIterable {
        case yaml, json
    }

    /// What a YAML or JSON reader found where it expected something else: "found a list".
    public enum NodeKind: Hashable, Sendable {
        /// A text (a YAML scalar, a JSON string), as written.
        case text(String)
        /// A JSON number, as written.
        case number(String)
        case boolean(Bool)
        case null
        case list
        /// A YAML mapping.
        case mapping
        /// A JSON object.
        case object
        /// A YAML alias (`*name`).
        case alias
    }

}

extension ReadingProblem {
    /// The file as a whole: whether it can be read at all, and what it holds.
    public enum File: Hashable, Sendable {
        /// There is no file at the path.
        case missing
        /// The path names a folder where a file is expected.
        case folder
        /// The file exists but cannot be opened.
        case permissionDenied
        /// Reading failed, with the system's reason when there is one.
        case unreadable(detail: String?)
        /// The file holds nothing but white space.
        case empty
        /// No reader takes the path: its extension (`nil` for none) and the extensions read
        /// (".yaml/.yml", ".json" …).
        case unknownFormat(extension: String?, known: [String])
        /// The file is larger than the limit (both in bytes).
        case tooLarge(size: Int, limit: Int)
        /// The inputs are valid but hold no actor (a warning).
        case noActors
    }

    /// How a text file is encoded.
    public enum Encoding: Hashable, Sendable {
        /// What a file with NUL bytes was expected to be.
        public enum Expected: Hashable, Sendable {
            /// Any text (YAML, JSON, CSV): it may be UTF-16 without a byte-order mark.
            case text
            case xml
            case dot
        }

        /// A UTF-16 byte-order mark before bytes that are no UTF-16.
        case invalidUTF16
        /// NUL bytes: a binary file.
        case nulBytes(expected: Expected)
        /// UTF-8 with one byte that is not: damaged, or a piece pasted in another encoding. The
        /// byte's line and column count bytes.
        case damagedUTF8(byte: UInt8, line: Int, column: Int)
        /// Neither UTF-8 nor Windows-1252: a byte that Windows-1252 leaves undefined.
        case undefinedInWindows1252(byte: UInt8, line: Int, column: Int)
        /// Neither UTF-8 nor Windows-1252.
        case neitherUTF8NorWindows1252
        /// Not UTF-8, read as Windows-1252 (a warning).
        case readAsWindows1252
        /// Not valid UTF-8; `undeclared`: an XML file that declares no other encoding either.
        case notUTF8(undeclared: Bool)
        /// An XML declaration naming an encoding that is not read.
        case unsupported(name: String)
    }
}
