/// What a foundation could start or fund (`suggest --kind foundation`): work on a declared need
/// that nobody works on, the coordination of a group of providers that an `uncoordinated` gap
/// finds, and providers that work on a declared need without any funding. Each names the
/// foundation of the landscape best placed for it, when the landscape has one.
enum FoundationOpportunities {
    /// The opportunities, most valuable first: a need nobody works on scores 2 · w(severity) + 1,
    /// a group 2 · w(severity) · (parts − 1) like its committee, a provider the number of
    /// declared needs it works on. Nothing unless `options.kind` is `foundation`; with
    /// `options.actor`, those it would fund or be the funder of.
    ///
    /// - Complexity: O(A · F + T) for A actors, F foundations and T ties, plus the gaps.
    static func make(_ landscape: Landscape, gaps: [Gap], options: SuggestOptions) -> [Suggestion] {
        guard options.kind == .foundation else { return [] }
        var ties: [ActorID: Int] = [:]
        for tie in landscape.ties {
            ties[tie.from, default: 0] += 1
            ties[tie.to, default: 0] += 1
        }
        // The most connected first, so that a draw in shared tags goes to it.
        let foundations = landscape.actors.filter { $0.kind == .foundation }.enumerated()
            .sorted { (ties[$0.element.id] ?? 0, $1.offset) > (ties[$1.element.id] ?? 0, $0.offset) }.map(\.element)
        var found: [Suggestion] = []
        for gap in gaps {
            switch gap.reason {
            case .uncovered(let need, let outside) where outside.isEmpty:
                found.append(Suggestion(fund: [], need: need, funder: funder(foundations, tags: [need]),
                                        score: 2 * GapIndex.weight(gap.severity) + 1, reasons: [],
                                        closes: [.coversNeed(need)]))
            case .uncoordinated(let group):
                let tags = group.topics + group.targetGroups
                found.append(Suggestion(
                    fund: group.members, need: nil, funder: funder(foundations, tags: tags),
                    score: 2 * GapIndex.weight(gap.severity) * Double(group.fragments.count - 1),
                    reasons: [.uncoordinatedGroup(place: group.place, members: group.members.count, parts: group.fragments.count), .sharedTags(tags)],
                    closes: [.coordinates(tag: group.tag)]))
            default:
                continue
            }
        }
        found += unfundedProviders(landscape, foundations: foundations)
        if let actor = options.actor { found = found.filter { $0.funder == actor || $0.members.contains(actor) } }
        return found.enumerated().sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }
            .map(\.element)
    }

    /// Providers (institutions, associations, businesses) that work on a declared need and have
    /// neither a funding tie nor a programme.
    static func unfundedProviders(_ landscape: Landscape, foundations: [Actor]) -> [Suggestion] {
        let needs = Dictionary(landscape.needs.map { (GapFinder.tagKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        let funded = Set(landscape.ties.filter { $0.kind == .funding }.map(\.to))
        return landscape.actors.compactMap { actor in
            guard GapFinder.Run.providerKinds.contains(actor.kind), actor.programs.isEmpty, !funded.contains(actor.id) else { return nil }
            var served: [String] = []
            for tag in actor.topics + actor.targetGroups {
                if let need = needs[GapFinder.tagKey(tag)], !served.contains(need) { served.append(need) }
            }
            guard !served.isEmpty else { return nil }
            return Suggestion(fund: [actor.id], need: nil, funder: funder(foundations, tags: actor.topics + actor.targetGroups),
                              score: Double(served.count), reasons: [.declaredNeeds(served), .withoutFunding], closes: [])
        }
    }

    /// The foundation that shares the most topics and target groups with `tags`, on a draw the
    /// first of `foundations` (the most connected); `nil` when the landscape has none.
    static func funder(_ foundations: [Actor], tags: [String]) -> ActorID? {
        let keys = Set(tags.map(GapFinder.tagKey))
        var best: (id: ActorID, shared: Int)?
        for foundation in foundations {
            let shared = Set((foundation.topics + foundation.targetGroups).map(GapFinder.tagKey)).intersection(keys).count
            if best.map({ shared > $0.shared }) ?? true { best = (foundation.id, shared) }
        }
        return best?.id
    }
}
