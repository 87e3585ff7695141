import LandscapeCore

/// The words of the briefing (`report --brief`), the two pages a steering group reads before its
/// meeting, from the catalog `report-brief` of a language: headings are its messages as they
/// are; the scope line and the proposed decisions (which sentence, which names) are chosen here,
/// once for every language. The findings are the gaps' own sentences (`GapWording`) and the
/// report's (`ReportWording`), so the briefing says a finding as the full report does.
public typealias BriefWording = ReportBriefMessages

extension ReportBriefMessages {
    /// The words of `language`.
    public init(_ language: Language) {
        self.init(catalog: Catalog(language))
    }

    /// "37 actors, 54 ties in Weimar", "59 actors, 98 ties in 9 municipalities".
    public func scopeLine(actors: Int, ties: Int, municipalities: [String]) -> String {
        let place = municipalities.count == 1 ? scopeInMunicipality(municipality: municipalities[0])
            : municipalities.count > 1 ? scopeInMunicipalities(count: municipalities.count) : ""
        return scopeText(actors: scopeActors(count: actors), ties: scopeTies(count: ties), place: place)
    }

    /// Under a finding that stands for `count` more gaps of its type.
    public func moreOfType(_ count: Int) -> String { moreOfType(count: count) }

    /// What to do about the actor most connections run through.
    public func brokerAction(_ name: String) -> String { brokerAction(name: catalog.q(name)) }

    /// A committee to found with its members and, if there is one, its convener; a convener
    /// that is a committee already takes them in.
    public func committeeDecision(members: [String], convener: String?, convenerIsCommittee: Bool) -> String {
        let names = catalog.quoted(members, limit: 5)
        guard let convener else { return decisionCommitteeUnconvened(count: members.count, names: names) }
        return convenerIsCommittee ? decisionCommitteeExisting(count: members.count, convener: catalog.q(convener), names: names)
            : decisionCommittee(count: members.count, convener: catalog.q(convener), names: names)
    }

    /// Two actors to bring together, with the first reason the suggestion gives (may be empty).
    public func partnerDecision(_ a: String, _ b: String, reason: String) -> String {
        reason.isEmpty ? decisionPartnerPlain(a: catalog.q(a), b: catalog.q(b))
            : decisionPartner(a: catalog.q(a), b: catalog.q(b), reason: reason)
    }

    /// A programme to secure before it ends: the positions it funds, else its funding ties.
    /// `until` is the date with its preposition ("in June 2026").
    public func secureDecision(program: String, until: String, positions: [String], fundingTies: Int) -> String {
        let affected = !positions.isEmpty ? decisionPositions(count: positions.count, names: catalog.quoted(positions, limit: 3))
            : fundingTies > 0 ? decisionFundingTies(count: fundingTies) : ""
        return decisionSecure(program: catalog.q(program), until: until, affected: affected)
    }

    /// What a foundation could fund, as the suggestions word it, as a decision.
    public func fundDecision(_ what: String) -> String { decisionFund(what: what) }
}
