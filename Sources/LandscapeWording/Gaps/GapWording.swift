import LandscapeCore

/// The words of gaps: what is wrong, what to do, and the labels of types and levels, from the
/// catalog `gaps` of a language (`Catalogs/LANGUAGE/gaps.yaml`). Which sentence a gap's facts
/// call for, how names are looked up, quoted and listed, and how numbers are written is decided
/// here, once for all languages.
public struct GapWording: Sendable {
    let catalog: Catalog

    var words: GapsMessages { catalog.gaps }

    /// What is wrong and what to do about it, with the names of `landscape` (the landscape the
    /// gap was found in): both at once, since they share the names.
    public func sentences(_ gap: Gap, in landscape: Landscape) -> GapSentences {
        let name = { (id: ActorID) in landscape[id]?.name ?? id.rawValue }
        switch gap.reason {
        case .isolate(let actor, let need):
            return isolate(name(actor), need: need)
        case .pendant(let anchor, let actors):
            return pendants(anchor: name(anchor), names: actors.map(name))
        case .fragmented(let components, let mainHub):
            return fragmented(components: components.map { (name($0.hub), $0.size) }, mainHub: name(mainHub))
        case .cutPoint(let actor, let cutOff):
            return cutPoint(name(actor), cutOff: cutOff.map(name))
        case .bridge(let a, let b, let side):
            return bridge(name(a), name(b), side: side.map(name))
        case .groupHole(let attribute, let a, let b, let observed, let expected):
            return groupHole(groupName(a, attribute: attribute), groupName(b, attribute: attribute), observed: observed, expected: expected)
        case .uncoordinated(let group):
            return uncoordinated(group, name: name)
        case .programDependency(let program, let until, let ended, let positions, let fundingTies, let cutOff, let brokers, let committees, let share):
            let effects = programEffects(cutOff: cutOff.map(name), brokers: brokers.map(name), committees: committees.map(name), pairsLostShare: share)
            return programDependency(program: name(program), until: until, ended: ended, positions: positions.map(name),
                                     fundingTies: fundingTies, effects: effects)
        case .uncovered(let need, let outside):
            return uncovered(need: need, outside: outside.map(name))
        case .planningSilo(let municipality, let fragments):
            return planningSilo(municipality: municipality, fragments: fragments.map { $0.map(name) })
        case .committeeDependency(let committee, let cutOff, let convener):
            return committeeDependency(name(committee), cutOff: cutOff.map(name), convener: convener.map(name))
        }
    }

    /// What is wrong.
    public func explanation(_ gap: Gap, in landscape: Landscape) -> String { sentences(gap, in: landscape).explanation }

    /// What to do about it.
    public func action(_ gap: Gap, in landscape: Landscape) -> String { sentences(gap, in: landscape).action }

    /// The gap type as a reader calls it ("Single point of failure").
    public func typeName(_ type: GapType) -> String { words.name(of: type) }

    /// The level as a reader calls it ("urgent").
    public func severityName(_ severity: GapSeverity) -> String { words.name(of: severity) }

    /// The line printed when there is nothing to report.
    public var noGaps: String { words.noGaps }

    /// A group of a grouping attribute in running text ("offices", "early childhood").
    public func groupName(_ group: String, attribute: GroupingAttribute) -> String { catalog.groupName(group, attribute: attribute) }

    func q(_ name: String) -> String { catalog.q(name) }
    /// Names listed as the subject of a sentence, or in `listCase` (after "zu", "für" …).
    func list(_ names: [String], limit: Int = 4, as listCase: ListCase = .nominative) -> String {
        catalog.quoted(names, limit: limit, as: listCase)
    }
    /// Groups of names, each a list, apart by semicolons: "»A«, »B«; »C«".
    func groups(_ fragments: [[String]]) -> String { fragments.map { list($0, limit: 3) }.joined(separator: words.joinGroups) }

    private func isolate(_ name: String, need: String?) -> GapSentences {
        GapSentences(explanation: need.map { words.isolateExplanationNeed(name: q(name), need: q($0)) } ?? words.isolateExplanation(name: q(name)),
                     action: words.isolateAction(name: q(name)))
    }

    private func pendants(anchor: String, names: [String]) -> GapSentences {
        GapSentences(explanation: words.pendantExplanation(count: names.count, names: list(names), anchor: q(anchor)),
                     action: words.pendantAction(anchor: q(anchor)))
    }

    private func fragmented(components: [(hub: String, size: Int)], mainHub: String) -> GapSentences {
        let parts = catalog.listed(components.map { words.fragmentedPart(count: $0.size, hub: q($0.hub)) })
        return GapSentences(explanation: words.fragmentedExplanation(count: components.count, parts: parts, mainHub: q(mainHub)),
                            action: words.fragmentedAction(hub: q(components.first?.hub ?? ""), mainHub: q(mainHub)))
    }

    private func cutPoint(_ name: String, cutOff: [String]) -> GapSentences {
        GapSentences(explanation: words.cutPointExplanation(count: cutOff.count, actor: q(name), cutOff: list(cutOff)),
                     action: words.cutPointAction(cutOff: list(cutOff, limit: 2, as: .dative), actor: q(name)))
    }

    private func bridge(_ a: String, _ b: String, side: [String]) -> GapSentences {
        GapSentences(explanation: words.bridgeExplanation(a: q(a), b: q(b), side: list(side, as: .dative)), action: words.bridgeAction)
    }

