import Foundation
import LandscapeCore
import LandscapeIO
import LandscapeRender
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `landscape convert` as users run it: every example and the canonical landscape through
/// every output format and back (DOT through the Graphviz library), usage errors, warnings
/// about what a format cannot carry, and GEXF's colours from the renderer's palette.
@Suite("landscape convert, as users run it")
struct ConvertCommandTests {
    static let canonical = "Tests/LandscapeIOTests/Fixtures/formats/canonical.yaml"
    static let ownFields = "Tests/LandscapeIOTests/Fixtures/formats/own-fields.yaml"
    static let inputs: [String] = {
        let graphs = CLI.repository.appendingPathComponent("graphs")
        var paths: [String] = []
        for (folder, prefix) in [(graphs, "graphs/"), (graphs.appendingPathComponent("variants"), "graphs/variants/")] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            paths += names.filter { $0.hasSuffix(".yaml") }.sorted().map { prefix + $0 }
        }
        return paths + [canonical, ownFields]
    }()

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("convert-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    func load(_ path: String) -> LoadResult {
        LandscapeLoader().load([path.hasPrefix("/") ? path : CLI.repository.appendingPathComponent(path).path])
    }

    @Test("YAML → format → YAML gives the same landscape, for every example and every format",
          arguments: inputs.flatMap { input in ["yaml", "csv", "json", "graphml", "gexf", "xlsx", "dot"].map { (input, $0) } })
    func roundTrip(input: String, format: String) throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let converted = out.appendingPathComponent(format == "csv" ? "pair" : "landscape.\(format)").path
        let there = try CLI.run("convert", input, "-o", converted, "--lang", "en")
        #expect(there.status == 0, "\(there.stderr)")
        let original = load(input)
        #expect(there.stdout == "wrote \(converted) (\(format), \(count(original.landscape.actors.count, "actor")), \(count(original.landscape.ties.count, "tie")))\n")
        let back = out.appendingPathComponent("back.yaml").path
        let again = try CLI.run("convert", converted, "-o", back)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stderr.contains("error"), "\(again.stderr)")

        var expected = original.landscape
        if format == "gexf" {
            expected.language = .en
            expected.asOf = nil
            expected.needs = []
        }
        expected = Self.ownFields(expected, after: format)
        let result = load(back).landscape
        #expect(result == expected, "\(input) via \(format)")
        if result != expected {
            for (a, b) in zip(expected.actors, result.actors) where a != b { Issue.record("actor \(a) ≠ \(b)") }
            for (a, b) in zip(expected.ties, result.ties) where a != b { Issue.record("tie \(a) ≠ \(b)") }
        }
        // What was lost is said, once, naming the output.
        let lost = expected != original.landscape
        #expect(there.stderr.contains("\(converted): warning:") == lost, "\(there.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(!left.contains { $0.hasSuffix(".tmp") }, "no temporary files left behind")
    }

    /// Fields of one's own come back from YAML, JSON and the database; from the tables a list
    /// comes back as one text joined by `|`; GraphML, GEXF and DOT leave them out (and say so).
    static func ownFields(_ landscape: Landscape, after format: String) -> Landscape {
        func kept(_ extra: [ExtraField]) -> [ExtraField] {
            if ["graphml", "gexf", "dot"].contains(format) { return [] }
            return format == "csv" || format == "xlsx" ? extra.map { ExtraField(name: $0.name, value: .text($0.value.joined)) } : extra
        }
        let actors = landscape.actors.map { actor in var actor = actor; actor.extra = kept(actor.extra); return actor }
        let ties = landscape.ties.map { tie in var tie = tie; tie.extra = kept(tie.extra); return tie }
        return Landscape(title: landscape.title, language: landscape.language, asOf: landscape.asOf, needs: landscape.needs, actors: actors, ties: ties)
    }

    @Test("--title names the merged landscape that convert writes, instead of the files' combined title")
    func title() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("merged.yaml").path
        let run = try CLI.run("convert", "graphs/jena.yaml", "graphs/weimar.yaml", "-o", path, "--title", "Jena und Weimar")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(load(path).landscape.title == "Jena und Weimar")
    }

    @Test("DOT: the renderer's drawing, byte for byte the same from run to run, with the data beside the styling")
    func dot() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let first = out.appendingPathComponent("a.dot").path, second = out.appendingPathComponent("b.dot").path
        #expect(try CLI.run("convert", "graphs/weimar.yaml", "-o", first).status == 0)
        #expect(try CLI.run("convert", "graphs/weimar.yaml", "-o", second).status == 0)
        let text = try String(contentsOfFile: first, encoding: .utf8)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
        #expect(text.contains("subgraph cluster_legend"))
        #expect(text.contains("actor=\"weimar-stadtverwaltung\"") || text.contains("actor=weimar-stadtverwaltung"))
        #expect(text.contains("kind=steering"))
        #expect(text.contains("pos="))
    }

    @Test("DOT written by hand: attributes become fields; errors carry the line; a syntax error its line")
    func dotByHand() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("hand.dot")
        try """
            digraph "Musterstadt" {
              node [kind=Verein];
              "VHS Musterstadt" [kind=Volkshochschule, topics="Sprache|Integration", note="Zeile\\nzweite"];
              amt [label="Amt für\\nBildung", kind=Amt];
              buendnis [name="Bündnis »Sprache«", kind=Bündnis];
              "VHS Musterstadt" -> buendnis [kind=member];
              amt -> buendnis [kind=member, weight=2.5];
              buendnis -> amt [kind=Kooperation, dir=back, formal=ja];
              elternverein;
            }
            """.write(to: file, atomically: true, encoding: .utf8)
        let yaml = out.appendingPathComponent("hand.yaml").path
        let run = try CLI.run("convert", file.path, "-o", yaml)
        #expect(run.status == 0, "\(run.stderr)")
        let landscape = load(yaml).landscape
        #expect(landscape.title == "Musterstadt")
        #expect(landscape.actors.map(\.name) == ["VHS Musterstadt", "Amt für Bildung", "Bündnis »Sprache«", "elternverein"])
        #expect(landscape.actors.map(\.kind) == [.institution, .office, .committee, .association])
        #expect(landscape["VHS Musterstadt"]?.topics == ["Sprache", "Integration"])
        #expect(landscape["VHS Musterstadt"]?.note == "Zeile\nzweite")
        #expect(landscape.ties.map(\.kind) == [.member, .member, .cooperation])
        #expect(landscape.ties[2].from == "amt" && landscape.ties[2].to == "buendnis" && landscape.ties[2].formal)
        #expect(landscape.ties[1].weight == 2.5)

        let errors = try CLI.run("convert", "Tests/LandscapeIOTests/Fixtures/formats/errors.dot", "-o", out.appendingPathComponent("e.yaml").path)
        #expect(errors.status == 1)
        #expect(errors.stderr == """
            Tests/LandscapeIOTests/Fixtures/formats/errors.dot:3:42: error: invalid date '2019-02-30' in 'since' (expected YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists)
            Tests/LandscapeIOTests/Fixtures/formats/errors.dot:4:33: error: unknown actor kind 'Stiftunk'; did you mean 'Stiftung'?
            Tests/LandscapeIOTests/Fixtures/formats/errors.dot:5:10: error: actor 'jugendamtt' has no 'kind' (required)
            Tests/LandscapeIOTests/Fixtures/formats/errors.dot:6:22: error: weight must be a number greater than 0, not '-1'
            Tests/LandscapeIOTests/Fixtures/formats/errors.dot:7:25: error: unknown tie kind 'Förderunk'; did you mean 'Förderung'?
            5 errors

            """)
        let broken = try CLI.run("convert", "Tests/LandscapeIOTests/Fixtures/formats/broken.dot", "-o", out.appendingPathComponent("b.yaml").path)
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("Tests/LandscapeIOTests/Fixtures/formats/broken.dot:3: error: DOT syntax error: syntax error in line 3"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("b.yaml").path), "nothing written after an error")
    }

    @Test("GEXF: colours and shapes from the renderer's palette, start and end from since and until")
    func gexfStyle() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let file = out.appendingPathComponent("c.gexf").path
        #expect(try CLI.run("convert", Self.canonical, "-o", file).status == 0)
        let landscape = load(Self.canonical).landscape
        let nodes = try GEXFNodes(data: Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(nodes.colors.count == landscape.actors.count)
        for actor in landscape.actors {
            let style = KindStyle.of(actor.kind)
            let color = style.hollow ? style.outline : style.fill
            #expect(nodes.colors[actor.id.rawValue] == [color.red, color.green, color.blue], "\(actor.kind)")
        }
        #expect(nodes.shapes["lenkung"] == "disc" && nodes.shapes["amt"] == "square" && nodes.shapes["stiftung"] == "diamond")
        #expect(nodes.intervals["amt"] == ["2016-01-01", "2021-06-30"])
        #expect(nodes.intervals["bi"] == ["", "2021-06-30"])
    }

    /// The viz colour, shape and interval of each GEXF node.
    final class GEXFNodes: NSObject, XMLParserDelegate {
        var colors: [String: [Int]] = [:]
        var shapes: [String: String] = [:]
        var intervals: [String: [String]] = [:]
        private var node: String?

        init(data: Data) throws {
            super.init()
            let parser = XMLParser(data: data)
            parser.shouldProcessNamespaces = true
            parser.delegate = self
            parser.parse()
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "node":
                node = attributes["id"]
                if let node { intervals[node] = [attributes["start"] ?? "", attributes["end"] ?? ""] }
            case "edge": node = nil
            case "color":
                if let node { colors[node] = ["r", "g", "b"].compactMap { attributes[$0].flatMap { Int($0) } } }
            case "shape":
                if let node { shapes[node] = attributes["value"] }
            default: break
            }
        }
    }

    @Test("Usage errors exit with 64 and say what to do", arguments: [
        (["convert", "graphs/weimar.yaml"], "Error: Give the output with -o, e.g. 'landscape convert graphs/weimar.yaml -o out/landscape.graphml'."),
        (["convert", "graphs/weimar.yaml", "-o", "x.xls"], "Error: '-o x.xls': Excel 97–2003 workbooks (.xls) are not written; name the file .xlsx."),
        (["convert", "graphs/weimar.yaml", "-o", "x.json", "--to", "gexf"], "Error: '-o x.json' ends in .json but --to is gexf; change one of them."),
        (["convert", "graphs/weimar.yaml", "-o", "x.txt"], "Error: '-o x.txt': name the file .yaml, .json, .graphml, .gexf, .xlsx or .dot, give a folder for the CSV pair, or give --to."),
        (["convert", "graphs/weimar.yaml", "-o", "graphs/weimar.yaml"], "Error: '-o graphs/weimar.yaml' would overwrite the input 'graphs/weimar.yaml'; choose another output."),
        (["convert", "Tests/LandscapeIOTests/Fixtures/csv/kumu", "-o", "Tests/LandscapeIOTests/Fixtures/csv/kumu"], "Error: '-o Tests/LandscapeIOTests/Fixtures/csv/kumu' would overwrite the input 'Tests/LandscapeIOTests/Fixtures/csv/kumu'; choose another output."),
        (["convert", "nichtda.yaml", "-o", "x.json"], "Error: No such file or folder: 'nichtda.yaml'."),
        (["convert", "graphs/weimar.yaml", "-o", "x.graphml", "--edge-direction", "both"], "Error: The value 'both' is invalid for '--edge-direction <how>'. Please provide one of 'graph' and 'per-edge'."),
    ])
    func usage(arguments: [String], message: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("Input errors in any format: all reported, exit 1, nothing written")
    func inputErrors() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let target = out.appendingPathComponent("x.yaml").path
        let run = try CLI.run("convert", "Tests/LandscapeIOTests/Fixtures/formats/errors.json", "Tests/LandscapeIOTests/Fixtures/formats/errors.xlsx", "-o", target)
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("11 errors\n"), "\(run.stderr)")
        #expect(run.stderr.contains("Tests/LandscapeIOTests/Fixtures/formats/errors.xlsx[ties]:3:4: error: weight must be a number greater than 0, not '-1'"))
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test("--at converts the landscape as it was on a date; --edge-direction per-edge marks each edge")
    func options() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let early = out.appendingPathComponent("w.json").path
        #expect(try CLI.run("convert", "graphs/weimar.yaml", "-o", early, "--at", "2017").status == 0)
        let all = load("graphs/weimar.yaml").landscape
        let then = all.active(on: try #require(CalendarDay(year: 2017, month: 1, day: 1)))
        #expect(load(early).landscape.ties.count == then.ties.count)
        let gexf = out.appendingPathComponent("w.gexf").path
        #expect(try CLI.run("convert", "graphs/weimar.yaml", "-o", gexf, "--edge-direction", "per-edge").status == 0)
        #expect(try String(contentsOfFile: gexf, encoding: .utf8).contains("type=\"undirected\""))
    }
}
