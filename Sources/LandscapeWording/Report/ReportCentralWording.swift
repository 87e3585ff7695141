import LandscapeCore

/// The report's words for section 4, central actors and brokers.
public protocol ReportCentralWording: Sendable {
    var centralIntro: String { get }
    var actorColumn: String { get }
    var betweennessHeading: String { get }
    var betweennessIntro: String { get }
    var betweennessColumn: String { get }
    var degreeHeading: String { get }
    var degreeIntro: String { get }
    var degreeColumn: String { get }
    var pagerankHeading: String { get }
    func pagerankIntro(average: Double) -> String
    var pagerankColumn: String { get }
    var nobodyRanked: String { get }
    var brokerageHeading: String { get }
    var brokerageIntro: String { get }
    func roleName(_ role: BrokerageRole) -> String
    func roleExplanation(_ role: BrokerageRole) -> String
    var rolesColumn: String { get }
    var totalRolesColumn: String { get }
    var nobodyBrokers: String { get }
    var committeesDoNotBroker: String { get }
    var whoIsWhoHeading: String { get }
    /// One clause of the sentence on an actor's role (`RoleFacts.clauses` orders them).
    func roleClause(_ clause: RoleClause) -> String
}

extension CatalogReportWording: ReportCentralWording {
    private var central: ReportCentralMessages { catalog.reportCentral }

    var centralIntro: String { central.intro }
    var actorColumn: String { central.actorColumn }
    var betweennessHeading: String { central.betweennessHeading }
    var betweennessIntro: String { central.betweennessIntro }
    var betweennessColumn: String { central.betweennessColumn }
    var degreeHeading: String { central.degreeHeading }
    var degreeIntro: String { central.degreeIntro }
    var degreeColumn: String { central.degreeColumn }
    var pagerankHeading: String { central.pagerankHeading }
    func pagerankIntro(average: Double) -> String { central.pagerankIntro(average: percent(average)) }
    var pagerankColumn: String { central.pagerankColumn }
    var nobodyRanked: String { central.pagerankNobody }
    var brokerageHeading: String { central.brokerageHeading }
    var brokerageIntro: String { central.brokerageIntro }

    func roleName(_ role: BrokerageRole) -> String { roleTexts(role).name }
    func roleExplanation(_ role: BrokerageRole) -> String { roleTexts(role).explanation }

    /// A role's name, its name inside a sentence ("as coordinator") and what it does.
    private func roleTexts(_ role: BrokerageRole) -> (name: String, inText: String, explanation: String) {
        switch role {
        case .coordinator: (central.rolesCoordinatorName, central.rolesCoordinatorInText, central.rolesCoordinatorExplanation)
        case .itinerant: (central.rolesItinerantName, central.rolesItinerantInText, central.rolesItinerantExplanation)
        case .representative: (central.rolesRepresentativeName, central.rolesRepresentativeInText, central.rolesRepresentativeExplanation)
        case .gatekeeper: (central.rolesGatekeeperName, central.rolesGatekeeperInText, central.rolesGatekeeperExplanation)
        case .liaison: (central.rolesLiaisonName, central.rolesLiaisonInText, central.rolesLiaisonExplanation)
        }
    }

    var rolesColumn: String { central.brokerageRolesColumn }
    var totalRolesColumn: String { central.brokerageTotalColumn }
    var nobodyBrokers: String { central.brokerageNobody }
    var committeesDoNotBroker: String { central.brokerageCommittees }
    var whoIsWhoHeading: String { central.whoIsWhoHeading }

    func roleClause(_ clause: RoleClause) -> String {
        switch clause {
        case .partners(let count): central.clausesPartners(count: count)
        case .pathShare(let share): central.clausesPathShare(share: percent(share))
        case .cutsOff(let count): central.clausesCutsOff(count: count)
        case .bridgingActor: central.clausesBridgingActor
        case .pointOfContact(let ratio): central.clausesPointOfContact(ratio: decimal(ratio, digits: 1))
        case .brokers(let held):
            central.clausesBrokers(count: held.count, role: roleTexts(held.role).inText, explanation: roleTexts(held.role).explanation)
        case .dependsOn(let programme): central.clausesDependsOn(programme: catalog.q(programme.name), until: programme.until)
        case .replaceable: central.clausesReplaceable
        }
    }
}

extension ReportCentralWording {
    /// The sentence on what an actor's position means: its clauses in order.
    public func roleSentence(_ facts: RoleFacts) -> String {
        facts.clauses.map(roleClause).joined(separator: " ")
    }
}

/// What the report knows about one central actor, for the sentence on its role.
public struct RoleFacts: Sendable {
    /// A brokerage role and how often the actor holds it.
    public struct HeldRole: Sendable {
        public var role: BrokerageRole
        public var count: Int

        public init(role: BrokerageRole, count: Int) {
            self.role = role
            self.count = count
        }
    }

    /// A programme the actor's position hangs on, with its end as shown ("im Juni 2026").
    public struct EndingProgramme: Sendable {
        public var name: String
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
