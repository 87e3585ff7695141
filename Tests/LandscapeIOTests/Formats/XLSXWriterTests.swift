import Foundation
import LandscapeCore
import Testing
@testable import LandscapeIO

/// The workbook writer beyond the conformance suite: texts Excel escapes, typed cells, sheet
/// names, the landscape sheet in German, and what a workbook cannot hold.
@Suite("Excel workbooks written")
struct XLSXWriterTests {
    @Test("Texts with characters XML cannot hold and with '_xHHHH_' read back unchanged", arguments: [
        "plain", "a_b", "_x0041_", "_x005F_", "_x00", "end_", "Tab\tand\r\nbreaks", "ctrl\u{1}\u{1F}", "\u{FFFE}", "__x0041__", "Café 🌍",
    ])
    func sheetText(text: String) {
        let escaped = SheetText.escaped(text)
        #expect(!escaped.unicodeScalars.contains { !XMLText.isAllowed($0) })
        #expect(SheetText.decoded(escaped.replacingOccurrences(of: "&#10;", with: "\n").replacingOccurrences(of: "&#13;", with: "\r")
            .replacingOccurrences(of: "&#9;", with: "\t").replacingOccurrences(of: "&amp;", with: "&")) == text)
    }

    @Test("Sheet names Excel accepts: no []:*?/\\, at most 31 characters, unique ignoring case")
    func sheetNames() {
        #expect(Workbook.sheetNames(["actors", "Actors", "a/b", String(repeating: "x", count: 40), " ", "'quoted"])
            == ["actors", "Actors (2)", "a_b", String(repeating: "x", count: 31), "Sheet5", "Sheet6"])
    }

    @Test("Column letters and day numbers as Excel counts them")
    func excelValues() throws {
        #expect([1, 26, 27, 28, 702, 703, 16_384].map(ExcelValues.columnName) == ["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"])
        for number in [1, 26, 27, 702, 703, 16_384] { #expect(ExcelValues.column(of: ExcelValues.columnName(number)) == number) }
        let day = try #require(PartialDate(parsing: "2019-08-29"))
        #expect(ExcelValues.serial(of: day) == 43_706)
        #expect(ExcelValues.serial(of: try #require(PartialDate(parsing: "1900-02-28"))) == nil)
        let back = ExcelValues.date(serial: 43_706, date1904: false, precision: .day)
        #expect(back == day)
    }

    /// Writes `sheets` to a temporary workbook and reads it as a landscape.
    static func read(_ sheets: [Worksheet]) throws -> (draft: LandscapeDraft?, messages: [String]) {
        let folder = try FormatSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("book.xlsx").path
        try Workbook(sheets: sheets).data().write(to: URL(fileURLWithPath: path))
        var diagnostics: [Diagnostic] = []
        let draft = XLSXReader().read(path: path, diagnostics: &diagnostics)
        return (draft, diagnostics.map { $0.english.replacingOccurrences(of: path, with: "book.xlsx") })
    }

    @Test("A German workbook: Akteure, Landschaft with Feld/Wert and a month as a date cell; a list cell with a comma is warned about at its cell")
    func germanWorkbook() throws {
        let month = try #require(PartialDate(parsing: "2019-08"))
        let (draft, messages) = try Self.read([
            Worksheet(name: "Akteure", header: ["id", "Name", "Art", "Kommune", "Bildungsbereich", "Themen"], rows: [
                [.text("vhs"), .text("Volkshochschule"), .text("Volkshochschule"), .empty, .empty, .text("Sprache, Integration")],
            ]),
            Worksheet(name: "Beziehungen", header: ["Von", "An"]),
            Worksheet(name: "Landschaft", header: ["Feld", "Wert"], rows: [
                [.text("Titel"), .text("Bildungslandschaft")], [.text("Stand"), .date(month)], [.text("Bedarf"), .text("Sprachförderung")],
            ]),
        ])
        #expect(messages == ["book.xlsx[Akteure]:2:6: warning: »Sprache, Integration« is one topic; separate topics with |"])
        #expect(draft?.title?.value == "Bildungslandschaft")
        #expect(draft?.asOf?.value == "2019-08")
        #expect(draft?.asOf?.location.line == 3 && draft?.asOf?.location.column == 2)
        #expect(draft?.needs.map(\.value) == ["Sprachförderung"])
    }

    @Test("Numbers, booleans and dates are typed cells; the header is bold and frozen")
    func typedCells() throws {
        let landscape = Landscape(actors: [Actor(id: "a", name: "A", kind: .office, period: ActivePeriod(since: PartialDate(year: 2016))),
                                           Actor(id: "a2", name: "B", kind: .office)],
                                  ties: [Tie(from: "a", to: "a2", kind: .cooperation, weight: 2.5)])
        guard case .file(let data) = XLSXWriter().write(landscape).output else {
            Issue.record("a workbook is one file")
            return
        }
        let folder = try FormatSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("w.xlsx").path
        try data.write(to: URL(fileURLWithPath: path))
        let package = try XLSXPackage(path: path)
        let ties = String(decoding: try #require(try package.part("xl/worksheets/sheet2.xml")), as: UTF8.self)
        #expect(ties.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(ties.contains("<c r=\"D2\"><v>2.5</v></c>"))
        #expect(ties.contains("<c r=\"G2\" t=\"b\"><v>0</v></c>"))
        #expect(ties.contains("<c r=\"A1\" s=\"1\" t=\"s\">"))
        let actors = String(decoding: try #require(try package.part("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(actors.contains("<c r=\"I2\" s=\"4\"><v>42370</v></c>"), "2016 as a date cell shown as a year")
        #expect(actors.contains("<col min=\"2\" max=\"2\" width=\"8\" customWidth=\"1\"/>"))
    }

    @Test("A text longer than a cell holds is cut, and said")
    func longText() throws {
        var actor = Actor(id: "a", name: "A", kind: .office)
        actor.note = String(repeating: "ä", count: 40_000)
        let result = XLSXWriter().write(Landscape(actors: [actor], ties: []))
        #expect(result.losses.map(\.english) == ["a text is longer than the 32,767 characters a cell holds in Excel (e.g. '\(String(repeating: "ä", count: 40))…'); it is cut there"])
    }
}
