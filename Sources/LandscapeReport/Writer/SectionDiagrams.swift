import LandscapeCore
import LandscapeRender
import LandscapeWording

extension ReportWriter {
    /// Section 2: the network diagram, the steering structure (when there are committees) and
    /// the directory of actors.
    func diagramSection() -> Node {
        section(.diagrams, landscapePages: true) {
            Node.tag("p", class: "lead", text: diagrams.networkGrouped ? words.groupedDiagramIntro : words.diagramIntro)
            figure(diagrams.network, caption: words.networkCaption, reading: networkReading)
            for group in diagrams.groups {
                figure(group.outcome, caption: words.groupCaption(group.name), reading: words.networkGroupReading, tiled: false)
            }
            if let steering = diagrams.steering {
                figure(steering, caption: words.steeringCaption, reading: words.steeringReading)
            } else if !landscape.actors.contains(where: { $0.kind == .committee }) {
                note(words.noCommittees)
            }
        }
    }

    /// How to read the network diagram: the actors, or the groups and where each group is
    /// drawn on its own (the pages after it, or `render --group`).
    private var networkReading: String {
        guard diagrams.networkGrouped else { return words.networkReading }
        let groups = diagrams.groups
        let follow = groups.isEmpty ? [] : [words.groupsFollow(groups.count, onlyLargest: diagrams.groupsLeftOut,
                                                               smallest: ReportDiagrams.smallestGroupDrawn)]
        let hint = groups.isEmpty || diagrams.groupsLeftOut ? [words.networkRenderGroupHint] : []
        return ([words.networkGroupedReading] + follow + hint).joined(separator: " ")
    }

    /// A rendered diagram (on landscape A4 in print; when its names would be too small on one
    /// page and `tiled`, the caption says that the appendix shows it enlarged in parts), or why
    /// it is missing. `key`: the legend, when the drawing has none (`DiagramKey`), under it.
    /// `largestScale`: the picture is drawn at most this many times its size (a small drawing
    /// need not fill the page).
    func figure(_ diagram: ReportDiagrams.Outcome?, caption: String, reading: String, tiled: Bool = true,
                key: [LegendRow] = [], largestScale: Double? = nil) -> [Node] {
        switch diagram {
        case .rendered(let drawing)?:
            let tiles = tiled && drawing.groupID != nil ? DiagramTiles(width: drawing.width, height: drawing.height) : DiagramTiles()
            // The drawing's points as CSS pixels (96 per inch, 72 points).
            let widest = largestScale.flatMap { scale in drawing.width > 0 ? "max-width:\(Int(drawing.width * scale * 4 / 3))px" : nil }
            return [Node.element("figure", [("class", tiles.tiles.isEmpty ? "diagram" : "diagram tiled")]) {
                // In print, before the reader tries the names: the enlarged parts follow.
                if !tiles.tiles.isEmpty { Node.tag("p", class: "tiles-note", text: words.tilesNote(tiles.tiles.count, size: tiles.labelSize)) }
                Node.element("div", [("class", "diagram-frame"), ("style", widest)]) { drawing.node }
                DiagramKey.node(key)
                Node.element("figcaption") {
                    Node.tag("strong", text: caption)
                    " " + reading
                    if !tiles.tiles.isEmpty { Node.tag("span", class: "tiles-follow", text: " " + words.tilesFollow(tiles.tiles.count)) }
                    " "
                    Node.tag("span", class: "zoom-hint", text: words.zoomHint)
                }
            }]
        case .failed(let reason)?:
            return [Node.element("figure", [("class", "diagram")]) {
                Node.tag("p", class: "missing", text: words.diagramFailed(reason))
                Node.element("figcaption") { Node.tag("strong", text: caption) }
            }]
        case nil:
            return []
        }
    }

    /// The enlarged parts of a rendered diagram whose names would be too small on one page
    /// (print only; each draws the diagram of the main part again with `<use>`).
    func tileFigures(_ diagram: ReportDiagrams.Outcome?, caption: String) -> [Node] {
        switch diagram {
        case .rendered(let drawing)?:
            let tiles = DiagramTiles(width: drawing.width, height: drawing.height)
            return drawing.groupID.map { id in
                tiles.tiles.enumerated().map { index, tile in
                    let label = words.tileCaption(index + 1, of: tiles.tiles.count,
                                                  place: TilePlace(row: tile.row, column: tile.column, rows: tiles.rows, columns: tiles.columns))
                    return Node.element("figure", [("class", "diagram tile")]) {
                        Node.tag("div", class: "diagram-frame") { tile.node(groupID: id, label: caption + " " + label) }
                        Node.element("figcaption") {
                            Node.tag("strong", text: caption)
                            " " + label
                        }
                    }
                }
            } ?? []
        default:
            return []
        }
    }

    /// Every actor with kind, municipality, dates, funding programmes and (unless removed)
    /// contact: the key to the names in the diagrams. Above `directoryLargest` actors a note in
    /// its place says that `report --tables xlsx` writes it: a steering group does not print
    /// 200,000 rows (75 MB of HTML).
    func directory() -> Node {
        guard landscape.actors.count <= Self.directoryLargest else {
            return Node.tag("div", class: "directory") {
                Node.tag("h3", text: words.directoryHeading)
                commandNote(words.directoryTooLong(landscape.actors.count, limit: Self.directoryLargest))
            }
        }
        let showContacts = landscape.actors.contains { !($0.contact ?? "").trimmingSpaces.isEmpty }
        var header = [words.nameColumn, words.kindColumn, words.municipalityColumn, words.periodColumn, words.fundedByColumn]
        if showContacts { header.append(words.contactColumn) }
        let rows: [[[Node]]] = landscape.actors.map { actor in
            var row: [[Node]] = [
                [Node.tag("span", class: "actor", text: actor.name)],
                [kindChip(actor.kind)],
                [.text(actor.municipality ?? "")],
                [.text(words.period(actor.period))],
                [.text(list(actor.programs.map(name), limit: 3))],
            ]
            if showContacts { row.append([.text(actor.contact ?? "")]) }
            return row
        }
        return Node.tag("div", class: "directory") {
            Node.tag("h3", text: words.directoryHeading)
            if let removed = anonymization.note { note(words.anonymizationNote(removed)) }
            table(class: "directory-table", header: header, rows: rows)
        }
    }

    /// The most actors the appendix lists one by one: where the analyses switch to sampling.
    static let directoryLargest = Sampling.largeAbove
}