    /// Between two groups (already named, not quoted); the expected number of ties to one decimal.
    private func groupHole(_ a: String, _ b: String, observed: Int, expected: Double) -> GapSentences {
        let expected = catalog.numbers.decimal(expected, digits: 1)
        if observed == 0 {
            return GapSentences(explanation: words.groupHoleNoneExplanation(a: a, b: b, expected: expected), action: words.groupHoleNoneAction(a: a, b: b))
        }
        return GapSentences(explanation: words.groupHoleFewExplanation(count: observed, a: a, b: b, expected: expected),
                            action: words.groupHoleFewAction(a: a, b: b))
    }

    /// What else goes when a programme ends: actors cut off, brokers, committees, connected pairs.
    private func programEffects(cutOff: [String], brokers: [String], committees: [String], pairsLostShare: Double?) -> [String] {
        var effects: [String] = []
        if !cutOff.isEmpty { effects.append(words.programDependencyEffectCutOff(count: cutOff.count, names: list(cutOff))) }
        if !brokers.isEmpty { effects.append(words.programDependencyEffectBrokers(count: brokers.count, names: list(brokers))) }
        if !committees.isEmpty { effects.append(words.programDependencyEffectCommittees(count: committees.count, names: list(committees))) }
        if let share = pairsLostShare, share > 0 { effects.append(words.programDependencyEffectPairs(percent: percent(share))) }
        return effects
    }

    private func programDependency(program: String, until: PartialDate, ended: Bool, positions: [String], fundingTies: Int,
                                   effects: [String]) -> GapSentences {
        var losses: [String] = []
        if !positions.isEmpty { losses.append(words.programDependencyPositions(count: positions.count, names: list(positions))) }
        if fundingTies > 0 { losses.append(words.programDependencyFundingTies(count: fundingTies)) }
        let lost = losses.isEmpty ? words.programDependencyNothing : losses.joined(separator: words.joinLosses)
        // The verb agrees with what goes: one position or tie, or nothing, is singular.
        let goes = max(1, positions.count + fundingTies)
        let when = ReportWording(catalog: catalog).when(until)
        let end = ended
            ? words.programDependencyEnded(count: goes, program: q(program), when: when, losses: lost)
            : words.programDependencyEnds(count: goes, program: q(program), when: when, losses: lost)
        let effect = effects.isEmpty ? "" : words.programDependencyEffects(effects: effects.joined(separator: words.joinEffects))
        return GapSentences(explanation: end + effect, action: words.programDependencyAction(program: q(program)))
    }

    private func uncovered(need: String, outside: [String]) -> GapSentences {
        if outside.isEmpty {
            return GapSentences(explanation: words.uncoveredNobodyExplanation(need: q(need)), action: words.uncoveredNobodyAction(need: q(need)))
        }
        return GapSentences(explanation: words.uncoveredOutsideExplanation(count: outside.count, outside: list(outside), need: q(need)),
                            action: words.uncoveredOutsideAction(outside: list(outside, limit: 2, as: .accusative), need: q(need)))
    }

    private func planningSilo(municipality: String, fragments: [[String]]) -> GapSentences {
        GapSentences(explanation: words.planningSiloExplanation(count: fragments.count, municipality: municipality, groups: groups(fragments)),
                     action: words.planningSiloAction(municipality: municipality))
    }

    /// A share as a percentage with at most one decimal, without a percent sign: "12.5", "12,5", "40".
    private func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0
            ? catalog.numbers.integer(Int(tenths / 10))
            : catalog.numbers.decimal(tenths / 10, digits: 1)
    }
}

/// The two sentences of a gap, as `GapWording` words them.
public struct GapSentences: Sendable, Equatable {
    /// What is wrong.
    public var explanation: String
    /// What to do.
    public var action: String
}

extension Language {
    /// The gap wording of this language.
    public var gapWording: GapWording { GapWording(catalog: Catalog(self)) }
}

extension Catalog {
    /// A group of a grouping attribute in running text: a kind or a sector in this language's
    /// words (gaps.yaml, `group`), any other group (a municipality) as it is.
    func groupName(_ group: String, attribute: GroupingAttribute) -> String {
        if attribute == .sector, let sector = Sector(rawValue: group) { return groupName(sector) }
        guard attribute == .kind, let kind = ActorKind(rawValue: group) else { return group }
        return groupName(kind)
    }

    private func groupName(_ kind: ActorKind) -> String {
        switch kind {
        case .office: gaps.groupKindOffice
        case .agency: gaps.groupKindAgency
        case .politics: gaps.groupKindPolitics
        case .committee: gaps.groupKindCommittee
        case .foundation: gaps.groupKindFoundation
        case .association: gaps.groupKindAssociation
        case .institution: gaps.groupKindInstitution
        case .business: gaps.groupKindBusiness
        case .program: gaps.groupKindProgram
        case .research: gaps.groupKindResearch
        case .other: gaps.groupKindOther
        case .resource: gaps.groupKindResource
        case .event: gaps.groupKindEvent
        }
    }

    private func groupName(_ sector: Sector) -> String {
        switch sector {
        case .earlyChildhood: gaps.groupSectorEarlyChildhood
        case .school: gaps.groupSectorSchool
        case .vocational: gaps.groupSectorVocational
        case .higher: gaps.groupSectorHigher
        case .adult: gaps.groupSectorAdult
        case .nonFormal: gaps.groupSectorNonFormal
        case .informal: gaps.groupSectorInformal
        }
    }
}
