import LandscapeCore

/// What the briefing (`report --brief`) says, chosen from the full report's content: three to
/// five findings, most urgent first, and the proposed decisions. Pure data, no words.
///
/// Findings: one per type of gap, in the gaps' order (most severe first), the first gap of a
/// type standing for the others; a gap about a cut point or a bridge that is a funding
/// programme is left out, since a programme ties actors by funding them, not by brokering — its
/// end is told by the programme-dependency gap. When fewer than `minimumFindings` gaps qualify,
/// the actor with the highest betweenness (no programme) and the first programme that carries
/// positions or ties follow.
///
/// Decisions: the committees the suggestions propose, the programmes to secure before they end,
/// then the pairs to bring together, up to `decisionLimit`.
struct BriefContent {
    /// One finding: what it means and what to do come from its facts.
    enum Finding {
        /// A gap, standing for `more` others of its type.
        case gap(Gap, more: Int)
        /// The actor most shortest connections run through, and its share of them.
        case broker(ActorID, share: Double)
        /// A funding programme that carries part of the landscape and ends.
        case programme(ReportContent.ProgrammeOutlook)
    }

    /// One proposed decision.
    enum Decision {
        /// A committee to found (a suggestion of the form `committee`).
        case committee(Suggestion)
        /// A partner to bring in (a suggestion of the form `pair`).
        case partner(Suggestion)
        /// Something a foundation could fund (a suggestion of the form `fund`).
        case fund(Suggestion)
        /// A structure to secure before its programme ends.
        case secure(ReportContent.ProgrammeOutlook)
    }

    static let findingLimit = 5
    static let minimumFindings = 3
    static let decisionLimit = 4
    /// At most this many committees among the decisions (the rest are pairs and programmes).
    static let committeeLimit = 2
    /// At most this many programmes to secure among the decisions.
    static let secureLimit = 2

    let findings: [Finding]
    let decisions: [Decision]

    /// - Complexity: O(G + S + P) over the gaps, suggestions and programmes already computed.
    init(_ content: ReportContent) {
        findings = Self.findings(content)
        decisions = Self.decisions(content)
    }

    static func findings(_ content: ReportContent) -> [Finding] {
        let landscape = content.landscape
        func isProgramme(_ id: ActorID?) -> Bool { id.map { landscape[$0]?.kind == .program } ?? false }
        var byType: [GapType: (first: Gap, count: Int)] = [:]
        var order: [GapType] = []
        for gap in content.gaps {
            switch gap.reason {
            case .cutPoint(let actor, _) where isProgramme(actor): continue
            case .bridge(let a, let b, _) where isProgramme(a) || isProgramme(b): continue
            default: break
            }
            if let seen = byType[gap.type] {
                byType[gap.type] = (seen.first, seen.count + 1)
            } else {
                byType[gap.type] = (gap, 1)
                order.append(gap.type)
            }
        }
        var findings: [Finding] = order.prefix(findingLimit).compactMap { type in
            byType[type].map { .gap($0.first, more: $0.count - 1) }
        }
        if findings.count < minimumFindings,
           let top = content.betweenness.first(where: { landscape[$0.id].map { $0.kind.isActor && $0.kind != .program } ?? false }) {
            findings.append(.broker(top.id, share: top.value))
        }
        if findings.count < minimumFindings, byType[.programDependency] == nil,
           let programme = content.programmes.first(where: { !$0.ended && (!$0.positions.isEmpty || $0.fundingTies > 0) }) {
            findings.append(.programme(programme))
        }
        return findings
    }

    /// The committees first (at most `committeeLimit`), then the programmes to secure (those
    /// that would cut most actors off first, then those that carry most; at most
    /// `secureLimit`), then the pairs, each pair with actors no earlier pair names — at least
    /// one pair when there is one, since a steering group decides on people too.
    static func decisions(_ content: ReportContent) -> [Decision] {
        let committees = content.suggestions.filter { $0.form == .committee }.prefix(committeeLimit).map { Decision.committee($0) }
        let secure = content.programmes.filter { !$0.ended && (!$0.positions.isEmpty || $0.fundingTies > 0) }
            .sorted { a, b in
                let weightA = (a.result.cutOff.count, a.positions.count + a.fundingTies), weightB = (b.result.cutOff.count, b.positions.count + b.fundingTies)
                return weightA != weightB ? weightA > weightB : a.until.lastDay < b.until.lastDay
            }
            .prefix(secureLimit).map { Decision.secure($0) }
        var named = Set<ActorID>()
        let others = content.suggestions.compactMap { suggestion -> Decision? in
            switch suggestion.form {
            case .pair:
                guard !named.contains(suggestion.from), !named.contains(suggestion.to) else { return nil }
                named.formUnion([suggestion.from, suggestion.to])
                return .partner(suggestion)
            case .fund: return .fund(suggestion)
            case .committee: return nil
            }
        }
        let room = max(1, decisionLimit - committees.count - secure.count)
        return Array((committees + secure + others.prefix(room)).prefix(decisionLimit))
    }
}
