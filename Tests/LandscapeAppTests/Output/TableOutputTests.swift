import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeWording
import Testing

/// The typed result tables: one table, shown on the terminal as before, written to CSV in the
/// language's style and to a workbook with numbers as numbers.
@Suite("Result tables: terminal, CSV and workbook")
struct TableOutputTests {
    static let table: TextTable = {
        var table = TextTable(name: "T", headers: ["#", "actor", "value"], alignments: [.right, .left, .right])
        table.cells = [
            [.integer(1), .text("A; »B«, \"C\""), .decimal(0.123456789, places: 4)],
            [.integer(nil), .text("=SUM(1)"), .decimal(nil, places: 2)],
        ]
        return table
    }()

    @Test("The terminal shows rounded decimals and – for undefined values")
    func terminal() {
        #expect(Self.table.rows == [["1", "A; »B«, \"C\"", "0.1235"], ["–", "=SUM(1)", "–"]])
    }

    @Test("CSV: byte-order mark, CRLF, the language's delimiter and decimal separator, numbers in full precision")
    func csv() {
        #expect(Self.table.csv(style: CSVStyle(language: .de))
            == "\u{FEFF}#;actor;value\r\n1;\"A; »B«, \"\"C\"\"\";0,123456789\r\n;'=SUM(1);\r\n")
        #expect(Self.table.csv(style: CSVStyle(language: .en))
            == "\u{FEFF}#,actor,value\r\n1,\"A; »B«, \"\"C\"\"\",0.123456789\r\n,'=SUM(1),\r\n")
    }

    @Test("A worksheet keeps the numbers and the places they are shown with; undefined values are empty cells")
    func worksheet() {
        let sheet = Self.table.worksheet
        #expect(sheet.name == "T" && sheet.header == ["#", "actor", "value"])
        #expect(sheet.rows == [[.number(1), .text("A; »B«, \"C\""), .number(0.123456789, places: 4)], [.empty, .text("=SUM(1)"), .empty]])
    }

    @Test("The output's format: its extension, agreeing with --format; .xls and other names refused")
    func format() throws {
        #expect(try ResultFile.format(of: "out/c.XLSX", given: nil, inputs: []) == .xlsx)
        #expect(try ResultFile.format(of: "c.csv", given: .csv, inputs: []) == .csv)
        #expect(try ResultFile.format(of: "c.json", given: .json, inputs: []) == .json)
        let refused: [(String, ResultFormat?, ResultFileRefusal)] = [
            ("c.txt", nil, .unknownExtension(output: "c.txt")),
            ("c", nil, .unknownExtension(output: "c")),
            ("c.xls", .csv, .oldExcel(output: "c.xls")),
            ("c.xlsx", .table, .formatDisagrees(output: "c.xlsx", fileExtension: "xlsx", format: .table)),
            ("c.xlsx", .json, .formatDisagrees(output: "c.xlsx", fileExtension: "xlsx", format: .json)),
        ]
        for (output, given, refusal) in refused {
            #expect(throws: refusal) { try ResultFile.format(of: output, given: given, inputs: []) }
        }
        let german = ResultFileRefusal.unknownExtension(output: "c.txt").message(Language.de.resultFileWording, files: Language.de.fileWording)
        #expect(german == "»-o c.txt«: Nennen Sie die Datei .xlsx, .csv oder .json.")
    }

    @Test("Sheet names follow the table's language")
    func sheetNames() {
        let found = Analysis.communities(AnalysisOutputTests.star, AnalysisOptions())
        #expect(CommunitiesOutput.table(found, landscape: AnalysisOutputTests.star, words: Language.de.analysisTableWording).name == "Teilnetze")
        #expect(CommunitiesOutput.table(found, landscape: AnalysisOutputTests.star, words: Language.en.analysisTableWording).name == "Communities")
    }
}
