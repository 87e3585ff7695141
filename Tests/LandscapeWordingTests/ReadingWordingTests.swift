import Foundation
import LandscapeCore
import LandscapeWording
import Testing

/// The readers' problems and the writers' losses, worded from the catalog `reading`: English as
/// the readers have always written them, German in its own words, and one sample of every group
/// in both languages as `landscape check` prints it.
@Suite("Reading wording")
struct ReadingWordingTests {
    static let place = SourceLocation(file: "a.yaml", line: 2, column: 5)
    static let english = Language.en.diagnosticWording
    static let german = Language.de.diagnosticWording

    /// Problems of every group, many with their variants (suggestion or not, one or several).
    static let samples: [ReadingProblem] = [
        .file(.missing), .file(.folder), .file(.permissionDenied), .file(.unreadable(detail: nil)),
        .file(.unreadable(detail: "Input/output error")), .file(.empty), .file(.noActors),
        .file(.unknownFormat(extension: nil, known: [".yaml/.yml", ".json"])),
        .file(.unknownFormat(extension: "txt", known: [".yaml/.yml", ".json"])),
        .file(.tooLarge(size: 3_500_000, limit: 1_048_576)), .file(.tooLarge(size: 812, limit: 1)),
        .encoding(.invalidUTF16), .encoding(.nulBytes(expected: .text)), .encoding(.nulBytes(expected: .xml)),
        .encoding(.nulBytes(expected: .dot)), .encoding(.damagedUTF8(byte: 0xFC, line: 3, column: 7)),
        .encoding(.undefinedInWindows1252(byte: 0x81, line: 1, column: 2)), .encoding(.neitherUTF8NorWindows1252),
        .encoding(.readAsWindows1252), .encoding(.notUTF8(undeclared: true)), .encoding(.notUTF8(undeclared: false)),
        .encoding(.unsupported(name: "EBCDIC")),
        .xml(.entityDeclaration), .xml(.syntax(.mismatchedEndTag)), .xml(.syntax(.other(code: 201))), .xml(.noElement),
        .xml(.tooDeep(limit: 256)), .xml(.wrongRoot(found: "html", expected: "graphml")),
        .xml(.missingAttribute("id", element: "node")), .xml(.noGraph(.gexf)), .xml(.undeclaredKey(id: "d9")),
        .xml(.undeclaredAttribute(id: "a1")), .xml(.graphMLIgnored(.ports)), .xml(.gexfHierarchyIgnored),
        .xml(.unknownAttribute("kindd", owner: .node, suggestion: "kind", known: ["id", "kind"])),
        .xml(.unknownAttribute("colour", owner: .edge, suggestion: nil, known: ["kind", "weight"])),
        .structure(.yamlSyntax(detail: "mapping values are not allowed in this context")),
        .structure(.yamlSyntaxInContext(detail: "did not find expected key", context: "while parsing a block mapping", line: 3, column: 1)),
        .structure(.yamlTooDeep(limit: 1_000)), .structure(.secondDocument), .structure(.duplicateKeys(["name"], firstLine: 4)),
        .structure(.duplicateKeys(["a", "b"], firstLine: nil)), .structure(.yamlUnreadable(detail: "control characters are not allowed")),
        .structure(.refusedKey(.alias("*a"))), .structure(.refusedKey(.explicit)), .structure(.noDocument),
        .structure(.wrongTop(.yaml, found: .list)), .structure(.wrongTop(.json, found: .text("x"))), .structure(.keyNotText),
        .structure(.unknownKey("Actors", place: .topLevel, suggestion: "actors", known: ["actors", "ties"])),
        .structure(.unknownKey("colour", place: .record(.tie), suggestion: nil, known: ["from", "to"])),
        .structure(.noActorsList), .structure(.notAList(field: "actors", .yaml, found: .mapping)),
        .structure(.recordNotMapping(.tie, .json, found: .number("5"))), .structure(.notTextOrList(field: "topics", found: .object)),
        .structure(.notText(field: "title", found: .boolean(true))), .structure(.notTextList(field: "needs", found: .alias)),
        .structure(.itemNotText(field: "needs", found: .null)), .structure(.duplicateMember("name", firstLine: 3)),
        .structure(.jsonSyntax(.trailingComma(before: "}"))), .structure(.jsonSyntax(.invalidEscape("x"))),
        .structure(.jsonSyntax(.colonExpected(key: "name"))),
        .workbook(.noActorsSheet(sheets: [])), .workbook(.noActorsSheet(sheets: ["Tabelle1", "Tabelle2"])), .workbook(.noTiesSheet),
        .workbook(.oldExcel), .workbook(.notZip), .workbook(.partTooLarge(part: "xl/worksheets/sheet1.xml", limitMB: 64)),
        .workbook(.brokenPart(part: "xl/workbook.xml", .checksum)), .workbook(.brokenPart(part: "xl/workbook.xml", .detail("invalid data"))),
        .workbook(.missingPart("xl/workbook.xml")), .workbook(.cellError("#REF!")), .workbook(.rowOutOfRange(row: "0", last: 1_048_576)),
        .landscapeSheet(.noColumns(headers: [])), .landscapeSheet(.noColumns(headers: ["Titel", "Bildung"])),
        .landscapeSheet(.unknownField("Titell", suggestion: "Titel", known: ["title", "language"])),
        .landscapeSheet(.fieldWithoutValue("title")), .landscapeSheet(.valueWithoutField("Weimar")),
        .landscapeSheet(.repeatedField("title", firstLine: 2)), .landscapeSheet(.cellsIgnored(["x"])), .landscapeSheet(.cellsIgnored(["x", "y"])),
        .table(.noActorsFile), .table(.noTiesFile), .table(.unclosedQuote), .table(.unreadable(detail: "bad input")),
        .table(.missingColumn("kind", headers: ["id", "name"], delimiter: ";")), .table(.missingColumn("kind", headers: ["id", "name"], delimiter: nil)),
        .table(.unknownColumn("Farbe")), .table(.repeatedColumn("Name", field: "name")), .table(.mixedDelimiters(line: ",", header: "\t")),
        .table(.extraCells(["x"])), .table(.extraCells(["x", "y"])), .table(.listInOneCell(item: "Sprache, Integration", field: .topics)),
        .table(.listInOneCell(item: "Kita, Schule", field: .sectors)),
        .dot(.syntax(detail: "syntax error in line 1 near '}'")), .dot(.noGraph), .dot(.graphvizWarning(detail: "a: x")),
        .dot(.tooDeep(limit: 1_000)), .dot(.severalGraphs(count: 2)), .dot(.tooManyAttributes(attributes: 5_000, objects: 20_000)),
        .dot(.tooManyEdges(edges: 10_000, moreThan: true, characters: 1_234)),
    ]

