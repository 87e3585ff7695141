@preconcurrency import CSV
import Dispatch
import Foundation
import LandscapeCore

/// A CSV file split into rows, each with the line it starts on. Parsing is done by CSV.swift;
/// this type adds what Excel files need: the delimiter (`,`, `;` or tab) recognised from the
/// header line, line numbers that count line breaks inside quoted cells, and a clear error for
/// a quote that is never closed (CSV.swift would silently read to the end of the file).
struct CSVTable {
    struct Row: Equatable {
        var line: Int
        var cells: [String]
    }

    var header: [String]
    /// The rows after the header, blank ones left out, in the pieces the file was split in
    /// (one per core for a large file): `records` reads them without gathering them first.
    var pieces: [[Row]]
    var delimiter: Character
    /// The line of the header (the first line that is not blank).
    var headerLine = 1

    /// The rows after the header, blank ones left out.
    var rows: [Row] {
        pieces.count == 1 ? pieces[0] : Array(pieces.joined())
    }

    /// Parses `text`; `nil` with an error when the file cannot be split into rows.
    static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> CSVTable? {
        guard let staged = stage(text, file: file, diagnostics: &diagnostics) else { return nil }
        let (table, more) = read([staged])[0]
        diagnostics += more
        return table
    }

    /// A file ready to be parsed: its delimiter and its pieces.
    struct Staged: Sendable {
        var file: String
        var delimiter: UnicodeScalar
        var text: String
        /// The pieces as ranges of the text's UTF-8 bytes (each whole rows), with their first
        /// lines: split where they lie, not copied out.
        var pieces: [(bytes: Range<Int>, firstLine: Int)]
        /// Regular quoting throughout: the pieces are split by `CSVSplitter`, else by CSV.swift.
        var regular = false
    }

