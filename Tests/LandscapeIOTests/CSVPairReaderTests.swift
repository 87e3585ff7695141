import Testing
import LandscapeCore
@testable import LandscapeIO

@Suite("CSV pair format")
struct CSVPairReaderTests {
    @Test("German Excel export: ';', Windows-1252, CRLF, quoted line breaks, German headers and dates")
    func germanExcel() throws {
        let (result, messages) = Fixtures.load("csv/excel-de")
        #expect(messages == [
            "csv/excel-de/actors.csv: warning: the file is not UTF-8; it was read as Windows-1252 (what Excel writes by default); save it as UTF-8 (in Excel: 'CSV UTF-8') to be sure umlauts are right",
            "csv/excel-de/ties.csv: warning: the file is not UTF-8; it was read as Windows-1252 (what Excel writes by default); save it as UTF-8 (in Excel: 'CSV UTF-8') to be sure umlauts are right",
        ])
        let landscape = result.landscape
        #expect(landscape.actors.count == 4)
        let vhs = try #require(landscape[ActorID("vhs")])
        #expect(vhs.kind == .institution)
        #expect(vhs.topics == ["Sprachförderung", "Integrationskurse"])
        #expect(vhs.note == "Kurse für\r\nZugewanderte; 9 Träger")
        let coordinator = try #require(landscape[ActorID("koordination")])
        #expect(coordinator.name == "Bildungskoordinatorin für Neuzugewanderte")
        #expect(coordinator.programs == ["kokoNeu"])
        #expect(coordinator.period.since?.description == "2017-06-01")
        #expect(coordinator.note == "„Koordinierung“ – €")
        #expect(landscape[ActorID("buendnis")]?.name == "Weimarer Bündnis für Sprache und Integration")
        #expect(landscape.ties.map(\.kind) == [.member, .member, .funding])
        #expect(landscape.ties[1].weight == 2.5)
        #expect(landscape.ties[0].formal)
    }

    @Test("Kumu's export layout: Label/Type/Description/Tags and From/To/Type/Strength")
    func kumu() throws {
        let (result, messages) = Fixtures.load("csv/kumu")
        #expect(messages == [])
        let foundation = try #require(result.landscape[ActorID("Montag Stiftung Jugend und Gesellschaft")])
        #expect(foundation.kind == .foundation)
        #expect(foundation.note == "Schulbau, Phase Null")
        #expect(foundation.topics == ["Schulbau", "Beteiligung"])
        #expect(result.landscape.ties.first?.weight == 3)
        #expect(result.landscape.ties.last?.kind == .cooperation)
    }

    @Test("Tab-separated, English header variants; either file of the pair names the pair")
    func tabs() throws {
        for path in ["csv/tabs", "csv/tabs/actors.csv", "csv/tabs/ties.csv"] {
            let (result, messages) = Fixtures.load(path)
            #expect(messages == [])
            #expect(result.landscape[ActorID("A")]?.targetGroups == ["Familien", "Jugendliche"])
            #expect(result.landscape[ActorID("A")]?.sectors == [.school, .adult])
            #expect(result.landscape.ties.first?.kind == .exchange)
        }
    }

    @Test("Row errors name the line, counting line breaks inside quoted cells")
    func rowErrors() {
        #expect(Fixtures.load("csv/errors").messages == [
            "csv/errors/actors.csv:1: warning: unknown column 'Farbe' is kept as a field of its own",
            "csv/errors/actors.csv:5: error: unknown actor kind 'Amtt'; did you mean 'Amt'?",
            "csv/errors/actors.csv:5: error: invalid date '2019-13' in 'since' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)",
            "csv/errors/actors.csv:6: error: actor has no 'name' (required)",
            "csv/errors/actors.csv:7: warning: this line has more cells than the header; the cell 'extra' is ignored",
            "csv/errors/actors.csv:7: error: duplicate actor id 'a' (first defined at csv/errors/actors.csv:2)",
            "csv/errors/ties.csv:2: error: weight must be a number greater than 0, not '0'",
            "csv/errors/ties.csv:3: error: unknown actor 'x' (not the id or exact name of any actor)",
            "csv/errors/ties.csv:4: error: weight must be a number greater than 0, not 'NaN'",
        ])
    }

    @Test("An unclosed quote, missing columns and a missing ties.csv")
    func fileErrors() {
        #expect(Fixtures.load("csv/unclosed-quote").messages == [
            "csv/unclosed-quote/actors.csv:3: error: unclosed quote: the quoted cell that starts on this line never ends",
        ])
        #expect(Fixtures.load("csv/missing-columns").messages == [
            "csv/missing-columns/actors.csv:1: warning: unknown column 'Titel' is kept as a field of its own",
            "csv/missing-columns/actors.csv:1: error: there is no 'name' column (the header line has: Titel;Art)",
            // No actor could be read, so the ties' ends are one summary, not one error each.
            "csv/missing-columns/ties.csv:2: error: 2 tie ends name actors not in the landscape (the first: 'A'); some actors could not be read, see the errors above",
        ])
        let actorsOnly = Fixtures.load("csv/actors-only")
        #expect(actorsOnly.messages == ["csv/actors-only: warning: no ties.csv beside actors.csv: the landscape has actors only"])
        #expect(!actorsOnly.result.hasErrors)
        #expect(Fixtures.load("yaml").messages == ["yaml: error: the folder holds no actors.csv (a CSV landscape is a folder with actors.csv and ties.csv)"])
    }

    @Test("Quote scanning: escaped quotes, quotes inside unquoted cells, CRLF", arguments: [
        ("a;\"b \"\"c\"\" d\";e\r\n", nil as Int?),
        ("a;5\" Display;e\n", nil),
        ("a;\"x\r\ny\";e\r\nf;\"open\r\n", 3),
        ("a;\"never closed \"\"\n", 1),
    ])
    func quoteScanning(text: String, line: Int?) {
        #expect(CSVTable.lineOfUnclosedQuote(in: text, delimiter: ";") == line)
    }

    @Test("A file cut into pieces for the cores gives the rows and line numbers of one pass")
    func pieces() throws {
        // Quoted cells with line breaks (LF, CRLF, CR), escaped quotes, blank lines and umlauts,
        // in every combination near every possible cut.
        var text = "id;name;kind;note\r\n"
        for row in 0..<3000 {
            switch row % 7 {
            case 0: text += "a\(row);\"Träger\nmit Umbruch\";verein;x\n"
            case 1: text += "a\(row);\"Schule \"\"Am Park\"\"\";schule;\"zwei\r\nZeilen\"\r\n"
            case 2: text += "\n"
            case 3: text += "a\(row);\"5\"\" Display\";amt;\"\rCR\"\n"
            case 4: text += "a\(row);Größe;amt;\r\n"
            case 5: text += "  ;;;\n"
            default: text += "a\(row);\"\";verein;\"\n\n\"\n"
            }
        }
        var diagnostics: [Diagnostic] = []
        let whole = try #require(CSVTable.stage(text, file: "t.csv", pieces: 1, diagnostics: &diagnostics))
        let cut = try #require(CSVTable.stage(text, file: "t.csv", pieces: 7, diagnostics: &diagnostics))
        #expect(whole.pieces.count == 1)
        #expect(cut.pieces.count == 7)
        let tables = CSVTable.read([whole, cut])
        let one = try #require(tables[0].table)
        let seven = try #require(tables[1].table)
        #expect(diagnostics.isEmpty && tables.allSatisfy { $0.diagnostics.isEmpty })
        #expect(seven.header == one.header)
        #expect(seven.rows == one.rows)
        #expect(one.rows.count == 3000 - 3000 / 7 * 2 - 1)
        // The row after "zwei\r\nZeilen" starts one line further down.
        let second = try #require(one.rows.first { $0.cells.first == "a2" || $0.cells.first == "a3" })
        #expect(second.cells.first == "a3" && second.line == 7)
    }

    @Test("Cutting random files into pieces never changes the rows", arguments: 0..<60)
    func randomPieces(seed: Int) throws {
        var random = SplitMix64(state: UInt64(seed))
        func pick(_ choices: [String]) -> String { choices[Int(random.next() % UInt64(choices.count))] }
        var text = "id;name;kind\n"
        if seed % 3 == 0 {
            // Any text at all: quotes in odd places, every line break.
            let alphabet = ["a", "b", "ä", "ß", ";", ";", "\"", "\"", "\n", "\n", "\r\n", "\r", " ", "'", "=", "x\"y"]
            for _ in 0..<3_000 { text += pick(alphabet) }
        } else {
            // Regular quoting (the files that are cut): quoted cells holding anything, quotes
            // doubled; unquoted cells without quotes; LF, CRLF and CR line ends; blank lines.
            for _ in 0..<300 {
                let cells = (0..<(1 + Int(random.next() % 4))).map { _ -> String in
                    let content = (0..<Int(random.next() % 6)).map { _ in pick(["a", "ä", ";", "\n", "\r\n", "\r", "\"", " ", "ß"]) }.joined()
                    if random.next() % 2 == 0 { return "\"" + content.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                    return content.filter { !"\";\n\r".contains($0) }
                }
                text += cells.joined(separator: ";") + pick(["\n", "\n", "\r\n", "\r", "\n\n"])
            }
        }
        var diagnostics: [Diagnostic] = []
        let whole = CSVTable.stage(text, file: "r.csv", pieces: 1, diagnostics: &diagnostics)
        let cut = CSVTable.stage(text, file: "r.csv", pieces: 5, diagnostics: &diagnostics)
        if seed % 3 != 0 { #expect((cut?.pieces.count ?? 0) > 1) }
        // An unclosed quote is found by the same scan either way.
        #expect((whole == nil) == (cut == nil))
        guard let whole, let cut else { return }
        let tables = CSVTable.read([whole, cut])
        // Compared row by row, so that a difference shows as one row.
        let (one, five) = (tables[0].table?.rows ?? [], tables[1].table?.rows ?? [])
        #expect(one.count == five.count)
        if let (a, b) = zip(one, five).first(where: { $0 != $1 }) { #expect(a == b) }
        #expect(tables[0].table?.header == tables[1].table?.header)
    }

    /// A file with regular quoting: quoted cells holding anything (quotes doubled), unquoted
    /// cells without quotes, LF, CRLF and CR line ends, blank lines, and maybe no final line end.
    static func regularText(seed: Int) -> String {
        var random = SplitMix64(state: UInt64(seed))
        func pick(_ choices: [String]) -> String { choices[Int(random.next() % UInt64(choices.count))] }
        var text = ""
        for _ in 0..<200 {
            let cells = (0..<(1 + Int(random.next() % 4))).map { _ -> String in
                let content = (0..<Int(random.next() % 6)).map { _ in pick(["a", "ä", ";", "\n", "\r\n", "\r", "\"", " ", "ß", "😀"]) }.joined()
                if random.next() % 2 == 0 { return "\"" + content.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                return content.filter { !"\";\n\r".contains($0) }
            }
            text += cells.joined(separator: ";") + pick(["\n", "\n", "\r\n", "\r", "\n\n", ";\n"])
        }
        return seed % 2 == 0 ? text : String(text.dropLast())
    }

    @Test("The byte splitter reads regular files as CSV.swift does: cells, rows and line numbers", arguments: 0..<60)
    func splitterAgreesWithCSVSwift(seed: Int) throws {
        let text = Self.regularText(seed: seed)
        #expect(CSVTable.scan(text, delimiter: ";", pieces: 1).regular)
        let expected = try CSVTable.readRows(text, firstLine: 3, delimiter: ";")
        let split = CSVSplitter.rows(text, firstLine: 3, delimiter: ";")
        #expect(split.count == expected.count)
        if let (a, b) = zip(split, expected).first(where: { $0 != $1 }) { #expect(a == b) }
    }

    @Test("The byte splitter at the edges: empty text, blank lines, delimiters and quotes at the end", arguments: [
        "", "\n", "\r", "\r\n\r\n", "a", "a;", "a;\n", ";", ";;\r", "\"\"", "\"\";\"\"", "\"\"\"\"", "\"a\"\"b\";\r\n\r",
        "\"x\ny\"", "\"x\r\n\"\"y\";\"\n\"\nz", "a,b;c\td", "ä;ß\n\"😀\"",
    ])
    func splitterEdges(text: String) throws {
        for delimiter: UnicodeScalar in [";", ","] where CSVTable.scan(text, delimiter: delimiter, pieces: 1).regular {
            #expect(CSVSplitter.rows(text, firstLine: 1, delimiter: delimiter) == (try CSVTable.readRows(text, firstLine: 1, delimiter: delimiter)))
        }
        #expect(CSVTable.scan(text, delimiter: ";", pieces: 1).regular)
    }

    @Test("Regular quoting is cut into pieces; a quote inside a cell or after a closing quote keeps the file whole")
    func cutsOnlyRegularQuoting() {
        let regular = String(repeating: "a;\"b\nc\";\"d \"\"e\"\"\"\r\n", count: 200)
        #expect(CSVTable.scan(regular, delimiter: ";", pieces: 4).cuts.count == 4)
        for odd in ["a;5\" Display;x\n", "a;\"x\"y;z\n"] {
            #expect(CSVTable.scan(regular + odd + regular, delimiter: ";", pieces: 4).cuts.count == 1)
        }
    }

    @Test("The delimiter is recognised from the header line")
    func delimiter() {
        #expect(CSVTable.detectDelimiter("id;name;kind\n1,5;x;y") == ";")
        #expect(CSVTable.detectDelimiter("\"a;b\",name,kind\n") == ",")
        #expect(CSVTable.detectDelimiter("id\tname\n") == "\t")
        #expect(CSVTable.detectDelimiter("name\n") == ",")
    }
}