    static let losses: [FormatLoss] = [
        .metadata([.title], format: .graphml), .metadata([.language(.de), .date, .needs], format: .gexf),
        .tieIDs(count: 1, format: .gexf), .tieIDs(count: 12, format: .dot),
        .listSeparators(count: 1, example: "x|y", owner: .needs, format: .csvPair),
        .listSeparators(count: 2, example: "x|y", owner: .actor("a"), format: .dot),
        .controlCharacters(count: 3, example: "A\u{FFFD}", format: .gexf), .nulCharacters(count: 1, format: .dot),
        .textTooLong(count: 2, example: "ääää", limit: 32_767, format: .excel),
        .tooManyRows(.tie, count: 2_000_000, limit: 1_048_575, format: .excel), .ambiguousReference("a", format: .yaml),
    ]

    static func worded(_ language: Language) -> [String] {
        samples.map { language.diagnosticWording.message(for: $0) } + losses.map { language.diagnosticWording.message(for: $0) }
    }

    @Test("Every problem and loss is worded in both languages, differently, without a placeholder left")
    func everyProblem() {
        let english = Self.worded(.en), german = Self.worded(.de)
        for (en, de) in zip(english, german) {
            #expect(!en.isEmpty && !de.isEmpty)
            for text in [en, de] {
                for leftover in ["\\(", "Optional(", "%@", "nil", "TODO"] {
                    #expect(!text.contains(leftover), "\(text)")
                }
                #expect(text.range(of: #"\{[A-Za-z]+\}"#, options: .regularExpression) == nil, "a placeholder left: \(text)")
            }
        }
        // Graphviz's own words stay as they are in both languages.
        #expect(Set(zip(english, german).filter { $0 == $1 }.map(\.0)) == ["graphviz: a: x"])
    }

