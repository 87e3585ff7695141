import Foundation
import LandscapeCore
import ZIPFoundation

/// One cell of a written worksheet, typed as Excel stores it.
public enum SheetCell: Sendable, Hashable {
    /// No cell.
    case empty
    /// A text (a shared string).
    case text(String)
    /// A number, shown with `places` decimals (`nil`: as Excel shows a number by default); the
    /// cell holds the full value. A number that is not finite is left empty.
    case number(Double, places: Int? = nil)
    case boolean(Bool)
    /// A date cell shown as precisely as the date is: `yyyy-mm-dd`, `yyyy-mm` or `yyyy`.
    /// Before 1 March 1900 (where Excel's day numbers are wrong), a text.
    case date(PartialDate)
}

/// One sheet of a written workbook: a bold header row, frozen, and the rows below it.
public struct Worksheet: Sendable {
    public var name: String
    public var header: [String]
    public var rows: [[SheetCell]]

    public init(name: String, header: [String], rows: [[SheetCell]] = []) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

/// An Excel workbook (.xlsx, Office Open XML SpreadsheetML, ECMA-376) written by hand: the XML
/// parts made here, escaped, and zipped with ZIPFoundation. Texts are shared strings, numbers
/// numbers (decimals shown as asked), booleans booleans and dates date cells; each sheet's
/// header row is bold and frozen, and its columns are as wide as their longest cell (within
/// limits). Sheet names are made valid for Excel (at most 31 characters, none of `[]:*?/\`,
/// unique). The same sheets give the same bytes: every part is dated 1980-01-01.
///
/// - Complexity: O(C + S) time and space for C cells and S characters of text.
public struct Workbook: Sendable {
    public var sheets: [Worksheet]

    public init(sheets: [Worksheet]) {
        self.sheets = sheets
    }

    /// The most characters a cell holds (Excel's limit, in UTF-16 code units).
    public static let maxCellCharacters = 32_767
    /// The most rows a sheet holds, the header row included.
    public static let maxRows = ExcelValues.maxRow

    /// The workbook's bytes. Rows past Excel's last row are left out, texts are cut at Excel's
    /// limit (a writer that must not lose them checks first: `maxRows`, `maxCellCharacters`).
    ///
    /// - Throws: only when ZIPFoundation cannot pack the parts in memory.
    public func data() throws -> Data {
        var strings = SharedStrings()
        let names = Self.sheetNames(sheets.map(\.name))
        var parts: [(String, String)] = []
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", SheetXML.sheet(sheet, strings: &strings)))
        }
        parts = [
            ("[Content_Types].xml", PackageXML.contentTypes(sheets: sheets.count)),
            ("_rels/.rels", PackageXML.rootRelationships),
            ("docProps/app.xml", PackageXML.application),
            ("xl/workbook.xml", PackageXML.workbook(names)),
            ("xl/_rels/workbook.xml.rels", PackageXML.workbookRelationships(sheets: sheets.count)),
            ("xl/styles.xml", SheetStyle.stylesheet),
        ] + parts + [("xl/sharedStrings.xml", strings.xml)]
        return try Self.zip(parts)
    }

    /// Names Excel accepts: without `[]:*?/\`, not blank, at most 31 characters, unique
    /// ignoring letter case (a repeated name gets ` (2)`).
    static func sheetNames(_ wanted: [String]) -> [String] {
        var taken: Set<String> = []
        return wanted.enumerated().map { index, name in
            var base = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }).trimmingSpaces
            if base.isEmpty || base.hasPrefix("'") { base = "Sheet\(index + 1)" }
            var candidate = String(base.prefix(31))
            var number = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = String(base.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }

    /// The parts zipped (deflated) in the order given, each dated 1980-01-01 00:00 UTC.
    static func zip(_ parts: [(name: String, xml: String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let date = Date(timeIntervalSince1970: 315_532_800)
        for (name, xml) in parts {
            let bytes = Data(xml.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
        return data
    }
}

/// The shared strings of a workbook, numbered in the order they are first used.
struct SharedStrings {
    private var numbers: [String: Int] = [:]
    private var texts: [String] = []
    private var uses = 0

    /// The number of `text`, added when new.
    mutating func number(of text: String) -> Int {
        uses += 1
        if let number = numbers[text] { return number }
        numbers[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    var xml: String {
        var out = PackageXML.declaration
        out += "<sst xmlns=\"\(PackageXML.main)\" count=\"\(uses)\" uniqueCount=\"\(texts.count)\">"
        for text in texts { out += "<si><t xml:space=\"preserve\">\(SheetText.escaped(text))</t></si>" }
        return out + "</sst>"
    }
}
