import LandscapeCore

/// What the report knows about one central actor, for the sentence on its role.
public struct RoleFacts: Sendable {
    /// A brokerage role and how often the actor holds it.
    public struct HeldRole: Sendable {
        /// The role.
        public var role: BrokerageRole
        /// How many chains a → actor → c it brokers in this role.
        public var count: Int

        public init(role: BrokerageRole, count: Int) {
            self.role = role
            self.count = count
        }
    }

    /// A programme the actor's position hangs on, with its end as shown ("im Juni 2026").
    public struct EndingProgramme: Sendable {
        /// The programme's name, as the report shows it.
        public var name: String
        /// When it ends, with its preposition ("im Juni 2026").
        public var until: String

        public init(name: String, until: String) {
            self.name = name
            self.until = until
        }
    }

    public var name: String
    public var kind: ActorKind
    public var partners: Int
    /// Share of shortest paths between others through the actor (normalised betweenness).
    public var betweenness: Double
    /// PageRank against the average 1/n.
    public var pagerankRatio: Double
    /// What the two numbers above amount to.
    public var position: CentralPosition
    /// The most frequent brokerage role and its count, if any.
    public var mainRole: HeldRole?
    /// Actors cut off without it (a cut point), 0 if none.
    public var cutOff: Int
    /// The programme that funds it and ends.
    public var endingProgramme: EndingProgramme?

    public init(name: String, kind: ActorKind, partners: Int, betweenness: Double, pagerankRatio: Double,
                mainRole: HeldRole?, cutOff: Int, endingProgramme: EndingProgramme?) {
        self.name = name
        self.kind = kind
        self.partners = partners
        self.betweenness = betweenness
        self.pagerankRatio = pagerankRatio
        position = CentralPosition(betweenness: betweenness, pagerankRatio: pagerankRatio)
        self.mainRole = mainRole
        self.cutOff = cutOff
        self.endingProgramme = endingProgramme
    }

    /// What the sentence on the actor says, in this order: partners, share of paths, cut point
    /// or bridge, point of contact, main brokerage role, ending programme; "replaceable" when
    /// none of cut point, bridge, point of contact or brokerage applies.
    public var clauses: [RoleClause] {
        var clauses: [RoleClause] = [.partners(partners)]
        if position.carriesPaths { clauses.append(.pathShare(betweenness)) }
        if cutOff > 0 {
            clauses.append(.cutsOff(cutOff))
        } else if position.isBridgingActor {
            clauses.append(.bridgingActor)
        }
        if position.isPointOfContact { clauses.append(.pointOfContact(ratio: pagerankRatio)) }
        if let mainRole { clauses.append(.brokers(mainRole)) }
        if let endingProgramme { clauses.append(.dependsOn(endingProgramme)) }
        if cutOff == 0 && !position.isBridgingActor && !position.isPointOfContact && mainRole == nil { clauses.append(.replaceable) }
        return clauses
    }
}

/// One statement about a central actor's position.
public enum RoleClause: Sendable {
    /// How many partners it has.
    case partners(Int)
    /// The share of shortest paths between others through it.
    case pathShare(Double)
    /// A cut point: this many actors are cut off without it.
    case cutsOff(Int)
    /// A bridging actor: much of the landscape's information.
    case bridgingActor
    /// Requests end up here `ratio` times as often as on average.
    case pointOfContact(ratio: Double)
    /// Its most frequent brokerage role.
    case brokers(RoleFacts.HeldRole)
    /// Its position hangs on a programme that ends.
    case dependsOn(RoleFacts.EndingProgramme)
    /// Well connected but replaceable.
    case replaceable
}
