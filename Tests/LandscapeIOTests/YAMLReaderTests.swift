import Testing
import LandscapeCore
@testable import LandscapeIO

@Suite("YAML format")
struct YAMLReaderTests {
    @Test("A file using every field, kind and tie kind reads completely")
    func complete() throws {
        let (result, messages) = Fixtures.load("yaml/complete.yaml")
        #expect(messages == [])
        let landscape = result.landscape
        #expect(landscape.title == "Bildungslandschaft Musterstadt")
        #expect(landscape.language == .de)
        #expect(landscape.asOf?.description == "2019-08")
        #expect(landscape.needs == ["Sprachförderung", "Übergang Schule–Beruf"])
        #expect(landscape.actors.count == 13)
        #expect(Set(landscape.actors.map(\.kind)) == Set(ActorKind.allCases))
        #expect(Set(landscape.ties.map(\.kind)) == Set(TieKind.allCases))

        let office = try #require(landscape[ActorID("bildungsbuero")])
        #expect(office == Actor(
            id: "bildungsbuero", name: "Bildungsbüro Musterstadt", kind: .office, municipality: "Musterstadt",
            sectors: [.school, .adult], topics: ["Bildungsmonitoring", "Digitalisierung"], targetGroups: ["Jugendliche"],
            programs: ["bildung-integriert"],
            period: ActivePeriod(since: PartialDate(parsing: "2016"), until: PartialDate(parsing: "2021-06-30")),
            contact: "bildung@musterstadt.example", note: "Zwei Projektstellen aus »Bildung integriert«; Straße 1"))
        #expect(landscape[ActorID("Lenkungsgruppe Kommunale Bildung")]?.kind == .committee)
        #expect(landscape[ActorID("stiftung")]?.topics == ["Schulbau"])  // a single value is a list of one
        #expect(landscape[ActorID("sonst")]?.name == "Café 🌍 Begegnung")

        let cooperation = try #require(landscape.ties.first { $0.from == "stiftung" })
        #expect(cooperation.weight == 2.5)
        #expect(cooperation.formal)
        #expect(cooperation.note == "Phase Null")
        #expect(landscape.ties.first { $0.from == "sonst" }?.weight == 1.5)  // German decimal comma
        #expect(landscape.ties.first { $0.kind == .agreement }?.period.since?.description == "2018-03-01")
    }

    @Test("Every kind of mistake in one file is reported, with line and column, in one run")
    func allErrors() {
        let (result, messages) = Fixtures.load("yaml/errors.yaml")
        #expect(result.hasErrors)
        #expect(messages == [
            "yaml/errors.yaml:7:23: error: unknown sector 'Kindergarten' (expected one of: early-childhood, school, vocational, higher, adult, non-formal, informal)",
            "yaml/errors.yaml:9:11: error: unknown actor kind 'Bündniss'; did you mean 'Bündnis'?",
            "yaml/errors.yaml:10:5: error: actor has no 'name' (required)",
            "yaml/errors.yaml:15:12: error: invalid date '2019-02-30' in 'since' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)",
            "yaml/errors.yaml:20:12: error: 'until' 2018-12 lies before 'since' 2019",
            "yaml/errors.yaml:21:16: error: 'stiftung' in 'programs' is of kind 'foundation', not a program actor",
            "yaml/errors.yaml:21:26: error: unknown program 'gibtsnicht' in 'programs' (not the id of any actor)",
            "yaml/errors.yaml:22:9: error: duplicate actor id 'vhs' (first defined at yaml/errors.yaml:4:9)",
            "yaml/errors.yaml:28:5: warning: committee 'Arbeitsgruppe' has only one member (a committee needs at least two)",
            "yaml/errors.yaml:33:9: error: unknown actor 'Jugendamtt'; did you mean 'jugendamt'?",
            "yaml/errors.yaml:36:13: error: weight must be a number greater than 0, not '-1'",
            "yaml/errors.yaml:37:5: error: tie from 'sozialamt' to itself",
            "yaml/errors.yaml:39:5: error: tie has no 'to' (required)",
            "yaml/errors.yaml:43:11: error: unknown tie kind 'Förderunk'; did you mean 'Förderung'?",
            "yaml/errors.yaml:44:13: error: 'formal' must be true or false (or yes/no, ja/nein, 1/0), not 'vielleicht'",
            "yaml/errors.yaml:48:5: warning: 'member' tie points to 'Jugendamt', which is of kind 'office', not a committee",
        ])
    }

    @Test("Structural problems", arguments: [
        ("yaml/syntax.yaml", ["yaml/syntax.yaml:5:4: error: YAML syntax error: did not find expected '-' indicator (while parsing a block collection at line 3, column 3)"]),
        ("yaml/duplicate-key.yaml", ["yaml/duplicate-key.yaml:4:5: error: duplicate key 'name' in the same mapping (first at line 2)"]),
        ("yaml/top-level-list.yaml", ["yaml/top-level-list.yaml:1:1: error: expected a mapping with 'actors' and 'ties' at the top level, found a list"]),
        ("yaml/not-lists.yaml", [
            "yaml/not-lists.yaml:2:3: error: 'actors' must be a list (each item starting with '- '), found a mapping",
            "yaml/not-lists.yaml:4:8: error: each tie must be a mapping of fields (name: …), found the text '1'",
            "yaml/not-lists.yaml:4:11: error: each tie must be a mapping of fields (name: …), found the text '2'",
        ]),
        ("yaml/empty.yaml", ["yaml/empty.yaml:1:1: error: the file is empty"]),
        ("yaml/comment-only.yaml", ["yaml/comment-only.yaml:1:1: error: the file is empty (it holds no YAML document)"]),
        ("yaml/unknown-keys.yaml", [
            "yaml/unknown-keys.yaml:5:5: warning: unknown key 'municipalty' in this actor is kept as a field of its own; did you mean 'municipality'?",
            "yaml/unknown-keys.yaml:6:13: error: 'topics' must be text or a list of texts, found a mapping",
            "yaml/unknown-keys.yaml:8:1: warning: unknown key 'extra' in the top level is ignored (known: title, language, as_of, needs, actors, ties)",
        ]),
    ])
    func structure(file: String, expected: [String]) {
        #expect(Fixtures.load(file).messages == expected)
    }

    @Test("Encodings: UTF-8 with BOM, UTF-16 with BOM and Windows-1252 read; others are errors")
    func encodings() throws {
        let bom = Fixtures.load("yaml/utf8-bom.yaml")
        #expect(bom.messages == [])
        #expect(bom.result.landscape.actors.first?.name == "Straße")

        let utf16 = Fixtures.load("yaml/utf16.yaml")
        #expect(utf16.result.landscape.actors.first?.name == "Bündnis")
        #expect(!utf16.result.hasErrors)

        let windows = Fixtures.load("yaml/windows-1252.yaml")
        #expect(windows.result.landscape.actors.first?.name == "Jugendberufsagentur Sömmerda")
        #expect(windows.result.landscape.actors.first?.note == "„Grüße“ – 5 €")
        #expect(windows.messages.first == "yaml/windows-1252.yaml: warning: the file is not UTF-8; it was read as Windows-1252 (what Excel writes by default); save it as UTF-8 (in Excel: 'CSV UTF-8') to be sure umlauts are right")

        #expect(Fixtures.load("yaml/not-1252.yaml").messages == [
            "yaml/not-1252.yaml:2:12: error: the file is neither UTF-8 nor Windows-1252 (byte 0x81 at line 2, column 12); save it as UTF-8",
        ])
        #expect(Fixtures.load("yaml/nul.yaml").messages == [
            "yaml/nul.yaml:2:12: error: the file holds NUL bytes: it is a binary file or UTF-16 without byte-order mark; save it as UTF-8 text",
        ])
    }

    @Test("Several files are read and merged in one run, with errors from all of them")
    func severalFiles() {
        let (result, messages) = Fixtures.load("yaml/complete.yaml", "yaml/syntax.yaml", "csv/kumu")
        #expect(messages == ["yaml/syntax.yaml:5:4: error: YAML syntax error: did not find expected '-' indicator (while parsing a block collection at line 3, column 3)"])
        #expect(result.landscape.actors.count == 13 + 3)
    }

    @Test("Unknown formats and missing files are errors")
    func unknownFormat() {
        #expect(Fixtures.load("Fixtures.txt").messages == ["Fixtures.txt: error: cannot read '.txt' files: expected a .yaml/.yml, .json, .graphml, .gexf, .xlsx, .dot/.gv file or a folder with actors.csv and ties.csv"])
        #expect(Fixtures.load("nothing.yaml").messages == ["nothing.yaml: error: no such file"])
    }
}
