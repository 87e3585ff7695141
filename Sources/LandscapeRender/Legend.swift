/// The legend: the kinds and tie kinds present in the diagram with their shapes and line
/// styles, colour keys and notes. Its items are laid out here, relative to the legend's own
/// bottom-left corner, in two arrangements; the Graphviz layer chooses one, moves it beside or
/// below the finished drawing (`LegendPlacement`) and pins it there.
public struct Legend: Hashable, Sendable, Codable {
    /// One column, for the right of the drawing.
    public var tall: LegendBlock
    /// One column per section (actors, colours, ties), side by side, for below the drawing.
    public var wide: LegendBlock
}

/// One arrangement of the legend: its size, its frame and its items.
public struct LegendBlock: Hashable, Sendable, Codable {
    public var size: Size
    /// The attributes of the box around the legend (drawn as a cluster).
    public var frame: Attributes
    public var nodes: [LegendNode]
    public var edges: [LegendEdge]
}

/// A legend node (a sample shape, a colour swatch, a text, or an invisible end of a sample
/// line) and its centre.
public struct LegendNode: Hashable, Sendable, Codable {
    public var node: DiagramNode
    public var center: Point
}

/// A sample line between two invisible legend nodes, drawn straight from `from` to `to`.
public struct LegendEdge: Hashable, Sendable, Codable {
    public var edge: DiagramEdge
    public var from: Point
    public var to: Point
    /// Whether an arrowhead ends the line at `to`.
    public var arrow: Bool

    /// Graphviz's arrowhead length at `arrowsize` 1.
    static let arrowLength = 10.0

    /// The line as Graphviz's `pos` wants it, moved by `offset`: one cubic Bézier segment (four
    /// control points on the straight line) that stops short of `to` when an arrowhead fills
    /// the rest, plus the arrow's tip as the end point.
    public func spline(offsetBy offset: Point, arrowSize: Double) -> EdgeSpline {
        let start = Point(x: from.x + offset.x, y: from.y + offset.y)
        let tip = Point(x: to.x + offset.x, y: to.y + offset.y)
        let length = arrow ? min(Self.arrowLength * arrowSize, (tip.x - start.x) / 2) : 0
        let stop = Point(x: tip.x - length, y: tip.y)
        let step = (stop.x - start.x) / 3
        let points = (0...3).map { Point(x: start.x + Double($0) * step, y: start.y) }
        return EdgeSpline(end: arrow ? tip : nil, points: points)
    }
}

/// An edge's drawn path in Graphviz's `pos` terms: B-spline control points and, when the
/// edge has an arrowhead at its head, the arrow's tip.
public struct EdgeSpline: Hashable, Sendable {
    public var end: Point?
    public var points: [Point]
}

/// One line of the legend.
public enum LegendRow: Hashable, Sendable {
    /// A bold heading.
    case heading(String)
    /// A sample node with these attributes (shape, colours), then its name.
    case shape(String, Attributes)
    /// A colour key: a small box filled with the colour, then its meaning.
    case swatch(String, Color)
    /// A sample line with these attributes (style, colour, width), then its name.
    case line(String, Attributes, arrow: Bool)
    /// A remark in small text, wrapped.
    case note(String)
}

/// Lays out legend rows: samples on the left, left-aligned text on the right.
///
/// Text widths are estimated (`averageCharacterWidth`), so each text sits in a fixed-width,
/// left-justified node: a wrong estimate only changes the legend's width, never the alignment.
enum LegendLayout {
    static let padding = 10.0
    static let sampleCenterX = padding + 20
    static let sampleWidth = 34.0
    static let sampleHeight = 20.0
    static let textLeft = padding + 46
    static let noteWrap = 44
    /// Average advance of DejaVu Sans per character, in ems; generous, as it only sets width.
    static let averageCharacterWidth = 0.62

    static func height(of row: LegendRow) -> Double {
        switch row {
        case .heading: 24
        case .shape: 28
        case .swatch, .line: 22
        case .note(let text): 4 + 15 * Double(wrap(text, width: noteWrap).split(separator: "\n").count)
        }
    }

