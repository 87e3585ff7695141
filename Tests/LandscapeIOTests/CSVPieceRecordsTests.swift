import Testing
import LandscapeCore
@testable import LandscapeIO

@Suite("CSV records written piece by piece, block by block, into one array")
struct CSVPieceRecordsTests {
    /// An actors file with blank lines, rows written with another delimiter (no record), extra
    /// cells and list cells that look like comma-separated words, over several blocks.
    static func actorsFile(count: Int) -> String {
        var text = "\n\nid,name,kind,topics\n"
        for row in 0..<count {
            switch row % 97 {
            case 5: text += "p\(row);Akteur \(row);Amt;Bildung\n"
            case 11: text += "\n"
            case 12: text += " , ,,\r\n"
            case 23: text += "a\(row),\"Akteur\n\(row)\",Amt,Bildung,übrig\n"
            case 41: text += "a\(row),Akteur \(row),Amt,\"Bildung, Sprache\"\r\n"
            default: text += "a\(row),Akteur \(row),Amt,Bildung|Sprache\n"
            }
        }
        return text
    }

    /// The records of the file cut into `pieces`, as fields and lines, with the diagnostics.
    static func read(_ text: String, pieces: Int) throws -> (records: [[Located<FieldValue>?]], lines: [Int?], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let staged = try #require(CSVTable.stage(text, file: "actors.csv", pieces: pieces, diagnostics: &diagnostics))
        #expect(staged.pieces.count == pieces)
        let table = try #require(CSVTable.read([staged])[0].table)
        var listWarnings: [Diagnostic] = []
        let records = CSVPairReader().records(
            table, file: "actors.csv", columns: CSVColumns.actorColumns, required: [.name: "name", .kind: "kind"],
            diagnostics: &diagnostics, listWarnings: &listWarnings)
        let fields = records.map { record in ActorField.allCases.map { record[$0] } }
        return (fields, records.map(\.location.line), diagnostics + listWarnings)
    }

    @Test("Cut into 2, 3 or 7 pieces, a file gives the records and diagnostics of one piece", arguments: [2, 3, 7])
    func piecesAgree(pieces: Int) throws {
        let text = Self.actorsFile(count: 3 * CSVPairReader.blockLength + 777)
        let one = try Self.read(text, pieces: 1)
        let cut = try Self.read(text, pieces: pieces)
        #expect(one.lines.count == cut.lines.count)
        #expect(one.lines == cut.lines)
        if let index = one.records.indices.first(where: { one.records[$0] != cut.records[$0] }) {
            #expect(one.records[index] == cut.records[index])
        }
        #expect(one.diagnostics.map(\.description) == cut.diagnostics.map(\.description))
        #expect(!one.diagnostics.isEmpty)
        // No record for the rows with another delimiter or blank ones; the header on line 3.
        let rows = 3 * CSVPairReader.blockLength + 777
        let dropped = (0..<rows).filter { [5, 11, 12].contains($0 % 97) }.count
        #expect(one.lines.count == rows - dropped)
        #expect(one.lines.first == 4)
    }

    @Test("A file whose first piece is blank finds its header in the next one")
    func blankFirstPiece() throws {
        // 60,000 blank lines, then about 28,000 bytes of rows: the first two of four pieces are blank.
        let text = String(repeating: "\n", count: 60_000) + "id,name,kind\n" + (0..<2_000).map { "a\($0),A \($0),Amt\n" }.joined()
        let one = try Self.read(text, pieces: 1)
        let cut = try Self.read(text, pieces: 4)
        #expect(one.lines == cut.lines && one.lines.first == 60_002)
        #expect(one.records.count == 2_000)
        #expect(one.records.elementsEqual(cut.records) { $0 == $1 })
    }

    @Test("Files without quotes or carriage returns are cut where the full scan cuts them, with the same lines", arguments: 0..<40)
    func quickScan(seed: Int) {
        var state = UInt64(seed) &+ 1
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        // Lines of any length (some far longer than a piece), blank lines, umlauts, maybe no final line feed.
        var text = ""
        for _ in 0..<(1 + next(300)) {
            let width = next(10) == 0 ? next(2_000) : next(30)
            text += String((0..<width).map { _ in ["a", ";", ",", " ", "ä", "\t", "1"][next(7)] }) + (next(5) == 0 ? "\n\n" : "\n")
        }
        if seed % 2 == 1 { text.removeLast() }
        for pieces in 1...9 {
            let (quick, full) = Array(text.utf8).withUnsafeBufferPointer { bytes in
                (CSVTable.quickScan(bytes, pieces: pieces), CSVTable.fullScan(bytes, delimiter: ";", pieces: pieces))
            }
            #expect(quick?.cuts.map { $0.offset } == full.cuts.map { $0.offset })
            #expect(quick?.cuts.map { $0.line } == full.cuts.map { $0.line })
            #expect(quick?.regular == true && full.regular && quick?.unclosedQuoteLine == nil)
        }
    }

    @Test("A quote or a carriage return anywhere leaves the file to the full scan", arguments: ["\"", "\r", "\r\n"])
    func quickScanDeclines(odd: String) {
        let text = String(repeating: "a;b\n", count: 40_000) + "x" + odd + "y\n" + String(repeating: "c\n", count: 10)
        #expect(Array(text.utf8).withUnsafeBufferPointer { CSVTable.quickScan($0, pieces: 2) } == nil)
    }
}
