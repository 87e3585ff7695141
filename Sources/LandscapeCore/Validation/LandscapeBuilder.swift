/// The outcome of validating one or more drafts: the landscape built from everything that was
/// valid, and every problem found.
public struct BuildResult: Sendable {
    public var landscape: Landscape
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.containsErrors }
}

/// Checks drafts read from files and merges them into one `Landscape`.
///
/// The rules (see `docs/format.md`): required fields, vocabularies, dates, weights, unique ids
/// within a file, merging of the same id across files (list fields united, conflicting scalar
/// fields an error naming both places), tie references by id or exact name, `programs` entries
/// that must be program actors; warnings for committees with fewer than two members, `member`
/// ties to non-committees, and ids differing only in letter case.
///
/// - Complexity: O(A + T) expected time for A actor and T tie records, plus the cost of
///   "did you mean" suggestions (at most `suggestionLimit` searches over the A names).
public struct LandscapeBuilder {
    /// How many unknown references get a "did you mean" search over all actors.
    public var suggestionLimit = 50
    /// The most actors and ties, and the longest texts, accepted.
    public var limits: InputLimits
    /// Set when a reader could not read some input's actors at all (an undecodable file, a
    /// syntax error): tie ends naming unknown actors are then one summary error instead of one
    /// error each, which would bury the real problem.
    public var actorsMayBeMissing = false

    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    public func build(_ drafts: [LandscapeDraft]) -> BuildResult {
        var run = BuildRun(suggestionLimit: suggestionLimit, limits: limits, actorsMayBeMissing: actorsMayBeMissing)
        return run.build(drafts)
    }
}

/// The state of one validation run.
private struct BuildRun {
    let suggestionLimit: Int
    let limits: InputLimits
    var actorsMayBeMissing: Bool
    /// Tie ends naming no actor while `actorsMayBeMissing`: how many, and the first.
    var missingReferences: (count: Int, first: Located<String>)?
    var diagnostics: [Diagnostic] = []
    var actors: [Actor] = []
    var positions: [ActorID: Int] = [:]
    /// Where each actor and each of its scalar fields was first given.
    var origins: [ActorID: ActorOrigin] = [:]
    var programReferences: [(actor: ActorID, reference: Located<String>)] = []
    var suggestionsMade = 0
    /// Actors whose kind could not be read: kind-based checks skip them (no follow-on noise).
    var unknownKinds: Set<ActorID> = []
    /// Vocabulary look-ups by exact spelling: a large file repeats a handful of spellings, and
    /// matching one against every alias was nearly half of the load time.
    var terms = TermCache()

    struct ActorOrigin {
        var record: SourceLocation
        var idLocation: SourceLocation
        var fields: [ActorField: SourceLocation]
    }

    init(suggestionLimit: Int, limits: InputLimits, actorsMayBeMissing: Bool) {
        self.suggestionLimit = suggestionLimit
        self.limits = limits
        self.actorsMayBeMissing = actorsMayBeMissing
    }

