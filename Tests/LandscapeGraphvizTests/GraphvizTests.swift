import Foundation
import LandscapeCore
import LandscapeRender
import Testing
@testable import LandscapeGraphviz

/// A landscape with every kind, every tie kind, weights, a formal tie and two municipalities.
func sampleLandscape() -> Landscape {
    let kinds = ActorKind.allCases
    let actors = kinds.enumerated().map { index, kind in
        Actor(id: ActorID("a\(index)"), name: "Akteur \(index) (\(kind.rawValue))", kind: kind,
              municipality: index % 2 == 0 ? "Nordstadt" : "Südstadt", topics: ["Thema \(index)"])
    }
    var ties: [Tie] = []
    for (index, kind) in TieKind.allCases.enumerated() {
        ties.append(Tie(from: ActorID("a\(index)"), to: ActorID("a\(index + 3)"), kind: kind, weight: Double(index % 3 + 1), formal: index == 1))
        ties.append(Tie(from: ActorID("a\(index + 1)"), to: ActorID("a\((index + 5) % kinds.count)"), kind: kind))
    }
    return Landscape(title: "Beispiel", language: .de, actors: actors, ties: ties.filter { $0.from != $0.to })
}

/// `count` actors in a ring with chords.
func generatedLandscape(actors count: Int) -> Landscape {
    let actors = (0..<count).map { Actor(id: ActorID("g\($0)"), name: "Akteur \($0) der Bildungslandschaft", kind: ActorKind.allCases[$0 % ActorKind.allCases.count], municipality: "Kommune \($0 % 20)") }
    var ties: [Tie] = []
    for i in 0..<count {
        ties.append(Tie(from: ActorID("g\(i)"), to: ActorID("g\((i + 1) % count)"), kind: .cooperation))
        if i % 2 == 0 { ties.append(Tie(from: ActorID("g\(i)"), to: ActorID("g\((i * 7 + 3) % count)"), kind: TieKind.allCases[i % TieKind.allCases.count])) }
    }
    return Landscape(title: "Generated", language: .de, actors: actors, ties: ties.filter { $0.from != $0.to })
}

let pngMagic: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

/// The renderer as the command uses it: every render in a child process of the built
/// `landscape` (beside the test bundle; `swift build --build-tests` builds it).
let workerRenderer: GraphvizRenderer = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("landscape")
    precondition(FileManager.default.isExecutableFile(atPath: beside.path), "build the landscape executable first (swift build --build-tests): \(beside.path)")
    return GraphvizRenderer(worker: beside)
}()

@Suite("Graphviz, in a worker process")
struct GraphvizTests {
    let renderer = workerRenderer

    func diagram(_ landscape: Landscape = sampleLandscape(), _ options: DiagramOptions = DiagramOptions()) throws -> Diagram {
        try DiagramBuilder().build(landscape, options: options)
    }

    @Test("Every format: SVG with one group per actor and tie, DOT read back with the same counts, PNG and PDF magic", arguments: [
        DiagramOptions(),
        DiagramOptions(clusterBy: .municipality),
        DiagramOptions(view: .steering),
        DiagramOptions(engine: .dot, clusterBy: .kind),
        DiagramOptions(engine: .sfdp, colorBy: .sector, sizing: .degree),
        DiagramOptions(engine: .circo, labels: DiagramOptions.Labels.none),
        DiagramOptions(engine: .osage, clusterBy: .municipality),
        DiagramOptions(engine: .fdp, highlight: ["a3"]),
    ])
    func everyFormat(options: DiagramOptions) throws {
        let diagram = try diagram(sampleLandscape(), options)
        let svg = try SVGDocument.parse(renderer.render(diagram, as: .svg).data)
        #expect(svg.groups("node", "actor").count == diagram.nodes.count)
        #expect(svg.groups("edge", "tie").count == diagram.edges.count)
        #expect(Set(svg.groups("node", "actor").map(\.id)) == Set(diagram.nodes.compactMap { $0.attributes.value("id") }))
        #expect(svg.groups("cluster", "group").count == diagram.clusters.count)
        #expect(svg.groups("cluster", "legend").count == 1)

        let dot = try DOTSummary.read(renderer.render(diagram, as: .dot).data)
        #expect(dot.nodes.filter { $0.classes.hasPrefix("actor") }.count == diagram.nodes.count)
        #expect(dot.edgeClasses.filter { $0.hasPrefix("tie") }.count == diagram.edges.count)
        #expect(dot.clusterNames.filter { $0.hasPrefix("cluster_") && $0 != "cluster_legend" }.count == diagram.clusters.count)

        #expect(Array(try renderer.render(diagram, as: .png).data.prefix(8)) == pngMagic)
        #expect(try renderer.render(diagram, as: .pdf).data.starts(with: Data("%PDF-".utf8)))
    }

