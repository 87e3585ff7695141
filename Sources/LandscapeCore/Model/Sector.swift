/// An education phase in the life course (the sectors of a *Bildungslandschaft*).
public enum Sector: String, Vocabulary, Comparable {
    case earlyChildhood = "early-childhood"
    case school
    case vocational
    case higher
    case adult
    case nonFormal = "non-formal"
    case informal

    public static func < (lhs: Sector, rhs: Sector) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
