extension ReadingProblem {
    /// An Excel workbook (.xlsx) as a package: the archive, its parts, its sheets and cells.
    public enum Workbook: Hashable, Sendable {
        /// What is wrong with a part that cannot be unpacked.
        public enum Damage: Hashable, Sendable {
            /// The archive library's own words.
            case detail(String)
            case noLocalHeader
            case truncated
            case compressedDataEnds
            case checksum
        }

        /// No sheet of actors; the sheets the workbook has.
        case noActorsSheet(sheets: [String])
        /// No sheet of ties: the landscape has actors only (a warning).
        case noTiesSheet
        /// An Excel 97–2003 workbook (.xls).
        case oldExcel
        /// No zip archive at all.
        case notZip
        /// A part that unpacks to more than the limit (in MB).
        case partTooLarge(part: String, limitMB: Int)
        /// A part that cannot be unpacked.
        case brokenPart(part: String, Damage)
        /// A part every workbook has is missing.
        case missingPart(String)
        /// A cell holding an Excel error (`#REF!`).
        case cellError(String)
        /// A row number outside Excel's rows 1 to `last`, as the sheet writes it.
        case rowOutOfRange(row: String, last: Int)
    }

    /// The landscape sheet (`landscape.csv`, a workbook's sheet `landscape`): rows of a field
    /// and its value.
    public enum LandscapeSheet: Hashable, Sendable {
        /// No `field` and `value` columns; the first row's cells.
        case noColumns(headers: [String])
        /// A field that is none of the landscape's, with the closest when one is plausible, and
        /// the fields there are (a warning).
        case unknownField(String, suggestion: String?, known: [String])
        case fieldWithoutValue(String)
        case valueWithoutField(String)
        /// A field given again; the line where it was first given.
        case repeatedField(String, firstLine: Int)
        /// Cells beside the field and the value, which are ignored.
        case cellsIgnored([String])
    }

    /// The tables of the CSV pair and of workbooks: files, header lines, columns and cells.
    public enum Table: Hashable, Sendable {
        /// A CSV folder without `actors.csv`.
        case noActorsFile
        /// No `ties.csv` beside `actors.csv` (a warning).
        case noTiesFile
        /// A quoted cell that never ends.
        case unclosedQuote
        /// The CSV library could not read the file (its words).
        case unreadable(detail: String)
        /// A required column is missing: the header's cells, and the CSV file's delimiter
        /// (`nil` for a workbook's first row).
        case missingColumn(String, headers: [String], delimiter: Character?)
        /// A column that names no field (a warning).
        case unknownColumn(String)
        /// A second column for a field (a warning).
        case repeatedColumn(String, field: String)
        /// A line separated by another delimiter than the header line.
        case mixedDelimiters(line: Character, header: Character)
        /// Cells beyond the header's columns, which are ignored (a warning).
        case extraCells([String])
        /// A list cell whose item holds `,` or `;` between words: one item, not several (a
        /// warning).
        case listInOneCell(item: String, field: ActorField)
    }

    /// DOT files. Syntax errors and warnings are Graphviz's words (`DOTParser` writes them as
    /// Graphviz does), carried as `detail`.
    public enum DOT: Hashable, Sendable {
        /// A syntax error in Graphviz's words.
        case syntax(detail: String)
        /// A text Graphviz reads no graph from.
        case noGraph
        /// A warning in Graphviz's words.
        case graphvizWarning(detail: String)
        /// Groups and subgraphs nested deeper than the limit.
        case tooDeep(limit: Int)
        /// More than one graph in a file.
        case severalGraphs(count: Int)
        /// More attribute values than memory allows: the attribute names and the objects.
        case tooManyAttributes(attributes: Int, objects: Int)
        /// More edges than the text has characters; `moreThan`: the count is a lower bound.
        case tooManyEdges(edges: Int, moreThan: Bool, characters: Int)
    }
}