    @Test("Hostile text is shown literally and keeps the SVG well-formed and the DOT readable")
    func hostileText() throws {
        let hostile = [
            "Quote \"double\" and 'single'",
            "Back\\slash \\N \\G \\l trailing\\",
            "<b>bold</b> & &amp; &lt; &#228; &foo; &; &#x1F600;",
            "Zeile eins\nZeile zwei",
            "Ümläüte ß Größe",
            "Emoji 🎓 👩‍👩‍👧",
            "\"]; node [shape=box",
            "a--b --> c",
        ]
        let actors = hostile.enumerated().map { index, text in
            Actor(id: ActorID("h\(index)"), name: text, kind: .association, municipality: text, topics: [text])
        }
        let ties = (1..<hostile.count).map { Tie(from: "h0", to: ActorID("h\($0)"), kind: .cooperation, note: hostile[$0]) }
        let landscape = Landscape(title: hostile.joined(separator: " | "), language: .de, actors: actors, ties: ties)
        let diagram = try diagram(landscape, DiagramOptions(clusterBy: .municipality))
        let rendering = try renderer.render(diagram, as: .svg)
        #expect(rendering.messages.filter { $0.severity == .error }.isEmpty)
        let svg = try SVGDocument.parse(rendering.data)
        func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }

        for (index, text) in hostile.enumerated() {
            let group = try #require(svg.groups("node", "actor").first { $0.id == "actor-h\(index)" })
            #expect(squeezed(group.texts.joined()) == squeezed(text), "label of \(String(reflecting: text))")
            let node = try #require(diagram.nodes.first { $0.actor == ActorID("h\(index)") })
            guard case .tooltip(let tooltip)? = node.attributes["tooltip"] else { Issue.record("no tooltip"); continue }
            #expect(group.titles == [tooltip], "tooltip of \(String(reflecting: text))")
        }
        let clusterTexts = Set(svg.groups("cluster", "group").map { squeezed($0.texts.joined()) })
        #expect(clusterTexts == Set(hostile.map(squeezed)))
        for edge in svg.groups("edge", "tie") {
            #expect(edge.titles.count == 1)
        }
        let notes = Set(svg.groups("edge", "tie").compactMap { $0.titles.first?.split(separator: "\n", maxSplits: 1).last.map(String.init) })
        #expect(notes.isSuperset(of: hostile.dropFirst().filter { !$0.contains("\n") }))
        #expect(squeezed(svg.texts.joined()).contains(squeezed(landscape.title ?? "")))

