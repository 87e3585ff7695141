import LandscapeRender

/// A diagram's legend as HTML beside the picture instead of inside it: the same rows
/// (`Diagram.legendRows`), each sample drawn as a small SVG in the diagram's shapes, colours
/// and line styles, its text in the page's font. Printed, the text keeps the page's size
/// however much the picture is scaled down, and the picture is no wider than its drawing.
///
/// Every text is escaped (`Node`); the samples take only values the diagram builder chose
/// (shape names, colours, widths), and only those it knows: an unknown shape is drawn as a box.
enum DiagramKey {
    /// The width and height of a sample, in CSS pixels.
    static let sampleWidth = 34.0
    static let sampleHeight = 20.0

    /// The key of `rows`: one block per section (a heading and the rows below it); the
    /// legend's own heading, which leads the first section, is left out (the key sits under
    /// the figure it explains). Nothing for no rows.
    ///
    /// - Complexity: O(R) for R rows.
    static func node(_ rows: [LegendRow]) -> [Node] {
        var rows = rows
        if rows.count > 1, case .heading = rows[0], case .heading = rows[1] { rows.removeFirst() }
        let sections = Self.sections(rows)
        guard !sections.isEmpty else { return [] }
        return [Node.element("div", [("class", "diagram-key")]) {
            for section in sections {
                Node.tag("div", class: "key-section") {
                    for row in section { item(row) }
                }
            }
        }]
    }

    /// The rows split before each heading that follows a row that is not one.
    static func sections(_ rows: [LegendRow]) -> [[LegendRow]] {
        var sections: [[LegendRow]] = []
        var previousWasHeading = false
        for row in rows {
            let isHeading = if case .heading = row { true } else { false }
            if sections.isEmpty || (isHeading && !previousWasHeading) {
                sections.append([row])
            } else {
                sections[sections.count - 1].append(row)
            }
            previousWasHeading = isHeading
        }
        return sections
    }

    static func item(_ row: LegendRow) -> Node {
        switch row {
        case .heading(let text):
            return Node.tag("p", class: "key-heading", text: text)
        case .note(let text):
            return Node.tag("p", class: "key-note", text: text)
        case .shape(let text, let attributes):
            return entry(text, sample: shapeSample(attributes))
        case .swatch(let text, let colour):
            return entry(text, sample: [Node.element("rect", [
                ("x", "7"), ("y", "4"), ("width", "20"), ("height", "12"),
                ("fill", colour.hex), ("stroke", colour.shade(0.3).hex), ("stroke-width", "1"),
            ])])
        case .line(let text, let attributes, let arrow):
            return entry(text, sample: lineSample(attributes, arrow: arrow))
        }
    }

    static func entry(_ text: String, sample: [Node]) -> Node {
        Node.tag("p", class: "key-entry") {
            Node.element("svg", [
                ("xmlns", "http://www.w3.org/2000/svg"), ("class", "key-sample"), ("aria-hidden", "true"),
                ("width", format(sampleWidth)), ("height", format(sampleHeight)),
                ("viewBox", "0 0 \(format(sampleWidth)) \(format(sampleHeight))"),
            ], sample)
            Node.tag("span", text: text)
        }
    }

    /// The dash pattern of a Graphviz line style, or `nil` for a solid line.
    static func dashes(_ styles: [Substring]) -> String? {
        if styles.contains("dashed") { return "4 2.5" }
        if styles.contains("dotted") { return "1.2 2.4" }
        return nil
    }

    /// A node sample: its shape (twice, inset, with two peripheries), fill, outline and line style.
    static func shapeSample(_ attributes: Attributes) -> [Node] {
        let styles = (attributes.value("style") ?? "").split(separator: ",")
        let fill = styles.contains("filled") ? (attributes.value("fillcolor") ?? "#FFFFFF") : "#FFFFFF"
        let paint: [(String, String?)] = [
            ("fill", fill), ("stroke", attributes.value("color") ?? "#555555"),
            ("stroke-width", attributes.value("penwidth") ?? "1"), ("stroke-dasharray", dashes(styles)),
        ]
        let shape = attributes.value("shape") ?? "box"
        let rounded = styles.contains("rounded")
        var nodes = [outline(shape, inset: 1.5, rounded: rounded, paint: paint)]
        if (Int(attributes.value("peripheries") ?? "1") ?? 1) > 1 {
            let hollow: [(String, String?)] = [("fill", "none")] + Array(paint.dropFirst())
            nodes.append(outline(shape, inset: 4, rounded: rounded, paint: hollow))
        }
        return nodes
    }

