import LandscapeCore

extension EnglishReportWording: ReportCentralWording {
    var centralIntro: String {
        "Three ways of being central, each with its top ten: betweenness finds the bridging actors, the number of partners the best connected, PageRank the points of contact where much ends up. A high value is not a grade but a place to start talking: what happens if this actor drops out, or its funding ends?"
    }
    var actorColumn: String { "Actor" }
    var betweennessHeading: String { "Bridging actors (betweenness)" }
    var betweennessIntro: String {
        "The share of shortest connections between other actors that run through the actor. High values mark bridging actors – and weak spots: if the actor drops out, others lose their connection."
    }
    var betweennessColumn: String { "Share of routes" }
    var degreeHeading: String { "The best connected (number of partners)" }
    var degreeIntro: String { "The number of different partners. Many partners mean much exchange – and much coordination work." }
    var degreeColumn: String { "Partners" }
    var pagerankHeading: String { "Points of contact (PageRank)" }
    func pagerankIntro(average: Double) -> String {
        "Imagine a request passed on from partner to partner: PageRank is the share of the time it spends at each actor (average \(percent(average))). High values mark the places where requests end up."
    }
    var pagerankColumn: String { "Share" }
    var nobodyRanked: String { "No actor has a value above zero." }
    var brokerageHeading: String { "Brokers and their roles" }
    var brokerageIntro: String {
        "A broker links two actors who have no direct tie: a → b → c. The kinds of the three actors name the role (Gould & Fernandez). The roles tell what kind of broker an actor is:"
    }

    func roleName(_ role: BrokerageRole) -> String {
        switch role {
        case .coordinator: "Coordinator"
        case .itinerant: "Consultant"
        case .representative: "Representative"
        case .gatekeeper: "Gatekeeper"
        case .liaison: "Liaison"
        }
    }

    func roleExplanation(_ role: BrokerageRole) -> String {
        switch role {
        case .coordinator: "links partners of its own kind"
        case .itinerant: "an outsider who links two actors of another kind"
        case .representative: "passes something on from its own kind to another"
        case .gatekeeper: "lets an outsider into its own kind"
        case .liaison: "links two other kinds without belonging to either"
        }
    }

    var rolesColumn: String { "Roles" }
    var totalRolesColumn: String { "Total" }
    var nobodyBrokers: String { "No actor brokers between others." }
    var committeesDoNotBroker: String {
        "A committee that only receives memberships never brokers in this sense, however central it is: in the map its members are tied to it, not it to them."
    }
    var whoIsWhoHeading: String { "What their position means" }

    func roleClause(_ clause: RoleClause) -> String {
        switch clause {
        case .partners(let count): "\(count == 1 ? "1 partner" : "\(count) partners")."
        case .pathShare(let share): "\(percent(share)) of the shortest connections between other actors run through it."
        case .cutsOff(let count): "Without it, \(actors(count)) would be cut off from the rest: a single point of failure that needs a deputy and a second route."
        case .bridgingActor: "A bridging actor: much of the landscape's information passes here."
        case .pointOfContact(let ratio): "Requests passed on from partner to partner end up here \(decimal(ratio, digits: 1)) times as often as on average: a point of contact."
        case .brokers(let role): "Brokers mostly as \(roleName(role.role).lowercased()) – \(roleExplanation(role.role)) (\(role.count) times)."
        case .dependsOn(let programme): "Its position depends on \(q(programme.name)), which ends \(programme.until)."
        case .replaceable: "Well connected, but not irreplaceable: its partners are also tied to others."
        }
    }
}