        let dot = try DOTSummary.read(renderer.render(diagram, as: .dot).data)
        #expect(dot.nodes.filter { $0.classes.hasPrefix("actor") }.count == hostile.count)
    }

    @Test("Control characters become U+FFFD instead of breaking the SVG")
    func controlCharacters() throws {
        let landscape = Landscape(language: .en, actors: [Actor(id: "c", name: "bell\u{7}escape\u{1B}", kind: .other)], ties: [])
        let svg = try SVGDocument.parse(renderer.render(diagram(landscape), as: .svg).data)
        #expect(svg.groups("node", "actor").first?.texts == ["bell\u{FFFD}escape\u{FFFD}"])
    }

    @Test("Without clusters, the same diagram gives the same bytes, render after render", arguments: [
        DiagramOptions(),
        DiagramOptions(engine: .sfdp),
        DiagramOptions(view: .steering),
        DiagramOptions(engine: .circo),
    ])
    func deterministic(options: DiagramOptions) throws {
        let diagram = try diagram(sampleLandscape(), options)
        for format in [RenderFormat.svg, .dot, .png] {
            let first = try renderer.render(diagram, as: format).data
            let second = try renderer.render(diagram, as: format).data
        }
        var reseeded = options
        reseeded.seed = 2
        if diagram.engine != .dot && diagram.engine != .circo {
            #expect(try renderer.render(self.diagram(sampleLandscape(), reseeded), as: .svg).data != renderer.render(diagram, as: .svg).data)
        }
    }

    /// cgraph orders subgraphs by the address of their interned names, which depends on the
    /// allocator's history: clusters may come out in another order (the content is the same).
    /// Seen with sfdp's two-level layout even from fresh worker processes; the examples the
    /// command tests (`RenderCommandTests`) are byte-identical.
    @Test("With clusters (two-level layout), the same content render after render", arguments: [
        DiagramOptions(clusterBy: .municipality),
        DiagramOptions(engine: .sfdp, clusterBy: .kind),
    ])
    func sameContentWithClusters(options: DiagramOptions) throws {
        let diagram = try diagram(sampleLandscape(), options)
        for format in [RenderFormat.svg, .dot] {
            let first = String(decoding: try renderer.render(diagram, as: format).data, as: UTF8.self)
            let second = String(decoding: try renderer.render(diagram, as: format).data, as: UTF8.self)
            #expect(first.split(separator: "\n").sorted() == second.split(separator: "\n").sorted(), "\(format)")
        }
    }

    @Test("Renders from many tasks at once wait for each other and match the serial result")
    func concurrent() async throws {
        let diagram = try diagram()
        let reference = try renderer.render(diagram, as: .svg).data
        let renderer = self.renderer
        let results = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<6 { group.addTask { try renderer.render(diagram, as: .svg).data } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == reference })
    }

    @Test("A generated landscape of 2,000 actors renders to SVG")
    func twoThousand() throws {
        let landscape = generatedLandscape(actors: 2000)
        let diagram = try diagram(landscape)
        #expect(diagram.engine == .sfdp)
        let clock = ContinuousClock()
        let start = clock.now
        let rendering = try renderer.render(diagram, as: .svg)
        let elapsed = clock.now - start
        let svg = try SVGDocument.parse(rendering.data)
        #expect(svg.groups("node", "actor").count == 2000)
        #expect(svg.groups("edge", "tie").count == landscape.ties.count)
        print("2,000 actors, \(landscape.ties.count) ties, sfdp, SVG in a worker: \(elapsed) (layout \(rendering.timing.layout) s, output \(rendering.timing.output) s)")
    }

    @Test("Graphviz's warnings are captured as the tool's messages, not printed")
    func warningsCaptured() throws {
        var diagram = try diagram()
        diagram.nodes[0].attributes.set("shape", "nosuchshape")
        diagram.nodes[1].attributes.set("fillcolor", "notacolor")
        let rendering = try renderer.render(diagram, as: .svg)
        #expect(rendering.messages.contains(RenderMessage(.warning, "using box for unknown shape nosuchshape")))
        #expect(rendering.messages.contains { $0.text.contains("notacolor is not a known color") })
        #expect(rendering.messages.first?.description.hasPrefix("warning: graphviz: ") == true)
    }

    @Test("The plugins for every engine and format are installed")
    func plugins() throws {
        let layouts = try GraphvizDrawing.availablePlugins("layout")
        for engine in LayoutEngine.allCases { #expect(layouts.contains(engine.rawValue), "\(engine)") }
        #expect(layouts.contains("nop2"))
        let devices = try GraphvizDrawing.availablePlugins("device")
        for format in RenderFormat.allCases { #expect(devices.contains(format.rawValue), "\(format)") }
    }

    @Test("Unreadable DOT is an error with Graphviz's reason")
    func unreadableDOT() {
        #expect {
            try DOTSummary.read(Data("digraph { a -> ; }".utf8))
        } throws: { error in
            guard case RenderError.unreadableDOT(let messages) = error else { return false }
            return messages.contains { $0.severity == .error && $0.text.contains("syntax error") }
        }
    }

    /// Graphviz 2.42 keeps HTML-like and plain strings in one pool keyed by content
    /// (`GraphvizText.html`): a plain label with the same content as the title's HTML would
    /// turn the title into plain text, markup and all. The `&#32;` marker prevents it; without
    /// the marker this test fails (the title is drawn as its markup).
    @Test("A plain label with the same text as the title's HTML leaves the title formatted")
    func htmlAndPlainLabelsApart() throws {
        var diagram = try diagram(Landscape(title: "Marker", language: .en, actors: [Actor(id: "m", name: "M", kind: .office)], ties: []))
        guard case .lines(let lines)? = diagram.title["label"] else { Issue.record("the title is not HTML"); return }
        let markup = GraphvizText.html(lines)
        diagram.nodes[0].attributes["label"] = .text(markup, .center)
        let svg = try SVGDocument.parse(renderer.render(diagram, as: .svg).data)
        #expect(svg.texts.contains("Marker"), "the title is drawn as formatted text")
        let node = try #require(svg.groups("node", "actor").first)
        #expect(node.texts.joined().contains("<FONT"), "the label is shown literally")
    }

    @Test("An empty landscape renders (title only)")
    func empty() throws {
        let svg = try SVGDocument.parse(renderer.render(diagram(Landscape(actors: [], ties: [])), as: .svg).data)
        #expect(svg.groups("node").isEmpty)
        #expect(svg.texts.contains("Education landscape"))
    }
}

