import LandscapeCore

/// The sentences of the coordination findings: providers without coordination, and committees.
extension GapWording {
    /// Providers of one place who serve the same people, in uncoordinated fragments; those
    /// without any tie named; what to do: widen the committee that gathers most of them, or set
    /// one up (chaired by the coordinator, if there is one).
    func uncoordinated(_ group: Gap.ProviderGroup, name: (ActorID) -> String) -> GapSentences {
        var parts: [String] = []
        if !group.topics.isEmpty { parts.append(words.uncoordinatedTopic(tag: list(group.topics, limit: 3))) }
        if !group.targetGroups.isEmpty { parts.append(words.uncoordinatedTargetGroup(tag: list(group.targetGroups, limit: 3))) }
        let what = parts.joined(separator: words.joinWhat)
        let count = group.fragments.reduce(0) { $0 + $1.count }
        let groupCount = catalog.numbers.integer(group.fragments.count)
        let fragments = groups(group.fragments.map { $0.map(name) })
        var explanation = group.place.map {
            words.uncoordinatedExplanationPlace(count: count, place: $0, what: what, groupCount: groupCount, groups: fragments)
        } ?? words.uncoordinatedExplanation(count: count, what: what, groupCount: groupCount, groups: fragments)
        // Registering twice and waiting happen where offers serve the same people.
        if !group.targetGroups.isEmpty { explanation += words.uncoordinatedCompetition }
        if !group.untied.isEmpty { explanation += words.uncoordinatedUntied(count: group.untied.count, names: list(group.untied.map(name))) }
        // Invited (accusative); whoever chairs it is named once, as its chair.
        let invited = list(group.invited.filter { $0 != group.coordinator }.map(name), limit: 6, as: .accusative)
        let action = if let committee = group.existingCommittee {
            words.uncoordinatedActionExistingCommittee(invited: invited, committee: q(name(committee)))
        } else if let coordinator = group.coordinator {
            words.uncoordinatedActionChairedCommittee(tag: q(group.tag), coordinator: q(name(coordinator)), invited: invited)
        } else {
            words.uncoordinatedActionNewCommittee(tag: q(group.tag), invited: invited)
        }
        return GapSentences(explanation: explanation, action: action)
    }

    /// A committee that alone links `cutOff` to the rest, and who convenes it.
    func committeeDependency(_ committee: String, cutOff: [String], convener: String?) -> GapSentences {
        let names = list(cutOff)
        guard let convener else {
            return GapSentences(
                explanation: words.committeeDependencyExplanationUnconvened(count: cutOff.count, cutOff: names, committee: q(committee)),
                action: words.committeeDependencyActionUnconvened(committee: q(committee)))
        }
        return GapSentences(
            explanation: words.committeeDependencyExplanation(count: cutOff.count, cutOff: names, committee: q(committee), convener: q(convener)),
            action: words.committeeDependencyAction(committee: q(committee), convener: q(convener)))
    }
}
