import Dispatch

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
/// Records are read on all cores, chunk by chunk, each chunk with its own diagnostics, and
/// merged in reading order while later chunks are read (`readAndMerge`): ids, merging and
/// repeated ties need one sequential pass, and the diagnostics are exactly those of reading the
/// records one by one.
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
    /// How many cores read the records; `nil` for all. The outcome is the same for any number.
    public var workers: Int?
    /// Records per chunk that a core reads ahead (tests make it small).
    var chunkLength = 16_384

    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    public func build(_ drafts: [LandscapeDraft]) -> BuildResult {
        var run = BuildRun(suggestionLimit: suggestionLimit, limits: limits, actorsMayBeMissing: actorsMayBeMissing)
        run.workers = workers
        run.chunkLength = chunkLength
        return run.build(drafts)
    }
}

/// The state of one validation run.
private struct BuildRun {
    let suggestionLimit: Int
    let limits: InputLimits
    var actorsMayBeMissing: Bool
    var workers: Int?
    /// Records per chunk read ahead (see `readAndMerge`).
    var chunkLength = 16_384
    /// Tie ends naming no actor while `actorsMayBeMissing`: how many, and the first.
    var missingReferences: (count: Int, first: Located<String>)?
    var diagnostics: [Diagnostic] = []
    var actors: [Actor] = []
    var positions: [ActorID: Int] = [:]
    /// Where each actor and each of its scalar fields was first given, by position.
    var origins: [ActorOrigin] = []
    var programReferences: [(actor: ActorID, reference: Located<String>)] = []
    var suggestionsMade = 0
    /// Actors whose kind could not be read: kind-based checks skip them (no follow-on noise).
    var unknownKinds: Set<ActorID> = []
    /// Vocabulary look-ups by exact spelling: a large file repeats a handful of spellings, and
    /// matching one against every alias was nearly half of the load time.
    var terms = TermCache()
    /// Tie ends by name, once the actors are read.
    var referenceIndex = ReferenceIndex(actors: [], positions: [:])
    /// In a worker: unknown tie ends, each with its record (the offset in the worker's chunk)
    /// and the number of diagnostics before it. Their messages depend on the order (the "did
    /// you mean" budget, the summary), so the run that merges the workers' output reports them
    /// in reading order.
    var deferredUnknowns: [DeferredUnknown]?
    /// In a worker: the offset of the record being read, in the worker's chunk.
    var currentRecord = 0

    struct DeferredUnknown {
        var record: Int
        var before: Int
        var reference: Located<String>
    }

