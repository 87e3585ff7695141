@preconcurrency import CSV
import LandscapeCore

/// A CSV file split into rows, each with the line it starts on. Parsing is done by CSV.swift;
/// this type adds what Excel files need: the delimiter (`,`, `;` or tab) recognised from the
/// header line, line numbers that count line breaks inside quoted cells, and a clear error for
/// a quote that is never closed (CSV.swift would silently read to the end of the file).
struct CSVTable {
    struct Row {
        var line: Int
        var cells: [String]
    }

    var header: [String]
    var rows: [Row]
    var delimiter: Character

    /// Parses `text`; `nil` with an error when the file cannot be split into rows.
    static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> CSVTable? {
        let delimiter = detectDelimiter(text)
        if let line = lineOfUnclosedQuote(in: text, delimiter: delimiter) {
            diagnostics.append(.error("unclosed quote: the quoted cell that starts on this line never ends", at: SourceLocation(file: file, line: line)))
            return nil
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            diagnostics.append(.error("cannot read the CSV file: \(error)", at: SourceLocation(file: file, line: 1)))
            return nil
        }
        var line = 1
        var all: [Row] = []
        while let cells = reader.next() {
            all.append(Row(line: line, cells: cells))
            line += 1 + cells.reduce(0) { $0 + lineBreaks(in: $1) }
        }
        guard let first = all.first(where: { !isBlank($0.cells) }) else {
            diagnostics.append(.error("the file is empty", at: SourceLocation(file: file, line: 1)))
            return nil
        }
        let rows = all.filter { $0.line > first.line && !isBlank($0.cells) }
        return CSVTable(header: first.cells.map { $0.trimmingSpaces }, rows: rows, delimiter: Character(delimiter))
    }

    static func isBlank(_ cells: [String]) -> Bool {
        cells.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }

    /// Line breaks inside a cell: CRLF, CR and LF each count once.
    static func lineBreaks(in cell: String) -> Int {
        var count = 0
        var previousWasCR = false
        for scalar in cell.unicodeScalars {
            if scalar == "\r" {
                count += 1
                previousWasCR = true
            } else {
                if scalar == "\n" && !previousWasCR { count += 1 }
                previousWasCR = false
            }
        }
        return count
    }

    /// The delimiter that occurs most often outside quotes on the header line: `;`, `,` or tab.
    static func detectDelimiter(_ text: String) -> UnicodeScalar {
        var counts: [UnicodeScalar: Int] = [";": 0, ",": 0, "\t": 0]
        var inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if counts[scalar] != nil { counts[scalar, default: 0] += 1 }
        }
        let order: [UnicodeScalar] = [",", ";", "\t"]
        return order.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? ","
    }

    /// The line on which a quoted cell opens and never closes, if any. A quote inside an
    /// unquoted cell (`5" Display`) is literal, as in Excel; `""` inside quotes is an escaped quote.
    static func lineOfUnclosedQuote(in text: String, delimiter: UnicodeScalar) -> Int? {
        enum State { case cellStart, unquoted, quoted, quoteInQuoted }
        var state = State.cellStart
        var line = 1
        var openedOn = 1
        var previous: UnicodeScalar?
        for scalar in text.unicodeScalars {
            let isBreak = scalar == "\r" || (scalar == "\n" && previous != "\r")
            let endsCell = scalar == delimiter || scalar == "\r" || scalar == "\n"
            switch state {
            case .cellStart:
                if scalar == "\"" {
                    state = .quoted
                    openedOn = line
                } else if !endsCell {
                    state = .unquoted
                }
            case .unquoted:
                if endsCell { state = .cellStart }
            case .quoted:
                if scalar == "\"" { state = .quoteInQuoted }
            case .quoteInQuoted:
                state = scalar == "\"" ? .quoted : (endsCell ? .cellStart : .unquoted)
            }
            if isBreak { line += 1 }
            previous = scalar
        }
        return state == .quoted ? openedOn : nil
    }
}
