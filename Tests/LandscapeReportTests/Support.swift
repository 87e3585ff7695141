import Foundation
import LandscapeCore
import LandscapeGraphviz
import LandscapeIO
import LandscapeRender
@testable import LandscapeReport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The example landscapes and purpose-built ones for the report tests.
enum Examples {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Every `graphs/*.yaml` and `graphs/variants/*.yaml`, without the extension.
    static let names: [String] = ["", "variants/"].flatMap { folder in
        let url = repository.appendingPathComponent("graphs/" + folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { folder + String($0.dropLast(5)) }
    }.sorted()
    /// A fixed "today", so that no test depends on the clock.
    static let today = CalendarDay(year: 2026, month: 3, day: 14)!

    static func load(_ name: String) -> Landscape {
        let result = LandscapeLoader().load([repository.appendingPathComponent("graphs/\(name).yaml").path])
        precondition(!result.hasErrors, "graphs/\(name).yaml has errors: \(result.diagnostics)")
        return result.landscape
    }

    /// Diagrams are laid out as the command lays them out: in a child process of the built
    /// `landscape` (beside the test bundle; `swift build --build-tests` builds it), one fresh
    /// Graphviz per diagram.
    static let renderer: any DiagramRenderer = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("landscape")
        precondition(FileManager.default.isExecutableFile(atPath: beside.path), "build the landscape executable first (swift build --build-tests): \(beside.path)")
        return GraphvizRenderer(worker: beside)
    }()

    static func report(_ landscape: Landscape, _ options: ReportOptions? = nil) -> Report {
        ReportBuilder(renderer: renderer).build(landscape, options: options ?? ReportOptions(today: today))
    }

    /// Names that try to break out of text, attributes, comments, CDATA, style and SVG.
    static let hostileNames = [
        "<script>alert(1)</script>",
        "\"onload=alert(1) x=\"",
        "' onmouseover='alert(2)",
        "Tom & Jerry &amp; &lt;b&gt; &#60;",
        "</style><img src=x onerror=alert(3)>",
        "]]><!-- --><![CDATA[",
        "Grüße aus Köln – Straße ß 🎓🌍",
        "line\nbreak\ttab\u{7}bell\u{0}nul",
        "javascript:alert(4)",
    ]

    /// A landscape whose every free text is hostile, with contacts and notes.
    static var hostile: Landscape {
        let kinds: [ActorKind] = [.office, .committee, .foundation, .association, .institution, .program, .agency, .research, .other]
        var actors = hostileNames.enumerated().map { index, name in
            Actor(id: ActorID("h\(index)<\"'&>"), name: name, kind: kinds[index % kinds.count],
                  municipality: index % 2 == 0 ? "<b>Stadt</b> & \"Land\"" : "Ort'\(index)",
                  sectors: [Sector.allCases[index % Sector.allCases.count]],
                  topics: ["<i>Sprachförderung</i>", "Thema \(index % 3)"], targetGroups: ["Kinder & \"Jugendliche\""],
                  contact: "mail\(index)@evil.example <script>", note: "note \(index) <svg onload=alert(5)>")
        }
        actors[5].period = ActivePeriod(until: PartialDate(year: 2021, month: 12))
        actors[0].programs = [actors[5].id]
        var ties: [Tie] = []
        for index in 0..<(actors.count - 1) {
            let kind: TieKind = actors[index + 1].kind == .committee ? .member : (index % 2 == 0 ? .cooperation : .exchange)
            ties.append(Tie(from: actors[index].id, to: actors[index + 1].id, kind: kind, formal: index % 3 == 0,
                            note: "tie <script>alert(6)</script> \(index)"))
        }
        ties.append(Tie(from: actors[5].id, to: actors[0].id, kind: .funding))
        ties.append(Tie(from: actors[2].id, to: actors[7].id, kind: .steering))
        return Landscape(title: "<title>Evil</title> & \"quoted\"", language: .de, asOf: PartialDate(year: 2019, month: 8),
                         needs: ["<i>Sprachförderung</i>", "Bedarf <u>ohne</u> Akteur"], actors: actors, ties: ties)
    }
}

/// What a strict XML parse of a report finds: it fails on anything that is not well-formed.
struct ParsedDocument {
    var elements: [String] = []
    var attributes: [(element: String, name: String, value: String)] = []
    var ids: [String] = []
    var text = ""
    /// Text inside `h2`.
    var headings: [String] = []

    static func parse(_ html: String) throws -> ParsedDocument {
        let collector = Collector()
        let parser = XMLParser(data: Data(html.utf8))
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse() else {
            throw ParseFailure(description: "line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "?")")
        }
        return collector.document
    }

    struct ParseFailure: Error, CustomStringConvertible {
        var description: String
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var document = ParsedDocument()
        var inHeading = 0
        var heading = ""

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            document.elements.append(elementName)
            for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
                document.attributes.append((elementName, name, value))
                if name == "id" { document.ids.append(value) }
            }
            if elementName == "h2" { inHeading += 1; heading = "" }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if elementName == "h2" {
                inHeading -= 1
                document.headings.append(heading)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            document.text += string
            if inHeading > 0 { heading += string }
        }
    }
}
