import LandscapeRender

/// A matrix of counts as an inline SVG heat map: darker means more. Column names are written at
/// an angle above the columns, row names to the left; every cell has a tooltip.
struct HeatMap {
    var rows: [String]
    var columns: [String]
    var values: [[Int]]
    /// The tooltip of a cell: row, column, value.
    var cellTitle: (Int, Int, Int) -> String
    /// Cells on the diagonal (a group with itself) in their own hue.
    var diagonal = false
    /// A column of text after the matrix: heading and one value per row.
    var extraColumn: (heading: String, values: [String])?
    /// Rows whose name is drawn as a warning (e.g. a need nobody serves).
    var flaggedRows: Set<Int> = []
    var caption: String

    static let cellWidth = 40.0
    static let cellHeight = 26.0
    static let fontSize = 11.0
    /// An estimate of the width of one character at `fontSize` (DejaVu Sans averages 0.6 em).
    static let characterWidth = 6.6
    static let maximumRowLabel = 34
    static let maximumColumnLabel = 30
    static let hue = OkabeIto.blue
    static let diagonalHue = OkabeIto.orange
    static let flagged = OkabeIto.vermillion.shade(0.2)

    init(rows: [String], columns: [String], values: [[Int]], cellTitle: @escaping (Int, Int, Int) -> String,
         diagonal: Bool = false, extraColumn: (heading: String, values: [String])? = nil, flaggedRows: Set<Int> = [],
         caption: String) {
        self.rows = rows
        self.columns = columns
        self.values = values
        self.cellTitle = cellTitle
        self.diagonal = diagonal
        self.extraColumn = extraColumn
        self.flaggedRows = flaggedRows
        self.caption = caption
    }

    /// `text` cut to `limit` characters with an ellipsis.
    static func shortened(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// The fill for `value` of `largest`: from a light tint to the full hue.
    static func fill(_ value: Int, of largest: Int, hue: Color) -> Color {
        guard value > 0, largest > 0 else { return .white }
        let t = Double(value) / Double(largest)
        return hue.tint(0.88 - 0.78 * t)
    }

    /// Sizes of one heat map, in SVG user units.
    private struct Layout {
        var rowLabels: [String]
        var columnLabels: [String]
        var rowLabelWidth: Double
        var headerHeight: Double
        var matrixWidth: Double
        var width: Double
        var height: Double
        /// The largest value on the diagonal (0 without `diagonal`) and off it.
        var largestDiagonal: Int
        var largestOff: Int
    }

    private func layout() -> Layout {
        let rowLabels = rows.map { Self.shortened($0, Self.maximumRowLabel) }
        let columnLabels = columns.map { Self.shortened($0, Self.maximumColumnLabel) }
        let rowLabelWidth = Double(rowLabels.map(\.count).max() ?? 0) * Self.characterWidth + 14
        let longestColumn = Double(columnLabels.map(\.count).max() ?? 0) * Self.characterWidth
        // Labels rise at 45°: their height and their overhang to the right are both length / √2.
        let slant = longestColumn / 2.0.squareRoot()
        let headerHeight = slant + 16
        let matrixWidth = Double(columns.count) * Self.cellWidth
        let extraWidth = extraColumn.map { extra in
            Double(max(extra.heading.count, extra.values.map(\.count).max() ?? 0)) * Self.characterWidth + 20
        } ?? 0
        let largest = values.flatMap { $0 }.max() ?? 0
        let largestDiagonal = diagonal ? (0..<min(rows.count, columns.count)).map { values[$0][$0] }.max() ?? 0 : 0
        let largestOff = diagonal
            ? values.enumerated().flatMap { r, row in row.enumerated().filter { $0.offset != r }.map(\.element) }.max() ?? 0
            : largest
        return Layout(
            rowLabels: rowLabels, columnLabels: columnLabels, rowLabelWidth: rowLabelWidth, headerHeight: headerHeight,
            matrixWidth: matrixWidth,
            width: rowLabelWidth + matrixWidth + max(extraWidth, slant - Self.cellWidth / 2 + 8, 8),
            height: headerHeight + Double(rows.count) * Self.cellHeight + 4,
            largestDiagonal: largestDiagonal, largestOff: largestOff)
    }

    func node() -> Node {
        let layout = layout()
        var nodes: [Node] = [Node.element("title", [], [.text(caption)])]
        for (c, label) in layout.columnLabels.enumerated() {
            let x = layout.rowLabelWidth + (Double(c) + 0.5) * Self.cellWidth
            let y = layout.headerHeight - 6
            nodes.append(Node.element("text", [
                ("x", SVGNumber.format(x)), ("y", SVGNumber.format(y)), ("class", "heat-column"),
                ("transform", "rotate(-45 \(SVGNumber.format(x)) \(SVGNumber.format(y)))"),
            ], [Node.element("title", [], [.text(columns[c])]), .text(label)]))
        }
        if let extra = extraColumn {
            nodes.append(Node.element("text", [("x", SVGNumber.format(layout.rowLabelWidth + layout.matrixWidth + 12)),
                                               ("y", SVGNumber.format(layout.headerHeight - 6)), ("class", "heat-extra-heading")],
                                      [.text(extra.heading)]))
        }
        for r in layout.rowLabels.indices { nodes += row(r, layout) }
        return Node.element("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "heatmap"),
            ("viewBox", "0 0 \(SVGNumber.format(layout.width)) \(SVGNumber.format(layout.height))"),
            ("width", SVGNumber.format(layout.width)), ("role", "img"), ("aria-label", caption),
        ], nodes)
    }