    static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        let longest = text.split(separator: "\n").map(\.count).max() ?? 0
        return Double(longest) * size * (averageCharacterWidth + (bold ? 0.06 : 0))
    }

    /// Space between the columns of the wide arrangement.
    static let columnGap = 18.0

    /// The legend for `rows`, or `nil` when there are none.
    static func layout(_ rows: [LegendRow], frame: Attributes) -> Legend? {
        guard !rows.isEmpty else { return nil }
        return Legend(tall: block([rows], frame: frame), wide: block(sections(rows), frame: frame))
    }

    /// The rows split at each heading that starts a section; the legend's own heading stays
    /// with the first section.
    static func sections(_ rows: [LegendRow]) -> [[LegendRow]] {
        var sections: [[LegendRow]] = []
        var previousWasHeading = false
        for row in rows {
            let isHeading = if case .heading = row { true } else { false }
            if isHeading && !previousWasHeading && !sections.isEmpty {
                sections.append([row])
            } else if sections.isEmpty {
                sections.append([row])
            } else {
                sections[sections.count - 1].append(row)
            }
            previousWasHeading = isHeading
        }
        return sections
    }

    /// Lays out `columns` side by side, top-aligned.
    static func block(_ columns: [[LegendRow]], frame: Attributes) -> LegendBlock {
        let widths = columns.map(columnWidth)
        let heights = columns.map { $0.map(Self.height(of:)).reduce(2 * padding, +) }
        let height = heights.max() ?? 0
        let width = widths.reduce(0, +) + columnGap * Double(max(0, columns.count - 1))
        var nodes: [LegendNode] = []
        var edges: [LegendEdge] = []
        var left = 0.0
        for (index, column) in columns.enumerated() {
            layColumn(column, left: left, width: widths[index], top: height - padding, nodes: &nodes, edges: &edges)
            left += widths[index] + columnGap
        }
        return LegendBlock(size: Size(width: width, height: height), frame: frame, nodes: nodes, edges: edges)
    }

    /// The width of the text column (the texts sit right of the samples).
    static func textColumnWidth(_ rows: [LegendRow]) -> Double {
        var textWidth = 0.0
        for row in rows {
            switch row {
            case .heading(let text): textWidth = max(textWidth, Self.textWidth(text, size: Look.legendHeadingSize, bold: true) - (textLeft - padding))
            case .shape(let text, _), .swatch(let text, _), .line(let text, _, _): textWidth = max(textWidth, Self.textWidth(text, size: Look.legendSize))
            case .note(let text): textWidth = max(textWidth, Self.textWidth(wrap(text, width: noteWrap), size: Look.legendSize - 1) - (textLeft - padding))
            }
        }
        return max(textWidth, 60) + 4
    }

    static func columnWidth(_ rows: [LegendRow]) -> Double {
        textLeft + textColumnWidth(rows) + padding
    }

    /// A line sample between two invisible points, centred on `centerX`.
    private static func layLine(
        _ sample: Attributes, arrow: Bool, centerX: Double, y: Double, nodes: inout [LegendNode], edges: inout [LegendEdge]
    ) {
        let from = Point(x: centerX - sampleWidth / 2 - 2, y: y)
        let to = Point(x: centerX + sampleWidth / 2 + 2, y: y)
        var end: Attributes = [
            "shape": "point", "style": "invis", "width": "0.01", "height": "0.01",
            "fixedsize": "true", "class": "legend",
        ]
        end["label"] = .text("")
        let tail = DiagramNode(name: "l\(nodes.count)", attributes: end)
        nodes.append(LegendNode(node: tail, center: from))
        let head = DiagramNode(name: "l\(nodes.count)", attributes: end)
        nodes.append(LegendNode(node: head, center: to))
        var attributes = sample
        attributes.set("class", "legend")
        attributes.set("dir", arrow ? "forward" : "none")
        edges.append(LegendEdge(edge: DiagramEdge(tail: tail.name, head: head.name, attributes: attributes), from: from, to: to, arrow: arrow))
    }

    private static func layColumn(_ rows: [LegendRow], left: Double, width: Double, top start: Double, nodes: inout [LegendNode], edges: inout [LegendEdge]) {
        let textWidth = width - textLeft - padding
        var top = start
        func name() -> String { "l\(nodes.count)" }
        func text(_ content: String, left: Double, width: Double, y: Double, rowHeight: Double, size: Double, bold: Bool) {
            var attributes: Attributes = [
                "shape": "plaintext", "style": "solid", "fixedsize": "true", "margin": "0",
                "width": format(width / 72), "height": format(rowHeight / 72),
                "fontsize": format(size), "fontname": bold ? Look.boldFont : Look.font,
                "fontcolor": Look.text.hex, "class": "legend",
            ]
            attributes["label"] = .text(content, .left)
            nodes.append(LegendNode(node: DiagramNode(name: name(), attributes: attributes), center: Point(x: left + width / 2, y: y)))
        }
        let sampleX = left + sampleCenterX
        let textX = left + textLeft

        for row in rows {
            let rowHeight = Self.height(of: row)
            let y = top - rowHeight / 2
            switch row {
            case .heading(let content):
                text(content, left: left + padding, width: width - 2 * padding, y: y, rowHeight: rowHeight, size: Look.legendHeadingSize, bold: true)
            case .shape(let content, let sample):
                var attributes = sample
                attributes.merge([
                    "fixedsize": "true", "width": format(sampleWidth / 72), "height": format(sampleHeight / 72),
                    "class": "legend",
                ])
                attributes["label"] = .text("")
                nodes.append(LegendNode(node: DiagramNode(name: name(), attributes: attributes), center: Point(x: sampleX, y: y)))
                text(content, left: textX, width: textWidth, y: y, rowHeight: rowHeight, size: Look.legendSize, bold: false)
            case .swatch(let content, let color):
                var attributes: Attributes = [
                    "shape": "box", "style": "filled", "fillcolor": color.hex, "color": color.shade(0.3).hex,
                    "fixedsize": "true", "width": format(20 / 72), "height": format(12 / 72), "class": "legend",
                ]
                attributes["label"] = .text("")
                nodes.append(LegendNode(node: DiagramNode(name: name(), attributes: attributes), center: Point(x: sampleX, y: y)))
                text(content, left: textX, width: textWidth, y: y, rowHeight: rowHeight, size: Look.legendSize, bold: false)
            case .line(let content, let sample, let arrow):
                layLine(sample, arrow: arrow, centerX: sampleX, y: y, nodes: &nodes, edges: &edges)
                text(content, left: textX, width: textWidth, y: y, rowHeight: rowHeight, size: Look.legendSize, bold: false)
            case .note(let content):
                text(wrap(content, width: noteWrap), left: left + padding, width: width - 2 * padding, y: y, rowHeight: rowHeight, size: Look.legendSize - 1, bold: false)
            }
            top -= rowHeight
        }
    }
}

