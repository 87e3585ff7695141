import Foundation
import LandscapeCore
import Testing
@testable import LandscapeIO

/// The readers of JSON, GraphML, GEXF and XLSX on hand-made and real files: syntax errors with
/// their place, hostile XML and zip files refused quickly, Excel's values read as Excel shows them.
@Suite("Format readers: JSON, GraphML, GEXF and XLSX files")
struct FormatReaderTests {
    func messages(_ name: String) -> [String] {
        let prefix = Fixtures.folder.path + "/formats/"
        return FormatSupport.load(FormatSupport.path(name)).diagnostics.map { $0.english.replacingOccurrences(of: prefix, with: "") }
    }

    @Test("Syntax errors name line and column: GraphML, JSON")
    func syntaxErrors() {
        #expect(messages("broken.graphml") == ["broken.graphml:5:11: error: XML syntax error: an end tag does not match its start tag"])
        #expect(messages("broken.json") == ["broken.json:3:38: error: JSON syntax error: a trailing comma before '}' is not allowed in JSON"])
    }

    @Test("JSON syntax errors in words, each at its place", arguments: [
        ("{\"actors\": [}", "1:13", "a value is expected before '}' (a trailing comma?)"),
        ("{'actors': []}", "1:2", "keys must be in double quotes (\"…\"), not single quotes"),
        ("{\"actors\": [] // x\n}", "1:15", "',' or '}' is expected after a value in an object"),
        ("{\"title\": \"a\\qb\", \"actors\": []}", "1:13", "'\\q' is not a JSON escape (write '\\\\' for a backslash)"),
        ("{\"actors\": [], \"title\": 01}", "1:25", "numbers must not start with 0"),
        ("{\"actors\": []} x", "1:16", "unexpected text after the end of the JSON value"),
        ("{\"title\": \"\\ud800\", \"actors\": []}", "1:12", "a \\u escape holds half of a surrogate pair"),
        ("{\"actors\": [{\"name\": \"a\nb\"}]}", "1:24", "a text is not closed with '\"' before the end of the line"),
    ])
    func jsonSyntax(text: String, place: String, message: String) {
        var diagnostics: [Diagnostic] = []
        _ = JSONReader().read(text: text, path: "x.json", diagnostics: &diagnostics)
        #expect(diagnostics.map(\.english) == ["x.json:\(place): error: JSON syntax error: \(message)"])
    }

