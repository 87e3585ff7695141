import LandscapeCore

extension EnglishReportWording: ReportDiagramsWording {
    var diagramIntro: String {
        "The diagram shows every actor and every tie of the map. The shape of an actor tells its kind (the legend is in the picture), the line tells the kind of tie; arrows point from the member to the committee, from the funder to the recipient, from who steers to who is steered. On screen, pointing at an actor or a line shows its details."
    }
    var networkCaption: String { "The cooperation network." }
    var networkReading: String {
        "Actors close to each other are closely tied; an actor in the middle of many lines is a hub. Actors at the edge with a single line depend on one partner."
    }
    var steeringCaption: String { "The steering structure." }
    var steeringReading: String {
        "Only steering, membership and funding ties, from top to bottom: who steers whom, who sits on which committee, who is funded by whom."
    }
    var noCommittees: String { "The map has no committees, so there is no diagram of the steering structure." }
    func tilesFollow(_ count: Int) -> String { "In print, the next \(count) pages show it enlarged in parts." }
    var zoomHint: String { "On screen the diagram can be enlarged without loss; pointing at an actor shows its details." }

    func tileCaption(_ number: Int, of count: Int, place: TilePlace) -> String {
        let vertical = place.vertical.map { band in
            switch band {
            case .first: "top"
            case .middle: "middle"
            case .last: "bottom"
            }
        }
        let horizontal = place.horizontal.map { band in
            switch band {
            case .first: "left"
            case .middle: "centre"
            case .last: "right"
            }
        }
        let place = [vertical, horizontal].compactMap { $0 }.joined(separator: " ")
        return "Part \(number) of \(count) (\(place)), enlarged."
    }

    func diagramFailed(_ reason: String) -> String { "The diagram could not be drawn: \(reason)" }
    func diagramNotDrawn(_ caption: String, reason: String) -> String { "the diagram “\(caption)” could not be drawn: \(reason)" }
    var directoryHeading: String { "Actors on the map" }
    var nameColumn: String { "Name" }
    var municipalityColumn: String { "Municipality" }
    var periodColumn: String { "Active" }
    var fundedByColumn: String { "Funded by" }
    var contactColumn: String { "Contact" }
}
