import LandscapeCore

/// The package parts of a written workbook that do not depend on the cells: content types,
/// relationships, the workbook with its sheet names, the application's name.
enum PackageXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeDocument = "application/vnd.openxmlformats-officedocument"

    static func contentTypes(sheets: Int) -> String {
        var out = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out += override("/xl/workbook.xml", "\(officeDocument).spreadsheetml.sheet.main+xml")
        for index in 0..<sheets {
            out += override("/xl/worksheets/sheet\(index + 1).xml", "\(officeDocument).spreadsheetml.worksheet+xml")
        }
        out += override("/xl/styles.xml", "\(officeDocument).spreadsheetml.styles+xml")
        out += override("/xl/sharedStrings.xml", "\(officeDocument).spreadsheetml.sharedStrings+xml")
        out += override("/docProps/app.xml", "\(officeDocument).extended-properties+xml")
        return out + "</Types>"
    }

    static func override(_ part: String, _ type: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>"
    }

    static let rootRelationships = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        + relationship("rId1", "officeDocument", "xl/workbook.xml")
        + relationship("rId2", "extended-properties", "docProps/app.xml")
        + "</Relationships>"

    static func relationship(_ id: String, _ type: String, _ target: String) -> String {
        "<Relationship Id=\"\(id)\" Type=\"\(relationships)/\(type)\" Target=\"\(target)\"/>"
    }

    static let application = declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>landscape</Application></Properties>"

    /// The workbook: its sheets by name, `rId1` … in order.
    static func workbook(_ names: [String]) -> String {
        var out = declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        out += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            out += "<sheet name=\"\(XMLText.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return out + "</sheets></workbook>"
    }

    static func workbookRelationships(sheets: Int) -> String {
        var out = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        for index in 0..<sheets { out += relationship("rId\(index + 1)", "worksheet", "worksheets/sheet\(index + 1).xml") }
        out += relationship("rId\(sheets + 1)", "styles", "styles.xml")
        out += relationship("rId\(sheets + 2)", "sharedStrings", "sharedStrings.xml")
        return out + "</Relationships>"
    }
}

/// The cell styles of a written workbook: a bold header, the three precisions of a date, and
/// numbers with one to six decimals.
enum SheetStyle {
    static let header = 1
    static let dateFormats = ["yyyy-mm-dd", "yyyy-mm", "yyyy"]
    static let maxPlaces = 6

    /// The style of a date shown at its precision.
    static func date(_ date: PartialDate) -> Int {
        2 + (date.day != nil ? 0 : date.month != nil ? 1 : 2)
    }

    /// The style of a number with `places` decimals (0: the default, which shows whole numbers as they are).
    static func number(places: Int?) -> Int {
        guard let places, places > 0 else { return 0 }
        return 2 + dateFormats.count + min(places, maxPlaces) - 1
    }

    static let stylesheet: String = {
        let formats = dateFormats + (1...maxPlaces).map { "0." + String(repeating: "0", count: $0) }
        var out = PackageXML.declaration + "<styleSheet xmlns=\"\(PackageXML.main)\">"
        out += "<numFmts count=\"\(formats.count)\">"
        for (index, code) in formats.enumerated() { out += "<numFmt numFmtId=\"\(164 + index)\" formatCode=\"\(code)\"/>" }
        out += "</numFmts>"
        out += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        out += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        out += "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        out += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        out += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        out += "<cellXfs count=\"\(2 + formats.count)\">"
        out += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        out += "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        for index in formats.indices {
            out += "<xf numFmtId=\"\(164 + index)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        out += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return out + "</styleSheet>"
    }()
}

/// A worksheet part: the frozen header, the column widths, the cells.
enum SheetXML {
    /// Column widths in characters, within these limits.
    static let widths = 6...60

    static func sheet(_ sheet: Worksheet, strings: inout SharedStrings) -> String {
        let rows = sheet.rows.prefix(Workbook.maxRows - 1)
        let columns = max(sheet.header.count, rows.map(\.count).max() ?? 0)
        var out = PackageXML.declaration + "<worksheet xmlns=\"\(PackageXML.main)\" xmlns:r=\"\(PackageXML.relationships)\">"
        if columns > 0 { out += "<dimension ref=\"A1:\(ExcelValues.columnName(columns))\(rows.count + 1)\"/>" }
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        out += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if columns > 0 {
            out += "<cols>"
            for (index, width) in Self.columnWidths(sheet.header, rows, columns: columns).enumerated() {
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        out += row(1, sheet.header.map { $0.isEmpty ? .empty : .text($0) }, style: SheetStyle.header, strings: &strings)
        for (index, cells) in rows.enumerated() { out += row(index + 2, cells, style: nil, strings: &strings) }
        return out + "</sheetData></worksheet>"
    }

    /// One `<row>`; `style` overrides the cells' own (the header).
    static func row(_ number: Int, _ cells: [SheetCell], style: Int?, strings: inout SharedStrings) -> String {
        var out = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            out += Self.cell(cell, at: "\(ExcelValues.columnName(index + 1))\(number)", style: style, strings: &strings)
        }
        return out + "</row>"
    }

    static func cell(_ cell: SheetCell, at reference: String, style: Int?, strings: inout SharedStrings) -> String {
        func tag(_ type: String?, _ own: Int, _ value: String) -> String {
            let s = style ?? own
            return "<c r=\"\(reference)\"" + (s == 0 ? "" : " s=\"\(s)\"") + (type.map { " t=\"\($0)\"" } ?? "") + "><v>\(value)</v></c>"
        }
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            return tag("s", 0, String(strings.number(of: cut(text))))
        case .number(let value, let places):
            guard value.isFinite else { return "" }
            return tag(nil, SheetStyle.number(places: places), Spelling.number(value))
        case .boolean(let value):
            return tag("b", 0, value ? "1" : "0")
        case .date(let date):
            guard let serial = ExcelValues.serial(of: date) else { return tag("s", 0, String(strings.number(of: date.description))) }
            return tag(nil, SheetStyle.date(date), String(serial))
        }
    }

    /// The text within Excel's limit, cut at a character boundary.
    static func cut(_ text: String) -> String {
        guard text.utf16.count > Workbook.maxCellCharacters else { return text }
        var count = 0
        var end = text.startIndex
        for index in text.indices {
            let next = count + text[index].utf16.count
            if next > Workbook.maxCellCharacters { break }
            count = next
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// Each column as wide as its widest cell as shown (the longest line of a text), plus a
    /// margin, within `widths`.
    static func columnWidths(_ header: [String], _ rows: ArraySlice<[SheetCell]>, columns: Int) -> [Int] {
        var widest = header.map { $0.count + 2 } + Array(repeating: 0, count: max(0, columns - header.count))
        for row in rows {
            for (index, cell) in row.enumerated() { widest[index] = max(widest[index], shownWidth(cell)) }
        }
        return widest.map { min(max($0 + 2, widths.lowerBound), widths.upperBound) }
    }

    static func shownWidth(_ cell: SheetCell) -> Int {
        switch cell {
        case .empty: 0
        case .text(let text): text.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
        case .number(let value, let places): (places.map { NumberText.decimal(value, places: $0) } ?? Spelling.number(value)).count
        case .boolean: 5
        case .date(let date): date.description.count
        }
    }
}
