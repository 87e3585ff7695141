/// Reading tie records and resolving their ends by id or name.
extension BuildRun {
    /// The tie a record gives, with the key of ties that might be the same; `nil` when invalid.
    mutating func readTie(_ record: RecordDraft<TieField>) -> (Tie, TieKey)? {
        var valid = true
        func endpoint(_ field: TieField) -> Int? {
            guard let text = scalar(field, of: record) else {
                diagnostics.append(.error(.tieWithoutEnd(field), at: record.location))
                valid = false
                return nil
            }
            guard let position = resolve(text) else {
                valid = false
                return nil
            }
            return position
        }
        let from = endpoint(.from)
        let to = endpoint(.to)

        var kind = TieKind.cooperation
        if let text = scalar(.kind, of: record) {
            if let parsed = terms.tieKind(text.value) {
                kind = parsed
            } else {
                diagnostics.append(.error(.unknownTerm(.tieKind, text: text.value, suggestion: TieKind.closest(to: text.value)), at: text.location))
                valid = false
            }
        }
        var weight = 1.0
        if let text = scalar(.weight, of: record) {
            if let number = terms.number(text.value), number.isFinite, number > 0 {
                weight = number
            } else {
                diagnostics.append(.error(.invalidWeight(text: text.value), at: text.location))
                valid = false
            }
        }
        let formal = formal(of: record)
        if formal == nil { valid = false }
        let status = status(of: record)
        if status == nil { valid = false }
        var ignored = FieldOrigins()
        let period = period(of: record, since: .since, until: .until, origins: &ignored)
        let note = scalar(.note, of: record)?.value
        let id = scalar(.id, of: record).map { TieID($0.value.trimmingSpaces) }

        guard valid, let from, let to, let formal, let status else { return nil }
        if from == to {
            diagnostics.append(.error(.selfTie(actors[from].id), at: record.location))
            return nil
        }
        let tie = Tie(from: actors[from].id, to: actors[to].id, kind: kind, weight: weight, period: period, formal: formal, note: note, id: id,
                      status: status, extra: Self.extraFields(record.extras))
        return (tie, TieKey(from: from, to: to, kind: kind))
    }

    /// The tie's `status`: `existing` when not given; `nil` (and an error) for an unknown one.
    mutating func status(of record: RecordDraft<TieField>) -> TieStatus? {
        guard let text = scalar(.status, of: record) else { return .existing }
        if let parsed = TieStatus(parsing: text.value) { return parsed }
        diagnostics.append(.error(.unknownTerm(.tieStatus, text: text.value, suggestion: TieStatus.closest(to: text.value)), at: text.location))
        return nil
    }

    /// The tie's `formal` flag: `false` when not given; `nil` (and an error) for a text that is no flag.
    mutating func formal(of record: RecordDraft<TieField>) -> Bool? {
        guard let text = scalar(.formal, of: record) else { return false }
        if let flag = parseBool(text.value) { return flag }
        diagnostics.append(.error(.invalidFlag(field: "formal", text: text.value), at: text.location))
        return nil
    }

    /// The position of the actor a tie end names: an id, or else an exact name. A text that is
    /// the id of one actor and the name of another, or the name of several, is ambiguous.
    mutating func resolve(_ reference: Located<String>) -> Int? {
        let text = reference.value
        let index = referenceIndex
        let byIDPosition = index.position(ofID: text, positions: positions)
        // Nearly every tie end is an id that is no other actor's name: one look-up.
        // (Nearly always no name is another actor's id: then no second hashing of the text.)
        if let byIDPosition, index.namesOfOthers.isEmpty || !index.namesOfOthers.contains(text) { return byIDPosition }
        let byName = index.positions(named: text)
        // The common cases without building a set: an id that is no other actor's name, or a
        // name of exactly one actor.
        if let byIDPosition, byName.allSatisfy({ $0 == byIDPosition }) { return byIDPosition }
        if byIDPosition == nil, byName.count == 1 { return byName[0] }
        var candidates = Set(byName.map { actors[$0].id })
        if let byIDPosition { candidates.insert(actors[byIDPosition].id) }
        if candidates.isEmpty {
            reportUnknown(reference)
        } else {
            diagnostics.append(.error(.ambiguousActor(reference: text, candidates: candidates.sorted()), at: reference.location))
        }
        return nil
    }

    /// A tie end that names no actor: an error with a "did you mean" (the first
    /// `suggestionLimit` of them), or one summary when actors may be missing.
    mutating func reportUnknown(_ reference: Located<String>) {
        if deferredUnknowns != nil {
            deferredUnknowns?.append(DeferredUnknown(record: currentRecord, before: diagnostics.count, reference: reference))
        } else if actorsMayBeMissing {
            missingReferences = (count: (missingReferences?.count ?? 0) + 1, first: missingReferences?.first ?? reference)
        } else {
            diagnostics.append(.error(.unknownActor(reference: reference.value, suggestion: suggestActor(for: reference.value)), at: reference.location))
        }
    }

    mutating func suggestActor(for text: String) -> String? {
        guard suggestionsMade < suggestionLimit else { return nil }
        suggestionsMade += 1
        if spellings == nil { spellings = referenceIndex.spellings(of: actors) }
        return closestSpelling(to: text, among: spellings ?? [])
    }
}
