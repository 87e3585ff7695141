/// Enlarged pieces of a diagram for print: a large landscape shrunk onto one A4 page leaves
/// names a few points high, so the printed report follows such a diagram with a grid of
/// overlapping tiles at a readable scale.
///
/// A tile is a small SVG whose `viewBox` is a part of the diagram's and which draws the
/// diagram's root group again with `<use>`: the drawing is in the document once, whatever the
/// number of tiles. Tiles are shown in print only.
struct DiagramTiles {
    struct Tile {
        var row: Int
        var column: Int
        var x: Double
        var y: Double
        var width: Double
        var height: Double

        func node(groupID: String, label: String) -> Node {
            let box = [x, y, width, height].map(SVGNumber.format).joined(separator: " ")
            return Node.element("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("class", "tile-drawing"), ("viewBox", box),
                                        ("role", "img"), ("aria-label", label)]) {
                Node.element("use", [("href", "#" + groupID)])
            }
        }
    }

    var rows = 1
    var columns = 1
    var tiles: [Tile] = []
    /// The scale the tiles print at (none: 0).
    var scale = 0.0
    /// The size a diagram's names (11 pt in the diagram) print at in the tiles, in points.
    var labelSize: Double { scale * 11 }

    /// No tiles.
    init() {}

    /// Space for a tile on a landscape A4 page (269 mm × 175 mm, in points).
    static let pageWidth = 762.0
    static let pageHeight = 496.0
    /// Height the overview gets below the section heading and its lead (ReportStyle: 122 mm).
    static let overviewHeight = 346.0
    /// Below this scale the names of the overview (11 pt in the diagram) print under ~4.5 pt.
    static let smallestOverviewScale = 0.42
    /// The scale tiles aim at: names of 7 pt (11 pt in the diagram).
    static let readableScale = 0.64
    static let maximumTiles = 6
    /// How far neighbouring tiles overlap, as a share of a tile, so that an actor cut by one
    /// edge is whole in the next tile.
    static let overlap = 0.06

    /// The tiles for a diagram of `width` × `height` points: none when the overview is
    /// readable; otherwise the fewest tiles that reach `readableScale`, or the largest scale
    /// `maximumTiles` allow.
    init(width: Double, height: Double) {
        guard width > 0, height > 0,
              min(Self.pageWidth / width, Self.overviewHeight / height) < Self.smallestOverviewScale else { return }
        func scale(_ columns: Int, _ rows: Int) -> Double {
            let w = width / Double(columns) * (1 + 2 * Self.overlap), h = height / Double(rows) * (1 + 2 * Self.overlap)
            return min(Self.pageWidth / w, Self.pageHeight / h)
        }
        var best: (columns: Int, rows: Int, scale: Double)?
        for count in 2...Self.maximumTiles {
            let splits = (1...count).filter { count % $0 == 0 }.map { (columns: $0, rows: count / $0, scale: scale($0, count / $0)) }
            guard let top = splits.max(by: { $0.scale < $1.scale }) else { continue }
            if best == nil || top.scale > (best?.scale ?? 0) + 1e-9 { best = top }
            if top.scale >= Self.readableScale { break }
        }
        guard let best else { return }
        columns = best.columns
        rows = best.rows
        self.scale = best.scale
        let w = width / Double(columns), h = height / Double(rows)
        for row in 0..<rows {
            for column in 0..<columns {
                let x0 = max(0, (Double(column) - Self.overlap) * w), x1 = min(width, (Double(column) + 1 + Self.overlap) * w)
                let y0 = max(0, (Double(row) - Self.overlap) * h), y1 = min(height, (Double(row) + 1 + Self.overlap) * h)
                tiles.append(Tile(row: row, column: column, x: x0, y: y0, width: x1 - x0, height: y1 - y0))
            }
        }
    }
}
