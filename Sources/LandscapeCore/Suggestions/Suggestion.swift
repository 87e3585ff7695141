/// A cooperation opportunity: two actors not yet tied, why they should be, and which gaps
/// the tie would close.
public struct Suggestion: Sendable {
    public var from: ActorID
    public var to: ActorID
    /// structural + fit + ½ · complementarity + gap bonus (docs/gaps.md).
    public var score: Double
    /// Resource allocation over common partners (Zhou, Lü & Zhang 2009): Σ 1/deg(w) over the
    /// common neighbours w.
    public var structural: Double
    /// Jaccard overlap of topics and target groups.
    public var fit: Double
    /// 1 for civil society or business with the public side, ½ for other different kinds, 0 alike.
    public var complementarity: Double
    public var gapBonus: Double
    /// Plain-language reasons, in the landscape's language.
    public var reasons: [String]
    /// The gaps the tie would close, in plain language.
    public var closes: [String]
    /// The types of those gaps.
    public var closesTypes: [GapType]
}

/// What `suggest` looks for.
public struct SuggestOptions: Sendable {
    /// Only opportunities of this actor.
    public var actor: ActorID?
    /// Only pairs with at least one actor of this kind.
    public var kind: ActorKind?
    public var top: Int
    public var language: Language

    public init(actor: ActorID? = nil, kind: ActorKind? = nil, top: Int = 10, language: Language = .en) {
        self.actor = actor
        self.kind = kind
        self.top = top
        self.language = language
    }
}
