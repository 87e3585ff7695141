/// One cell of a result table, typed: a text, or a number that stays a number in a workbook
/// and in CSV however it is shown on the terminal.
public enum TableCell: Sendable, Hashable {
    case text(String)
    /// A whole number; `nil` is undefined (`–` on the terminal, an empty cell elsewhere).
    case integer(Int?)
    /// A decimal shown with `places` decimals on the terminal and in a workbook, written in
    /// full precision to CSV and kept whole in the workbook's cell; `nil` (or not finite) is
    /// undefined.
    case decimal(Double?, places: Int)

    /// The cell as the terminal shows it (`NumberText`).
    public var shown: String {
        switch self {
        case .text(let text): text
        case .integer(let value): NumberText.integer(value)
        case .decimal(let value, let places): NumberText.decimal(value, places: places)
        }
    }

    /// The cell's text in a CSV file of `style` (before `CSVStyle` guards and quotes it):
    /// numbers in full precision, undefined values empty.
    public func csv(_ style: CSVStyle) -> String {
        switch self {
        case .text(let text): text
        case .integer(let value): value.map(String.init) ?? ""
        case .decimal(let value, _): value.flatMap { $0.isFinite ? style.number($0) : nil } ?? ""
        }
    }

    /// The cell of a worksheet.
    public var sheetCell: SheetCell {
        switch self {
        case .text(let text): text.isEmpty ? .empty : .text(text)
        case .integer(let value): value.map { .number(Double($0)) } ?? .empty
        case .decimal(let value, let places): value.flatMap { $0.isFinite ? .number($0, places: places) : nil } ?? .empty
        }
    }
}

/// A result table for the terminal (aligned columns), for spreadsheets (CSV) and for a workbook
/// (a sheet named `name`). Its cells are typed (`TableCell`); `rows` is the same table as the
/// terminal shows it.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    /// The table's name, as a workbook's sheet.
    public var name: String
    public var headers: [String]
    public var alignments: [Alignment]
    public var cells: [[TableCell]]

    /// The rows as the terminal shows them; set, they are texts.
    public var rows: [[String]] {
        get { cells.map { $0.map(\.shown) } }
        set { cells = newValue.map { $0.map(TableCell.text) } }
    }

    public init(name: String = "", headers: [String], alignments: [Alignment]? = nil, rows: [[String]] = []) {
        self.name = name
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
        self.cells = rows.map { $0.map(TableCell.text) }
    }

    /// Columns padded to their widest cell, separated by two spaces, with a rule under the header.
    public func aligned() -> String {
        let rows = self.rows
        let all = [headers] + rows
        var widths = [Int](repeating: 0, count: headers.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], TextTable.width(of: cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() where i < widths.count {
                let padding = String(repeating: " ", count: widths[i] - TextTable.width(of: cell))
                let last = i == cells.count - 1
                parts.append(alignments[i] == .right ? padding + cell : (last ? cell : cell + padding))
            }
            return parts.joined(separator: "  ")
        }
        var out = line(headers) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }

    /// The table as a CSV file in `style` (`CSVStyle`: byte-order mark, CRLF, the language's
    /// delimiter and decimal separator): texts guarded and quoted, numbers in full precision.
    public func csv(style: CSVStyle) -> String {
        style.file([headers] + cells.map { $0.map { $0.csv(style) } })
    }

    /// The table as a worksheet: its name, headers and typed cells.
    public var worksheet: Worksheet {
        Worksheet(name: name, header: headers, rows: cells.map { $0.map(\.sheetCell) })
    }

    /// Display width: one column per character (terminals show umlauts and most text so).
    static func width(of text: String) -> Int { text.count }
}

/// Numbers for tables: fixed decimals, `–` for undefined.
public enum NumberText {
    public static func decimal(_ value: Double?, places: Int = 3) -> String {
        guard let value, value.isFinite else { return "–" }
        let scale = pow10(places)
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < places { text += String(repeating: "0", count: places - decimals) }
        } else if places > 0 {
            text += "." + String(repeating: "0", count: places)
        }
        if text.contains("e") { return String(value) }
        return text
    }

    public static func integer(_ value: Int?) -> String {
        value.map(String.init) ?? "–"
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, n) { result *= 10 }
        return result
    }
}
