import LandscapeCore

/// The sentence parts each language words for a gap; how a gap's facts are turned into those
/// parts (names looked up, groups named) is the same in every language and lives once, here.
protocol GapSentenceParts {
    func groupName(_ group: String, attribute: GroupingAttribute) -> String
    func isolate(_ name: String, need: String?) -> (String, String)
    func pendants(anchor: String, names: [String]) -> (String, String)
    func fragmented(components: [(hub: String, size: Int)], mainHub: String) -> (String, String)
    func cutPoint(_ name: String, cutOff: [String]) -> (String, String)
    func bridge(_ a: String, _ b: String, side: [String]) -> (String, String)
    func groupHole(_ a: String, _ b: String, observed: Int, expected: Double) -> (String, String)
    func uncoordinated(tag: String, targetGroup: Bool, fragments: [[String]], invited: [String], coordinator: String?,
                       existingCommittee: String?) -> (String, String)
    func programEffects(cutOff: [String], brokers: [String], committees: [String], pairsLostShare: Double?) -> [String]
    func programDependency(program: String, until: PartialDate, ended: Bool, positions: [String], fundingTies: Int,
                           effects: [String]) -> (String, String)
    func uncovered(need: String, outside: [String]) -> (String, String)
    func planningSilo(municipality: String, fragments: [[String]]) -> (String, String)
}

extension GapSentenceParts {
    /// Both texts of a gap: the explanation and what to do.
    func texts(_ gap: Gap, _ landscape: Landscape) -> (String, String) {
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
        case .uncoordinated(let tag, let targetGroup, let fragments, let invited, let coordinator, let existingCommittee):
            return uncoordinated(tag: tag, targetGroup: targetGroup, fragments: fragments.map { $0.map(name) },
                                 invited: invited.map(name), coordinator: coordinator.map(name), existingCommittee: existingCommittee.map(name))
        case .programDependency(let program, let until, let ended, let positions, let fundingTies, let cutOff, let brokers, let committees, let share):
            let effects = programEffects(cutOff: cutOff.map(name), brokers: brokers.map(name), committees: committees.map(name), pairsLostShare: share)
            return programDependency(program: name(program), until: until, ended: ended, positions: positions.map(name),
                                     fundingTies: fundingTies, effects: effects)
        case .uncovered(let need, let outside):
            return uncovered(need: need, outside: outside.map(name))
        case .planningSilo(let municipality, let fragments):
            return planningSilo(municipality: municipality, fragments: fragments.map { $0.map(name) })
        }
    }
}
