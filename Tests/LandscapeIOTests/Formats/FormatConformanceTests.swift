import Foundation
import LandscapeCore
import Testing
@testable import LandscapeIO

/// One conformance suite for every format this module writes (STYLE §12): the examples and
/// the canonical landscape go out and come back the same, except what a format cannot carry,
/// which the writer reports; and every reader rejects the same must-fail landscape with the
/// same messages. (DOT, written and read through Graphviz, runs the same suite through the
/// command line: Tests/landscapeTests/ConvertCommandTests.swift.)
@Suite("Format conformance: every format gives every landscape back")
struct FormatConformanceTests {
    static let cases: [(String, ExportFormat)] = FormatSupport.landscapes.flatMap { path in
        ExportFormat.allCases.map { (path, $0) }
    }

    @Test("YAML → format → landscape is the same landscape", arguments: cases)
    func roundTrip(path: String, format: ExportFormat) throws {
        let original = FormatSupport.load(path)
        #expect(!original.hasErrors, "\(original.diagnostics)")
        let folder = try FormatSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (written, losses) = try FormatSupport.write(original.landscape, as: format, into: folder)
        let back = FormatSupport.load(written)
        #expect(!back.hasErrors, "\(format) of \(path): \(back.diagnostics.map(\.english))")
        let expected = FormatSupport.expected(original.landscape, after: format.rawValue)
        let differences = FormatSupport.differences(expected, back.landscape)
        #expect(differences.isEmpty, "\(format) of \((path as NSString).lastPathComponent):\n\(differences.joined(separator: "\n"))")
        // Losses are reported exactly when there is something the format lost.
        let lostSomething = FormatSupport.expected(original.landscape, after: format.rawValue) != original.landscape
        #expect(lostSomething == !losses.isEmpty, "\(format): losses \(losses)")
        // Written twice, the same bytes.
        let (again, _) = try FormatSupport.write(original.landscape, as: format, into: folder, name: "again")
        #expect(try contents(written) == contents(again))
    }

