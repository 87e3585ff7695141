import LandscapeCore

extension ReportWording {
    /// The lead of section 8: how many instruments and events the map lists beside its actors.
    public func instrumentsIntro(resources: Int, events: Int) -> String {
        instruments.intro(elements: elementCounts(resources, events))
    }

    /// "2 instruments and 5 events", leaving out a kind the map has none of.
    func elementCounts(_ resources: Int, _ events: Int) -> String {
        var parts: [String] = []
        if resources > 0 { parts.append(instruments.resources(count: resources)) }
        if events > 0 { parts.append(instruments.events(count: events)) }
        return listed(parts)
    }

    /// The note on instruments that nobody maintains.
    public func unmaintained(_ names: [String]) -> String {
        instruments.unmaintained(count: names.count, names: catalog.quoted(names, limit: 6))
    }

    /// Actors in a table cell: all of them when they are few, else how many and the first.
    public func namesCell(_ names: [String]) -> String {
        let limit = 8
        return names.count <= limit ? list(names, limit: limit) : instruments.manyNames(count: names.count, names: list(names, limit: 5))
    }
}