    @Test("JSON: deep nesting is refused, not a stack overflow; duplicate keys and wrong types are errors at the value")
    func jsonStructure() {
        var diagnostics: [Diagnostic] = []
        _ = JSONReader().read(text: String(repeating: "[", count: 100_000), path: "deep.json", diagnostics: &diagnostics)
        #expect(diagnostics.first?.englishMessage == "JSON syntax error: lists and objects are nested more than 512 deep")
        diagnostics = []
        let text = """
            {"actors": [{"name": "A", "kind": "Amt", "name": "B", "topics": {"x": 1}, "colour": "rot"}],
             "needs": [1, true, null, ["x"]], "ties": {}}
            """
        _ = JSONReader().read(text: text, path: "x.json", diagnostics: &diagnostics)
        #expect(diagnostics.map(\.english) == [
            "x.json:1:42: error: duplicate key 'name' in the same object (first at line 1)",
            "x.json:1:65: error: 'topics' must be text or a list of texts, found an object",
            "x.json:1:75: warning: unknown key 'colour' in this actor is kept as a field of its own (known: id, name, kind, municipality, sectors, topics, target_groups, programs, since, until, contact, note)",
            "x.json:2:27: error: each item of 'needs' must be text, found a list",
            "x.json:2:43: error: 'ties' must be a list, found an object",
        ])
    }

    @Test("Entity declarations are refused at once: billion laughs (GraphML) and an external entity (GEXF)",
          arguments: [("billion-laughs.graphml", "3:2"), ("external-entity.gexf", "2:18")])
    func entities(name: String, place: String) {
        let clock = ContinuousClock()
        let started = clock.now
        let found = messages(name)
        #expect(clock.now - started < .seconds(2))
        #expect(found == ["\(name):\(place): error: the file declares XML entities (<!ENTITY …>); they are not expanded, for safety (they can make a small file huge or read other files); remove the DOCTYPE"])
    }

    @Test("XML in other encodings: UTF-16 and a declared ISO-8859-1 are read; an unknown encoding is an error")
    func encodings() throws {
        let text = "<?xml version=\"1.0\" encoding=\"ENC\"?>\n<graphml><key id=\"k\" for=\"node\" attr.name=\"kind\"/><graph><node id=\"Gößnitz\"><data key=\"k\">Amt</data></node></graph></graphml>"
        var diagnostics: [Diagnostic] = []
        let utf16 = [0xFF, 0xFE] + Array(text.replacingOccurrences(of: "ENC", with: "UTF-16").data(using: .utf16LittleEndian) ?? Data())
        let fromUTF16 = GraphMLReader().read(bytes: utf16, path: "u.graphml", diagnostics: &diagnostics)
        #expect(fromUTF16?.actors.first?[.id]?.value == .text("Gößnitz"))
        let latin1 = Array(text.replacingOccurrences(of: "ENC", with: "ISO-8859-1").data(using: .isoLatin1) ?? Data())
        let fromLatin1 = GraphMLReader().read(bytes: latin1, path: "l.graphml", diagnostics: &diagnostics)
        #expect(fromLatin1?.actors.first?[.id]?.value == .text("Gößnitz"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        _ = GraphMLReader().read(bytes: Array(text.replacingOccurrences(of: "ENC", with: "EBCDIC").utf8), path: "e.graphml", diagnostics: &diagnostics)
        #expect(diagnostics.map(\.english) == ["e.graphml:1:1: error: the file declares the encoding 'EBCDIC', which is not supported; save it as UTF-8"])
    }

    @Test("Hostile or broken input never crashes a reader", arguments: 0..<40)
    func garbage(seed: UInt64) {
        var generator = SplitMix64(state: seed)
        let seeds = [
            "<graphml><graph><node id=\"a\"><data key=\"x\">", "{\"actors\": [{\"name\": ", "<gexf><graph><nodes><node/>",
            "\u{FEFF}<?xml version=\"1.0\"?>", "[[[[", "\"\\u12", "<a b='1' b='2'/>", "<![CDATA[x]]>", "&#0;", "<\u{0}>",
        ]
        var text = seeds.randomElement(using: &generator) ?? ""
        for _ in 0..<Int.random(in: 0...30, using: &generator) {
            text.unicodeScalars.append(Unicode.Scalar(UInt8.random(in: 0...127, using: &generator)))
        }
        var diagnostics: [Diagnostic] = []
        _ = JSONReader().read(text: text, path: "g.json", diagnostics: &diagnostics)
        _ = GraphMLReader().read(bytes: Array(text.utf8), path: "g.graphml", diagnostics: &diagnostics)
        _ = GEXFReader().read(bytes: Array(text.utf8), path: "g.gexf", diagnostics: &diagnostics)
        #expect(diagnostics.allSatisfy { $0.location.file.hasPrefix("g.") })
    }

    // MARK: GraphML from other tools

    @Test("GraphML by networkx: attributes by name; Kumu's names (label, type, tags, strength); the karate club without kinds")
    func networkxFiles() {
        let attributes = FormatSupport.load(FormatSupport.path("networkx-attributes.graphml"))
        #expect(!attributes.hasErrors)
        #expect(attributes.landscape.title == "Bildungslandschaft Gößnitz")
        #expect(attributes.landscape.language == .de)
        #expect(attributes.landscape.actors.map(\.id) == ["vhs", "buendnis", "jugendamt", "träger"])
        #expect(attributes.landscape["vhs"]?.topics == ["Sprachförderung", "Integrationskurse"])
        #expect(attributes.landscape["vhs"]?.kind == .institution)
        #expect(attributes.landscape["jugendamt"]?.sectors == [.earlyChildhood, .school])
        let first = attributes.landscape.ties.first
        #expect(first?.weight == 2.5 && first?.formal == true && first?.note == "Kursplanung & Sprechtage")

        let kumu = FormatSupport.load(FormatSupport.path("networkx-kumu-names.graphml"))
        #expect(!kumu.hasErrors)
        #expect(kumu.landscape.actors.map(\.name) == ["Stiftung Bildung", "Schulamt", "Grundschule am Park"])
        #expect(kumu.landscape.actors.map(\.kind) == [.foundation, .agency, .institution])
        #expect(kumu.landscape["3"]?.topics == ["Ganztag", "Inklusion"])
        #expect(kumu.landscape.ties.map(\.kind) == [.funding, .steering])
        #expect(kumu.landscape.ties.map(\.weight) == [3, 1])

        let karate = messages("networkx-karate.graphml")
        #expect(karate.filter { $0.contains("error: actor '") && $0.hasSuffix("has no 'kind' (required)") }.count == 34)
        #expect(karate.contains { $0.contains("warning: unknown node attribute 'club' is ignored") })
    }

    @Test("GraphML as yEd writes it: names from the node labels, graphics ignored, key defaults applied")
    func yEd() {
        let result = FormatSupport.load(FormatSupport.path("yed-style.graphml"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.landscape.actors.map(\.name) == ["Schulverwaltungsamt", "Grundschule Gößnitz"])
        #expect(result.landscape.actors.map(\.kind) == [.office, .institution])
        #expect(result.landscape["n0"]?.note == "Schulverwaltung & Jugendhilfe")
        #expect(result.landscape.ties.map(\.kind) == [.steering])
    }

    @Test("GEXF start and end become since and until where no attribute gives them")
    func gexfTimes() {
        let text = """
            <gexf xmlns="http://gexf.net/1.2draft" version="1.2"><graph mode="dynamic" timeformat="date">
            <attributes class="node"><attribute id="0" title="type" type="string"/></attributes>
            <nodes><node id="a" label="A" start="2016-03-01" end="2019-12-31T00:00:00"><attvalues><attvalue for="0" value="Amt"/></attvalues></node>
            <node id="b" label="B"><attvalues><attvalue for="0" value="Verein"/></attvalues><spells><spell start="2017" end="2018.0"/></spells></node></nodes>
            <edges><edge source="a" target="b" weight="2" start="2018-01-01"/></edges></graph></gexf>
            """
        var diagnostics: [Diagnostic] = []
        let draft = GEXFReader().read(bytes: Array(text.utf8), path: "t.gexf", diagnostics: &diagnostics)
        let built = LandscapeBuilder().build(draft.map { [$0] } ?? [])
        #expect(!built.hasErrors, "\(built.diagnostics)")
        #expect(built.landscape["a"]?.period == ActivePeriod(since: PartialDate(year: 2016, month: 3, day: 1), until: PartialDate(year: 2019, month: 12, day: 31)))
        #expect(built.landscape["b"]?.period == ActivePeriod(since: PartialDate(year: 2017), until: PartialDate(year: 2018)))
        #expect(built.landscape.ties.first?.weight == 2)
        #expect(built.landscape.ties.first?.period.since == PartialDate(year: 2018, month: 1, day: 1))
    }

    // MARK: Excel

    @Test("XLSX as German Excel stores it: shared strings with umlauts, dates in a German format, numbers, booleans")
    func excelGerman() {
        let result = FormatSupport.load(FormatSupport.path("excel-de.xlsx"))
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let landscape = result.landscape
        #expect(landscape.actors.map(\.name) == ["Volkshochschule Gößnitz", "Bündnis für Sprache und Integration", "Jugendamt Altenburger Land"])
        #expect(landscape["vhs"]?.topics == ["Sprachförderung", "Integrationskurse"])
        #expect(landscape["vhs"]?.period.since == PartialDate(year: 2016))                      // 2016 as a number
        #expect(landscape["vhs"]?.note == "Kurse für Erwachsene")                               // rich text runs
        #expect(landscape["buendnis"]?.period.since == PartialDate(year: 2019, month: 8, day: 29))  // serial 43706 as DD.MM.YYYY
        #expect(landscape["jugendamt"]?.period.until == PartialDate(year: 2019, month: 8))       // serial 43678 as mmm-yy
        #expect(landscape["jugendamt"]?.note == "Straße der Einheit 1")                          // inline string
        #expect(landscape.ties.map(\.kind) == [.member, .member, .exchange])
        #expect(landscape.ties.map(\.weight) == [1, 2.5, 2])
        #expect(landscape.ties.map(\.formal) == [true, false, false])
        #expect(landscape.ties.first?.period.since == PartialDate(year: 2016, month: 1, day: 1))
    }

    @Test("XLSX in Kumu's layout (Elements, Connections; 1904 date system)")
    func excelKumu() {
        let result = FormatSupport.load(FormatSupport.path("kumu.xlsx"))
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.landscape.actors.map(\.kind) == [.institution, .association])
        #expect(result.landscape["Stadtbibliothek"]?.topics == ["Leseförderung", "Ganztag"])
        #expect(result.landscape["Stadtbibliothek"]?.note == "Leseförderung für Grundschulen")
        #expect(result.landscape.ties.first?.weight == 3)
    }

    @Test("Broken workbooks get a clear error: zip bomb, not a zip, old .xls, no actors sheet, errors named by sheet and cell")
    func excelErrors() {
        let clock = ContinuousClock()
        let started = clock.now
        #expect(messages("bomb.xlsx") == ["bomb.xlsx: error: the workbook part 'xl/worksheets/sheet1.xml' unpacks to more than 64 MB; such a workbook is refused (a zip bomb?)"])
        #expect(clock.now - started < .seconds(5))
        #expect(messages("not-a-workbook.xlsx") == ["not-a-workbook.xlsx: error: this is not an Excel workbook (.xlsx is a zip archive); save the file as an Excel workbook (.xlsx)"])
        #expect(messages("old-excel.xlsx") == ["old-excel.xlsx: error: this is an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx)"])
        #expect(messages("no-sheets.xlsx") == ["no-sheets.xlsx: error: the workbook has no sheet 'actors' (or Kumu's 'Elements'); its sheets are: 'Tabelle1'"])
        let errors = messages("errors.xlsx")
        #expect(errors.first == "errors.xlsx[actors]:3:4: error: invalid date '2019-02-30' in 'since' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)")
        #expect(errors.contains("errors.xlsx[ties]:4:4: error: the cell holds the Excel error #REF!; fix the formula or type the value"))
    }

    @Test("Excel date serials, number formats and cell references", arguments: [
        (43706.0, false, "2019-08-29"), (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"), (61.0, false, "1900-03-01"),
        (0.0, true, "1904-01-01"), (42370.75, false, "2016-01-01"),
    ])
    func excelDates(serial: Double, date1904: Bool, expected: String) {
        #expect(ExcelValues.date(serial: serial, date1904: date1904, precision: .day)?.description == expected)
    }

    @Test("Number formats that show dates, and their precision")
    func excelFormats() {
        #expect(ExcelValues.datePrecision(formatID: 14, code: nil) == .day)
        #expect(ExcelValues.datePrecision(formatID: 0, code: nil) == nil)
        #expect(ExcelValues.datePrecision(formatID: 164, code: "DD.MM.YYYY") == .day)
        #expect(ExcelValues.datePrecision(formatID: 165, code: "[$-407]MMMM YYYY") == .month)
        #expect(ExcelValues.datePrecision(formatID: 166, code: "yyyy") == .year)
        #expect(ExcelValues.datePrecision(formatID: 167, code: "#,##0.00\" días\"") == nil)
        #expect(ExcelValues.datePrecision(formatID: 168, code: "hh:mm") == nil)
        #expect(ExcelValues.column(of: "A1") == 1 && ExcelValues.column(of: "AB12") == 28 && ExcelValues.column(of: "XFD1") == 16_384)
        #expect(ExcelValues.column(of: "XFE1") == nil && ExcelValues.column(of: "12") == nil)
    }
}