    func contents(_ path: String) throws -> [Data] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { try Data(contentsOf: URL(fileURLWithPath: path).appendingPathComponent($0)) }
        }
        return [try Data(contentsOf: URL(fileURLWithPath: path))]
    }

    @Test("What a format cannot carry is named: metadata, '|' in list items, control characters")
    func losses() {
        var landscape = Landscape(
            title: "T", language: .de, asOf: PartialDate(year: 2019), needs: ["A|B"],
            actors: [Actor(id: "a", name: "A\u{1}", kind: .office, topics: ["x|y"]), Actor(id: "b", name: "a", kind: .office)],
            ties: [Tie(from: "a", to: "b")])
        landscape.title = "T"
        let csv = CSVPairWriter().write(landscape).losses.map(\.english)
        #expect(!csv.contains { $0.contains("cannot carry") })
        #expect(csv.contains { $0.contains("2 list items contain '|'") && $0.contains("'x|y' (actor 'a')") })
        let gexf = GEXFWriter().write(landscape).losses.map(\.english)
        #expect(gexf.contains("GEXF cannot carry the landscape's language (de), date (as_of) and needs; they are left out"))
        #expect(gexf.contains { $0.contains("control characters that GEXF cannot hold") })
        let graphml = GraphMLWriter().write(landscape).losses.map(\.english)
        #expect(!graphml.contains { $0.contains("cannot carry") })
        let excel = XLSXWriter().write(landscape).losses.map(\.english)
        #expect(!excel.contains { $0.contains("cannot carry") || $0.contains("control characters") })
        #expect(excel.contains { $0.contains("'|', which separates list items in Excel") })
        #expect(graphml.contains { $0.contains("'|', which separates list items in GraphML") })
        // 'a' is the id of one actor and the name of another: ties to it read back ambiguously.
        #expect(YAMLWriter().write(landscape).losses.map(\.english) == ["the actor 'a' can be named in a tie neither by its id nor by its name without ambiguity (another actor is called 'a'); YAML ties to it will not read back"])
        #expect(JSONWriter().write(Landscape(actors: [Actor(id: "x", name: "X", kind: .other)], ties: [])).losses.isEmpty)
    }

    static let mustFailFixtures = ["errors.yaml", "errors.json", "errors.graphml", "errors.gexf", "errors.xlsx", "errors-csv"]

    @Test("Every reader rejects the same must-fail landscape with the same messages, each with its line",
          arguments: mustFailFixtures)
    func mustFail(name: String) {
        let result = FormatSupport.load(FormatSupport.path(name))
        let errors = result.diagnostics.filter { $0.severity == .error }
        let expected: Set<String> = [
            "invalid date '2019-02-30' in 'since' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)",
            "unknown actor kind 'Stiftunk'; did you mean 'Stiftung'?",
            "unknown actor 'jugendamtt'; did you mean 'Jugendamt'?",
            "weight must be a number greater than 0, not '-1'",
            "unknown tie kind 'Förderunk'; did you mean 'Förderung'?",
        ]
        #expect(Set(errors.map(\.englishMessage)).subtracting(["the cell holds the Excel error #REF!; fix the formula or type the value"]) == expected, "\(name): \(errors)")
        #expect(errors.allSatisfy { $0.location.line != nil }, "\(name): \(errors)")
        #expect(result.landscape.actors.count == 3)
    }

    @Test("Random landscapes with hard texts survive every format (seeded)", arguments: 0..<12)
    func randomLandscapes(seed: UInt64) throws {
        var generator = SplitMix64(state: seed)
        let landscape = Self.randomLandscape(using: &generator)
        let folder = try FormatSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ExportFormat.allCases {
            let (written, _) = try FormatSupport.write(landscape, as: format, into: folder)
            let back = FormatSupport.load(written)
            let differences = FormatSupport.differences(FormatSupport.expected(landscape, after: format.rawValue), back.landscape)
            #expect(!back.hasErrors && differences.isEmpty, """
                seed \(seed), \(format): \(back.diagnostics.filter { $0.severity == .error }.map(\.english)) \(differences)
                landscape: \(landscape)
                """)
        }
    }

    /// Texts people type, and texts that break naive writers.
    static let pieces = [
        "Volkshochschule", "Bündnis", "»Lernen«", "Café 🌍", "a: b", "# nein", "x, y", "\"zitiert\"", "'einfach'",
        "C:\\Pfad\\", "1,5", "2019", "null", "yes", "- Punkt", "[Liste]", "{k}", "&amp;", "<tag>", "Zeile\nZeile",
        "Tab\there", "100 %", "@home", "*stern", "!wichtig", "ü", "ß", "日本", "\u{00A0}nbsp", "end\\",
    ]

    static func randomText(using generator: inout SplitMix64) -> String {
        let count = Int.random(in: 1...3, using: &generator)
        let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "x" }.joined(separator: " ")
        return text.trimmingSpaces
    }

    /// A landscape of random size and texts; list items never hold `|` (which three formats
    /// cannot carry: tested above).
    static func randomLandscape(using generator: inout SplitMix64) -> Landscape {
        let count = Int.random(in: 2...8, using: &generator)
        var actors: [Actor] = []
        for index in 0..<count {
            var actor = Actor(id: ActorID("a\(index) \(randomText(using: &generator))"), name: "\(randomText(using: &generator)) \(index)",
                              kind: ActorKind.allCases.randomElement(using: &generator) ?? .other)
            if Bool.random(using: &generator) { actor.municipality = randomText(using: &generator) }
            actor.topics = Array(Set((0..<Int.random(in: 0...3, using: &generator)).map { _ in randomText(using: &generator) })).sorted()
            actor.sectors = Array(Sector.allCases.shuffled(using: &generator).prefix(Int.random(in: 0...2, using: &generator)))
            if Bool.random(using: &generator) { actor.note = randomText(using: &generator) }
            if Bool.random(using: &generator) { actor.period.since = PartialDate(year: Int.random(in: 2000...2010, using: &generator), month: Int.random(in: 1...12, using: &generator)) }
            actors.append(actor)
        }
        var ties: [Tie] = []
        for _ in 0..<Int.random(in: 0...10, using: &generator) {
            let a = Int.random(in: 0..<count, using: &generator), b = Int.random(in: 0..<count, using: &generator)
            guard a != b else { continue }
            var tie = Tie(from: actors[a].id, to: actors[b].id, kind: TieKind.allCases.randomElement(using: &generator) ?? .cooperation,
                          weight: [1, 2, 0.5, 1.25, 1e-3].randomElement(using: &generator) ?? 1)
            tie.formal = Bool.random(using: &generator)
            if Bool.random(using: &generator) { tie.note = randomText(using: &generator) }
            if ties.contains(where: { Set([$0.from, $0.to]) == Set([tie.from, tie.to]) }) { continue }
            ties.append(tie)
        }
        return Landscape(title: randomText(using: &generator), language: .de, asOf: PartialDate(year: 2020),
                         needs: [randomText(using: &generator)], actors: actors, ties: ties)
    }
}
