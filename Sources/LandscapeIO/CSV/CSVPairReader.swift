import Foundation
import LandscapeCore

/// Reads the CSV pair: a folder with `actors.csv` and `ties.csv` (see `docs/format.md`).
/// The path may name the folder or either file of the pair.
public struct CSVPairReader: LandscapeReader {
    public init() {}

    /// The files a CSV folder may hold, by their lower-case names: the pair and the landscape sheet.
    static let memberNames = ["actors.csv", "ties.csv", LandscapeSheet.fileName]

    /// The folder of the pair for a path naming the folder or one of its files.
    static func folder(for path: String) -> String {
        let name = (path as NSString).lastPathComponent.lowercased()
        if memberNames.contains(name) {
            let parent = (path as NSString).deletingLastPathComponent
            return parent.isEmpty ? "." : parent
        }
        return path
    }

    public func read(path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        let folder = Self.folder(for: path)
        guard let actorsPath = Self.member("actors.csv", of: folder) else {
            diagnostics.append(.error(.table(.noActorsFile), at: SourceLocation(file: path)))
            return nil
        }
        let tiesPath = Self.member("ties.csv", of: folder)
        let sheetPath = Self.member(LandscapeSheet.fileName, of: folder)
        let paths = [actorsPath] + [tiesPath, sheetPath].compactMap { $0 }
        var perFile = Self.tables(paths)
        var draft = LandscapeDraft(file: actorsPath)
        // Warnings about list cells name the cell's column, unlike the other CSV messages.
        var listWarnings: [Diagnostic] = []
        if let table = perFile[0].table {
            draft.actors = records(table, file: actorsPath, columns: CSVColumns.actorColumns, required: [.name: "name", .kind: "kind"],
                                   diagnostics: &perFile[0].diagnostics, listWarnings: &listWarnings)
        }
        if let tiesPath, let table = perFile[1].table {
            draft.ties = records(table, file: tiesPath, columns: CSVColumns.tieColumns, required: [.from: "from", .to: "to"],
                                 diagnostics: &perFile[1].diagnostics, listWarnings: &listWarnings)
        }
        if let sheetPath, let last = perFile.indices.last, let table = perFile[last].table {
            Self.readSheet(table, file: sheetPath, into: &draft, diagnostics: &perFile[last].diagnostics)
        }
        var mainDiagnostics = perFile.flatMap(\.diagnostics)
        if tiesPath == nil {
            mainDiagnostics.append(.warning(.table(.noTiesFile), at: SourceLocation(file: folder)))
        }
        diagnostics += mainDiagnostics.map(Self.withoutColumns) + listWarnings
        return draft
    }

    /// The files parsed, each with its diagnostics: all at once, decoding and the quote scan
    /// one file per core, then every piece of every file on all cores.
    static func tables(_ paths: [String]) -> [(table: CSVTable?, diagnostics: [Diagnostic])] {
        let staged = concurrentMap(paths) { path -> (staged: CSVTable.Staged?, diagnostics: [Diagnostic]) in
            var diagnostics: [Diagnostic] = []
            let staged = FileInput.text(of: path, diagnostics: &diagnostics).flatMap { CSVTable.stage($0.text, file: path, diagnostics: &diagnostics) }
            return (staged, diagnostics)
        }
        var tables = CSVTable.read(staged.compactMap(\.staged)).makeIterator()
        return staged.map { file in
            guard file.staged != nil, let (table, more) = tables.next() else { return (nil, file.diagnostics) }
            return (table, file.diagnostics + more)
        }
    }

    /// `landscape.csv`: the title, language, as_of and needs (`LandscapeSheet`), located by line.
    static func readSheet(_ table: CSVTable, file: String, into draft: inout LandscapeDraft, diagnostics: inout [Diagnostic]) {
        let rows = [LandscapeSheet.Row(line: table.headerLine, cells: table.header.map(SpreadsheetText.unguarded))]
            + table.rows.map { LandscapeSheet.Row(line: $0.line, cells: $0.cells.map(SpreadsheetText.unguarded)) }
        LandscapeSheet.read(rows, into: &draft, diagnostics: &diagnostics) { line, _ in SourceLocation(file: file, line: line) }
    }