    /// Finds the delimiter, checks the quotes, and cuts a large file at row boundaries (line
    /// breaks outside quotes, found by the same scan) into one piece per core; `nil` with an
    /// error for a quote that never closes.
    ///
    /// - Complexity: O(n) for n bytes.
    static func stage(_ text: String, file: String, pieces: Int? = nil, diagnostics: inout [Diagnostic]) -> Staged? {
        let delimiter = detectDelimiter(text)
        let pieceCount = pieces ?? (text.utf8.count < 1 << 20 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount))
        let scan = scan(text, delimiter: delimiter, pieces: pieceCount)
        if let line = scan.unclosedQuoteLine {
            diagnostics.append(.error(.table(.unclosedQuote), at: SourceLocation(file: file, line: line)))
            return nil
        }
        var text = text
        text.makeContiguousUTF8()
        return Staged(file: file, delimiter: delimiter, text: text, pieces: scan.pieces(of: text.utf8.count), regular: scan.regular)
    }

    /// Parses staged files: every piece of every file in parallel (`CSVSplitter` where the
    /// quoting is regular, else CSV.swift), and each file's rows are the same as from one pass
    /// over it. Per file, the table (or `nil`) and
    /// its diagnostics.
    ///
    /// - Complexity: O(n) for n bytes in all, spread over the cores.
    static func read(_ files: [Staged]) -> [(table: CSVTable?, diagnostics: [Diagnostic])] {
        let jobs = files.indices.flatMap { file in files[file].pieces.indices.map { (file, $0) } }
        var parsed = concurrentMap(jobs) { job -> Result<[Row], CSVParseFailure> in
            let (file, piece) = job
            do {
                let (bytes, firstLine) = files[file].pieces[piece]
                var rows = files[file].regular
                    ? CSVSplitter.rows(files[file].text, bytes: bytes, firstLine: firstLine, delimiter: files[file].delimiter)
                    : try readRows(files[file].text.piece(bytes), firstLine: firstLine, delimiter: files[file].delimiter)
                // Blank rows are dropped (here, on all cores).
                rows.removeAll { isBlank($0.cells) }
                return .success(rows)
            } catch {
                return .failure(CSVParseFailure(description: "\(error)"))
            }
        }
        return files.indices.map { file in
            let location = SourceLocation(file: files[file].file, line: 1)
            var pieces: [[Row]] = []
            for index in jobs.indices where jobs[index].0 == file {
                switch parsed[index] {
                case .success(let rows):
                    // Taken out, so that the table's pieces are the only owners of their rows
                    // (taking the header out of one copies nothing).
                    parsed[index] = .success([])
                    pieces.append(rows)
                case .failure(let failure):
                    return (nil, [.error(.table(.unreadable(detail: failure.description)), at: location)])
                }
            }
            // The first row that is not blank is the header (blank rows are dropped already).
            guard let first = pieces.firstIndex(where: { !$0.isEmpty }) else { return (nil, [.error(.file(.empty), at: location)]) }
            let headerRow = pieces[first].removeFirst()
            let header = headerRow.cells.map { $0.trimmingSpaces }
            return (CSVTable(header: header, pieces: pieces, delimiter: Character(files[file].delimiter), headerLine: headerRow.line), [])
        }
    }

    struct CSVParseFailure: Error {
        var description: String
    }

    /// The rows of one piece of the file as CSV.swift reads them, numbered from the line it
    /// starts on.
    static func readRows(_ text: String, firstLine: Int, delimiter: UnicodeScalar) throws -> [Row] {
        let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        var line = firstLine
        var rows: [Row] = []
        while let cells = reader.next() {
            rows.append(Row(line: line, cells: cells))
            line += 1
            for cell in cells where cell.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
                line += lineBreaks(in: cell)
            }
        }
        return rows
    }

    static func isBlank(_ cells: [String]) -> Bool {
        cells.allSatisfy(\.isBlank)
    }

    /// Line breaks inside a cell: CRLF, CR and LF each count once.
    static func lineBreaks(in cell: String) -> Int {
        var count = 0
        var previousWasCR = false
        for byte in cell.utf8 {
            if byte == 0x0D {
                count += 1
                previousWasCR = true
            } else {
                if byte == 0x0A && !previousWasCR { count += 1 }
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
        scan(text, delimiter: delimiter, pieces: 1).unclosedQuoteLine
    }

    /// Where a file may be cut into pieces that parse on their own, and whether a quote is left open.
    struct Scan {
        var unclosedQuoteLine: Int?
        /// No quote inside an unquoted cell and nothing but a delimiter or line break after a
        /// closing quote: every CSV reader splits such a file alike.
        var regular = true
        /// Byte offsets where a row starts, with its line number (the first piece starts at 0, line 1).
        var cuts: [(offset: Int, line: Int)] = [(0, 1)]

        /// The pieces of a text of `count` bytes, as byte ranges (each after a line feed, so
        /// whole characters) with their first lines.
        func pieces(of count: Int) -> [(bytes: Range<Int>, firstLine: Int)] {
            cuts.indices.map { index in
                (cuts[index].offset ..< (index + 1 < cuts.count ? cuts[index + 1].offset : count), cuts[index].line)
            }
        }
    }

    /// One pass over the bytes (the delimiter, quotes and line breaks are ASCII, so no byte of
    /// a multi-byte character is taken for one): the quote state, line numbers, and up to
    /// `pieces - 1` row boundaries spread evenly, each right after a line feed outside quotes —
    /// none when the quoting is irregular anywhere (see below), so that a cut is always where
    /// CSV.swift itself ends a row.
    static func scan(_ text: String, delimiter: UnicodeScalar, pieces: Int) -> Scan {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { scan($0, delimiter: delimiter, pieces: pieces) }
            ?? Array(text.utf8).withUnsafeBufferPointer { scan($0, delimiter: delimiter, pieces: pieces) }
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UnicodeScalar, pieces: Int) -> Scan {
        if let scan = quickScan(bytes, pieces: pieces) { return scan }
        return fullScan(bytes, delimiter: delimiter, pieces: pieces)
    }

    /// The scan of a file without a quote or a carriage return (the usual large export), in
    /// loops the compiler turns into vector instructions: such a file is regular, every line
    /// feed ends a row, and a row's line is one more than the line feeds before it. `nil` for
    /// any other file. Gives what `fullScan` gives.
    static func quickScan(_ bytes: UnsafeBufferPointer<UInt8>, pieces: Int) -> Scan? {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let count = bytes.count
        // In blocks, so that a quote early on ends the look.
        for start in stride(from: 0, to: count, by: 1 << 16) {
            var found: UInt8 = 0
            for byte in UnsafeBufferPointer(rebasing: bytes[start ..< min(count, start + 1 << 16)]) {
                found |= (byte == quote ? 1 : 0) | (byte == cr ? 1 : 0)
            }
            if found != 0 { return nil }
        }
        var result = Scan()
        var lines = 1
        var from = 0
        // As `fullScan`: the first line feed at or after each mark (count / pieces × k, counted
        // in bytes after the line feed) that is not the last byte.
        while result.cuts.count < pieces {
            let mark = count / pieces * result.cuts.count
            guard let feed = UnsafeBufferPointer(rebasing: bytes[max(from, mark - 1) ..< count]).firstIndex(of: lf) else { break }
            let cut = max(from, mark - 1) + feed + 1
            guard cut < count else { break }
            for byte in UnsafeBufferPointer(rebasing: bytes[from ..< cut]) { lines &+= byte == lf ? 1 : 0 }
            result.cuts.append((cut, lines))
            from = cut
        }
        return result
    }

    static func fullScan(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UnicodeScalar, pieces: Int) -> Scan {
        enum State { case cellStart, unquoted, quoted, quoteInQuoted }
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let separator = delimiter.isASCII ? UInt8(delimiter.value) : lf
        var result = Scan()
        let count = bytes.count
        var nextCut = pieces > 1 ? count / pieces : Int.max
        var state = State.cellStart
        var line = 1
        var openedOn = 1
        var previous: UInt8 = 0
        var offset = 0
        var irregular = false
        for byte in bytes {
            let isBreak = byte == cr || (byte == lf && previous != cr)
            let endsCell = byte == separator || byte == cr || byte == lf
            switch state {
            case .cellStart:
                if byte == quote {
                    state = .quoted
                    openedOn = line
                } else if !endsCell {
                    state = .unquoted
                }
            case .unquoted:
                if endsCell { state = .cellStart } else if byte == quote { irregular = true }
            case .quoted:
                if byte == quote { state = .quoteInQuoted }
            case .quoteInQuoted:
                if byte != quote && !endsCell { irregular = true }
                state = byte == quote ? .quoted : (endsCell ? .cellStart : .unquoted)
            }
            if isBreak { line += 1 }
            offset += 1
            if offset >= nextCut, byte == lf, state == .cellStart, offset < count {
                result.cuts.append((offset, line))
                nextCut = result.cuts.count < pieces ? count / pieces * result.cuts.count : Int.max
            }
            previous = byte
        }
        if state == .quoted { result.unclosedQuoteLine = openedOn }
        // A quote inside an unquoted cell, or text after a closing quote: parsers differ on
        // where such a row ends (CSV.swift reads on as quoted), so the file is not cut.
        if irregular { result.cuts = [(0, 1)] }
        result.regular = !irregular
        return result
    }
}

extension String {
    /// The text of a range of its UTF-8 bytes that begins and ends between characters; the text
    /// itself when the range is all of it.
    func piece(_ bytes: Range<Int>) -> String {
        let utf8 = self.utf8
        guard bytes != 0 ..< utf8.count else { return self }
        return String(self[utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound) ..< utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)])
    }
}
