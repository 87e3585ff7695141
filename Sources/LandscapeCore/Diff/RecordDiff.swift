// The comparison of records: actors matched by id, ties by their ends and kind, field by field.

extension ActorChanges {
    /// The actors of `new` that `old` lacks, those of `old` that `new` lacks, and the changed
    /// fields of the others.
    ///
    /// - Complexity: O(A · F) time and O(A) extra space for A actors on both sides and F the
    ///   size of their fields (lists compare as sets).
    init(old: Landscape, new: Landscape) {
        joined = new.actors.map(\.id).filter { !old.contains($0) }
        left = old.actors.map(\.id).filter { !new.contains($0) }
        changed = new.actors.flatMap { actor -> [ActorFieldChange] in
            guard let before = old[actor.id] else { return [] }
            return ActorField.compared.compactMap { field in
                let value = Change(old: field.value(of: before), new: field.value(of: actor))
                return DiffValue.differ(value) ? ActorFieldChange(id: actor.id, field: field, value: value) : nil
            }
        }
    }
}

extension ActorField {
    /// The fields a diff compares: all but the id, which matches the actors.
    static let compared = allCases.filter { $0 != .id }

    /// The field's value in `actor`; `nil` for no value or an empty list.
    func value(of actor: Actor) -> DiffValue? {
        switch self {
        case .id: .text(actor.id.rawValue)
        case .name: .text(actor.name)
        case .kind: .kind(actor.kind)
        case .municipality: DiffValue.text(actor.municipality)
        case .sectors: actor.sectors.isEmpty ? nil : .sectors(actor.sectors)
        case .topics: actor.topics.isEmpty ? nil : .tags(actor.topics)
        case .targetGroups: actor.targetGroups.isEmpty ? nil : .tags(actor.targetGroups)
        case .programs: actor.programs.isEmpty ? nil : .actors(actor.programs)
        case .since: actor.period.since.map(DiffValue.date)
        case .until: actor.period.until.map(DiffValue.date)
        case .contact: DiffValue.text(actor.contact)
        case .note: DiffValue.text(actor.note)
        }
    }
}

extension TieField {
    /// The fields a diff compares: all but the ends and the kind, which match the ties, and the
    /// id, which a store may have assigned to one side only.
    static let compared = allCases.filter { ![.from, .to, .kind, .id].contains($0) }

    /// The field's value in `tie`; `nil` for no value.
    func value(of tie: Tie) -> DiffValue? {
        switch self {
        case .from: .text(tie.from.rawValue)
        case .to: .text(tie.to.rawValue)
        case .kind: .text(tie.kind.rawValue)
        case .weight: .number(tie.weight)
        case .formal: .flag(tie.formal)
        case .since: tie.period.since.map(DiffValue.date)
        case .until: tie.period.until.map(DiffValue.date)
        case .note: DiffValue.text(tie.note)
        case .id: DiffValue.text(tie.id?.rawValue)
        case .status: tie.status == .existing ? nil : .text(tie.status.rawValue)
        }
    }
}

extension DiffValue {
    /// A text field: `nil` when absent or blank.
    static func text(_ text: String?) -> DiffValue? {
        guard let text, !text.trimmingSpaces.isEmpty else { return nil }
        return .text(text)
    }

    /// Whether two values differ. Lists compare as sets: the order in which a file lists
    /// sectors, topics, target groups or programmes is not a change.
    static func differ(_ change: Change<DiffValue?>) -> Bool {
        switch (change.old, change.new) {
        case (.sectors(let a)?, .sectors(let b)?): Set(a) != Set(b)
        case (.tags(let a)?, .tags(let b)?): Set(a.map(\.trimmingSpaces)) != Set(b.map(\.trimmingSpaces))
        case (.actors(let a)?, .actors(let b)?): Set(a) != Set(b)
        default: change.old != change.new
        }
    }
}

/// What identifies a tie across two versions, as one integer: its two ends (in either order for
/// a symmetric kind) and its kind. The actors are numbered by the landscapes' own indices (the
/// new side's actors first, then those only on the old side), so that matching hundreds of
/// thousands of ties hashes each end once and compares integers, not pairs of texts.
struct TieKeys {
    private let old: Landscape
    private let new: Landscape

    init(old: Landscape, new: Landscape) {
        (self.old, self.new) = (old, new)
    }

    /// The tie's key: its ends' numbers (the smaller first for a symmetric kind) and its kind.
    /// At most 2²⁸ actors on both sides.
    func key(_ tie: Tie) -> UInt64 {
        var (a, b) = (number(tie.from), number(tie.to))
        if !tie.kind.isDirected && b < a { swap(&a, &b) }
        return (a << 36) | (b << 8) | UInt64(TieKind.allCases.firstIndex(of: tie.kind) ?? 0)
    }

    /// An actor's number: its index on the new side, else the new side's count plus its index on
    /// the old side. (A tie's ends are actors of its landscape; an end of neither, which a
    /// landscape cannot have, would share the number after all of them.)
    private func number(_ id: ActorID) -> UInt64 {
        if let index = new.positions[id] { return UInt64(index) }
        return UInt64(new.actors.count + (old.positions[id] ?? old.actors.count))
    }
}

extension TieChanges {
    /// Ties matched by their ends and kind (`TieKeys`). Parallel ties with one key (the same
    /// pair and kind in two periods) are matched equal ones first, then in file order.
    ///
    /// - Complexity: O(T) expected time and extra space for T ties on both sides (times the
    ///   number of parallel ties of one key, which is small).
    init(old: Landscape, new: Landscape) {
        let keys = TieKeys(old: old, new: new)
        // The old ties of each key in file order: the first of the key, then a chain.
        var first: [UInt64: Int] = [:]
        first.reserveCapacity(old.ties.count)
        var next = [Int](repeating: -1, count: old.ties.count)
        var last: [UInt64: Int] = [:]
        last.reserveCapacity(old.ties.count)
        for (index, tie) in old.ties.enumerated() {
            let key = keys.key(tie)
            if let previous = last.updateValue(index, forKey: key) { next[previous] = index } else { first[key] = index }
        }
        var taken = [Bool](repeating: false, count: old.ties.count)
        /// The first old tie of `key` not yet matched that `accepts`.
        func take(_ key: UInt64, where accepts: (Int) -> Bool) -> Int? {
            var index = first[key] ?? -1
            while index >= 0 {
                if !taken[index] && accepts(index) {
                    taken[index] = true
                    return index
                }
                index = next[index]
            }
            return nil
        }
        var pending: [(tie: Int, key: UInt64)] = []
        for (index, tie) in new.ties.enumerated() {
            let key = keys.key(tie)
            if take(key, where: { old.ties[$0].isSame(as: tie) }) == nil { pending.append((index, key)) }
        }
        var added: [Tie] = []
        var matched: [(old: Tie, new: Tie)] = []
        for (index, key) in pending {
            let tie = new.ties[index]
            if let before = take(key, where: { _ in true }) {
                matched.append((old.ties[before], tie))
            } else {
                added.append(tie)
            }
        }
        let ended = old.ties.indices.filter { !taken[$0] }.map { old.ties[$0] }
        self.init(new: added, ended: ended, changed: matched.flatMap(Self.fieldChanges))
    }

    /// The changed fields of a matched pair of ties.
    private static func fieldChanges(_ pair: (old: Tie, new: Tie)) -> [TieFieldChange] {
        TieField.compared.compactMap { field in
            let value = Change(old: field.value(of: pair.old), new: field.value(of: pair.new))
            return DiffValue.differ(value) ? TieFieldChange(tie: pair.new, field: field, value: value) : nil
        }
    }
}