/// Where the legend goes once the drawing is laid out.
public enum LegendPlacement {
    /// Space between the drawing and the legend, in points.
    public static let gap = 24.0
    /// The proportions aimed for: a landscape A4 page.
    static let aspect = 2.0.squareRoot()

    /// The arrangement of the legend and its bottom-left corner: the tall one to the right of
    /// the drawing, top-aligned, or the wide one below it, left-aligned — whichever makes the
    /// whole closer to a landscape A4 page. An empty drawing puts the tall one at the origin.
    ///
    /// - Complexity: O(1).
    public static func place(drawing: Box, legend: Legend) -> (block: LegendBlock, origin: Point) {
        guard drawing.width > 0 || drawing.height > 0 else { return (legend.tall, Point(x: 0, y: 0)) }
        let tall = legend.tall.size, wide = legend.wide.size
        let right = Size(width: drawing.width + gap + tall.width, height: max(drawing.height, tall.height))
        let below = Size(width: max(drawing.width, wide.width), height: drawing.height + gap + wide.height)
        func distance(_ size: Size) -> Double {
            let ratio = size.width / max(size.height, 1)
            return max(ratio / aspect, aspect / ratio)
        }
        if distance(right) <= distance(below) {
            return (legend.tall, Point(x: drawing.maxX + gap, y: drawing.maxY - tall.height))
        }
        return (legend.wide, Point(x: drawing.minX, y: drawing.minY - gap - wide.height))
    }
}