    mutating func build(_ drafts: [LandscapeDraft]) -> BuildResult {
        let metadata = readMetadata(drafts)
        let actorCount = drafts.reduce(0) { $0 + $1.actors.count }
        let tieCount = drafts.reduce(0) { $0 + $1.ties.count }
        actors.reserveCapacity(min(actorCount, limits.maxActors))
        positions.reserveCapacity(min(actorCount, limits.maxActors))
        origins.reserveCapacity(min(actorCount, limits.maxActors))
        let actorRecords = drafts.lazy.flatMap(\.actors)
        if refuseBeyond(limits.maxActors, actorRecords, what: "actors", option: "--max-actors") { actorsMayBeMissing = true }
        for record in actorRecords.prefix(limits.maxActors) {
            addActor(record)
        }
        let index = ReferenceIndex(actors: actors)
        var ties: [Tie] = []
        var tieOrigins: [SourceLocation] = []
        var seen: [TieKey: [Int]] = [:]
        seen.reserveCapacity(min(tieCount, limits.maxTies))
        ties.reserveCapacity(min(tieCount, limits.maxTies))
        tieOrigins.reserveCapacity(min(tieCount, limits.maxTies))
        let tieRecords = drafts.lazy.flatMap(\.ties)
        refuseBeyond(limits.maxTies, tieRecords, what: "ties", option: "--max-ties")
        for record in tieRecords.prefix(limits.maxTies) {
            guard let tie = readTie(record, index: index) else { continue }
            let key = TieKey(tie)
            if let earlier = seen[key]?.first(where: { ties[$0].isSame(as: tie) }) {
                if tieOrigins[earlier].file == record.location.file {
                    diagnostics.append(.warning(Message.repeatedTie(first: tieOrigins[earlier]), at: record.location))
                }
                continue
            }
            seen[key, default: []].append(ties.count)
            ties.append(tie)
            tieOrigins.append(record.location)
        }
        if let missing = missingReferences {
            diagnostics.append(.error(Message.missingActors(count: missing.count, first: missing.first.value), at: missing.first.location))
        }
        checkPrograms(index: index)
        warnAboutCommittees(ties: ties, tieOrigins: tieOrigins)
        warnAboutCaseOnlyDifferences()
        let landscape = Landscape(
            title: metadata.title, language: metadata.language, asOf: metadata.asOf,
            needs: metadata.needs, actors: actors, ties: ties)
        return BuildResult(landscape: landscape, diagnostics: diagnostics)
    }

    /// One error at the first record beyond `limit`, if there is one; only the first `limit`
    /// records are read. Returns whether records were refused.
    @discardableResult
    mutating func refuseBeyond<Records: Sequence, Field>(_ limit: Int, _ records: Records, what: String, option: String) -> Bool where Records.Element == RecordDraft<Field> {
        guard let first = records.dropFirst(limit).first(where: { _ in true }) else { return false }
        diagnostics.append(.error(Message.tooMany(what, limit: limit, option: option), at: first.location))
        return true
    }

    // MARK: Metadata

    struct Metadata {
        var title: String?
        var language: Language = .en
        var asOf: PartialDate?
        var needs: [String] = []
    }

    mutating func readMetadata(_ drafts: [LandscapeDraft]) -> Metadata {
        var metadata = Metadata()
        var languageOrigin: SourceLocation?
        var needsSeen: Set<String> = []
        for draft in drafts {
            if metadata.title == nil, let title = draft.title.map({ cleaned($0, field: "title", limit: limits.maxNoteLength, option: "--max-note-length") }), !title.isEmpty {
                metadata.title = title
            }
            if let text = draft.language {
                if let language = Language(parsing: text.value) {
                    if let first = languageOrigin {
                        if language != metadata.language {
                            diagnostics.append(.warning(Message.languageDisagrees(language, first: metadata.language, at: first), at: text.location))
                        }
                    } else {
                        metadata.language = language
                        languageOrigin = text.location
                    }
                } else {
                    diagnostics.append(.error(Message.unknown("language", text.value, suggestion: Language.closest(to: text.value), choices: "de, en"), at: text.location))
                }
            }
            if let text = draft.asOf {
                if let date = PartialDate(parsing: text.value) {
                    if metadata.asOf.map({ $0.lastDay < date.lastDay }) ?? true { metadata.asOf = date }
                } else {
                    diagnostics.append(.error(Message.invalidDate("as_of", text.value), at: text.location))
                }
            }
            for need in draft.needs {
                let text = cleaned(need, field: "needs", limit: limits.maxLabelLength, option: "--max-label-length")
                if !text.isEmpty, needsSeen.insert(text).inserted { metadata.needs.append(text) }
            }
        }
        return metadata
    }

    // MARK: Actors

