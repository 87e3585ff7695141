import Foundation
import LandscapeCore

/// Reads an Excel workbook (.xlsx): a sheet `actors` and a sheet `ties` (or Kumu's
/// `Elements` and `Connections`; German `Akteure` and `Beziehungen` too), each with column
/// names in its first row as in the CSV pair, and optionally a sheet `landscape` (German
/// `Landschaft`) with the title, language, as_of and needs (`LandscapeSheet`). Cells are read as Excel stores them: shared and
/// inline strings, numbers (`2`, `2.5`), booleans, and dates — numbers in a date format,
/// turned into `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when the format shows no day or month).
/// Problems name the sheet, row and column: `book.xlsx[actors]:3:2` is cell B3.
///
/// The workbook is unpacked with ZIPFoundation under size limits (`XLSXPackage`), and its
/// XML read like every XML format here (no entities).
///
/// - Complexity: O(n) time and space for n bytes of unpacked sheet XML.
public struct XLSXReader: LandscapeReader {
    public init() {}

    static let actorSheets = ["actors", "akteure", "elements", "elemente"]
    static let tieSheets = ["ties", "beziehungen", "connections", "verbindungen"]

    public func read(path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            _ = FileInput.bytes(of: path, diagnostics: &diagnostics)
            return nil
        }
        let fileLocation = SourceLocation(file: path)
        do {
            let package = try XLSXPackage(path: path)
            var workbook = WorkbookReading(package: package)
            return try workbook.draft(diagnostics: &diagnostics)
        } catch {
            if case .problem(let problem) = error { diagnostics.append(.error(.workbook(problem), at: fileLocation)) }
            return nil
        }
    }
}

/// One workbook being read.
private struct WorkbookReading {
    let package: XLSXPackage
    var sharedStrings: [String] = []
    /// Number format of each cell style (`s`), and the date precision it implies.
    var datePrecisions: [ExcelValues.DatePrecision?] = []
    var date1904 = false

    init(package: XLSXPackage) {
        self.package = package
    }

    var path: String { package.path }

    /// An XML part parsed; parse errors name the part inside the workbook.
    func xml(_ part: String, required: Bool, diagnostics: inout [Diagnostic]) throws(XLSXPackage.Failure) -> XMLTreeElement? {
        guard let bytes = try package.part(part) else {
            if required { throw .problem(.missingPart(part)) }
            return nil
        }
        return XMLTree.parse(bytes, file: "\(path)[\(part)]", diagnostics: &diagnostics)
    }

