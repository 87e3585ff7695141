import Foundation
import LandscapeCore
import LandscapeGraphviz
import LandscapeIO
import LandscapeRender
import Testing

/// LandscapeIO's DOT parser against Graphviz's own reader (`agmemread`): the same nodes with
/// the same attributes, the same edges in the same order, the same graph attributes, and for a
/// text Graphviz refuses, the same message.
@Suite("DOT: LandscapeIO's parser reads what Graphviz reads")
struct DOTDifferentialTests {
    /// Every DOT file among the test fixtures.
    static let fixtures: [String] = {
        let root = CLI.repository.appendingPathComponent("Tests")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".dot") || $0.hasSuffix(".gv") }.sorted().map { "Tests/" + $0 }
    }()

    /// Every example landscape.
    static let examples: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: CLI.repository.appendingPathComponent("graphs").path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "graphs/" + $0 }
    }()

    @Test("Every DOT fixture", arguments: fixtures)
    func fixture(_ path: String) throws {
        let data = try Data(contentsOf: CLI.repository.appendingPathComponent(path))
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // The readers refuse files that are not UTF-8 (or hold NUL bytes) before parsing.
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else { return }
        compare(text, "\(path)")
    }

    @Test("The DOT that convert writes for every example", arguments: examples)
    func converted(_ example: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dot-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("landscape.dot").path
        let run = try CLI.run("convert", example, "-o", output)
        #expect(run.status == 0, "\(run.stderr)")
        compare(try String(contentsOfFile: output, encoding: .utf8), example)
    }

    @Test("Hand-picked corners of the language")
    func corners() {
        for text in Self.corners { compare(text, text) }
    }

    @Test("Long edge chains: Graphviz's parser stack holds some 2,500 operands", arguments: [
        (2499, false), (2500, false), (3000, false), (2498, true), (2499, true),
    ])
    func longChain(operands: Int, subgraphs: Bool) {
        let names = (0..<operands).map { subgraphs ? "{n\($0)}" : "n\($0)" }
        compare("graph { " + names.joined(separator: " -- ") + " }", "\(operands) operands")
    }

    @Test("Random texts of DOT's tokens, well-formed and not (seeded)", arguments: 0..<8)
    func random(seed: UInt64) {
        var generator = SplitMix64(state: seed &* 0x9E37_79B9_7F4A_7C15 &+ 1)
        var read = 0
        for round in 0..<150 {
            let text = RandomDOT.text(using: &generator)
            if compare(text, "seed \(seed), round \(round): \(text)") { read += 1 }
        }
        // Both kinds are compared: texts read as graphs, and texts refused with a message.
        #expect((30...140).contains(read), "\(read) of 150 texts read")
    }

    /// Compares both readers on `text`; `label` names the case in failures. Returns whether
    /// a graph was read.
    @discardableResult
    func compare(_ text: String, _ label: String) -> Bool {
        let ours: DOTGraph?
        let graphviz: (graph: DOTGraph?, messages: [RenderMessage])
        do {
            ours = try DOTGraph.read(text)
            graphviz = GraphvizDOT.graph(text)
        } catch {
            // Deeper nesting is refused before Graphviz is asked (see `DOTLocator.depthLimit`).
            guard case .graphviz(let refusal) = error else { return false }
            let graphviz = GraphvizDOT.graph(text)
            let message = graphviz.messages.first { $0.severity == .error }?.text
            // Graphviz returns what it had read when its parser stack is exhausted, with an error.
            #expect(graphviz.graph == nil || message != nil, "Graphviz reads what LandscapeIO refuses (\(refusal)): \(label)")
            #expect(message == refusal, "\(label)")
            return false
        }
        guard let theirs = graphviz.graph, let ours else {
            #expect(graphviz.graph == nil && ours == nil, "one reader gives no graph: \(graphviz.messages) — \(label)")
            return false
        }
        let warnings = graphviz.messages.filter { $0.severity == .warning }.map(\.text)
        #expect(DOTParserWarnings.of(text) == warnings, "\(label)")
        #expect(ours.name ?? "%" == theirs.name || (ours.name == nil && theirs.name?.hasPrefix("%") == true), "\(label)")
        #expect(ours.attributes == theirs.attributes, "\(label)")
        #expect(ours.legend == theirs.legend, "\(label)")
        let ourNodes = ours.nodes.map { [$0.name: Self.withoutDefaultLabel($0.attributes)] }
        let theirNodes = theirs.nodes.map { [$0.name: Self.withoutDefaultLabel($0.attributes)] }
        #expect(ourNodes == theirNodes, "\(label)")
        let ourEdges = ours.edges.map { Self.Edge(tail: $0.tail, head: $0.head, attributes: $0.attributes) }
        let theirEdges = theirs.edges.map { edge in
            Self.Edge(tail: edge.tail, head: edge.head, attributes: edge.attributes.filter { $0.key != "tailport" && $0.key != "headport" })
        }
        #expect(ourEdges == theirEdges, "\(label)")
        return true
    }

    struct Edge: Equatable {
        var tail: String
        var head: String
        var attributes: [String: String]
    }

    /// Graphviz gives every node the label `\N` (its name) unless one is set.
    static func withoutDefaultLabel(_ attributes: [String: String]) -> [String: String] {
        attributes["label"] == "\\N" ? attributes.filter { $0.key != "label" } : attributes
    }

    static let corners: [String] = [
        "graph { a -- b }", "GRAPH { NODE [x=1] a }", "Strict DiGraph { a -> b; b -> a; a -> b [w=2] }",
        "strict graph { a -- b [x=1]; b -- a [y=2] }", "graph { a -- b [key=k]; a -- b [key=k, z=1]; a -- b }",
        "strict graph { a -- b [key=x]; b -- a [key=y]; a -- b [key=z] }", "graph { a -- a; a -- a }",
        "graph { {b a} -- c }", "graph { a; subgraph s { node [k=1]; a; b }; subgraph s {c} -- d }",
        "graph { a:p:n -- b:q [w=1] }", "digraph { a -> b -> c [w=1]; \"x\" + \"y\" }",
        "graph { <a<b>c> -- \"q\" + <z> }", "graph { a -- b, c; d, e -- {f g} }", "graph { a = b; c = \"d\"; graph [e=f] }",
        "graph { subgraph { a } } ", "graph { a [b=c d=e; f=g,] [h=i] }", "graph { edge [x=1] a -- b; edge [x=2]; a -- c }",
        "graph { \"a\n\" }", "graph {\n\"\n\" x\ny z [ }", "graph { 2x }", "graph { 1.2.3 -.5 .5 1. }",
        "graph { node foo = [x=1]; a }", "graph { a [label=\"x\\\\\"] }", "graph { a [x=\"a\\\nb\"] }",
        "graph { {a b} [x=1]; c }", "graph { a; subgraph { node [k=1]; a; b -- c }; edge [e=1]; subgraph { edge [e=2]; a -- b } a -- c }",
        "graph { a=b; subgraph { a=c; title=x } }", "graph { a [x=1;;] }", "graph { -. }", "graph { a -- b -- }",
        "graph { a -> b }", "digraph { a -- b }", "graph { a @ }", "@", "/* only a comment", "// nothing",
        "graph { a [label=\"x", "graph { a [label=<x", "graph { a /* open", "#line 10 \"foo\"\ngraph { a -- }",
        "# 5\ngraph { a 1x }", "graph { subgraph x }", "graph { a ; ; b }", "graph x y", "graph { a [b] }",
        "digraph \"Musterstadt\" { node [kind=Verein]; \"VHS\" [kind=Volkshochschule]; VHS -> amt [dir=back] }",
        "graph { subgraph cluster_legend { l1 -- l2 } a -- l1 }", "graph { a [label=\"\"]; node [x=\"\"]; b }",
        "graph { a [ key = k ] ; edge [key=k] a -- b }", "graph { \u{FEFF} a \u{FEFF}b }", "graph { 2ü }",
        "graph { a -- {b -- c} -- d }", "graph{a--b}", "graph { a -- b } junk", "graph { \"a\" + b }",
        "graph { \"a\" + }", "graph { a: }", "graph { a, }", "graph { subgraph s { a } subgraph s { b } -- c }",
        "graph { a\u{0B}b }", "digraph { a -> b [x=1] -> c }", "graph { a -- subgraph { b } }", "graph { node [a=1] [b=2] }",
        "graph { node; }", "graph { edge }", "graph { a = }", "graph { \"\" -- x }", "graph \"\" { }", "graph { }",
    ]
}

