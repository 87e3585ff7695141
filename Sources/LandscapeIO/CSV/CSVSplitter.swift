/// Splits CSV text with regular quoting into rows, byte by byte: the rows CSV.swift reads from
/// the same text, at a fraction of the cost.
///
/// CSV.swift builds every cell scalar by scalar (`String.UnicodeScalarView.append`), about a
/// quarter of loading a 200,000-actor CSV pair. Where the quoting is regular — no quote inside
/// an unquoted cell, nothing but a delimiter or a line break after a closing quote, which
/// `CSVTable.scan` checks for the whole file — every reader of RFC 4180 agrees on the rows,
/// so a cell can be copied from the bytes between its delimiters in one step. Files with
/// irregular quoting stay with CSV.swift, whose reading of them (it reads on as quoted) this
/// type does not imitate.
///
/// The same as CSV.swift (with `trimFields: false`): a row ends at LF, CR or CRLF outside
/// quotes; a quoted cell ends at its closing quote, `""` inside it is one quote; a delimiter at
/// the end of a row or of the text adds an empty cell; a line break at the end of the text adds
/// no row; a blank line is a row with one empty cell. Tested against CSV.swift on random files.
enum CSVSplitter {
    /// The rows of `text`, numbered from `firstLine`, counting line breaks inside quoted cells.
    ///
    /// - Complexity: O(n) for n bytes.
    static func rows(_ text: String, firstLine: Int, delimiter: UnicodeScalar) -> [CSVTable.Row] {
        rows(text, bytes: 0 ..< text.utf8.count, firstLine: firstLine, delimiter: delimiter)
    }

    /// The rows of a range of the text's UTF-8 bytes that holds whole rows.
    static func rows(_ text: String, bytes range: Range<Int>, firstLine: Int, delimiter: UnicodeScalar) -> [CSVTable.Row] {
        var text = text
        text.makeContiguousUTF8()
        let separator = UInt8(truncatingIfNeeded: delimiter.value)
        return text.utf8.withContiguousStorageIfAvailable { rows(UnsafeBufferPointer(rebasing: $0[range]), firstLine: firstLine, delimiter: separator) }
            ?? Array(text.utf8)[range].withUnsafeBufferPointer { rows($0, firstLine: firstLine, delimiter: separator) }
    }

    private static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    static func rows(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, delimiter: UInt8) -> [CSVTable.Row] {
        var rows: [CSVTable.Row] = []
        var cells: [String] = []
        var line = firstLine
        var breaks = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let cell: String
            if bytes[index] == quote {
                let (text, end, broken) = quoted(bytes, from: index + 1)
                cell = text
                if broken { breaks += CSVTable.lineBreaks(in: text) }
                index = end + 1
            } else {
                let start = index
                while index < count, bytes[index] != delimiter, bytes[index] != cr, bytes[index] != lf { index += 1 }
                cell = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            }
            cells.append(cell)
            if index < count, bytes[index] == delimiter {
                index += 1
                // A delimiter that ends the text leaves one empty cell, and the row ends.
                if index == count { cells.append("") }
                continue
            }
            // A line break (CR LF counts as one) or the end of the text ends the row.
            if index < count { index += bytes[index] == cr && index + 1 < count && bytes[index + 1] == lf ? 2 : 1 }
            rows.append(CSVTable.Row(line: line, cells: cells))
            line += 1 + breaks
            breaks = 0
            let width = cells.count
            cells = []
            cells.reserveCapacity(width)
        }
        if !cells.isEmpty { rows.append(CSVTable.Row(line: line, cells: cells)) }
        return rows
    }

    /// The text of a quoted cell whose content starts at `start`, the position of its closing
    /// quote (or the end), and whether it holds a line break.
    private static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, end: Int, broken: Bool) {
        var index = start
        var pieceStart = start
        var unescaped: [UInt8] = []
        var broken = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
                guard index + 1 < bytes.count, bytes[index + 1] == quote else { break }
                // `""`: keep the first quote, skip the second.
                unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pieceStart...index]))
                index += 2
                pieceStart = index
                continue
            }
            if byte == cr || byte == lf { broken = true }
            index += 1
        }
        let rest = UnsafeBufferPointer(rebasing: bytes[pieceStart..<index])
        if unescaped.isEmpty { return (String(decoding: rest, as: UTF8.self), index, broken) }
        unescaped.append(contentsOf: rest)
        return (String(decoding: unescaped, as: UTF8.self), index, broken)
    }
}
