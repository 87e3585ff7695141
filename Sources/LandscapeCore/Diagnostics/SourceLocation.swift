/// A place in an input file: the file's path as the user gave it, and where known the
/// 1-based line and column (columns count Unicode scalars, as YAML parsers do).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `PATH`, `PATH:LINE` or `PATH:LINE:COLUMN`, the form compilers and editors understand.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}
