/// What a tie between two actors stands for.
public enum TieKind: String, Vocabulary, Comparable {
    case cooperation
    case member
    case funding
    case steering
    case exchange
    case agreement

    public var aliases: [String] {
        switch self {
        case .cooperation: ["Kooperation", "Zusammenarbeit"]
        case .member: ["Mitglied", "Mitgliedschaft", "membership"]
        case .funding: ["Förderung", "Finanzierung"]
        case .steering: ["Steuerung"]
        case .exchange: ["Austausch"]
        case .agreement: ["Vereinbarung", "Kooperationsvereinbarung"]
        }
    }

    /// Directed kinds read from → to: member (actor → committee), funding (funder → recipient),
    /// steering (steers → steered). The others are symmetric.
    public var isDirected: Bool {
        switch self {
        case .member, .funding, .steering: true
        case .cooperation, .exchange, .agreement: false
        }
    }

    public static func < (lhs: TieKind, rhs: TieKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
