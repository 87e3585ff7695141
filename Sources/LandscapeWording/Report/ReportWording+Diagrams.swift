import LandscapeCore

/// The report's words for section 2, the diagrams and the directory of actors; its texts
/// (`diagramIntro`, `networkCaption`, `steeringReading`, `noCommittees`, `zoomHint`,
/// `directoryHeading`, `nameColumn` …) are those of `Catalogs/LANGUAGE/report-diagrams.yaml`.
extension ReportWording {
    /// "The next 4 pages show it enlarged in parts."
    public func tilesFollow(_ count: Int) -> String { diagrams.tilesFollow(count: count) }

    /// After the grouped overview, when the groups follow one by one: "The next pages show each
    /// municipality or level with at least 3 actors on its own, …", or, when only the largest
    /// are drawn, "The next pages show the 12 largest municipalities or levels on their own, …".
    public func groupsFollow(_ count: Int, onlyLargest: Bool, smallest: Int) -> String {
        onlyLargest ? diagrams.networkGroupsFollowLargest(count: count) : diagrams.networkGroupsFollow(smallest: integer(smallest))
    }

    /// The caption of one group's diagram: "The group »Weimar«."
    public func groupCaption(_ name: String) -> String { diagrams.networkGroupCaption(name: name) }

    /// Above a printed diagram whose names are too small: "Printed, the names in this picture
    /// are too small to read. At the end of the appendix it follows in 6 enlarged parts, in
    /// which the names are about 8 pt high."
    /// When even the parts print the names under 7 pt, it says so and points to the screen.
    public func tilesNote(_ count: Int, size: Double) -> String {
        let points = integer(Int(size.rounded()))
        return size < 7 ? diagrams.tilesNoteSmall(count: count, size: points) : diagrams.tilesNote(count: count, size: points)
    }

    /// "Part 2 of 4 (top right), enlarged."
    public func tileCaption(_ number: Int, of count: Int, place: TilePlace) -> String {
        let vertical = place.vertical.map { band in
            switch band {
            case .first: diagrams.tilesTop
            case .middle: diagrams.tilesMiddle
            case .last: diagrams.tilesBottom
            }
        }
        let horizontal = place.horizontal.map { band in
            switch band {
            case .first: diagrams.tilesLeft
            case .middle: diagrams.tilesCentre
            case .last: diagrams.tilesRight
            }
        }
        let named = if let vertical, let horizontal {
            diagrams.tilesPlaceBoth(vertical: vertical, horizontal: horizontal)
        } else {
            vertical ?? horizontal ?? ""
        }
        return diagrams.tilesCaption(number: String(number), total: String(count), place: named)
    }

    /// In place of the directory of a map of more than `limit` actors: "The map has 200,000
    /// actors, more than the 5,000 this report lists one by one: … `landscape report --tables
    /// xlsx` writes it as a workbook beside the report …".
    public func directoryTooLong(_ count: Int, limit: Int) -> String {
        diagrams.directoryTooLong(number: integer(count), limit: integer(limit))
    }

    /// Why a diagram of each actor is left out: "it would show 2,480 actors; at most 400 are drawn one by one".
    public func tooManyToDraw(_ count: Int, limit: Int) -> String {
        diagrams.tooMany(count: count, number: integer(count), limit: integer(limit))
    }

    /// What stands in the report in place of a diagram that could not be drawn.
    public func diagramFailed(_ reason: String) -> String { diagrams.failed(reason: reason) }

    /// The warning on standard error when a diagram could not be drawn, naming it by its
    /// caption without its full stop, which belongs to the caption's sentence, not inside the
    /// quotation marks: "the diagram “The cooperation network” could not be drawn: …".
    public func diagramNotDrawn(_ caption: String, reason: String) -> String {
        diagrams.notDrawn(caption: caption.hasSuffix(".") ? String(caption.dropLast()) : caption, reason: reason)
    }
}

/// Where a printed tile of a large diagram lies in the grid of tiles, for its caption.
public struct TilePlace: Equatable, Sendable {
    /// The first, a middle or the last row (column).
    public enum Band: Equatable, Sendable {
        case first, middle, last
    }

    /// The row's band; `nil` when there is only one row.
    public var vertical: Band?
    /// The column's band; `nil` when there is only one column.
    public var horizontal: Band?

    public init(row: Int, column: Int, rows: Int, columns: Int) {
        func band(_ index: Int, of count: Int) -> Band? {
            count == 1 ? nil : (index == 0 ? .first : (index == count - 1 ? .last : .middle))
        }
        vertical = band(row, of: rows)
        horizontal = band(column, of: columns)
    }
}