    mutating func addActor(_ record: RecordDraft<ActorField>) {
        let name = scalar(.name, of: record)
        let kindText = scalar(.kind, of: record)
        let idText = scalar(.id, of: record)
        guard let name else {
            diagnostics.append(.error(Message.missing("name", in: "actor"), at: record.location))
            return
        }
        var kind = ActorKind.other
        if let kindText {
            if let parsed = terms.actorKind(kindText.value) {
                kind = parsed
            } else {
                diagnostics.append(.error(Message.unknown("actor kind", kindText.value, suggestion: ActorKind.closest(to: kindText.value), choices: ActorKind.canonicalList), at: kindText.location))
            }
        } else {
            diagnostics.append(.error(Message.missing("kind", in: "actor '\(name.value)'"), at: record.location))
        }
        let id = ActorID(idText?.value ?? name.value)
        if kindText.flatMap({ terms.actorKind($0.value) }) == nil { unknownKinds.insert(id) }
        let idLocation = idText?.location ?? name.location

        var actor = Actor(id: id, name: name.value, kind: kind)
        var fieldOrigins: [ActorField: SourceLocation] = [.name: name.location]
        if let kindText { fieldOrigins[.kind] = kindText.location }
        if let municipality = scalar(.municipality, of: record) {
            actor.municipality = municipality.value
            fieldOrigins[.municipality] = municipality.location
        }
        if let contact = scalar(.contact, of: record) {
            actor.contact = contact.value
            fieldOrigins[.contact] = contact.location
        }
        if let note = scalar(.note, of: record) {
            actor.note = note.value
            fieldOrigins[.note] = note.location
        }
        for item in list(.sectors, of: record) {
            if let sector = terms.sector(item.value) {
                if !actor.sectors.contains(sector) { actor.sectors.append(sector) }
            } else {
                diagnostics.append(.error(Message.unknown("sector", item.value, suggestion: Sector.closest(to: item.value), choices: Sector.canonicalList), at: item.location))
            }
        }
        actor.topics = unique(list(.topics, of: record).map(\.value))
        actor.targetGroups = unique(list(.targetGroups, of: record).map(\.value))
        let programs = list(.programs, of: record)
        actor.programs = unique(programs.map(\.value)).map { ActorID($0) }
        actor.period = period(of: record, origins: &fieldOrigins)

        if let position = positions[id], let origin = origins[id] {
            if origin.record.file == record.location.file {
                diagnostics.append(.error(Message.duplicateID(id, first: origin.idLocation), at: idLocation))
                return
            }
            merge(actor, into: position, origin: origin, fieldOrigins: fieldOrigins)
        } else {
            positions[id] = actors.count
            actors.append(actor)
            origins[id] = ActorOrigin(record: record.location, idLocation: idLocation, fields: fieldOrigins)
        }
        for reference in programs { programReferences.append((id, reference)) }
    }

    /// Merges a second record of the same actor from another file.
    mutating func merge(_ actor: Actor, into position: Int, origin: ActorOrigin, fieldOrigins: [ActorField: SourceLocation]) {
        var merged = actors[position]
        var origin = origin
        func reconcile<T: Equatable>(_ field: ActorField, _ keyPath: WritableKeyPath<Actor, T?>, describe: (T) -> String) {
            guard let new = actor[keyPath: keyPath] else { return }
            if let old = merged[keyPath: keyPath] {
                if old != new, let here = fieldOrigins[field], let there = origin.fields[field] {
                    diagnostics.append(.error(Message.conflict(field.rawValue, of: actor.id, here: describe(new), there: describe(old), at: there), at: here))
                }
            } else {
                merged[keyPath: keyPath] = new
                origin.fields[field] = fieldOrigins[field]
            }
        }
        if merged.name != actor.name, let here = fieldOrigins[.name], let there = origin.fields[.name] {
            diagnostics.append(.error(Message.conflict("name", of: actor.id, here: actor.name, there: merged.name, at: there), at: here))
        }
        if merged.kind != actor.kind, let here = fieldOrigins[.kind], let there = origin.fields[.kind] {
            diagnostics.append(.error(Message.conflict("kind", of: actor.id, here: actor.kind.rawValue, there: merged.kind.rawValue, at: there), at: here))
        }
        reconcile(.municipality, \.municipality) { $0 }
        reconcile(.contact, \.contact) { $0 }
        reconcile(.note, \.note) { $0 }
        reconcile(.since, \.period.since) { $0.description }
        reconcile(.until, \.period.until) { $0.description }
        merged.sectors = unique(merged.sectors + actor.sectors)
        merged.topics = unique(merged.topics + actor.topics)
        merged.targetGroups = unique(merged.targetGroups + actor.targetGroups)
        merged.programs = unique(merged.programs + actor.programs)
        actors[position] = merged
        origins[actor.id] = origin
    }

