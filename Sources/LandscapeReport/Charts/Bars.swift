import LandscapeRender

/// Small bar charts as inline SVG, drawn by the report itself (no chart library, no script).
enum Bars {
    static let width = 140.0
    static let height = 14.0
    static let track = Color(0xEEEEEE)

    /// One bar, `value` of `largest`, for a table cell.
    static func single(_ value: Double, of largest: Double, color: Color, label: String) -> Node {
        let length = largest > 0 ? max(1, width * value / largest) : 0
        return svg(width: width, height: height, label: label) {
            Node.element("rect", [("x", "0"), ("y", "2"), ("width", SVGNumber.format(width)), ("height", SVGNumber.format(height - 4)),
                                  ("fill", track.hex)])
            Node.element("rect", [("x", "0"), ("y", "2"), ("width", SVGNumber.format(length)), ("height", SVGNumber.format(height - 4)),
                                  ("fill", color.hex)])
        }
    }

    /// Segments side by side in one bar, the whole bar `Σ values` of `largest`.
    static func stacked(_ segments: [(value: Double, color: Color, name: String)], of largest: Double, label: String) -> Node {
        var x = 0.0
        var rects: [Node] = [Node.element("rect", [("x", "0"), ("y", "2"), ("width", SVGNumber.format(width)),
                                                   ("height", SVGNumber.format(height - 4)), ("fill", track.hex)])]
        for segment in segments where segment.value > 0 && largest > 0 {
            let length = width * segment.value / largest
            rects.append(Node.element("rect", [("x", SVGNumber.format(x)), ("y", "2"), ("width", SVGNumber.format(length)),
                                               ("height", SVGNumber.format(height - 4)), ("fill", segment.color.hex)], [
                Node.element("title", [], [.text("\(segment.name): \(Int(segment.value))")]),
            ]))
            x += length
        }
        return svg(width: width, height: height, label: label) { rects }
    }

    /// Two labelled bars, before and after.
    static func beforeAfter(before: Double, after: Double, labels: (String, String), caption: String,
                            format: (Double) -> String) -> Node {
        let chartWidth = 300.0, labelWidth = 70.0, barHeight = 16.0, gap = 8.0
        let largest = max(before, after, 1)
        let total = labelWidth + chartWidth + 60
        func bar(_ index: Int, _ value: Double, _ label: String, _ color: Color) -> [Node] {
            let y = 18 + Double(index) * (barHeight + gap)
            let length = chartWidth * value / largest
            return [
                Node.element("text", [("x", "0"), ("y", SVGNumber.format(y + barHeight - 4)), ("class", "chart-label")], [.text(label)]),
                Node.element("rect", [("x", SVGNumber.format(labelWidth)), ("y", SVGNumber.format(y)),
                                      ("width", SVGNumber.format(max(value > 0 ? 1 : 0, length))), ("height", SVGNumber.format(barHeight)),
                                      ("fill", color.hex)]),
                Node.element("text", [("x", SVGNumber.format(labelWidth + length + 6)), ("y", SVGNumber.format(y + barHeight - 4)),
                                      ("class", "chart-value")], [.text(format(value))]),
            ]
        }
        return Node.element("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("class", "before-after-chart"),
                                    ("viewBox", "0 0 \(SVGNumber.format(total)) 66"), ("width", SVGNumber.format(total)),
                                    ("height", "66"), ("role", "img"), ("aria-label", caption)]) {
            Node.element("title", [], [.text(caption)])
            Node.element("text", [("x", "0"), ("y", "11"), ("class", "chart-caption")], [.text(caption)])
            bar(0, before, labels.0, OkabeIto.blue)
            bar(1, after, labels.1, after < before ? OkabeIto.vermillion : OkabeIto.blue)
        }
    }

    /// A value on a labelled scale.
    struct Scale {
        var value: Double
        var lower: Double
        var upper: Double
        var lowerLabel: String
        var upperLabel: String
    }

    /// A horizontal scale from `lower` to `upper` with a marker at the value and the meaning of
    /// both ends written below.
    static func gauge(_ scale: Scale) -> Node {
        let width = 220.0, left = 6.0, right = 6.0
        let span = scale.upper - scale.lower
        let t = span > 0 ? min(1, max(0, (scale.value - scale.lower) / span)) : 0
        let x = left + t * (width - left - right)
        return Node.element("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("class", "gauge"), ("viewBox", "0 0 220 34"),
                                    ("width", "220"), ("height", "34"), ("role", "img"),
                                    ("aria-label", "\(scale.lowerLabel) – \(scale.upperLabel)")]) {
            Node.element("rect", [("x", SVGNumber.format(left)), ("y", "8"), ("width", SVGNumber.format(width - left - right)),
                                  ("height", "5"), ("rx", "2.5"), ("fill", "#DDE3E8")])
            Node.element("circle", [("cx", SVGNumber.format(x)), ("cy", "10.5"), ("r", "6"), ("fill", OkabeIto.blue.hex),
                                    ("stroke", "#FFFFFF"), ("stroke-width", "1.5")])
            Node.element("text", [("x", "0"), ("y", "31"), ("class", "gauge-label")], [.text(scale.lowerLabel)])
            Node.element("text", [("x", "220"), ("y", "31"), ("class", "gauge-label gauge-right")], [.text(scale.upperLabel)])
        }
    }

    static func svg(width: Double, height: Double, label: String, @MarkupBuilder _ content: () -> [Node]) -> Node {
        Node.element("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("class", "bar"),
                             ("viewBox", "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))"),
                             ("width", SVGNumber.format(width)), ("height", SVGNumber.format(height)),
                             ("role", "img"), ("aria-label", label)]) {
            Node.element("title", [], [.text(label)])
            content()
        }
    }
}

/// Numbers in SVG attributes: at most one decimal, a point, no locale.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        let whole = Int(tenths / 10)
        let fraction = Int(abs(tenths).truncatingRemainder(dividingBy: 10))
        if fraction == 0 { return "\(whole)" }
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}
