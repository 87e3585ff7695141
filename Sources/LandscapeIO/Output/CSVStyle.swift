import Foundation
import LandscapeCore

/// How every CSV file of the tool is written (the CSV pair of `convert` and the analysis
/// tables alike): UTF-8 with a byte-order mark and CRLF line ends, so that Excel reads the
/// umlauts and the lines; and the delimiter and decimal separator the spreadsheet of the
/// output's language expects — German Excel splits at `;` and reads `2,5` as a number, English
/// Excel splits at `,` and reads `2.5`. Cells a spreadsheet would take for a formula are
/// guarded (`SpreadsheetText`), cells with the delimiter, a quote or a line break quoted.
public struct CSVStyle: Sendable, Hashable {
    public var delimiter: Character
    public var decimalSeparator: Character

    public init(delimiter: Character, decimalSeparator: Character) {
        self.delimiter = delimiter
        self.decimalSeparator = decimalSeparator
    }

    /// `;` and a decimal comma for German, `,` and a decimal point for English (and any other
    /// language until its spreadsheets' convention is added here).
    public init(language: Language) {
        if language == .de {
            self.init(delimiter: ";", decimalSeparator: ",")
        } else {
            self.init(delimiter: ",", decimalSeparator: ".")
        }
    }

    /// The text of a file: the byte-order mark, then each row and CRLF.
    ///
    /// - Complexity: O(S) for S characters in all cells.
    public func file(_ rows: [[String]]) -> String {
        var text = "\u{FEFF}"
        for row in rows {
            text += row.map(cell).joined(separator: String(delimiter)) + "\r\n"
        }
        return text
    }

    /// A text cell: guarded against formulas, quoted when it holds the delimiter, a quote or
    /// a line break, quotes doubled.
    public func cell(_ text: String) -> String {
        let guarded = SpreadsheetText.guarded(text)
        let needsQuotes = guarded.contains(delimiter) || guarded.unicodeScalars.contains { $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return guarded }
        return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number in full precision (the shortest decimal that reads back as the same value,
    /// whole numbers without a decimal separator), with this style's decimal separator.
    public func number(_ value: Double) -> String {
        let text = Spelling.number(value)
        return decimalSeparator == "." ? text : String(text.map { $0 == "." ? decimalSeparator : $0 })
    }
}