    // MARK: Ties

    mutating func readTie(_ record: RecordDraft<TieField>, index: ReferenceIndex) -> Tie? {
        var valid = true
        func endpoint(_ field: TieField) -> ActorID? {
            guard let text = scalar(field, of: record) else {
                diagnostics.append(.error(Message.missing(field.rawValue, in: "tie"), at: record.location))
                valid = false
                return nil
            }
            guard let id = resolve(text, index: index) else {
                valid = false
                return nil
            }
            return id
        }
        let from = endpoint(.from)
        let to = endpoint(.to)

        var kind = TieKind.cooperation
        if let text = scalar(.kind, of: record) {
            if let parsed = terms.tieKind(text.value) {
                kind = parsed
            } else {
                diagnostics.append(.error(Message.unknown("tie kind", text.value, suggestion: TieKind.closest(to: text.value), choices: TieKind.canonicalList), at: text.location))
                valid = false
            }
        }
        var weight = 1.0
        if let text = scalar(.weight, of: record) {
            if let number = parseNumber(text.value), number.isFinite, number > 0 {
                weight = number
            } else {
                diagnostics.append(.error(Message.invalidWeight(text.value), at: text.location))
                valid = false
            }
        }
        var formal = false
        if let text = scalar(.formal, of: record) {
            if let flag = parseBool(text.value) {
                formal = flag
            } else {
                diagnostics.append(.error(Message.invalidBool("formal", text.value), at: text.location))
                valid = false
            }
        }
        var ignored: [ActorField: SourceLocation] = [:]
        let period = period(of: record, origins: &ignored)
        let note = scalar(.note, of: record)?.value

        guard valid, let from, let to else { return nil }
        if from == to {
            diagnostics.append(.error(Message.selfTie(from), at: record.location))
            return nil
        }
        return Tie(from: from, to: to, kind: kind, weight: weight, period: period, formal: formal, note: note)
    }

    /// The actor a tie end names: an id, or else an exact name. A text that is the id of one
    /// actor and the name of another, or the name of several, is ambiguous.
    mutating func resolve(_ reference: Located<String>, index: ReferenceIndex) -> ActorID? {
        let text = reference.value
        let byID = positions[ActorID(text)] != nil ? ActorID(text) : nil
        let byName = index.byName[text] ?? []
        var candidates = Set(byName)
        if let byID { candidates.insert(byID) }
        if candidates.count == 1, let only = candidates.first { return only }
        if candidates.isEmpty, actorsMayBeMissing {
            missingReferences = (count: (missingReferences?.count ?? 0) + 1, first: missingReferences?.first ?? reference)
        } else if candidates.isEmpty {
            diagnostics.append(.error(Message.unknownActor(text, suggestion: suggestActor(for: text, index: index)), at: reference.location))
        } else {
            diagnostics.append(.error(Message.ambiguousActor(text, candidates: Array(candidates)), at: reference.location))
        }
        return nil
    }

    mutating func suggestActor(for text: String, index: ReferenceIndex) -> String? {
        guard suggestionsMade < suggestionLimit else { return nil }
        suggestionsMade += 1
        return closestSpelling(to: text, among: index.spellings)
    }

    // MARK: Checks over the whole landscape

    mutating func checkPrograms(index: ReferenceIndex) {
        for (owner, reference) in programReferences {
            guard let position = positions[ActorID(reference.value)] else {
                let suggestion = suggestActor(for: reference.value, index: index)
                diagnostics.append(.error(Message.unknownProgram(reference.value, suggestion: suggestion), at: reference.location))
                continue
            }
            let target = actors[position]
            if target.kind != .program, !unknownKinds.contains(target.id) {
                diagnostics.append(.error(Message.notAProgram(reference.value, kind: target.kind), at: reference.location))
            }
            _ = owner
        }
    }

