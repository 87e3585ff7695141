import LandscapeCore
import Testing
@testable import LandscapeRender

@Suite("Shapes, colours, line styles and the legend's geometry")
struct StyleTests {
    @Test("Every kind has its own silhouette (shape, outline count, border style): readable in greyscale")
    func distinctSilhouettes() {
        let silhouettes = ActorKind.allCases.map { kind -> String in
            let style = KindStyle.of(kind)
            return "\(style.shape)/\(style.peripheries)/\(style.styles.joined(separator: ","))"
        }
        #expect(Set(silhouettes).count == ActorKind.allCases.count)
        // The four a steering group must tell apart at a glance have different base shapes.
        let key: [ActorKind] = [.committee, .foundation, .office, .association]
        #expect(Set(key.map { "\(KindStyle.of($0).shape)/\(KindStyle.of($0).peripheries)" }).count == 4)
    }

    @Test("Colours come from the Okabe–Ito palette, as tints for fills")
    func palette() {
        let hues = Set(OkabeIto.categorical + [OkabeIto.black])
        for kind in ActorKind.allCases {
            #expect(hues.contains(KindStyle.of(kind).hue), "\(kind)")
        }
        #expect(OkabeIto.blue.hex == "#0072B2")
        #expect(OkabeIto.blue.tint(0.5).hex == "#80B9D9")
        #expect(OkabeIto.orange.shade(0.25).hex == "#AD7700")
        #expect(Color.white.hex(alpha: 0x48) == "#FFFFFF48")
    }

    @Test("Every tie kind has its own line: style, arrow and colour; arrows exactly on directed kinds")
    func distinctLines() {
        let lines = TieKind.allCases.map { kind -> String in
            let style = TieStyle.of(kind)
            return "\(style.line)/\(style.arrowhead ?? "-")/\(TieStyle.isDoubleLine(kind: kind, formal: false))"
        }
        #expect(Set(lines).count == TieKind.allCases.count)
        for kind in TieKind.allCases {
            #expect((TieStyle.of(kind).arrowhead != nil) == kind.isDirected, "\(kind)")
        }
    }

    @Test("Pen width: the kind's width times √weight, within 0.5…4 times")
    func penWidth() {
        let style = TieStyle.of(.cooperation)
        #expect(style.penWidth(weight: 1) == 1.2)
        #expect(style.penWidth(weight: 4) == 2.4)
        #expect(style.penWidth(weight: 100) == 4.8)
        #expect(style.penWidth(weight: 0.01) == 0.6)
    }

    @Test("Numbers in attributes: two decimals at most, no trailing zeros")
    func numbers() {
        #expect(format(1) == "1")
        #expect(format(1.5) == "1.5")
        #expect(format(2.0833) == "2.08")
        #expect(format(0.05) == "0.05")
        #expect(format(-3.1) == "-3.1")
        #expect(format(.nan) == "0")
    }

