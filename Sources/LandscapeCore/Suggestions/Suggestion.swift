/// A cooperation opportunity: two actors not yet tied (a pair), a group of providers that
/// should set up a committee, or something a foundation could start or fund; why, and which
/// gaps it would close.
public struct Suggestion: Sendable, Equatable {
    /// A pair to bring together, a committee for an uncoordinated group, or what a foundation
    /// could fund (`--kind foundation`).
    public enum Form: String, Sendable {
        case pair
        case committee
        case fund
    }

    public var form: Form
    /// A pair's two actors; a committee's convener (else its first member) and first other member.
    public var from: ActorID
    public var to: ActorID
    /// A committee's members: every provider of the group; empty for a pair.
    public var members: [ActorID]
    /// Who should convene the committee: the committee that already gathers most of them, else
    /// the office best placed to (docs/gaps.md); `nil` for a pair or when there is none.
    public var convener: ActorID?
    /// What a foundation could fund: the foundation of the landscape best placed (`nil`: any
    /// foundation), and the declared need nobody works on, if that is what to start.
    public var funder: ActorID?
    public var need: String?
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
    /// Why the two should cooperate, as facts (LandscapeWording words them).
    public var reasons: [Reason]
    /// The gaps the tie would close.
    public var closes: [ClosedGap]

    /// A pair suggestion.
    public init(from: ActorID, to: ActorID, score: Double, structural: Double, fit: Double, complementarity: Double,
                gapBonus: Double, reasons: [Reason], closes: [ClosedGap]) {
        self.form = .pair
        self.from = from
        self.to = to
        self.members = []
        self.convener = nil
        self.funder = nil
        self.need = nil
        self.score = score
        self.structural = structural
        self.fit = fit
        self.complementarity = complementarity
        self.gapBonus = gapBonus
        self.reasons = reasons
        self.closes = closes
    }

    /// A committee suggestion for `members`, convened by `convener`; its score is its gap bonus.
    public init(committee members: [ActorID], convener: ActorID?, score: Double, reasons: [Reason], closes: [ClosedGap]) {
        self.form = .committee
        self.members = members
        self.convener = convener
        self.funder = nil
        self.need = nil
        self.from = convener ?? members.first ?? ""
        self.to = members.first { $0 != convener } ?? members.first ?? ""
        self.score = score
        self.structural = 0
        self.fit = 0
        self.complementarity = 0
        self.gapBonus = score
        self.reasons = reasons
        self.closes = closes
    }

    /// What a foundation could fund: `members` (a provider, or the providers of a group to
    /// coordinate; none for a need), or work on `need`; `funder` the foundation best placed.
    public init(fund members: [ActorID], need: String?, funder: ActorID?, score: Double, reasons: [Reason], closes: [ClosedGap]) {
        self.init(committee: members, convener: nil, score: score, reasons: reasons, closes: closes)
        self.form = .fund
        self.funder = funder
        self.need = need
        self.from = funder ?? members.first ?? ""
        self.to = members.first ?? funder ?? ""
    }

    /// The types of the gaps the tie would close.
    public var closesTypes: [GapType] { closes.map(\.type) }

    /// A reason for a pair, with its facts.
    public enum Reason: Sendable, Equatable {
        /// Partners both are tied to (in the landscape's order), and their resource-allocation score.
        case commonPartners([ActorID], score: Double)
        /// Topics and target groups both name (as the first of the pair writes them).
        case sharedTags([String])
        /// The two kinds complement each other (the pair's kinds, in candidate order).
        case complementary(ActorKind, ActorKind)
        /// A committee's members: `members` providers of `place` (if the landscape names one)
        /// in `parts` parts that do not coordinate.
        case uncoordinatedGroup(place: String?, members: Int, parts: Int)
        /// What to fund works on these declared needs.
        case declaredNeeds([String])
        /// What to fund has no funding tie and no programme.
        case withoutFunding
    }

    /// A gap the tie would close, with what names it.
    public enum ClosedGap: Sendable, Equatable {
        /// The two ends lie in different components.
        case joinsComponents
        /// A second path around this cut point.
        case relievesCutPoint(ActorID)
        /// Links two uncoordinated fragments of the actors serving this topic or target group.
        case coordinates(tag: String)
        /// Links two groups of offices of this municipality.
        case linksPlanning(municipality: String)
        /// A tie between two groups (raw group values of `attribute`) with a hole between them.
        case fillsGroupHole(attribute: GroupingAttribute, a: String, b: String)
        /// Work on a declared need that nobody works on.
        case coversNeed(String)

        /// The type of the gap.
        public var type: GapType {
            switch self {
            case .joinsComponents: .fragmented
            case .relievesCutPoint: .cutPoint
            case .coordinates: .uncoordinated
            case .linksPlanning: .planningSilo
            case .fillsGroupHole: .groupHole
            case .coversNeed: .uncovered
            }
        }
    }
}

/// What `suggest` looks for.
public struct SuggestOptions: Sendable {
    /// Only opportunities of this actor.
    public var actor: ActorID?
    /// Only pairs with at least one actor of this kind.
    public var kind: ActorKind?
    public var top: Int
    /// Resources and events taken in as nodes; none by default (`Landscape.analysed(including:)`).
    public var include: Set<IncludedElement>

    public init(actor: ActorID? = nil, kind: ActorKind? = nil, top: Int = 10, include: Set<IncludedElement> = []) {
        self.actor = actor
        self.kind = kind
        self.top = top
        self.include = include
    }
}
