import Foundation
import LandscapeCore
import Testing
@testable import LandscapeReport

@Suite("The steering-group report")
struct ReportTests {
    /// The headings as the report shows them: the ten sections numbered, the appendix (not
    /// numbered) before the method.
    static func numbered(_ headings: [String], appendix: String) -> [String] {
        let sections = headings.enumerated().map { "\($0.offset + 1)\($0.element)" }
        return sections.dropLast() + [appendix] + sections.suffix(1)
    }

    static let germanHeadings = ["Umfang der Karte", "Das Netzwerk im Überblick", "Kennzahlen", "Zentrale Akteure und Vermittler",
                                 "Lücken", "Kooperationsmöglichkeiten", "Wer zusammenarbeitet: Teilnetze", "Instrumente und Veranstaltungen", "Abdeckung der Bedarfe", "Methode"]
    static let englishHeadings = ["Scope of the map", "The network at a glance", "Key figures", "Central actors and brokers", "Gaps",
                                  "Cooperation opportunities", "Who works together: communities", "Instruments and events", "Coverage of the needs", "Method"]

    @Test("Every example: well-formed, ten numbered sections in order, every top actor, unique ids, no script or fetch",
          arguments: Examples.names)
    func example(name: String) throws {
        let landscape = Examples.load(name)
        let report = Examples.report(landscape)
        let document = try ParsedDocument.parse(report.html)
        #expect(report.html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"de\""))
        #expect(document.headings == Self.numbered(Self.germanHeadings, appendix: "Anhang: die vollständigen Listen"))
        for number in 1...10 { #expect(document.ids.contains("s\(number)")) }
        #expect(Set(document.ids).count == document.ids.count, "duplicate ids: \(Dictionary(grouping: document.ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
        #expect(!report.topActors.isEmpty)
        for id in report.topActors {
            let actor = try #require(landscape[ActorID(id)])
            #expect(document.text.contains(actor.name), "top actor \(actor.name) missing")
        }
        #expect(report.actors == landscape.actorCount && report.ties == landscape.actorTieCount)
        try expectSelfContained(document)
        // Diagrams: the network always; the steering structure when there are committees.
        #expect(document.ids.contains("network-graph0"))
        #expect(document.ids.contains("steering-graph0") == landscape.actors.contains { $0.kind == .committee })
        #expect(report.messages.filter { $0.contains("could not be drawn") || $0.contains("konnte nicht gezeichnet werden") }.isEmpty, "\(report.messages)")
    }

    /// graphs/thueringen.yaml holds 59 elements: 52 actors, 2 resources (the Bildungsplan and the
    /// Digitalstrategie, both maintained by the ministry) and 5 events (the Fachforum and its forums).
    @Test("Instruments and events are listed in section 8 with who maintains, uses or attended them, not counted as actors")
    func instruments() throws {
        let document = try ParsedDocument.parse(Examples.report(Examples.load("thueringen")).html)
        #expect(document.text.contains("Die Karte verzeichnet 52 Akteure"))
        #expect(document.text.contains("Daneben verzeichnet sie 2 Instrumente und 5 Veranstaltungen (Abschnitt 8)."))
        #expect(document.text.contains("Gepflegt von"))
        #expect(document.text.contains("Thüringer Bildungsplan bis 18 Jahre"))
        let jena = try ParsedDocument.parse(Examples.report(Examples.load("jena")).html)
        #expect(jena.text.contains("Die Karte verzeichnet keine Instrumente (Berichte, Portale, Planungshilfen) und keine Veranstaltungen."))
    }

    /// No script, no event handler, no link or reference that leaves the document.
    func expectSelfContained(_ document: ParsedDocument) throws {
        #expect(!document.elements.contains("script"))
        #expect(!document.elements.contains("foreignObject"))
        #expect(!document.elements.contains("iframe") && !document.elements.contains("img") && !document.elements.contains("link"))
        for attribute in document.attributes {
            #expect(!attribute.name.lowercased().hasPrefix("on"), "event attribute \(attribute.name) on <\(attribute.element)>")
            if ["href", "xlink:href", "src"].contains(attribute.name) {
                #expect(attribute.value.hasPrefix("#"), "\(attribute.name)=\(attribute.value) leaves the document")
            }
        }
        let csp = document.attributes.first { $0.element == "meta" && $0.name == "content" && $0.value.contains("default-src") }
        #expect(csp?.value == "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    }

    @Test("Headings in English with --lang en, in German for a German landscape")
    func languages() throws {
        let landscape = Examples.load("jena")
        let english = ReportBuilder(renderer: Examples.renderer).build(landscape, options: ReportOptions(language: .en, today: Examples.today))
        let document = try ParsedDocument.parse(english.html)
        #expect(document.headings == Self.numbered(Self.englishHeadings, appendix: "Appendix: the complete lists"))
        #expect(english.html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\""))
        #expect(english.html.contains("As of August 2019"))
        #expect(english.language == .en)
        let german = Examples.report(landscape)
        #expect(german.html.contains("Stand: August 2019"))
        #expect(german.html.contains("Bericht für die Lenkungsgruppe"))
    }

    @Test("Hostile names, ids, notes and contacts are escaped everywhere: text, attributes, tooltips, SVG")
    func hostile() throws {
        let landscape = Examples.hostile
        for language in Language.allCases {
            let report = ReportBuilder(renderer: Examples.renderer).build(landscape, options: ReportOptions(language: language, today: Examples.today))
            let document = try ParsedDocument.parse(report.html)
            try expectSelfContained(document)
            // Quotes in text are harmless; in attribute values they are escaped, else the parse
            // above would have found an `onload` attribute.
            for raw in ["<script", "</style><img", "<img", "<svg onload", "<i>Sprach", "<b>Stadt", "<title>Evil", "\u{0}", "\u{7}"] {
                let found = report.html.contains(raw)
                #expect(!found, "\(raw.debugDescription) appears unescaped")
            }
            #expect(report.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(report.html.contains("Tom &amp; Jerry &amp;amp; &amp;lt;b&amp;gt;"))
            // The names come through literally, as text, and in the actors' tooltips in the diagram.
            #expect(document.text.contains("<script>alert(1)</script>"))
            #expect(document.text.contains("Grüße aus Köln – Straße ß 🎓🌍"))
            #expect(document.attributes.contains { $0.name == "xlink:title" && $0.value.contains("<script>alert(1)</script>") })
            #expect(document.headings.count == 11, "ten sections and the appendix")
        }
    }

    @Test("--anonymize all: no actor name, id, contact or note is left, not in the diagrams either", arguments: Examples.names + ["hostile"])
    func anonymizeAll(name: String) throws {
        let landscape = name == "hostile" ? Examples.hostile : Examples.load(name)
        let report = ReportBuilder(renderer: Examples.renderer).build(landscape, options: ReportOptions(anonymization: .all, today: Examples.today))
        let document = try ParsedDocument.parse(report.html)
        let everything = report.html + "\n" + document.text + "\n" + document.attributes.map(\.value).joined(separator: "\n")
        for actor in landscape.actors {
            let name = everything.contains(actor.name), id = everything.contains(actor.id.rawValue)
            #expect(!name, "name \(actor.name) left")
            #expect(!id, "id \(actor.id) left")
            if let contact = actor.contact { let left = everything.contains(contact); #expect(!left) }
            if let note = actor.note { let left = everything.contains(note); #expect(!left) }
        }
        for tie in landscape.ties { if let note = tie.note { let left = everything.contains(note); #expect(!left) } }
        #expect(document.text.contains(landscape.language == .de ? "Akteure sind nach Art und Nummer benannt" : "named by kind and number"))
        #expect(document.headings.count == 11, "ten sections and the appendix")
        // The analysis is that of the original: the same counts.
        let plain = Examples.report(landscape)
        #expect(report.gaps == plain.gaps && report.suggestions == plain.suggestions)
    }

    @Test("--anonymize contacts: contacts gone, names kept")
    func anonymizeContacts() throws {
        let landscape = Examples.hostile
        let plain = Examples.report(landscape)
        #expect(plain.html.contains("mail0@evil.example"))
        let report = ReportBuilder(renderer: Examples.renderer).build(landscape, options: ReportOptions(anonymization: .contacts, today: Examples.today))
        let document = try ParsedDocument.parse(report.html)
        for actor in landscape.actors { if let contact = actor.contact { #expect(!document.text.contains(contact)) } }
        #expect(!report.html.contains("@evil.example"))
        #expect(document.text.contains("<script>alert(1)</script>"))
        #expect(document.text.contains("Kontaktdaten entfernt"))
    }

    @Test("The same input gives the same bytes")
    func deterministic() {
        let landscape = Examples.load("nordhausen")
        #expect(Examples.report(landscape).html == Examples.report(landscape).html)
    }

    @Test("The date shown: as_of, the --at day, or today")
    func dates() throws {
        let weimar = Examples.load("weimar")
        let on2017 = ReportBuilder(renderer: Examples.renderer).build(weimar, options: ReportOptions(day: CalendarDay(year: 2017, month: 1, day: 1), today: Examples.today))
        #expect(on2017.html.contains("Die Bildungslandschaft am 1. Januar 2017"))
        #expect(on2017.actors < weimar.actors.count)
        let undated = Landscape(title: nil, language: .en, actors: [Actor(id: "a", name: "A", kind: .office)], ties: [])
        let report = Examples.report(undated)
        #expect(report.html.contains("As of 14 March 2026"))
        #expect(report.html.contains("<h1>Education landscape</h1>"))
        _ = try ParsedDocument.parse(report.html)
    }

    @Test("Edge cases: an empty landscape, actors without ties, no needs, no programmes", arguments: [0, 1, 3])
    func edgeCases(actors count: Int) throws {
        let actors = (0..<count).map { Actor(id: ActorID("a\($0)"), name: "Actor \($0)", kind: .association) }
        let landscape = Landscape(title: "Tiny", language: .en, actors: actors, ties: [])
        let report = Examples.report(landscape)
        let document = try ParsedDocument.parse(report.html)
        #expect(document.headings.count == 11, "ten sections and the appendix")
        #expect(report.gaps >= 0 && report.suggestions >= 0)
    }
}

@Suite("Report building blocks")
struct ReportPartsTests {
    @Test("Text and attributes are escaped; characters XML forbids become U+FFFD")
    func escaping() {
        let node = Node.element("p", [("title", "a\"b'c<d>&e\nf")], [.text("<x> & \u{1}\u{7F}\u{85} é 🎓")])
        #expect(node.markup == "<p title=\"a&quot;b&#39;c&lt;d&gt;&amp;e&#10;f\">&lt;x&gt; &amp; \u{FFFD}\u{FFFD}\u{FFFD} é 🎓</p>")
        #expect(Node.element("td").markup == "<td></td>")
        #expect(Node.element("meta", [("charset", "utf-8")]).markup == "<meta charset=\"utf-8\" />")
        #expect(Node.element("title").markup == "<title></title>")
    }

    @Test("Embedded SVG: prolog, DOCTYPE, comments, script, events and external links go; ids are prefixed")
    func embeddedSVG() throws {
        let svg = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <!-- Generated by graphviz -->
            <svg width="100pt" height="50pt" viewBox="0.00 0.00 100.00 50.00" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <g id="graph0" class="graph"><title>g</title>
            <g id="a&#45;1" onclick="alert(1)"><a xlink:href="http://evil.example" xlink:title="A &amp; &lt;b&gt;"><text>A &lt;&amp;&gt; B</text></a></g>
            <script>alert(2)</script><foreignObject><div>x</div></foreignObject>
            <path fill="url(#grad)" d="M0,0"/><use xlink:href="#graph0"/>
            </g></svg>
            """
        let drawing = try EmbeddedSVG.drawing(Data(svg.utf8), prefix: "d1-", caption: "Caption <x>")
        let markup = drawing.node.markup
        #expect(markup.hasPrefix("<svg viewBox=\"0.00 0.00 100.00 50.00\""))
        #expect(!markup.contains("<?xml") && !markup.contains("DOCTYPE") && !markup.contains("<!--"))
        #expect(!markup.contains("script") && !markup.contains("foreignObject") && !markup.contains("onclick"))
        #expect(!markup.contains("evil.example") && !markup.contains("width=\"100pt\""))
        #expect(markup.contains("id=\"d1-graph0\"") && markup.contains("id=\"d1-a-1\"") && markup.contains("url(#d1-grad)")
                && markup.contains("xlink:href=\"#d1-graph0\""))
        #expect(markup.contains("xlink:title=\"A &amp; &lt;b&gt;\"") && markup.contains("<text>A &lt;&amp;&gt; B</text>"))
        #expect(markup.contains("<title>Caption &lt;x&gt;</title>") && !markup.contains("<title>g</title>"))
        #expect(drawing.width == 100 && drawing.height == 50 && drawing.groupID == "d1-graph0")
        #expect(throws: EmbeddedSVG.Failure.self) { try EmbeddedSVG.drawing(Data("<svg><g></svg>".utf8), prefix: "x", caption: "") }
    }

    @Test("Diagram tiles: none for a small drawing; for a large one a grid that covers it with overlap, at a readable scale")
    func tiles() {
        #expect(DiagramTiles(width: 1200, height: 800).tiles.isEmpty)
        for (width, height) in [(1881.2, 1512.3), (4010.5, 1374.0), (3000.0, 3000.0), (9000.0, 400.0)] {
            let grid = DiagramTiles(width: width, height: height)
            #expect(!grid.tiles.isEmpty && grid.tiles.count <= DiagramTiles.maximumTiles && grid.tiles.count == grid.rows * grid.columns)
            #expect(grid.tiles.allSatisfy { $0.x >= 0 && $0.y >= 0 && $0.x + $0.width <= width + 1e-9 && $0.y + $0.height <= height + 1e-9 })
            // Neighbours overlap, and the corners are covered.
            #expect(grid.tiles.contains { $0.x == 0 && $0.y == 0 })
            #expect(grid.tiles.contains { abs($0.x + $0.width - width) < 1e-9 && abs($0.y + $0.height - height) < 1e-9 })
            for tile in grid.tiles where tile.column + 1 < grid.columns {
                let next = grid.tiles.first { $0.row == tile.row && $0.column == tile.column + 1 }
                #expect((next?.x ?? 0) < tile.x + tile.width)
            }
        }
        // Thüringen's overview: two columns of three rows print its names at 0.72 × 11 pt ≈ 8 pt.
        let state = DiagramTiles(width: 1881.2, height: 1512.3)
        #expect(state.rows * state.columns == 6 && state.columns == 2)
    }

    @Test("Anonymisation keeps structure and numbering by kind")
    func pseudonyms() {
        let landscape = Examples.hostile
        let anonymous = Anonymization.all.apply(to: landscape, words: Language.de.reportWording)
        #expect(anonymous.actors.count == landscape.actors.count && anonymous.ties.count == landscape.ties.count)
        #expect(anonymous.actors.map(\.name).prefix(3) == ["Amt 1", "Gremium 1", "Stiftung 1"])
        #expect(anonymous.actors.allSatisfy { $0.contact == nil && $0.note == nil })
        #expect(anonymous.ties.allSatisfy { $0.note == nil })
        #expect(anonymous.actors[0].programs == [anonymous.actors[5].id])
        let contacts = Anonymization.contacts.apply(to: landscape, words: Language.de.reportWording)
        #expect(contacts.actors.map(\.name) == landscape.actors.map(\.name))
        #expect(contacts.actors.allSatisfy { $0.contact == nil })
    }
}
