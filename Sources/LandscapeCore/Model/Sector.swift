/// An education phase in the life course (the sectors of a *Bildungslandschaft*).
public enum Sector: String, Vocabulary, Comparable {
    case earlyChildhood = "early-childhood"
    case school
    case vocational
    case higher
    case adult
    case nonFormal = "non-formal"
    case informal

    public var aliases: [String] {
        switch self {
        case .earlyChildhood: ["frühkindlich", "Frühkindliche Bildung", "Kita", "early childhood"]
        case .school: ["Schule", "schulisch", "Schulische Bildung"]
        case .vocational: ["beruflich", "Berufliche Bildung", "Ausbildung", "Berufsausbildung"]
        case .higher: ["Hochschule", "Hochschulbildung", "Studium"]
        case .adult: ["Erwachsenenbildung", "Weiterbildung"]
        case .nonFormal: ["nonformal", "nicht-formal", "non-formale Bildung"]
        case .informal: ["informell", "informelle Bildung"]
        }
    }

    public static func < (lhs: Sector, rhs: Sector) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
