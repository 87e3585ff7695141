import LandscapeCore

/// The words of the overview of a large landscape (groups as nodes, ties bundled and
/// counted), from the catalog `diagram-overview` of a language
/// (Catalogs/LANGUAGE/diagram-overview.yaml). Which groups there are is decided by the
/// diagram builder (LandscapeRender).
public typealias DiagramOverviewWording = DiagramOverviewMessages

extension Language {
    /// The overview's words in this language.
    public var diagramOverviewWording: DiagramOverviewWording { Catalog(self).diagramOverview }
}

extension DiagramOverviewMessages {
    /// "Weimar: 37 actors, 52 ties among them", the inner ties as the language writes numbers.
    public func groupTooltip(name: String, actors: Int, innerTies: Int) -> String {
        groupTooltip(count: actors, name: name, inner: catalog.numbers.integer(innerTies))
    }

    /// "community 2 around »Jugendamt«", the number as digits, the name quoted as names are
    /// (one already in guillemets as it is: »Teilnetz 1 um »Weimarer Bündnis …««, not twice).
    public func community(number: Int, around name: String) -> String { community(number: String(number), name: catalog.q(name)) }
}