    /// Every id and name, gathered for the first "did you mean".
    var spellings: [String]?

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
        for part in Self.parts(drafts.map(\.actors), limit: limits.maxActors) {
            readAndMerge(part, { run, record in run.prepareActor(record) }) { run, actor, _ in run.insert(actor) }
        }
        referenceIndex = ReferenceIndex(actors: actors, positions: positions)
        var unique = UniqueTies(capacity: min(tieCount, limits.maxTies))
        let tieRecords = drafts.lazy.flatMap(\.ties)
        refuseBeyond(limits.maxTies, tieRecords, what: "ties", option: "--max-ties")
        for part in Self.parts(drafts.map(\.ties), limit: limits.maxTies) {
            readAndMerge(part, { run, record in run.readTie(record) }) { run, read, offset in
                let location = part[part.startIndex + offset].location
                if let first = unique.insert(read.0, key: read.1, at: location), first.file == location.file {
                    run.diagnostics.append(.warning(Message.repeatedTie(first: first), at: location))
                }
            }
        }
        let (ties, tieOrigins) = (unique.ties, unique.origins)
        if let missing = missingReferences {
            diagnostics.append(.error(Message.missingActors(count: missing.count, first: missing.first.value), at: missing.first.location))
        }
        checkPrograms()
        warnAboutCommittees(ties: ties, tieOrigins: tieOrigins)
        warnAboutCaseOnlyDifferences()
        let landscape = Landscape(
            title: metadata.title, language: metadata.language, asOf: metadata.asOf,
            needs: metadata.needs, validatedActors: actors, positions: positions, ties: ties)
        return BuildResult(landscape: landscape, diagnostics: diagnostics)
    }

    // MARK: Reading records on all cores

    /// The records of every draft, the first `limit` in all, draft by draft.
    static func parts<Field>(_ lists: [[RecordDraft<Field>]], limit: Int) -> [ArraySlice<RecordDraft<Field>>] {
        var left = limit
        return lists.map { list in
            let part = list.prefix(left)
            left -= part.count
            return part
        }
    }

    /// What one worker read from a range of records: per record its result and where its
    /// diagnostics end, the diagnostics, and the unknown tie ends it met.
    struct WorkerOutput<Prepared> {
        /// The offsets of the records read, within the part.
        var range: Range<Int>
        var items: [(prepared: Prepared?, diagnosticsEnd: Int)] = []
        var diagnostics: [Diagnostic] = []
        var unknowns: [DeferredUnknown] = []
    }

    /// Reads `records` and merges them (`each`, through `replay`) in reading order, reading
    /// ahead on the other cores. The records are cut into chunks of `chunkLength`; helper
    /// threads read chunks in the order of a shared counter, each with its own copy of this
    /// run, of which only the diagnostics, the vocabulary cache and the deferred unknowns
    /// change (actors and positions are only looked up). This thread merges chunk after chunk
    /// and, while the next one is not ready, reads a later one itself. So the sequential merge
    /// (ids, repeated ties) overlaps the reading, and the diagnostics are those of one pass.
    mutating func readAndMerge<Field, Prepared>(
        _ records: ArraySlice<RecordDraft<Field>>,
        _ read: @escaping @Sendable (inout BuildRun, RecordDraft<Field>) -> Prepared?,
        _ each: (inout BuildRun, Prepared, Int) -> Void
    ) {
        let base = self
        let length = max(1, chunkLength)
        let count = (records.count + length - 1) / length
        let readChunk: @Sendable (Int) -> WorkerOutput<Prepared> = { chunk in
            let range = chunk * length ..< min(records.count, (chunk + 1) * length)
            var run = base
            run.diagnostics = []
            run.deferredUnknowns = []
            var output = WorkerOutput<Prepared>(range: range)
            output.items.reserveCapacity(range.count)
            for offset in range {
                run.currentRecord = offset - range.lowerBound
                let prepared = read(&run, records[records.startIndex + offset])
                output.items.append((prepared, run.diagnostics.count))
            }
            output.diagnostics = run.diagnostics
            output.unknowns = run.deferredUnknowns ?? []
            return output
        }
        let helpers = min(workers ?? Parallel.defaultWorkers, count) - 1
        guard helpers > 0 else {
            for chunk in 0..<count { replay(readChunk(chunk), each) }
            return
        }
        let ahead = ReadAhead<WorkerOutput<Prepared>>(count: count)
        for _ in 0..<helpers {
            DispatchQueue.global().async {
                while let chunk = ahead.claim() { ahead.store(readChunk(chunk), at: chunk) }
            }
        }
        for chunk in 0..<count {
            var output = ahead.take(chunk, waiting: false)
            while output == nil {
                if let later = ahead.claim() {
                    ahead.store(readChunk(later), at: later)
                    output = ahead.take(chunk, waiting: false)
                } else {
                    output = ahead.take(chunk, waiting: true)
                }
            }
            if let output { replay(output, each) }
        }
    }

    /// Takes over a worker's diagnostics and unknown tie ends in reading order, and calls
    /// `each` for every record read (with its offset in the part), after that record's diagnostics.
    mutating func replay<Prepared>(_ output: WorkerOutput<Prepared>, _ each: (inout BuildRun, Prepared, Int) -> Void) {
        var next = 0
        var unknown = 0
        let unknowns = output.unknowns
        for (record, (prepared, end)) in output.items.enumerated() {
            let offset = output.range.lowerBound + record
            func unknownDue() -> Bool { unknown < unknowns.count && unknowns[unknown].record == record }
            while next < end || unknownDue() {
                if unknownDue(), unknowns[unknown].before <= next {
                    reportUnknown(unknowns[unknown].reference)
                    unknown += 1
                } else {
                    diagnostics.append(output.diagnostics[next])
                    next += 1
                }
            }
            if let prepared { each(&self, prepared, offset) }
        }
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

    /// An actor record read and checked on its own, before it joins the others.
    struct PreparedActor {
        var actor: Actor
        var record: SourceLocation
        var idLocation: SourceLocation
        var fieldOrigins: [ActorField: SourceLocation]
        var programs: [Located<String>]
        var kindIsKnown: Bool
    }

    /// Reads one actor record; `nil` (with an error) when it has no name.
    mutating func prepareActor(_ record: RecordDraft<ActorField>) -> PreparedActor? {
        let name = scalar(.name, of: record)
        let kindText = scalar(.kind, of: record)
        let idText = scalar(.id, of: record)
        guard let name else {
            diagnostics.append(.error(Message.missing("name", in: "actor"), at: record.location))
            return nil
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
        let kindIsKnown = kindText.flatMap({ terms.actorKind($0.value) }) != nil
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
        actor.period = period(of: record, since: .since, until: .until, origins: &fieldOrigins)
        return PreparedActor(
            actor: actor, record: record.location, idLocation: idLocation, fieldOrigins: fieldOrigins,
            programs: programs, kindIsKnown: kindIsKnown)
    }

    /// Adds a read actor: a new one, or a second record of an actor from another file merged
    /// into the first; a repeated id within one file is an error.
    mutating func insert(_ prepared: PreparedActor) {
        let id = prepared.actor.id
        if !prepared.kindIsKnown { unknownKinds.insert(id) }
        if let position = positions[id] {
            let origin = origins[position]
            if origin.record.file == prepared.record.file {
                diagnostics.append(.error(Message.duplicateID(id, first: origin.idLocation), at: prepared.idLocation))
                return
            }
            merge(prepared.actor, into: position, origin: origin, fieldOrigins: prepared.fieldOrigins)
        } else {
            positions[id] = actors.count
            actors.append(prepared.actor)
            origins.append(ActorOrigin(record: prepared.record, idLocation: prepared.idLocation, fields: prepared.fieldOrigins))
        }
        for reference in prepared.programs { programReferences.append((id, reference)) }
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
        origins[position] = origin
    }

    // MARK: Ties

    /// The tie a record gives, with the key of ties that might be the same; `nil` when invalid.
    mutating func readTie(_ record: RecordDraft<TieField>) -> (Tie, TieKey)? {
        var valid = true
        func endpoint(_ field: TieField) -> Int? {
            guard let text = scalar(field, of: record) else {
                diagnostics.append(.error(Message.missing(field.rawValue, in: "tie"), at: record.location))
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
        let period = period(of: record, since: .since, until: .until, origins: &ignored)
        let note = scalar(.note, of: record)?.value

        guard valid, let from, let to else { return nil }
        if from == to {
            diagnostics.append(.error(Message.selfTie(actors[from].id), at: record.location))
            return nil
        }
        let tie = Tie(from: actors[from].id, to: actors[to].id, kind: kind, weight: weight, period: period, formal: formal, note: note)
        return (tie, TieKey(from: from, to: to, kind: kind))
    }

    /// The position of the actor a tie end names: an id, or else an exact name. A text that is
    /// the id of one actor and the name of another, or the name of several, is ambiguous.
    mutating func resolve(_ reference: Located<String>) -> Int? {
        let text = reference.value
        let index = referenceIndex
        let byIDPosition = positions[ActorID(text)]
        // Nearly every tie end is an id that is no other actor's name: one look-up.
        if let byIDPosition, !index.namesOfOthers.contains(text) { return byIDPosition }
        let byName = index[text]
        // The common cases without building a set: an id that is no other actor's name, or a
        // name of exactly one actor.
        if let byIDPosition, byName.allSatisfy({ $0 == actors[byIDPosition].id }) { return byIDPosition }
        if byIDPosition == nil, byName.count == 1, let position = positions[byName[0]] { return position }
        var candidates = Set(byName)
        if let byIDPosition { candidates.insert(actors[byIDPosition].id) }
        if candidates.isEmpty {
            reportUnknown(reference)
        } else {
            diagnostics.append(.error(Message.ambiguousActor(text, candidates: Array(candidates)), at: reference.location))
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
            diagnostics.append(.error(Message.unknownActor(reference.value, suggestion: suggestActor(for: reference.value)), at: reference.location))
        }
    }

    mutating func suggestActor(for text: String) -> String? {
        guard suggestionsMade < suggestionLimit else { return nil }
        suggestionsMade += 1
        if spellings == nil { spellings = referenceIndex.spellings(of: actors) }
        return closestSpelling(to: text, among: spellings ?? [])
    }

    // MARK: Checks over the whole landscape

    mutating func checkPrograms() {
        for (owner, reference) in programReferences {
            guard let position = positions[ActorID(reference.value)] else {
                let suggestion = suggestActor(for: reference.value)
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
        // By index: a loop over copies of a million ties and their actors costs more than the check.
        var members: [ActorID: Set<ActorID>] = [:]
        for index in ties.indices where ties[index].kind == .member {
            let to = ties[index].to
            guard let target = positions[to], !unknownKinds.contains(to) else { continue }
            if actors[target].kind == .committee {
                members[to, default: []].insert(ties[index].from)
            } else {
                diagnostics.append(.warning(Message.memberOfNonCommittee(actors[target].name, kind: actors[target].kind), at: tieOrigins[index]))
            }
        }
        for position in actors.indices where actors[position].kind == .committee && !unknownKinds.contains(actors[position].id) {
            let count = members[actors[position].id]?.count ?? 0
            if count < 2 {
                diagnostics.append(.warning(Message.smallCommittee(actors[position].name, members: count), at: origins[position].record))
            }
        }
    }

    /// Two ids that differ only in letter case: one of them has a capital letter, and the other
    /// is either the first's lower case or has capitals too. So only those ids are compared,
    /// in actor order as a pass over all would.
    mutating func warnAboutCaseOnlyDifferences() {
        func lowered(_ id: String) -> String {
            id.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) ? id : id.lowercased()
        }
        var capitalKeys: Set<String> = []
        for actor in actors {
            let key = lowered(actor.id.rawValue)
            if key != actor.id.rawValue { capitalKeys.insert(key) }
        }
        guard !capitalKeys.isEmpty else { return }
        var seen: [String: ActorID] = [:]
        for actor in actors {
            let key = lowered(actor.id.rawValue)
            guard key != actor.id.rawValue || capitalKeys.contains(key) else { continue }
            if let other = seen[key], other != actor.id, let here = positions[actor.id].map({ origins[$0] }), let there = positions[other].map({ origins[$0] }) {
                diagnostics.append(.warning(Message.caseOnlyDifference(actor.id, other: other, at: there.idLocation), at: here.idLocation))
            } else if seen[key] == nil {
                seen[key] = actor.id
            }
        }
    }

    // MARK: Field access

    /// A single-valued field's text, trimmed; `nil` when absent or empty. A list where one
    /// value belongs is an error (the first item is used).
    mutating func scalar<Field: DraftField>(_ field: Field, of record: RecordDraft<Field>) -> Located<String>? {
        guard let value = record[field] else { return nil }
        let (limit, option) = textLimit(field.rawValue)
        switch value.value {
        case .text(let text):
            let trimmed = cleaned(text, at: value.location, field: field.rawValue, limit: limit, option: option)
            return trimmed.isEmpty ? nil : Located(trimmed, at: value.location)
        case .list(let items):
            diagnostics.append(.error(Message.notSingle(field.rawValue), at: value.location))
            return items.first.map { Located(cleaned($0.value, at: $0.location, field: field.rawValue, limit: limit, option: option), at: $0.location) }
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
        cleaned(text.value, at: text.location, field: field, limit: limit, option: option)
    }

    mutating func cleaned(_ text: String, at location: SourceLocation, field: String, limit: Int, option: String) -> String {
        var value = text.trimmingSpaces
        if TextHygiene.hasControlCharacters(value) {
            diagnostics.append(.warning(Message.controlCharacters(field), at: location))
            value = TextHygiene.removingControlCharacters(value).trimmingSpaces
        }
        if TextHygiene.isLonger(value, than: limit) {
            diagnostics.append(.error(Message.tooLong(field, length: value.count, limit: limit, option: option), at: location))
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
            let text = cleaned(item.value, at: item.location, field: field.rawValue, limit: limits.maxLabelLength, option: "--max-label-length")
            if !text.isEmpty { result.append(Located(text, at: item.location)) }
        }
        return result
    }

    mutating func period<Field: DraftField>(of record: RecordDraft<Field>, since: Field, until: Field, origins: inout [ActorField: SourceLocation]) -> ActivePeriod {
        var period = ActivePeriod()
        var untilLocation: SourceLocation?
        for field in [since, until] {
            guard let text = scalar(field, of: record) else { continue }
            let name = field.rawValue
            guard let date = PartialDate(parsing: text.value) else {
                diagnostics.append(.error(Message.invalidDate(name, text.value), at: text.location))
                continue
            }
            if field == since {
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

/// Lookup of tie ends by name.
private struct ReferenceIndex {
    /// The actor of each name; names of several actors are in `shared`.
    private var byName: [String: ActorID] = [:]
    private var shared: [String: [ActorID]] = [:]
    /// Names that are another actor's id: a tie end with such a text is ambiguous.
    private(set) var namesOfOthers: Set<String> = []

    init(actors: [Actor], positions: [ActorID: Int]) {
        byName.reserveCapacity(actors.count)
        for position in actors.indices {
            let (name, id) = (actors[position].name, actors[position].id)
            if let first = byName.updateValue(id, forKey: name) {
                byName[name] = first
                shared[name, default: [first]].append(id)
            }
            if name != id.rawValue, positions[ActorID(name)] != nil { namesOfOthers.insert(name) }
        }
    }

    /// The actors named `name`, in reading order.
    subscript(name: String) -> [ActorID] {
        guard let first = byName[name] else { return [] }
        return shared[name] ?? [first]
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

/// The items without repeats, in first-seen order.
func unique<T: Hashable>(_ items: [T]) -> [T] {
    // A handful of topics or sectors: comparing is cheaper than hashing into a new set.
    if items.count <= 8 {
        var result: [T] = []
        result.reserveCapacity(items.count)
        for item in items where !result.contains(item) { result.append(item) }
        return result
    }
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