    mutating func warnAboutCommittees(ties: [Tie], tieOrigins: [SourceLocation]) {
        var members: [ActorID: Set<ActorID>] = [:]
        for (tie, origin) in zip(ties, tieOrigins) where tie.kind == .member {
            guard let target = positions[tie.to].map({ actors[$0] }), !unknownKinds.contains(tie.to) else { continue }
            if target.kind == .committee {
                members[tie.to, default: []].insert(tie.from)
            } else {
                diagnostics.append(.warning(Message.memberOfNonCommittee(target.name, kind: target.kind), at: origin))
            }
        }
        for actor in actors where actor.kind == .committee && !unknownKinds.contains(actor.id) {
            let count = members[actor.id]?.count ?? 0
            if count < 2, let origin = origins[actor.id] {
                diagnostics.append(.warning(Message.smallCommittee(actor.name, members: count), at: origin.record))
            }
        }
    }

    mutating func warnAboutCaseOnlyDifferences() {
        var seen: [String: ActorID] = [:]
        for actor in actors {
            let key = actor.id.rawValue.lowercased()
            if let other = seen[key], other != actor.id, let here = origins[actor.id], let there = origins[other] {
                diagnostics.append(.warning(Message.caseOnlyDifference(actor.id, other: other, at: there.idLocation), at: here.idLocation))
            } else if seen[key] == nil {
                seen[key] = actor.id
            }
        }
    }

    // MARK: Field access

    /// A single-valued field's text, trimmed; `nil` when absent or empty. A list where one
    /// value belongs is an error (the first item is used).
    mutating func scalar<Field>(_ field: Field, of record: RecordDraft<Field>) -> Located<String>? where Field: RawRepresentable, Field.RawValue == String {
        guard let value = record[field] else { return nil }
        let (limit, option) = textLimit(field.rawValue)
        switch value.value {
        case .text(let text):
            let trimmed = cleaned(Located(text, at: value.location), field: field.rawValue, limit: limit, option: option)
            return trimmed.isEmpty ? nil : Located(trimmed, at: value.location)
        case .list(let items):
            diagnostics.append(.error(Message.notSingle(field.rawValue), at: value.location))
            return items.first.map { Located(cleaned($0, field: field.rawValue, limit: limit, option: option), at: $0.location) }
        }
    }

    /// The longest text a field takes, and the option that raises it: notes, contacts and the
    /// title may be long; everything else is a label.
    func textLimit(_ field: String) -> (Int, String) {
        switch field {
        case "note", "contact", "title": (limits.maxNoteLength, "--max-note-length")
        default: (limits.maxLabelLength, "--max-label-length")
        }
    }

    /// A text trimmed, without control characters and cut to the limit, each change reported.
    mutating func cleaned(_ text: Located<String>, field: String, limit: Int, option: String) -> String {
        var value = text.value.trimmingSpaces
        if TextHygiene.hasControlCharacters(value) {
            diagnostics.append(.warning(Message.controlCharacters(field), at: text.location))
            value = TextHygiene.removingControlCharacters(value).trimmingSpaces
        }
        if TextHygiene.isLonger(value, than: limit) {
            diagnostics.append(.error(Message.tooLong(field, length: value.count, limit: limit, option: option), at: text.location))
            value = String(value.prefix(limit))
        }
        return value
    }

    /// A list field's items, trimmed, empty ones dropped; a single text is a one-item list.
    mutating func list(_ field: ActorField, of record: RecordDraft<ActorField>) -> [Located<String>] {
        guard let value = record[field] else { return [] }
        let items: [Located<String>]
        switch value.value {
        case .text(let text): items = [Located(text, at: value.location)]
        case .list(let list): items = list
        }
        var result: [Located<String>] = []
        result.reserveCapacity(items.count)
        for item in items {
            let text = cleaned(item, field: field.rawValue, limit: limits.maxLabelLength, option: "--max-label-length")
            if !text.isEmpty { result.append(Located(text, at: item.location)) }
        }
        return result
    }

