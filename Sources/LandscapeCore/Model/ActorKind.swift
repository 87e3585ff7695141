/// What kind of organisation or body an actor is.
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
        }
    }

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