@Suite("Escaping for Graphviz")
struct EscapingTests {
    @Test("Plain labels: backslash doubled, & as entity, line breaks as \\n or \\l")
    func labels() {
        #expect(GraphvizText.label("a\\b & c", .center) == "a\\\\b &amp; c")
        #expect(GraphvizText.label("one\ntwo", .center) == "one\\ntwo")
        #expect(GraphvizText.label("one\r\ntwo\rthree", .left) == "one\\ltwo\\lthree\\l")
        #expect(GraphvizText.label("tab\there\u{7}", .center) == "tab here\u{FFFD}")
        #expect(GraphvizText.label("", .left) == "")
    }

    @Test("Text that needs no escaping is passed as it is; every character that does is seen", arguments: [
        ("Bildungsbüro Weimar – Größe (Kita)", true), ("a\\b", false), ("a&b", false), ("a\tb", false),
        ("a\u{7F}", false), ("a\u{85}b", false), ("a\u{9F}", false), ("a\u{A0}b", true), ("x\u{FFFE}", false),
        ("x\u{FFFF}", false), ("x\u{FFFD}", true), ("Zeile\nZeile", false), ("", true),
    ])
    func plainText(text: String, plain: Bool) {
        #expect(GraphvizText.isPlain(text, also: GraphvizText.plainSpecials) == plain)
        // The fast path must give what the escaping gives.
        if plain {
            #expect(GraphvizText.tooltip(text) == text && GraphvizText.label(text, .center) == text)
            #expect(GraphvizText.normalisedLines(text) == text)
        } else {
            #expect(GraphvizText.tooltip(text) != text || GraphvizText.normalisedLines(text) != text)
        }
        #expect(!GraphvizText.isPlain("a<b", also: GraphvizText.htmlSpecials))
        #expect(!GraphvizText.isPlain("\"Zitat\"", also: GraphvizText.htmlSpecials))
    }