    @Test("German is written with umlauts and ß, never their ASCII substitutes")
    func umlauts() {
        for text in Self.worded(.de) {
            for substitute in ["ungueltig", "groesser", "fuer", "koennen", "enthaelt", "laenge", "schluessel", "zaehlt"] {
                #expect(!text.lowercased().contains(substitute.lowercased()), "\(text)")
            }
        }
    }

    @Test("One problem of every group, as check prints it, in English and in German")
    func lines() {
        let file = Diagnostic.error(.file(.tooLarge(size: 25_700, limit: 25_600)), at: SourceLocation(file: "w.yaml"))
        #expect(Self.english.line(file) == "w.yaml: error: the file is 25.1 KB, larger than the limit of 25 KB (raise it with --max-file-size)")
        #expect(Self.german.line(file) == "w.yaml: Fehler: die Datei ist 25,1 KB groß und damit größer als die Grenze von 25 KB (anzuheben mit --max-file-size)")

        let encoding = Diagnostic.error(.encoding(.damagedUTF8(byte: 0xFC, line: 3, column: 7)), at: SourceLocation(file: "a.csv", line: 3))
        #expect(Self.english.line(encoding)
            == "a.csv:3: error: the file is UTF-8 but holds a byte that is not (0xFC at line 3, column 7): a damaged file, or text pasted in another encoding; correct the text there and save it as UTF-8")
        #expect(Self.german.line(encoding)
            == "a.csv:3: Fehler: die Datei ist UTF-8, enthält aber ein Byte, das es nicht ist (0xFC in Zeile 3, Spalte 7): eine beschädigte Datei oder Text, der in einer anderen Kodierung eingefügt wurde; korrigieren Sie den Text dort und speichern Sie die Datei als UTF-8")

        let xml = Diagnostic.warning(.xml(.unknownAttribute("colour", owner: .node, suggestion: nil, known: ["id", "name"])), at: Self.place)
        #expect(Self.english.line(xml) == "a.yaml:2:5: warning: unknown node attribute 'colour' is ignored (known: id, name)")
        #expect(Self.german.line(xml) == "a.yaml:2:5: Warnung: unbekanntes Knoten-Attribut »colour« wird ignoriert (bekannt sind: id, name)")

        let structure = Diagnostic.warning(.structure(.unknownKey("Actors", place: .topLevel, suggestion: "actors", known: [])), at: Self.place)
        #expect(Self.english.line(structure) == "a.yaml:2:5: warning: unknown key 'Actors' in the top level is ignored; did you mean 'actors'?")
        #expect(Self.german.line(structure) == "a.yaml:2:5: Warnung: unbekannter Schlüssel »Actors« auf der obersten Ebene wird ignoriert; meinten Sie »actors«?")
        let found = Diagnostic.error(.structure(.notText(field: "title", found: .text("a"))), at: Self.place)
        #expect(Self.english.line(found) == "a.yaml:2:5: error: 'title' must be text, found the text 'a'")
        #expect(Self.german.line(found) == "a.yaml:2:5: Fehler: »title« muss ein Text sein, gefunden wurde der Text »a«")

        let workbook = Diagnostic.error(.workbook(.noActorsSheet(sheets: ["Tabelle1"])), at: SourceLocation(file: "b.xlsx"))
        #expect(Self.english.line(workbook) == "b.xlsx: error: the workbook has no sheet 'actors' (or Kumu's 'Elements'); its sheets are: 'Tabelle1'")
        #expect(Self.german.line(workbook) == "b.xlsx: Fehler: die Arbeitsmappe hat kein Tabellenblatt »actors« (oder Kumus »Elements«); ihre Tabellenblätter: »Tabelle1«")
    }

    @Test("The tabular groups, DOT and a loss, in English and in German")
    func moreLines() {
        let sheet = Diagnostic.warning(.landscapeSheet(.cellsIgnored(["x", "y"])), at: SourceLocation(file: "landscape.csv", line: 4))
        #expect(Self.english.line(sheet) == "landscape.csv:4: warning: the landscape sheet has two columns, field and value; the cells 'x', 'y' are ignored")
        #expect(Self.german.line(sheet) == "landscape.csv:4: Warnung: das Blatt der Bildungslandschaft hat zwei Spalten, Feld und Wert; die Zellen »x«, »y« werden ignoriert")

        let table = Diagnostic.warning(.table(.listInOneCell(item: "Sprache, Integration", field: .topics)), at: SourceLocation(file: "actors.csv", line: 2, column: 6))
        #expect(Self.english.line(table) == "actors.csv:2:6: warning: »Sprache, Integration« is one topic; separate topics with |")
        #expect(Self.german.line(table) == "actors.csv:2:6: Warnung: »Sprache, Integration« ist ein Thema; trennen Sie Themen mit |")

        let dot = Diagnostic.error(.dot(.tooManyEdges(edges: 10_000, moreThan: true, characters: 1_234)), at: SourceLocation(file: "g.dot"))
        #expect(Self.english.line(dot)
            == "g.dot: error: the edge statements make more than 10000 edges out of 1234 characters: a group such as '{a b} -> {c d}' makes an edge for every pair; write the edges out one by one")
        #expect(Self.german.line(dot)
            == "g.dot: Fehler: die Kantenangaben ergeben mehr als 10.000 Kanten aus 1.234 Zeichen: eine Gruppe wie »{a b} -> {c d}« ergibt eine Kante für jedes Paar; schreiben Sie die Kanten einzeln aus")

        let loss = FormatLoss.metadata([.language(.de), .date, .needs], format: .gexf)
        #expect(Self.english.message(for: loss) == "GEXF cannot carry the landscape's language (de), date (as_of) and needs; they are left out")
        #expect(Self.german.message(for: loss) == "GEXF kann diese Angaben der Bildungslandschaft nicht aufnehmen und lässt sie weg: Sprache (de), Stand (as_of) und Bedarfe")
        let rows = FormatLoss.tooManyRows(.actor, count: 2_000_000, limit: 1_048_575, format: .excel)
        #expect(Self.english.message(for: rows) == "a sheet holds 1,048,575 rows below its header in Excel; the actors after the first 1,048,575 (of 2,000,000) are left out")
        #expect(Self.german.message(for: rows) == "ein Tabellenblatt fasst in Excel 1.048.575 Zeilen unter der Kopfzeile; die Akteure nach den ersten 1.048.575 (von 2.000.000) werden weggelassen")
    }

    @Test("Sizes in powers of 1024, with the language's decimal separator")
    func sizes() {
        #expect(Self.english.message(for: .file(.tooLarge(size: 3_670_016, limit: 1))) == "the file is 3.5 MB, larger than the limit of 1 byte (raise it with --max-file-size)")
        #expect(Self.german.message(for: .file(.tooLarge(size: 3_670_016, limit: 812))).hasPrefix("die Datei ist 3,5 MB groß und damit größer als die Grenze von 812 Byte"))
        #expect(Self.english.message(for: .file(.tooLarge(size: 150 << 30, limit: 1_024))).hasPrefix("the file is 150 GB, larger than the limit of 1 KB"))
    }
}
