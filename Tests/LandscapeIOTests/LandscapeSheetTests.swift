import Foundation
import LandscapeCore
import Testing
@testable import LandscapeIO

@Suite("The landscape sheet (landscape.csv) and list cells of the tabular formats")
struct LandscapeSheetTests {
    static let windows1252 = "warning: the file is not UTF-8; it was read as Windows-1252 (what Excel writes by default); save it as UTF-8 (in Excel: 'CSV UTF-8') to be sure umlauts are right"

    /// What both German Excel folders hold.
    static func expectGerman(_ landscape: Landscape) {
        #expect(landscape.title == "Bildungslandschaft Weimar – Neuzugewanderte")
        #expect(landscape.language == .de)
        #expect(landscape.asOf == PartialDate(year: 2019, month: 8))
        #expect(landscape.needs == ["Sprachförderung", "Übergang Schule–Beruf"])
        #expect(landscape.actors.count == 4 && landscape.ties.count == 3)
        #expect(landscape.ties[1].weight == 2.5)
    }

    @Test("German Excel, Windows-1252: ';', CRLF, Feld/Wert, Titel, Sprache, Stand, one Bedarf row per need")
    func germanExcel() {
        let (result, messages) = Fixtures.load("csv/excel-de-landscape")
        #expect(messages == ["actors.csv", "ties.csv", "landscape.csv"].map { "csv/excel-de-landscape/\($0): \(Self.windows1252)" })
        Self.expectGerman(result.landscape)
    }

    @Test("German Excel, 'CSV UTF-8' (with byte-order mark): the same landscape, no warning")
    func germanExcelUTF8() {
        let (result, messages) = Fixtures.load("csv/excel-de-utf8/landscape.csv")
        #expect(messages == [])
        Self.expectGerman(result.landscape)
    }

    @Test("The CSV pair writes landscape.csv in the pair's delimiter and reads it back")
    func roundTrip() throws {
        let (original, _) = Fixtures.load("csv/excel-de-utf8")
        let written = CSVPairWriter().write(original.landscape)
        #expect(written.losses.isEmpty)
        guard case .folder(let files) = written.output else {
            Issue.record("the CSV pair is a folder")
            return
        }
        let sheet = try #require(files.first { $0.name == "landscape.csv" })
        #expect(String(decoding: sheet.data, as: UTF8.self) == "\u{FEFF}field;value\r\ntitle;Bildungslandschaft Weimar – Neuzugewanderte\r\nlanguage;de\r\nas_of;2019-08\r\nneeds;Sprachförderung\r\nneeds;Übergang Schule–Beruf\r\n")
        let folder = try FormatSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (path, _) = try FormatSupport.write(original.landscape, as: .csv, into: folder)
        #expect(FormatSupport.load(path).landscape == original.landscape)
    }

    /// Loads a folder with the tiny pair and `sheet` as landscape.csv; the messages without the folder.
    static func messages(sheet: String) throws -> (landscape: Landscape, messages: [String]) {
        let folder = try FormatSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id,name,kind\na,A,office\n".utf8).write(to: folder.appendingPathComponent("actors.csv"))
        try Data("from,to\n".utf8).write(to: folder.appendingPathComponent("ties.csv"))
        try Data(sheet.utf8).write(to: folder.appendingPathComponent("landscape.csv"))
        let result = LandscapeLoader().load([folder.path])
        return (result.landscape, result.diagnostics.map { $0.english.replacingOccurrences(of: folder.path + "/", with: "") })
    }

    @Test("Bad rows of the landscape sheet are warned about at their line; the rest is read")
    func badRows() throws {
        let (landscape, messages) = try Self.messages(sheet: """
            value,field
            Titel A,title
            B,Titel
            ,language
            de,Sprachee
            2019,as_of,extra
            lose,
            X|Y,needs
            """)
        #expect(messages == [
            "landscape.csv:3: warning: 'Titel' is given a second time (first on line 2); the first is used",
            "landscape.csv:4: warning: the row 'language' has no value; it is ignored",
            "landscape.csv:5: warning: unknown field 'Sprachee' is ignored; did you mean 'Sprache'?",
            "landscape.csv:6: warning: the landscape sheet has two columns, field and value; the cell 'extra' is ignored",
            "landscape.csv:7: warning: the value 'lose' has no field name; it is ignored",
        ])
        #expect(landscape.title == "Titel A" && landscape.asOf == PartialDate(year: 2019) && landscape.needs == ["X", "Y"])
    }

    @Test("A sheet without the field and value columns is an error; one whose first row names a field needs none")
    func header() throws {
        #expect(try Self.messages(sheet: "Eintrag;Inhalt\ntitle;A\n").messages == [
            "landscape.csv:1: error: the landscape sheet has no 'field' and 'value' columns (the first row has: Eintrag, Inhalt); name them in the first row (German: 'Feld', 'Wert'), then one row each for title, language, as_of and every need",
        ])
        let headerless = try Self.messages(sheet: "Titel;A\nSprache;de\n")
        #expect(headerless.messages == [] && headerless.landscape.title == "A" && headerless.landscape.language == .de)
        #expect(try Self.messages(sheet: "Stand;2019-13\n").messages
                == ["landscape.csv:1: error: invalid date '2019-13' in 'as_of' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)"])
    }

    @Test("A list cell with ',' between words is one item, with one warning at its line and column")
    func listCells() {
        let (result, messages) = Fixtures.load("csv/list-cells")
        #expect(messages == ["csv/list-cells/actors.csv:4:6: warning: »Sprache, Integration« is one topic; separate topics with |"])
        #expect(result.landscape[ActorID("koordination")]?.topics == ["Sprache, Integration"])
        #expect(result.landscape[ActorID("kurs")]?.topics == ["Stufe 1,5", "Lesen"])
    }

    @Test("Which list items read as several", arguments: [
        ("Sprache, Integration", true), ("Sprache;Integration", true), ("1,5", false), ("Stufe 1,5", false),
        ("A, B, C", true), ("Schule,", false), ("Übergang Schule, Beruf", true),
    ])
    func several(item: String, expected: Bool) {
        #expect(ListCells.isSeveral(item) == expected)
    }
}