    @Test("Tooltips: backslash four times (Graphviz unescapes them twice)")
    func tooltips() {
        #expect(GraphvizText.tooltip("a\\b\n&") == "a\\\\\\\\b\\n&amp;")
    }

    @Test("HTML labels: XML entities, backslash doubled, and the &#32; marker that keeps them apart from plain labels")
    func html() {
        let html = GraphvizText.html([TextLine("<Tom & \"Jerry\"'s>\\", size: 20, bold: true)])
        #expect(html == "<FONT POINT-SIZE=\"20.00\"><B>&lt;Tom &amp; &quot;Jerry&quot;&#39;s&gt;\\\\</B></FONT><BR ALIGN=\"LEFT\"/>&#32;")
        #expect(!GraphvizText.label("&#32;", .center).contains("&#"))
    }

    @Test("Graphviz's messages are split into warnings and errors")
    func messages() {
        let parsed = RenderMessage.parse("Warning: one\nError: two\nmore of two\n")
        #expect(parsed == [RenderMessage(.warning, "one"), RenderMessage(.error, "two more of two")])
    }
}

@Suite("The worker process")
struct WorkerTests {
    @Test("A worker killed by a signal (a Graphviz abort) becomes a clean error")
    func crash() throws {
        let diagram = try DiagramBuilder().build(sampleLandscape(), options: DiagramOptions())
        // SIGKILL, because a test runner may block SIGABRT for its children (abort() itself
        // unblocks it, so a real Graphviz assertion still ends the worker).
        let worker = GraphvizRenderer(worker: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "echo 'maze.c:313: chkSgraph: Assertion failed.' >&2; kill -KILL $$"])
        #expect(throws: RenderError.workerCrashed(signal: 9, engine: "neato", detail: ["maze.c:313: chkSgraph: Assertion failed."])) {
            try worker.render(diagram, as: .svg)
        }
        let message = RenderError.workerCrashed(signal: 6, engine: "neato", detail: ["boom"]).description
        #expect(message == "Graphviz stopped with an internal assertion (abort) while laying out with 'neato'; try another --engine (it said: boom)")
    }

    @Test("A worker that answers nonsense, or cannot start, is an error")
    func nonsense() throws {
        let diagram = try DiagramBuilder().build(sampleLandscape(), options: DiagramOptions())
        let garbage = GraphvizRenderer(worker: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "cat >/dev/null; echo nonsense"])
        #expect { try garbage.render(diagram, as: .svg) } throws: { error in
            if case RenderError.workerFailed = error { return true }
            return false
        }
        let missing = GraphvizRenderer(worker: URL(fileURLWithPath: "/nonexistent/landscape"), arguments: [])
        #expect { try missing.render(diagram, as: .svg) } throws: { error in
            if case RenderError.workerFailed = error { return true }
            return false
        }
    }

    @Test("The worker protocol: a request in, the rendering out")
    func serve() throws {
        let diagram = try DiagramBuilder().build(sampleLandscape(), options: DiagramOptions())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("worker-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let request = folder.appendingPathComponent("in"), reply = folder.appendingPathComponent("out")
        try JSONEncoder().encode(WorkerRequest(diagram: diagram, format: .svg)).write(to: request)
        _ = FileManager.default.createFile(atPath: reply.path, contents: nil)
        let status = GraphvizWorker.serve(input: try FileHandle(forReadingFrom: request), output: try FileHandle(forWritingTo: reply))
        #expect(status == 0)
        let answer = try JSONDecoder().decode(WorkerReply.self, from: Data(contentsOf: reply))
        guard case .success(let rendering) = answer else { Issue.record("failed: \(answer)"); return }
        #expect(try rendering.data == workerRenderer.render(diagram, as: .svg).data)
    }
}
