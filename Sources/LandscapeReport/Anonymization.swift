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
            var counts: [ActorKind: Int] = [:]
            var newID: [ActorID: ActorID] = [:]
            var actors: [Actor] = []
            for actor in landscape.actors {
                counts[actor.kind, default: 0] += 1
                let number = counts[actor.kind] ?? 1
                let id = ActorID("\(actor.kind.rawValue)-\(number)")
                newID[actor.id] = id
                actors.append(Actor(
                    id: id, name: words.pseudonym(actor.kind, number: number), kind: actor.kind,
                    municipality: actor.municipality, sectors: actor.sectors, topics: actor.topics,
                    targetGroups: actor.targetGroups, programs: actor.programs, period: actor.period))
            }
            for index in actors.indices {
                actors[index].programs = actors[index].programs.compactMap { newID[$0] }
            }
            let ties = landscape.ties.compactMap { tie -> Tie? in
                guard let from = newID[tie.from], let to = newID[tie.to] else { return nil }
                return Tie(from: from, to: to, kind: tie.kind, weight: tie.weight, period: tie.period, formal: tie.formal)
            }
            return Landscape(title: landscape.title, language: landscape.language, asOf: landscape.asOf,
                             needs: landscape.needs, actors: actors, ties: ties)
        }
    }
}
