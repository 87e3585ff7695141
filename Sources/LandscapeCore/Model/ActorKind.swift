/// What kind of organisation or body an actor is, or, for the two kinds beside the actors,
/// what kind of element: a `resource` (a document, database, portal or planning tool that
/// actors maintain and use) or an `event` (a one-off or yearly meeting that actors attend).
/// The analyses leave resources and events out unless asked for them (`ElementInclusion`).
public enum ActorKind: String, Vocabulary, Comparable {
    case office
    case agency
    case politics
    case committee
    case foundation
    case association
    case institution
    case business
    case program
    case research
    case other
    case resource
    case event

    public var aliases: [String] {
        switch self {
        case .office: ["Amt", "Verwaltung", "Fachdienst", "Stabsstelle", "Dezernat", "Fachbereich", "Kommunalverwaltung"]
        case .agency: ["Behörde", "Ministerium", "Schulamt", "Agentur", "Jobcenter", "Landesbehörde"]
        case .politics: ["Politik", "Kreistag", "Stadtrat", "Fraktion", "Gemeinderat"]
        case .committee: ["Gremium", "Lenkungsgruppe", "Lenkungskreis", "Ausschuss", "Arbeitskreis", "Bündnis", "Runder Tisch", "Steuerungsgruppe", "Beirat", "Fachbeirat"]
        case .foundation: ["Stiftung"]
        case .association: ["Verein", "Verband", "Initiative", "Netzwerk"]
        case .institution: ["Einrichtung", "Schule", "Kita", "Hochschule", "Volkshochschule", "Bildungsträger", "Träger"]
        case .business: ["Unternehmen", "Kammer", "Wirtschaft"]
        case .program: ["Programm", "Förderprogramm", "programme"]
        case .research: ["Forschung", "Institut"]
        case .other: ["Sonstige", "Sonstiges"]
        case .resource: ["Instrument", "Produkt", "Bericht", "Datenbank", "Portal", "Leitfaden", "Angebotsübersicht"]
        case .event: ["Veranstaltung", "Fachtag", "Fachforum", "Konferenz", "Tagung", "Forum"]
        }
    }

    /// Whether elements of this kind act: every kind but `resource` and `event`.
    public var isActor: Bool { self != .resource && self != .event }

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