    /// CSV messages name the line only: `PATH:LINE: error: …`.
    static func withoutColumns(_ diagnostic: Diagnostic) -> Diagnostic {
        var diagnostic = diagnostic
        diagnostic.location.column = nil
        return diagnostic
    }

    /// The path of `name` in `folder`, matched ignoring letter case (Excel on Windows saves `Actors.CSV`).
    static func member(_ name: String, of folder: String) -> String? {
        let direct = (folder as NSString).appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: direct) { return direct }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return entries.sorted().first { $0.lowercased() == name }.map { (folder as NSString).appendingPathComponent($0) }
    }

    /// The rows of a table as records; a list cell that looks like several items separated by
    /// `,` or `;` is warned about in `listWarnings` (`ListCells`), at its line and column.
    func records<Field>(
        _ table: CSVTable, file: String, columns: [Field: [String]], required: [Field: String],
        diagnostics: inout [Diagnostic], listWarnings: inout [Diagnostic]
    ) -> [RecordDraft<Field>] where Field: DraftField {
        let headerLocation = SourceLocation(file: file, line: 1)
        let fieldOfColumn = Self.fields(ofHeader: table.header, columns: columns, at: headerLocation, diagnostics: &diagnostics)
        let taken = Set(fieldOfColumn.compactMap { $0 })
        let missing = required.sorted(by: { $0.value < $1.value }).filter { !taken.contains($0.key) }
        for (_, name) in missing {
            diagnostics.append(.error(.table(.missingColumn(name, headers: table.header, delimiter: table.delimiter)), at: headerLocation))
        }
        // Without a required column every row would repeat the same error: read none.
        guard missing.isEmpty else { return [] }
        let columns = DraftColumns(slotOfColumn: fieldOfColumn.map { $0?.slot },
                                   extraColumns: Self.extraColumns(table.header, fields: fieldOfColumn, columns: columns))
        let listColumns = fieldOfColumn.indices.compactMap { column in fieldOfColumn[column].flatMap { $0.isList ? (column, $0) : nil } }
        // Rows become records block by block on all cores, each block with its own copy of the
        // file's name: one string shared by a million records is one reference count that both
        // cores increment and decrement all the time while the records are validated in parallel.
        let shape = RowShape(fieldCount: fieldOfColumn.count, delimiter: table.delimiter, columns: columns, listColumns: listColumns)
        let pieces = table.pieces
        let (blocks, total) = Self.blocks(of: pieces)
        // Each block writes its records straight into the one array, at its rows' offset; the
        // gaps of rows that gave no record are closed by moving. So the records are never
        // copied (which retained and released three references per record on one core).
        return [RecordDraft<Field>](unsafeUninitializedCapacity: total) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            let target = SendablePointer(base)
            let outputs = concurrentMap(Array(blocks.indices)) { block in
                let (piece, start, offset) = blocks[block]
                let rows = pieces[piece][start ..< min(pieces[piece].count, start + Self.blockLength)]
                return Self.records(rows, file: file, shape: shape, into: target.pointer + offset)
            }
            for (block, output) in outputs.enumerated() {
                if blocks[block].offset != count { (base + count).moveInitialize(from: base + blocks[block].offset, count: output.count) }
                count += output.count
                diagnostics += output.diagnostics
                listWarnings += output.listWarnings
            }
        }
    }

    /// Rows per block made into records on one core.
    static let blockLength = 4_096

    /// The blocks of a table's rows — each its piece, its first row in the piece and that row's
    /// offset among all rows —, and the number of rows.
    static func blocks(of pieces: [[CSVTable.Row]]) -> (blocks: [(piece: Int, start: Int, offset: Int)], rows: Int) {
        var blocks: [(piece: Int, start: Int, offset: Int)] = []
        var total = 0
        for piece in pieces.indices {
            for start in stride(from: 0, to: pieces[piece].count, by: blockLength) { blocks.append((piece, start, total + start)) }
            total += pieces[piece].count
        }
        return (blocks, total)
    }

    /// What every row of a table is read against: the header's columns and fields.
    struct RowShape<Field: DraftField>: Sendable {
        var fieldCount: Int
        var delimiter: Character
        var columns: DraftColumns
        var listColumns: [(Int, Field)]
    }

    /// The records of a block of rows, written from `target` on (how many: `count`), with
    /// their diagnostics and list warnings in row order.
    static func records<Field>(
        _ rows: ArraySlice<CSVTable.Row>, file: String, shape: RowShape<Field>, into target: UnsafeMutablePointer<RecordDraft<Field>>
    ) -> (count: Int, diagnostics: [Diagnostic], listWarnings: [Diagnostic]) {
        var count = 0
        var diagnostics: [Diagnostic] = []
        var listWarnings: [Diagnostic] = []
        let blockFile = String(decoding: Array(file.utf8), as: UTF8.self)
        for row in rows {
            let location = SourceLocation(file: blockFile, line: row.line)
            if shape.fieldCount > 1, row.cells.count == 1, let other = Self.otherDelimiter(in: row.cells[0], than: shape.delimiter) {
                // One cell where the header has several: the line was written with another
                // delimiter (a row pasted from another export). Reading it would give an actor
                // whose id is the whole line.
                diagnostics.append(.error(.table(.mixedDelimiters(line: other, header: shape.delimiter)), at: location))
                continue
            }
            var cells = row.cells
            if cells.count > shape.fieldCount {
                let extra = cells[shape.fieldCount...].filter { !$0.isBlank }
                if !extra.isEmpty {
                    diagnostics.append(.warning(.table(.extraCells(Array(extra))), at: location))
                }
                cells.removeSubrange(shape.fieldCount...)
            }
            for index in cells.indices where cells[index].utf8.first == UInt8(ascii: "'") {
                cells[index] = SpreadsheetText.unguarded(cells[index])
            }
            for (column, field) in shape.listColumns where column < cells.count {
                if let warning = ListCells.warning(cells[column], field: field, at: SourceLocation(file: blockFile, line: row.line, column: column + 1)) {
                    listWarnings.append(warning)
                }
            }
            (target + count).initialize(to: RecordDraft(at: location, cells: cells, columns: shape.columns))
            count += 1
        }
        return (count, diagnostics, listWarnings)
    }

    /// The field of each column of the header line, `nil` for an empty, unknown or repeated one
    /// (warned about).
    static func fields<Field>(
        ofHeader header: [String], columns: [Field: [String]], at headerLocation: SourceLocation,
        diagnostics: inout [Diagnostic]
    ) -> [Field?] where Field: DraftField {
        var fieldOfColumn: [Field?] = []
        var taken: Set<Field> = []
        for header in header {
            guard !header.isEmpty else { fieldOfColumn.append(nil); continue }
            guard let field = CSVColumns.field(for: header, in: columns) else {
                diagnostics.append(.warning(.table(.unknownColumn(header)), at: headerLocation))
                fieldOfColumn.append(nil)
                continue
            }
            if taken.contains(field) {
                diagnostics.append(.warning(.table(.repeatedColumn(header, field: field.rawValue)), at: headerLocation))
                fieldOfColumn.append(nil)
            } else {
                taken.insert(field)
                fieldOfColumn.append(field)
            }
        }
        return fieldOfColumn
    }

    /// The columns of fields the format does not know (warned about once, kept on every row):
    /// a header that names no field, the first of each name.
    static func extraColumns<Field>(_ header: [String], fields: [Field?], columns: [Field: [String]]) -> [(name: String, column: Int)] {
        var seen: Set<String> = []
        return header.indices.compactMap { column in
            let name = header[column].trimmingSpaces
            guard fields[column] == nil, !name.isEmpty, CSVColumns.field(for: name, in: columns) == nil,
                  seen.insert(name).inserted else { return nil }
            return (name, column)
        }
    }

    /// A delimiter other than `delimiter` that the text holds, if any.
    static func otherDelimiter(in text: String, than delimiter: Character) -> Character? {
        [";", ",", "\t"].first { $0 != delimiter && text.contains($0) }
    }
}

/// A pointer handed to the threads that write through it, each to places of its own.
struct SendablePointer<Pointee>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Pointee>

    init(_ pointer: UnsafeMutablePointer<Pointee>) {
        self.pointer = pointer
    }
}