    /// Row `r`: its name, its cells and its value in the extra column.
    private func row(_ r: Int, _ layout: Layout) -> [Node] {
        let y = layout.headerHeight + Double(r) * Self.cellHeight
        var nodes = [Node.element("text", [
            ("x", SVGNumber.format(layout.rowLabelWidth - 8)), ("y", SVGNumber.format(y + Self.cellHeight / 2 + 4)),
            ("class", flaggedRows.contains(r) ? "heat-row heat-flagged" : "heat-row"),
        ], [Node.element("title", [], [.text(rows[r])]), .text(layout.rowLabels[r])])]
        for c in columns.indices {
            let value = values[r][c]
            let onDiagonal = diagonal && r == c
            let largest = onDiagonal ? layout.largestDiagonal : layout.largestOff
            let color = Self.fill(value, of: largest, hue: onDiagonal ? Self.diagonalHue : Self.hue)
            let x = layout.rowLabelWidth + Double(c) * Self.cellWidth
            let dark = value > 0 && Double(value) / Double(max(1, largest)) > 0.55
            nodes.append(Node.element("g", [("class", "heat-cell")]) {
                Node.element("title", [], [.text(cellTitle(r, c, value))])
                Node.element("rect", [("x", SVGNumber.format(x + 1)), ("y", SVGNumber.format(y + 1)),
                                      ("width", SVGNumber.format(Self.cellWidth - 2)), ("height", SVGNumber.format(Self.cellHeight - 2)),
                                      ("fill", color.hex), ("stroke", value > 0 ? color.shade(0.15).hex : "#DDDDDD"),
                                      ("stroke-width", "0.8")])
                if value > 0 {
                    Node.element("text", [("x", SVGNumber.format(x + Self.cellWidth / 2)), ("y", SVGNumber.format(y + Self.cellHeight / 2 + 4)),
                                          ("class", dark ? "heat-value heat-dark" : "heat-value")], [.text("\(value)")])
                }
            })
        }
        if let extra = extraColumn, r < extra.values.count {
            nodes.append(Node.element("text", [("x", SVGNumber.format(layout.rowLabelWidth + layout.matrixWidth + 12)),
                                               ("y", SVGNumber.format(y + Self.cellHeight / 2 + 4)), ("class", "heat-extra")],
                                      [.text(extra.values[r])]))
        }
        return nodes
    }
}