    mutating func draft(diagnostics: inout [Diagnostic]) throws(XLSXPackage.Failure) -> LandscapeDraft? {
        guard let workbook = try xml("xl/workbook.xml", required: true, diagnostics: &diagnostics) else { return nil }
        date1904 = ["1", "true"].contains(workbook.child("workbookPr")?.attributes["date1904"]?.lowercased() ?? "")
        var targets: [String: String] = [:]
        if let relations = try xml("xl/_rels/workbook.xml.rels", required: true, diagnostics: &diagnostics) {
            for relation in relations.children("Relationship") {
                guard let id = relation.attributes["Id"], let target = relation.attributes["Target"] else { continue }
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        let sheets: [(name: String, part: String)] = (workbook.child("sheets")?.children("sheet") ?? []).compactMap { sheet in
            guard let name = sheet.attributes["name"], let id = sheet.attributes["id"], let part = targets[id] else { return nil }
            return (name, part)
        }
        if let strings = try xml("xl/sharedStrings.xml", required: false, diagnostics: &diagnostics) {
            sharedStrings = strings.children("si").map(Self.text(ofString:))
        }
        if let styles = try xml("xl/styles.xml", required: false, diagnostics: &diagnostics) {
            var codes: [Int: String] = [:]
            for format in styles.child("numFmts")?.children("numFmt") ?? [] {
                if let id = format.attributes["numFmtId"].flatMap({ Int($0) }) { codes[id] = format.attributes["formatCode"] }
            }
            datePrecisions = (styles.child("cellXfs")?.children("xf") ?? []).map { xf in
                let id = xf.attributes["numFmtId"].flatMap { Int($0) } ?? 0
                return ExcelValues.datePrecision(formatID: id, code: codes[id])
            }
        }

        func find(_ names: [String]) -> (name: String, part: String)? {
            for wanted in names { if let sheet = sheets.first(where: { $0.name.trimmingSpaces.lowercased() == wanted }) { return sheet } }
            return nil
        }
        var draft = LandscapeDraft(file: path)
        guard let actorSheet = find(XLSXReader.actorSheets) else {
            diagnostics.append(.error(.workbook(.noActorsSheet(sheets: sheets.map(\.name))), at: SourceLocation(file: path)))
            return nil
        }
        if let rows = try cells(of: actorSheet, diagnostics: &diagnostics) {
            draft.actors = records(rows, sheet: actorSheet.name, required: [(.name, "name"), (.kind, "kind")], diagnostics: &diagnostics) {
                AttributeNames.actorField($0)
            }
        }
        if let tieSheet = find(XLSXReader.tieSheets) {
            if let rows = try cells(of: tieSheet, diagnostics: &diagnostics) {
                draft.ties = records(rows, sheet: tieSheet.name, required: [(.from, "from"), (.to, "to")], diagnostics: &diagnostics) {
                    AttributeNames.tieField($0)
                }
            }
        } else {
            diagnostics.append(.warning(.workbook(.noTiesSheet), at: SourceLocation(file: path)))
        }
        if let sheet = find(LandscapeSheet.sheetNames), let rows = try cells(of: sheet, diagnostics: &diagnostics) {
            readLandscapeSheet(rows, sheet: sheet.name, into: &draft, diagnostics: &diagnostics)
        }
        return draft
    }

    /// The sheet `landscape`: the title, language, as_of and needs (`LandscapeSheet`), located
    /// by row and column; a cell holding an Excel error is an error and read as empty.
    func readLandscapeSheet(_ rows: [Int: [Int: Cell]], sheet: String, into draft: inout LandscapeDraft, diagnostics: inout [Diagnostic]) {
        let file = "\(path)[\(sheet)]"
        let lines = rows.keys.sorted().compactMap { line -> LandscapeSheet.Row? in
            guard let cells = rows[line], let last = cells.keys.max() else { return nil }
            var texts = [String](repeating: "", count: last)
            for (column, cell) in cells {
                if cell.isError {
                    diagnostics.append(.error(.workbook(.cellError(cell.text)), at: SourceLocation(file: file, line: line, column: column)))
                } else {
                    texts[column - 1] = cell.text
                }
            }
            return texts.allSatisfy(\.isBlank) ? nil : LandscapeSheet.Row(line: line, cells: texts)
        }
        LandscapeSheet.read(lines, into: &draft, diagnostics: &diagnostics) { SourceLocation(file: file, line: $0, column: $1) }
    }

    /// A shared string: its text, or its rich-text runs joined (phonetic runs left out), with
    /// its `_xHHHH_` escapes decoded (`SheetText`).
    static func text(ofString item: XMLTreeElement) -> String {
        if let text = item.child("t") { return SheetText.decoded(text.text) }
        return SheetText.decoded(item.children("r").compactMap { $0.child("t")?.text }.joined())
    }

    /// One cell's value as text, or `nil` when empty.
    struct Cell {
        var text: String
        var isError: Bool
    }

    /// The cells of a sheet by row and column number.
    func cells(of sheet: (name: String, part: String), diagnostics: inout [Diagnostic]) throws(XLSXPackage.Failure) -> [Int: [Int: Cell]]? {
        guard let root = try xml(sheet.part, required: true, diagnostics: &diagnostics) else { return nil }
        var rows: [Int: [Int: Cell]] = [:]
        var nextRow = 1
        for row in root.child("sheetData")?.children("row") ?? [] {
            let rowNumber = row.attributes["r"].flatMap { Int($0) } ?? nextRow
            // Excel's rows are 1…1,048,576; a number outside would overflow `nextRow` or make
            // a nonsense line in messages.
            guard (1...ExcelValues.maxRow).contains(rowNumber) else {
                let number = row.attributes["r"] ?? String(rowNumber)
                diagnostics.append(.error(.workbook(.rowOutOfRange(row: number, last: ExcelValues.maxRow)), at: SourceLocation(file: "\(path)[\(sheet.name)]")))
                return nil
            }
            nextRow = rowNumber + 1
            var nextColumn = 1
            var cells: [Int: Cell] = [:]
            for cell in row.children("c") {
                let column = cell.attributes["r"].flatMap { ExcelValues.column(of: $0) } ?? nextColumn
                nextColumn = column + 1
                if let value = value(of: cell) { cells[column] = value }
            }
            if !cells.isEmpty { rows[rowNumber] = cells }
        }
        return rows
    }

    func value(of cell: XMLTreeElement) -> Cell? {
        let raw = cell.child("v")?.text
        switch cell.attributes["t"] ?? "n" {
        case "s":
            guard let index = raw.flatMap({ Int($0.trimmingSpaces) }), sharedStrings.indices.contains(index) else { return nil }
            return Cell(text: sharedStrings[index], isError: false)
        case "inlineStr":
            return cell.child("is").map { Cell(text: Self.text(ofString: $0), isError: false) }
        case "str":
            return raw.map { Cell(text: $0, isError: false) }
        case "b":
            return raw.map { Cell(text: $0.trimmingSpaces == "1" ? "true" : "false", isError: false) }
        case "e":
            return raw.map { Cell(text: $0, isError: true) }
        case "d":
            return raw.map { Cell(text: String($0.prefix { $0 != "T" }), isError: false) }
        default:
            guard let raw, let number = Double(raw.trimmingSpaces) else { return raw.map { Cell(text: $0, isError: false) } }
            let style = cell.attributes["s"].flatMap { Int($0) } ?? 0
            if datePrecisions.indices.contains(style), let precision = datePrecisions[style],
               let date = ExcelValues.date(serial: number, date1904: date1904, precision: precision) {
                return Cell(text: date.description, isError: false)
            }
            return Cell(text: Spelling.number(number), isError: false)
        }
    }

    /// The records of a sheet: the first row with any value names the columns.
    func records<Field: DraftField>(
        _ rows: [Int: [Int: Cell]], sheet: String, required: [(Field, String)], diagnostics: inout [Diagnostic],
        field: (String) -> Field?
    ) -> [RecordDraft<Field>] {
        let file = "\(path)[\(sheet)]"
        let numbers = rows.keys.sorted()
        guard let headerRow = numbers.first, let header = rows[headerRow] else { return [] }
        var fieldOfColumn: [Int: Field] = [:]
        var extraColumns: [Int: String] = [:]
        var taken: Set<Field> = []
        for column in header.keys.sorted() {
            let name = header[column]?.text.trimmingSpaces ?? ""
            guard !name.isEmpty else { continue }
            let location = SourceLocation(file: file, line: headerRow, column: column)
            guard let target = field(name) else {
                diagnostics.append(.warning(.table(.unknownColumn(name)), at: location))
                if !extraColumns.values.contains(name) { extraColumns[column] = name }
                continue
            }
            if taken.contains(target) {
                diagnostics.append(.warning(.table(.repeatedColumn(name, field: target.rawValue)), at: location))
                continue
            }
            taken.insert(target)
            fieldOfColumn[column] = target
        }
        let headers = header.keys.sorted().compactMap { header[$0]?.text }
        let missing = required.filter { !taken.contains($0.0) }
        for (_, name) in missing {
            diagnostics.append(.error(.table(.missingColumn(name, headers: headers, delimiter: nil)), at: SourceLocation(file: file, line: headerRow, column: 1)))
        }
        guard missing.isEmpty else { return [] }
        var records: [RecordDraft<Field>] = []
        for number in numbers.dropFirst() {
            guard let cells = rows[number], cells.values.contains(where: { !$0.text.trimmingSpaces.isEmpty }) else { continue }
            var record = RecordDraft<Field>(at: SourceLocation(file: file, line: number, column: cells.keys.min() ?? 1))
            for (column, cell) in cells.sorted(by: { $0.key < $1.key }) {
                let location = SourceLocation(file: file, line: number, column: column)
                if cell.isError {
                    diagnostics.append(.error(.workbook(.cellError(cell.text)), at: location))
                    continue
                }
                if let name = extraColumns[column], !cell.text.trimmingSpaces.isEmpty {
                    record.keepExtra(name, Located(.text(cell.text), at: location))
                }
                guard let target = fieldOfColumn[column], !cell.text.trimmingSpaces.isEmpty else { continue }
                let isList = (target as? ActorField)?.isList ?? false
                if isList, let warning = ListCells.warning(cell.text, field: target, at: location) { diagnostics.append(warning) }
                record[target] = AttributeNames.value(cell.text, isList: isList, at: location)
            }
            records.append(record)
        }
        return records
    }
}