    mutating func period<Field>(of record: RecordDraft<Field>, origins: inout [ActorField: SourceLocation]) -> ActivePeriod where Field: RawRepresentable, Field.RawValue == String {
        var period = ActivePeriod()
        var untilLocation: SourceLocation?
        for name in ["since", "until"] {
            guard let field = Field(rawValue: name), let text = scalar(field, of: record) else { continue }
            guard let date = PartialDate(parsing: text.value) else {
                diagnostics.append(.error(Message.invalidDate(name, text.value), at: text.location))
                continue
            }
            if name == "since" {
                period.since = date
                origins[.since] = text.location
            } else {
                period.until = date
                origins[.until] = text.location
                untilLocation = text.location
            }
        }
        if period.isReversed, let until = period.until, let since = period.since, let untilLocation {
            diagnostics.append(.error(Message.reversedPeriod(until: until, since: since), at: untilLocation))
        }
        return period
    }
}

/// Lookup of tie ends by name, and the spellings offered as suggestions.
private struct ReferenceIndex {
    var byName: [String: [ActorID]] = [:]
    var spellings: [String] = []

    init(actors: [Actor]) {
        for actor in actors {
            byName[actor.name, default: []].append(actor.id)
            spellings.append(actor.id.rawValue)
            if actor.name != actor.id.rawValue { spellings.append(actor.name) }
        }
    }
}

/// Groups ties that might be the same, whatever the order of symmetric ends.
private struct TieKey: Hashable {
    var a: ActorID
    var b: ActorID
    var kind: TieKind

    init(_ tie: Tie) {
        kind = tie.kind
        if tie.kind.isDirected || tie.from <= tie.to {
            (a, b) = (tie.from, tie.to)
        } else {
            (a, b) = (tie.to, tie.from)
        }
    }
}

/// The items without repeats, in first-seen order.
func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen: Set<T> = []
    return items.filter { seen.insert($0).inserted }
}

/// A decimal number, also with a German decimal comma (`1,5`).
func parseNumber(_ text: String) -> Double? {
    let trimmed = text.trimmingSpaces
    if let number = Double(trimmed) { return number }
    let commaCount = trimmed.filter { $0 == "," }.count
    if commaCount == 1, !trimmed.contains(".") { return Double(trimmed.replacingComma()) }
    return nil
}

/// A yes/no flag in English or German.
func parseBool(_ text: String) -> Bool? {
    switch text.trimmingSpaces.lowercased() {
    case "true", "yes", "y", "ja", "j", "1", "x", "wahr", "on": true
    case "false", "no", "n", "nein", "0", "falsch", "off", "-": false
    default: nil
    }
}

private extension String {
    func replacingComma() -> String {
        String(map { $0 == "," ? "." : $0 })
    }
}

/// Memoised `Vocabulary(parsing:)` results, keyed by the exact text (the result depends on the
/// text only, so the cache changes no outcome).
private struct TermCache {
    private var actorKinds: [String: ActorKind?] = [:]
    private var tieKinds: [String: TieKind?] = [:]
    private var sectors: [String: Sector?] = [:]

    mutating func actorKind(_ text: String) -> ActorKind? {
        if let known = actorKinds[text] { return known }
        let parsed = ActorKind(parsing: text)
        actorKinds[text] = .some(parsed)
        return parsed
    }

    mutating func tieKind(_ text: String) -> TieKind? {
        if let known = tieKinds[text] { return known }
        let parsed = TieKind(parsing: text)
        tieKinds[text] = .some(parsed)
        return parsed
    }

    mutating func sector(_ text: String) -> Sector? {
        if let known = sectors[text] { return known }
        let parsed = Sector(parsing: text)
        sectors[text] = .some(parsed)
        return parsed
    }
}
