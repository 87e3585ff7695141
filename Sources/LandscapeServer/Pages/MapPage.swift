import Hummingbird
import LandscapeCore
import LandscapeRender
import LandscapeReport
import LandscapeWording

/// The map page (`/`): tools (search, filters, zoom), the drawn map, the legend it carries, and
/// the side panel of the chosen actor. Search and panel work without script; the script adds pan
/// and zoom, dims what the filters leave out, and opens a clicked actor's panel in place.
struct MapPage {
    let landscape: Landscape
    let context: PageContext
    let drawn: MapDrawings.Drawn
    /// The panel's content: an actor's details, search results, or nothing.
    let panel: [Node]
    /// The search as typed, and the filters as chosen.
    let query: String
    let filters: MapFilters
    let slider: DaySlider
    /// The ego view shown (an actor and its partners, to depth 1 or 2), `nil`: the whole map.
    let ego: DiagramOptions.Ego?
    /// The CSRF token of the re-arrange form.
    let token: String
    /// The group of the overview shown alone (`?group=NAME`), `nil`: none.
    var group: String? = nil
    /// The groups of the overview, when the map is one: each opens alone on a click.
    var groups: [String] = []

    var document: Node {
        PageFrame.document(.map, title: landscape.title, context: context, scripts: [PageAssets.mapScriptPath]) {
            Node.element("section", [("class", "map-area"), ("aria-label", context.words.navMap)]) {
                tools
                switch drawn {
                case .map(let svg):
                    Node.element("div", [("class", "stage")]) {
                        Node.element("div", [("id", "map"), ("class", "canvas")]) { svg }
                        // Shown by the script while a new tie's other end is picked on the map.
                        if context.mayEdit {
                            Node.element("p", [("id", "pick-hint"), ("class", "pick-hint"), ("role", "status"), ("hidden", "hidden")]) {
                                context.words.pickHint + " "
                                Node.element("button", [("type", "button"), ("class", "secondary"), ("data-pick-cancel", "")]) { context.words.pickCancel }
                            }
                        }
                        Node.element("div", [("class", "zoom"), ("hidden", "hidden")]) {
                            Node.element("button", [("type", "button"), ("data-zoom", "in"), ("title", context.words.zoomIn)]) { "+" }
                            Node.element("button", [("type", "button"), ("data-zoom", "out"), ("title", context.words.zoomOut)]) { "−" }
                            Node.element("button", [("type", "button"), ("data-zoom", "fit")]) { context.words.zoomFit }
                        }
                    }
                case .failed(let reason):
                    Node.element("p", [("class", "error"), ("role", "alert")]) { context.words.mapFailed(reason: reason) }
                }
                Node.element("p", [("class", "hint")]) {
                    if let group { context.words.mapGroupShown(group: group) + " " }
                    groups.isEmpty ? context.words.mapHint : context.words.mapOverviewHint
                    if ego != nil || group != nil {
                        " "
                        Node.element("a", [("href", context.link("/"))]) { context.words.mapWhole }
                    }
                }
                if !groups.isEmpty { groupList }
                // The overview and a group's map are laid out anew each time: nothing to re-arrange.
                if context.mayEdit && group == nil && groups.isEmpty {
                    Node.element("form", [("class", "arrange"), ("method", "post"), ("action", context.link("/arrange"))]) {
                        Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)])
                        Node.element("button", [("type", "submit"), ("class", "secondary"), ("title", context.words.rearrangeHint)]) { context.words.rearrange }
                    }
                }
            }
            Node.element("aside", [("id", "panel"), ("class", panel.isEmpty ? "panel empty" : "panel"), ("aria-live", "polite")], panel)
            index
        }
    }

    /// Search and filters, one GET form: without script the search opens the panel; with it the
    /// filters dim the rest at once.
    private var tools: Node {
        let words = context.words, names = context.names
        return Node.element("form", [("class", "tools"), ("method", "get"), ("action", context.local("/"))]) {
            if let chosen = context.chosen { Node.element("input", [("type", "hidden"), ("name", "lang"), ("value", chosen.rawValue)]) }
            if let group { Node.element("input", [("type", "hidden"), ("name", "group"), ("value", group)]) }
            if let ego {
                Node.element("input", [("type", "hidden"), ("name", "ego"), ("value", ego.center.rawValue)])
                Node.element("input", [("type", "hidden"), ("name", "depth"), ("value", String(ego.depth))])
            }
            Node.element("label") {
                Node.element("span") { words.searchLabel }
                Node.element("input", [("type", "search"), ("name", "q"), ("value", query), ("list", "actor-names"), ("autocomplete", "off")])
            }
            Node.element("button", [("type", "submit"), ("name", "go"), ("value", "search")]) { words.searchButton }
            select("kind", label: words.filterKind, chosen: filters.kind,
                   options: ActorKind.allCases.filter { kind in landscape.actors.contains { $0.kind == kind } }.map { ($0.rawValue, names.name(of: $0)) })
            select("sector", label: words.filterSector, chosen: filters.sector,
                   options: Sector.allCases.filter { sector in landscape.actors.contains { $0.sectors.contains(sector) } }.map { ($0.rawValue, names.name(of: $0)) })
            select("tie", label: words.filterTieKind, chosen: filters.tieKind,
                   options: TieKind.allCases.filter { kind in landscape.ties.contains { $0.kind == kind } }.map { ($0.rawValue, names.name(of: $0)) })
            if let years = slider.years {
                Node.element("label", [("class", "slider")]) {
                    Node.element("span") { words.sliderLabel }
                    Node.element("input", [("type", "range"), ("name", "at"), ("min", String(years.lowerBound)), ("max", String(years.upperBound + 1)),
                                           ("step", "1"), ("value", String(slider.year ?? years.upperBound + 1)), ("data-all", words.sliderAll)])
                    Node.element("output") { slider.year.map(String.init) ?? words.sliderAll }
                }
            }
            Node.element("button", [("type", "submit"), ("class", "apply")]) { words.filterApply }
        }
    }

    private func select(_ name: String, label: String, chosen: String?, options: [(String, String)]) -> Node {
        Node.element("label") {
            Node.element("span") { label }
            Node.element("select", [("name", name), ("data-filter", name)]) {
                Node.element("option", [("value", "")]) { context.words.filterAll }
                for (value, text) in options {
                    Node.element("option", [("value", value), ("selected", value == chosen ? "selected" : nil)]) { text }
                }
            }
        }
    }

    /// What the script needs to search and filter, as data attributes (never as script): each
    /// actor's name, id, SVG id, kind and sectors; each tie's SVG id and kind.
    private var index: [Node] {
        [
            Node.element("datalist", [("id", "actor-names")]) {
                for actor in landscape.actors { Node.element("option", [("value", actor.name)]) }
            },
            Node.element("ul", [("id", "map-index"), ("hidden", "hidden")]) {
                for actor in landscape.actors {
                    Node.element("li", [
                        ("data-actor", actor.id.rawValue), ("data-svg", MapPage.svgID(actor.id)), ("data-name", actor.name),
                        ("data-kind", actor.kind.rawValue), ("data-sectors", actor.sectors.map(\.rawValue).joined(separator: " ")),
                        ("data-href", context.local(PageContext.actorPath(actor.id))),
                    ])
                }
                for name in groups {
                    Node.element("li", [("data-group", SafeIdentifier.make("group-", name)), ("data-href", groupLink(name))])
                }
                for (position, tie) in landscape.ties.enumerated() {
                    Node.element("li", [
                        ("data-tie", tie.id.map { MapPage.svgID($0) } ?? "tie-\(position)"), ("data-kind", tie.kind.rawValue),
                        ("data-from", MapPage.svgID(tie.from)), ("data-to", MapPage.svgID(tie.to)),
                    ])
                }
            },
        ]
    }

    /// The overview's groups as links, for a page without script (the script opens a group
    /// clicked on the map).
    private var groupList: Node {
        Node.element("details", [("class", "groups")]) {
            Node.element("summary") { context.words.mapGroups }
            Node.element("ul") {
                for name in groups.sorted(by: { $0.localizedCaseInsensitiveCompare($1) == .orderedAscending }) {
                    Node.element("li") { Node.element("a", [("href", groupLink(name))]) { name } }
                }
            }
        }
    }

    /// The map of one group, on the slider's year.
    private func groupLink(_ name: String) -> String {
        context.link("/", [("group", name)] + (slider.year.map { [("at", String($0))] } ?? []))
    }

    /// The ego view `?ego=ID&depth=N` asks for: an actor of the landscape, depth 1 or 2 (1 when
    /// missing or another number).
    static func ego(_ request: Request, in landscape: Landscape) -> DiagramOptions.Ego? {
        guard let id = request.uri.queryParameters.get("ego").map({ ActorID($0) }), landscape.contains(id) else { return nil }
        return DiagramOptions.Ego(center: id, depth: request.uri.queryParameters.get("depth") == "2" ? 2 : 1)
    }

    /// The id of an actor's group in the map's SVG.
    static func svgID(_ id: ActorID) -> String { SafeIdentifier.make("actor-", id.rawValue) }
    /// The id of a tie's group in the map's SVG.
    static func svgID(_ id: TieID) -> String { SafeIdentifier.make("tie-", id.rawValue) }
}

/// The filters of the map, as the form sends them (raw keywords, `nil` for all).
struct MapFilters: Sendable {
    var kind: String?
    var sector: String?
    var tieKind: String?
}

/// The date slider of the map: the years the landscape's dates span; its last step, one past the
/// last year, shows every date.
struct DaySlider: Sendable {
    /// The first and last year a date of the landscape names; `nil` without two different years.
    let years: ClosedRange<Int>?
    /// The chosen year; `nil`: every date.
    let year: Int?

    init(landscape: Landscape, chosen: String?) {
        var all: [Int] = []
        for actor in landscape.actors { all += [actor.period.since?.year, actor.period.until?.year].compactMap { $0 } }
        for tie in landscape.ties { all += [tie.period.since?.year, tie.period.until?.year].compactMap { $0 } }
        if let asOf = landscape.asOf { all.append(asOf.year) }
        let years = all.min().flatMap { low in all.max().flatMap { high in low < high ? low...high : nil } }
        self.years = years
        year = chosen.flatMap { Int($0) }.flatMap { year in years.flatMap { $0.contains(year) ? year : nil } }
    }

    /// The day the map shows: the year's first day.
    var day: CalendarDay? { year.flatMap { CalendarDay(year: $0, month: 1, day: 1) } }
}
