/// What a tie between two actors stands for; `maintains` and `uses` tie an actor to a
/// resource, `attends` an actor to an event.
public enum TieKind: String, Vocabulary, Comparable {
    case cooperation
    case member
    case funding
    case steering
    case exchange
    case agreement
    case maintains
    case uses
    case attends

    /// Directed kinds read from → to: member (actor → committee), funding (funder → recipient),
    /// steering (steers → steered), maintains and uses (actor → resource), attends (actor →
    /// event). The others are symmetric.
    public var isDirected: Bool {
        switch self {
        case .member, .funding, .steering, .maintains, .uses, .attends: true
        case .cooperation, .exchange, .agreement: false
        }
    }

    public static func < (lhs: TieKind, rhs: TieKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