/// The warnings `DOTReader` passes on, read from a `DOTReader` run without the landscape checks.
enum DOTParserWarnings {
    static func of(_ text: String) -> [String] {
        var diagnostics: [Diagnostic] = []
        _ = DOTReader().read(text: text, path: "x.dot", diagnostics: &diagnostics)
        return diagnostics.compactMap { diagnostic in
            guard diagnostic.severity == .warning, case .reading(.dot(.graphvizWarning(let warning))) = diagnostic.message else { return nil }
            return warning
        }
    }
}

/// Random DOT texts built from the language's tokens: mostly well-formed statements, with a
/// stray token now and then, so that both acceptance and the place of an error are compared.
enum RandomDOT {
    static let names = ["a", "b", "c", "A1", "_x", "ü", "\"a\"", "\"b c\"", "\"a\" + \"b\"", "<b>", "<a<i>x</i>>", "1", "-2.5", ".5", "\"\"", "node", "\"node\"", "Edge"]
    static let attributeNames = ["x", "y", "label", "key", "kind", "color"]

    static func text<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let directed = Bool.random(using: &generator)
        var out = (Int.random(in: 0..<4, using: &generator) == 0 ? "strict " : "") + (directed ? "digraph" : "graph")
        if Bool.random(using: &generator) { out += " " + names.randomElement(using: &generator)! }
        out += " {\n" + statements(depth: 0, directed: directed, using: &generator) + "}\n"
        if Int.random(in: 0..<6, using: &generator) == 0 {
            let index = out.index(out.startIndex, offsetBy: Int.random(in: 0..<out.count, using: &generator))
            out.insert(contentsOf: [";", "[", "}", "=", "->", "--", ",", "\"", "<", "/*", "@", "2x"].randomElement(using: &generator)!, at: index)
        }
        return out
    }

    static func statements<G: RandomNumberGenerator>(depth: Int, directed: Bool, using generator: inout G) -> String {
        var out = ""
        for _ in 0..<Int.random(in: 0...(depth == 0 ? 8 : 3), using: &generator) {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: out += ["node", "edge", "graph"].randomElement(using: &generator)! + " " + attributes(using: &generator)
            case 1: out += attributeNames.randomElement(using: &generator)! + " = " + names.randomElement(using: &generator)!
            default:
                var parts = [operand(depth: depth, directed: directed, using: &generator)]
                for _ in 0..<Int.random(in: 0...2, using: &generator) {
                    parts.append(operand(depth: depth, directed: directed, using: &generator))
                }
                out += parts.joined(separator: directed ? " -> " : " -- ")
                if Bool.random(using: &generator) { out += " " + attributes(using: &generator) }
            }
            out += [";\n", "\n", " ", ";"].randomElement(using: &generator)!
        }
        return out
    }

    static func operand<G: RandomNumberGenerator>(depth: Int, directed: Bool, using generator: inout G) -> String {
        if depth < 3, Int.random(in: 0..<4, using: &generator) == 0 {
            let header = ["", "subgraph ", "subgraph s ", "subgraph cluster_legend ", "subgraph t "].randomElement(using: &generator)!
            return header + "{ " + statements(depth: depth + 1, directed: directed, using: &generator) + "}"
        }
        var node = names.randomElement(using: &generator)!
        if Int.random(in: 0..<8, using: &generator) == 0 { node += ":p" }
        if Int.random(in: 0..<6, using: &generator) == 0 { node += ", " + names.randomElement(using: &generator)! }
        return node
    }

    static func attributes<G: RandomNumberGenerator>(using generator: inout G) -> String {
        var items: [String] = []
        for _ in 0..<Int.random(in: 0...3, using: &generator) {
            items.append(attributeNames.randomElement(using: &generator)! + "=" + names.randomElement(using: &generator)!)
        }
        return "[" + items.joined(separator: [", ", "; ", " "].randomElement(using: &generator)!) + "]"
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014), seeded: the same texts on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
