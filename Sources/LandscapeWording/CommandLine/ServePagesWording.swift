import LandscapeCore

/// The words of the pages of `landscape serve` (map, actor panel, navigation), from the catalog
/// `serve-pages` of a language (Catalogs/LANGUAGE/serve-pages.yaml). Kinds, sectors and tie
/// kinds are named as the diagrams' legends name them (`DiagramStrings`); gaps and suggestions in
/// the words of `gaps` and `suggest`.
public typealias ServePagesWording = ServePagesMessages

extension Language {
    /// The pages' words in this language.
    public var servePagesWording: ServePagesWording { Catalog(self).servePages }
}

extension ServePagesMessages {
    /// A number as this language writes it, with `digits` decimals (0,25).
    public func decimal(_ value: Double, digits: Int) -> String { catalog.numbers.decimal(value, digits: digits) }

    /// A whole number as this language writes it (1.234).
    public func integer(_ value: Int) -> String { catalog.numbers.integer(value) }
}

extension ServePagesMessages {
    /// "1 actor", "3 actors", as the command line counts.
    public func count(_ number: Int, _ thing: CountedThing) -> String { ConsoleWording(catalog: catalog).count(number, thing) }

    /// A day as the command line writes it (15.08.2019 in German).
    public func day(_ day: CalendarDay) -> String { DayPattern(catalog.console.dayPattern).format(day) }
}
