import Foundation
import Testing

/// Labels inside their shapes as a browser draws them: Graphviz measures each label with the
/// font it names in the SVG (DejaVu Sans), and the browser must draw it no wider.
@Suite("Labels fit their shapes in headless Chromium")
struct LabelFitTests {
    /// The example landscapes (graphs/*.yaml).
    static let examples = ["eisenach", "jena", "nordhausen", "soemmerda", "thueringen", "weimar"]

    /// Measures, for every node of every diagram on the page whose id starts with `actor-` or
    /// `group-`, the box of its text against the box of its outline (the largest outline, for
    /// double ones), and writes the overflows and the number checked into `#result` as JSON.
    static let script = """
        const overflows = [];
        let checked = 0;
        for (const figure of document.querySelectorAll('figure')) {
          for (const node of figure.querySelectorAll('g.node')) {
            if (!/^(actor|group)-/.test(node.id)) continue;
            const texts = [...node.querySelectorAll('text')].map(t => t.getBBox()).filter(b => b.width > 0);
            const shapes = [...node.querySelectorAll('polygon, ellipse, path, polyline')].map(s => s.getBBox());
            if (!texts.length || !shapes.length) continue;
            checked += 1;
            const shape = shapes.reduce((a, b) => a.width * a.height >= b.width * b.height ? a : b);
            const left = Math.min(...texts.map(b => b.x)), right = Math.max(...texts.map(b => b.x + b.width));
            const over = Math.max(shape.x - left, right - (shape.x + shape.width));
            if (over > 0.5) overflows.push(figure.id + ' ' + node.id + ' by ' + over.toFixed(1));
          }
        }
        document.getElementById('result').textContent = JSON.stringify({checked, overflows});
        """

    @Test("Every example's diagram and the overview of all examples, German and English: no label is wider than its shape",
          .enabled(if: Chromium.path != nil, "chromium is not installed (Debian: apt-get install chromium, which 'make setup' does); the label check is skipped"))
    func labelsFit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var figures: [String] = []
        var diagrams = Self.examples.map { (name: $0, arguments: ["graphs/\($0).yaml"]) }
        diagrams.append((name: "all-overview", arguments: Self.examples.map { "graphs/\($0).yaml" } + ["--overview"]))
        for diagram in diagrams {
            for language in ["de", "en"] {
                let svg = folder.appendingPathComponent("\(diagram.name)-\(language).svg")
                let run = try CLI.run(["render"] + diagram.arguments + ["-o", svg.path, "--lang", language, "--quiet"])
                #expect(run.status == 0, "\(diagram.name) \(language): \(run.stderr)")
                let text = try String(contentsOf: svg, encoding: .utf8)
                // The font Graphviz measured with is the one the browser is asked for.
                let fonts = Set(text.matches(of: /font-family="([^"]*)"/).map { String($0.1) })
                #expect(fonts == ["DejaVu Sans"], "\(diagram.name) \(language): fonts \(fonts)")
                guard let start = text.range(of: "<svg") else { continue }
                figures.append("<figure id=\"\(diagram.name)-\(language)\">\(text[start.lowerBound...])</figure>")
            }
        }
        let page = folder.appendingPathComponent("labels.html")
        let html = "<!DOCTYPE html><html><body>\(figures.joined())<pre id=\"result\"></pre><script>\(Self.script)</script></body></html>"
        try Data(html.utf8).write(to: page)
        let dom = try Chromium.output(["--dump-dom", page.absoluteString])
        guard let open = dom.range(of: "<pre id=\"result\">"), let close = dom.range(of: "</pre>", range: open.upperBound..<dom.endIndex) else {
            Issue.record("no result in the page Chromium returned")
            return
        }
        let json = String(dom[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
        let result = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let checked = result?["checked"] as? Int ?? 0
        let overflows = result?["overflows"] as? [String] ?? ["unreadable result: \(json)"]
        // 7 diagrams in 2 languages, each with labelled actors or groups.
        #expect(checked > 14 * 10, "only \(checked) labels checked")
        #expect(overflows.isEmpty, "\(overflows.count) labels wider than their shapes: \(overflows.prefix(20))")
    }
}

extension Chromium {
    /// Runs the browser headless on `arguments` and returns what it printed on standard output.
    static func output(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let (data, _) = CLI.drain(out, err)
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