    /// One outline of `shape`, `inset` pixels inside the sample's box.
    static func outline(_ shape: String, inset: Double, rounded: Bool, paint: [(String, String?)]) -> Node {
        let (left, top, right, bottom) = (inset, inset, sampleWidth - inset, sampleHeight - inset)
        let (width, height) = (right - left, bottom - top)
        func polygon(_ points: [(Double, Double)]) -> Node {
            let corners: [(String, String?)] = [("points", points.map { "\(format($0.0)),\(format($0.1))" }.joined(separator: " "))]
            return Node.element("polygon", corners + paint)
        }
        switch shape {
        case "ellipse", "circle", "oval":
            let box: [(String, String?)] = [("cx", format(sampleWidth / 2)), ("cy", format(sampleHeight / 2)),
                                            ("rx", format(width / 2)), ("ry", format(height / 2))]
            return Node.element("ellipse", box + paint)
        case "octagon":
            let dx = width * 0.22, dy = height * 0.3
            return polygon([(left + dx, top), (right - dx, top), (right, top + dy), (right, bottom - dy),
                            (right - dx, bottom), (left + dx, bottom), (left, bottom - dy), (left, top + dy)])
        case "hexagon":
            let dx = width * 0.22
            return polygon([(left + dx, top), (right - dx, top), (right, sampleHeight / 2), (right - dx, bottom),
                            (left + dx, bottom), (left, sampleHeight / 2)])
        case "note":
            let fold = height * 0.35
            return polygon([(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)])
        case "tab":
            let tab = height * 0.3
            return polygon([(left, top), (left + width * 0.35, top), (left + width * 0.35, top + tab), (right, top + tab),
                            (right, bottom), (left, bottom)])
        default:
            // box, cylinder and the rest: a rectangle, rounded when the style says so.
            let box: [(String, String?)] = [("x", format(left)), ("y", format(top)), ("width", format(width)),
                                            ("height", format(height)), ("rx", rounded ? "4" : nil)]
            return Node.element("rect", box + paint)
        }
    }

    /// A line sample: its colour (a double line for Graphviz's `A:#FFFFFF:A`), width and style,
    /// with an arrowhead at its right end when the tie kind has one.
    static func lineSample(_ attributes: Attributes, arrow: Bool) -> [Node] {
        let colours = (attributes.value("color") ?? "#555555").split(separator: ":").map(String.init)
        let colour = colours.first ?? "#555555"
        let width = Double(attributes.value("penwidth") ?? "1.2") ?? 1.2
        let styles = (attributes.value("style") ?? "").split(separator: ",")
        let end = arrow ? sampleWidth - 9 : sampleWidth - 2
        let middle = sampleHeight / 2
        func line(_ y: Double, width: Double) -> Node {
            Node.element("line", [("x1", "2"), ("y1", format(y)), ("x2", format(end)), ("y2", format(y)),
                                  ("stroke", colour), ("stroke-width", format(width)), ("stroke-dasharray", dashes(styles))])
        }
        var nodes = colours.count > 1 ? [line(middle - 1.6, width: 1.1), line(middle + 1.6, width: 1.1)] : [line(middle, width: width)]
        if arrow {
            let tip = sampleWidth - 2
            nodes.append(Node.element("polygon", [
                ("points", "\(format(end)),\(format(middle - 3.5)) \(format(tip)),\(format(middle)) \(format(end)),\(format(middle + 3.5))"),
                ("fill", colour), ("stroke", colour), ("stroke-width", "1"),
            ]))
        }
        return nodes
    }

    static func format(_ value: Double) -> String { SVGNumber.format(value) }
}