    @Test("The legend goes right of a tall drawing (one column) and below a wide one (side by side)")
    func placement() throws {
        let legend = try #require(LegendLayout.layout([
            .heading("Legende"), .heading("Akteure"), .shape("Amt", ["shape": "box"]), .shape("Stiftung", ["shape": "hexagon"]),
            .heading("Beziehungen"), .line("Kooperation", ["style": "solid"], arrow: false), .note("Hinweis"),
        ], frame: [:]))
        #expect(legend.tall.size.height == 20 + 24 + 24 + 28 + 28 + 24 + 22 + 19)
        #expect(legend.wide.size.height == 20 + 24 + 24 + 28 + 28)
        #expect(legend.wide.size.width > legend.tall.size.width)
        let tall = Box(minX: 0, minY: 0, maxX: 400, maxY: 600)
        let right = LegendPlacement.place(drawing: tall, legend: legend)
        #expect(right.block == legend.tall)
        #expect(right.origin == Point(x: 424, y: 600 - legend.tall.size.height))
        let wide = Box(minX: 0, minY: 0, maxX: 2000, maxY: 500)
        let below = LegendPlacement.place(drawing: wide, legend: legend)
        #expect(below.block == legend.wide)
        #expect(below.origin == Point(x: 0, y: -24 - legend.wide.size.height))
        #expect(LegendPlacement.place(drawing: Box(minX: 0, minY: 0, maxX: 0, maxY: 0), legend: legend).origin == Point(x: 0, y: 0))
    }

    @Test("Sections for the wide legend: split at headings, the legend's own heading kept with the first")
    func sections() {
        let rows: [LegendRow] = [.heading("L"), .heading("A"), .shape("x", [:]), .heading("F"), .swatch("s", .white), .heading("B"), .line("k", [:], arrow: false), .note("n")]
        #expect(LegendLayout.sections(rows).map(\.count) == [3, 2, 3])
    }

    @Test("A legend sample line: four control points on the line, stopping short of the arrow's tip")
    func sampleLine() {
        let edge = LegendEdge(edge: DiagramEdge(tail: "l0", head: "l1"), from: Point(x: 0, y: 10), to: Point(x: 44, y: 10), arrow: true)
        // arrowhead 10 × 0.8 = 8 points long: the line stops at 36.
        let spline = edge.spline(offsetBy: Point(x: 100, y: 100), arrowSize: 0.8)
        #expect(spline.end == Point(x: 144, y: 110))
        #expect(spline.points == [Point(x: 100, y: 110), Point(x: 112, y: 110), Point(x: 124, y: 110), Point(x: 136, y: 110)])
        let plain = LegendEdge(edge: DiagramEdge(tail: "l0", head: "l1"), from: Point(x: 0, y: 0), to: Point(x: 30, y: 0), arrow: false)
        #expect(plain.spline(offsetBy: Point(x: 0, y: 0), arrowSize: 1).end == nil)
        #expect(plain.spline(offsetBy: Point(x: 0, y: 0), arrowSize: 1).points.last == Point(x: 30, y: 0))
    }

    @Test("Legend rows stack from the top; texts are left-aligned in fixed-width nodes")
    func legendLayout() throws {
        let legend = try #require(LegendLayout.layout([
            .heading("Legende"), .shape("Amt", ["shape": "box"]), .line("Kooperation", ["style": "solid"], arrow: false),
        ], frame: [:])).tall
        #expect(legend.size.height == 20 + 24 + 28 + 22)
        #expect(legend.nodes.count == 6)  // heading; sample + text; two line ends + text
        #expect(legend.edges.count == 1)
        let heading = legend.nodes[0]
        #expect(heading.center.y == legend.size.height - 10 - 12)
        #expect(heading.node.attributes["label"] == .text("Legende", .left))
        #expect(legend.nodes[2].node.attributes.value("fixedsize") == "true")
        #expect(Set(legend.nodes.map(\.node.name)).count == legend.nodes.count)
        #expect(LegendLayout.layout([], frame: [:]) == nil)
    }

    @Test("A diagram survives JSON (for the worker process) unchanged, except for its notes and the legend's rows")
    func codable() throws {
        let diagram = try DiagramBuilder().build(canonicalLandscape(), options: DiagramOptions(clusterBy: .kind, labels: .top(3)))
        let data = try JSONEncoderShim.encode(diagram)
        var decoded = try JSONEncoderShim.decode(data)
        #expect(decoded.notes.isEmpty && decoded.legendRows.isEmpty)
        #expect(!diagram.legendRows.isEmpty, "the rows the legend was laid out from")
        decoded.notes = diagram.notes
        decoded.legendRows = diagram.legendRows
        #expect(decoded == diagram)
    }
}

import Foundation

enum JSONEncoderShim {
    static func encode(_ diagram: Diagram) throws -> Data { try JSONEncoder().encode(diagram) }
    static func decode(_ data: Data) throws -> Diagram { try JSONDecoder().decode(Diagram.self, from: data) }
}
