import Synchronization

/// Look-up of tie ends by id and by name, once the actors are read.
///
/// Ids are looked up in a `TextPositions` table (ASCII ids; others through the run's
/// dictionary of positions). The names' index is built at the first tie end that needs it — an
/// end that is no id, or a name that is also another actor's id —, so a file whose ties name
/// their ends by id (the 200,000-actor benchmark landscape: 967,043 ties) never builds it; it
/// was 0.1 s on one core between the actors and the ties.
struct ReferenceIndex: Sendable {
    /// The actors' ids that are ASCII, at their positions.
    private let ids: TextPositions
    /// The actors by name, built on demand.
    private let names: ActorsByName
    /// Names that are another actor's id: a tie end with such a text is ambiguous.
    let namesOfOthers: Set<String>

    init(actors: [Actor], positions: [ActorID: Int]) {
        ids = TextPositions(actors.indices.lazy.map { actors[$0].id.rawValue })
        names = ActorsByName(actors)
        namesOfOthers = Self.namesOfOthers(actors, ids: ids, positions: positions)
    }

    /// The names that are another actor's id: the two halves of the actors on two cores when
    /// there are many (200,000 names looked up were ~25 ms on one core, between the actors and
    /// the ties, where nothing else runs).
    private static func namesOfOthers(_ actors: [Actor], ids: TextPositions, positions: [ActorID: Int]) -> Set<String> {
        @Sendable func names(_ range: Range<Int>) -> [String] {
            range.compactMap { position in
                let name = actors[position].name
                return name != actors[position].id.rawValue && Self.position(ofID: name, ids: ids, positions: positions) != nil ? name : nil
            }
        }
        guard actors.count >= 20_000 else { return Set(names(actors.indices)) }
        let middle = actors.count / 2
        let (first, second) = Parallel.both({ names(0..<middle) }, { names(middle..<actors.count) })
        return Set(first + second)
    }

    /// The position of the actor whose id is `text`, as `positions[ActorID(text)]` gives it.
    func position(ofID text: String, positions: [ActorID: Int]) -> Int? {
        Self.position(ofID: text, ids: ids, positions: positions)
    }

    private static func position(ofID text: String, ids: TextPositions, positions: [ActorID: Int]) -> Int? {
        switch ids.position(of: text) {
        case .position(let position): position
        case .absent where !ids.hasOtherKeys: nil
        default: positions[ActorID(text)]
        }
    }

    /// The positions of the actors named `name`, in reading order.
    func positions(named name: String) -> [Int] {
        names.positions(named: name)
    }

    /// Every id and name, the spellings a "did you mean" chooses from.
    func spellings(of actors: [Actor]) -> [String] {
        var spellings: [String] = []
        for actor in actors {
            spellings.append(actor.id.rawValue)
            if actor.name != actor.id.rawValue { spellings.append(actor.name) }
        }
        return spellings
    }
}

/// The actors of each name, built once at the first question, by whichever thread asks first;
/// afterwards read without a lock.
private final class ActorsByName: @unchecked Sendable {
    private let actors: [Actor]
    private let lock = Mutex<Void>(())
    private let ready = Atomic<Bool>(false)
    /// The first actor of each name; names of several actors are in `shared`. Written once,
    /// under `lock`, before `ready` is set.
    private var byName: [String: Int] = [:]
    private var shared: [String: [Int]] = [:]

    init(_ actors: [Actor]) {
        self.actors = actors
    }

    func positions(named name: String) -> [Int] {
        if !ready.load(ordering: .acquiring) {
            lock.withLock { _ in
                guard !ready.load(ordering: .relaxed) else { return }
                build()
                ready.store(true, ordering: .releasing)
            }
        }
        guard let first = byName[name] else { return [] }
        return shared[name] ?? [first]
    }

    private func build() {
        byName.reserveCapacity(actors.count)
        for position in actors.indices {
            let name = actors[position].name
            if let first = byName.updateValue(position, forKey: name) {
                byName[name] = first
                shared[name, default: [first]].append(position)
            }
        }
    }
}
