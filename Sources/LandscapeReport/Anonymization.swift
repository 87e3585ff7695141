import LandscapeCore
import LandscapeWording

/// How much personal and identifying data a report leaves out, for sharing it beyond the
/// municipality (data protection).
public enum Anonymization: String, CaseIterable, Sendable {
    /// Everything as in the files.
    case none
    /// Contact data removed.
    case contacts
    /// Contact data and notes removed; every actor named by its kind and a number ("Stiftung 2"),
    /// with a new id of the same pattern, so no name or id from the files appears anywhere.
    case all
}

extension Anonymization {
    /// What the report's note says was removed; `nil` when nothing was.
    var note: AnonymizationNote? {
        switch self {
        case .none: nil
        case .contacts: .contactsRemoved
        case .all: .namesReplaced
        }
    }

    /// The landscape with what this level removes removed. The order of actors and ties, their
    /// kinds, municipalities, sectors, topics, target groups, dates and weights stay, so every
    /// analysis gives the same numbers as on the original.
    ///
    /// - Complexity: O(A + T) for A actors and T ties.
    func apply(to landscape: Landscape, words: ReportWording) -> Landscape {
        switch self {
        case .none:
            return landscape
        case .contacts:
            let actors = landscape.actors.map { actor -> Actor in
                var actor = actor
                actor.contact = nil
                return actor
            }
            return Landscape(title: landscape.title, language: landscape.language, asOf: landscape.asOf,
                             needs: landscape.needs, actors: actors, ties: landscape.ties)
        case .all:
            return renamed(landscape, pseudonyms(landscape.actors, words: words))
        }
    }

    /// The landscape and an older version of it with what this level removes removed, alike on
    /// both sides: with `all`, an actor has the same pseudonym and id in both, numbered in the
    /// landscape's order, then the older version's own actors in theirs (so the landscape gets
    /// the names it gets alone).
    ///
    /// - Complexity: O(A + T) for A actors and T ties on both sides.
    func apply(to landscape: Landscape, older: Landscape?, words: ReportWording) -> (Landscape, Landscape?) {
        guard self == .all, let older else { return (apply(to: landscape, words: words), older.map { apply(to: $0, words: words) }) }
        let known = Set(landscape.actors.map(\.id))
        let names = pseudonyms(landscape.actors + older.actors.filter { !known.contains($0.id) }, words: words)
        return (renamed(landscape, names), renamed(older, names))
    }

    /// A pseudonym per actor: its kind and a number in `actors`' order ("Stiftung 2"), with a
    /// new id of the same pattern.
    private func pseudonyms(_ actors: [Actor], words: ReportWording) -> [ActorID: (id: ActorID, name: String)] {
        var counts: [ActorKind: Int] = [:]
        var pseudonyms: [ActorID: (id: ActorID, name: String)] = [:]
        for actor in actors {
            counts[actor.kind, default: 0] += 1
            let number = counts[actor.kind] ?? 1
            pseudonyms[actor.id] = (ActorID("\(actor.kind.rawValue)-\(number)"), words.pseudonym(actor.kind, number: number))
        }
        return pseudonyms
    }

    /// The landscape with every actor named and identified by its pseudonym, contacts and
    /// notes removed; ties keep their ends, kind, weight, dates and `formal`.
    private func renamed(_ landscape: Landscape, _ pseudonyms: [ActorID: (id: ActorID, name: String)]) -> Landscape {
        let actors = landscape.actors.compactMap { actor -> Actor? in
            guard let pseudonym = pseudonyms[actor.id] else { return nil }
            return Actor(
                id: pseudonym.id, name: pseudonym.name, kind: actor.kind,
                municipality: actor.municipality, sectors: actor.sectors, topics: actor.topics,
                targetGroups: actor.targetGroups, programs: actor.programs.compactMap { pseudonyms[$0]?.id }, period: actor.period)
        }
        let ties = landscape.ties.compactMap { tie -> Tie? in
            guard let from = pseudonyms[tie.from]?.id, let to = pseudonyms[tie.to]?.id else { return nil }
            return Tie(from: from, to: to, kind: tie.kind, weight: tie.weight, period: tie.period, formal: tie.formal)
        }
        return Landscape(title: landscape.title, language: landscape.language, asOf: landscape.asOf,
                         needs: landscape.needs, actors: actors, ties: ties)
    }
}
