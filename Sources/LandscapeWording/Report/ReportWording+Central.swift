import LandscapeCore

/// The report's words for section 4, central actors and brokers; its texts (`centralIntro`,
/// `actorColumn`, the tables' headings, intros and columns — `betweennessHeading` … —,
/// `nobodyRanked`, `rolesColumn`, `nobodyBrokers`, `whoIsWhoHeading` …) are those of
/// `Catalogs/LANGUAGE/report-central.yaml`.
extension ReportWording {
    /// The lead of the PageRank table, with the average share.
    public func pagerankIntro(average: Double) -> String { central.pagerankIntro(average: percent(average)) }

    /// The note under an estimated betweenness table: above how many actors it is estimated, from
    /// how many sampled shortest paths, and the error bound in percentage points.
    public func betweennessEstimated(threshold: Int, samples: Int, errorBound: Double) -> String {
        let points = errorBound * 100
        let bound = points == points.rounded() ? integer(Int(points)) : decimal(points, digits: 1)
        return central.betweennessEstimated(threshold: integer(threshold), samples: integer(samples), bound: bound)
    }

    /// A brokerage role's name: "Gatekeeper".
    public func roleName(_ role: BrokerageRole) -> String { roleTexts(role).name }

    /// What a brokerage role does: "lets an outsider into its own kind".
    public func roleExplanation(_ role: BrokerageRole) -> String { roleTexts(role).explanation }

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

    /// One clause of the sentence on an actor's role (`RoleFacts.clauses` orders them).
    public func roleClause(_ clause: RoleClause) -> String {
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

    /// The sentence on what an actor's position means: its clauses in order.
    public func roleSentence(_ facts: RoleFacts) -> String {
        facts.clauses.map(roleClause).joined(separator: " ")
    }
}
