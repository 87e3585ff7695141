import LandscapeRender
import Testing
@testable import LandscapeReport

@Suite("A diagram's legend as HTML under the picture (DiagramKey)")
struct DiagramKeyTests {
    /// Rows as the diagram builder makes them: the legend's own heading, two sections, every
    /// kind of row; the colours are KindStyle's and TieStyle's.
    static let rows: [LegendRow] = [
        .heading("Legende"), .heading("Akteure"),
        .shape("Amt <b>", ["shape": "box", "style": "filled", "fillcolor": "#0072B2", "color": "#005686", "penwidth": "1.2"]),
        .shape("Gremium", ["shape": "ellipse", "peripheries": "2", "style": "filled", "fillcolor": "#D55E00", "color": "#A04600"]),
        .heading("Beziehungen"),
        .line("Steuerung", ["style": "solid", "color": "#005A8E", "penwidth": "2.4"], arrow: true),
        .line("formell", ["style": "solid", "color": "#555555:#FFFFFF:#555555", "penwidth": "1.2"], arrow: false),
        .swatch("Teilnetz 1", Color(0xE69F00)), .note("Hinweis & mehr"),
    ]

    @Test("One block per section, the legend's own heading left out, every text escaped, the samples in the diagram's colours")
    func markup() {
        let markup = DiagramKey.node(Self.rows).map(\.markup).joined()
        #expect(markup.components(separatedBy: "<div class=\"key-section\">").count - 1 == 2)
        #expect(!markup.contains(">Legende<") && markup.contains("<p class=\"key-heading\">Akteure</p>"))
        #expect(markup.contains("<span>Amt &lt;b&gt;</span>") && markup.contains("<p class=\"key-note\">Hinweis &amp; mehr</p>"))
        #expect(markup.contains("<rect x=\"1.5\" y=\"1.5\" width=\"31\" height=\"17\" fill=\"#0072B2\" stroke=\"#005686\" stroke-width=\"1.2\" />"),
                "\(markup)")
        #expect(markup.components(separatedBy: "<ellipse ").count - 1 == 2, "two peripheries")
        #expect(markup.components(separatedBy: "<line ").count - 1 == 3, "one line, and a double one")
        #expect(markup.contains("<polygon points=\"25,6.5 32,10 25,13.5\" fill=\"#005A8E\""), "the arrowhead")
        #expect(markup.contains("fill=\"#E69F00\""), "the swatch")
        #expect(DiagramKey.node([]).isEmpty && DiagramKey.node([.heading("Legende")]).count == 1)
    }
}
