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
struct BuildRun {
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
        var fields: FieldOrigins
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
        if refuseBeyond(limits.maxActors, actorRecords, kind: .actor) { actorsMayBeMissing = true }
        for part in Self.parts(drafts.map(\.actors), limit: limits.maxActors) {
            readAndMerge(part, { run, record in run.prepareActor(record) }) { run, actor, _ in run.insert(actor) }
        }
        referenceIndex = ReferenceIndex(actors: actors, positions: positions)
        var unique = UniqueTies(capacity: min(tieCount, limits.maxTies))
        var tieIDs: [TieID: SourceLocation] = [:]
        refuseBeyond(limits.maxTies, drafts.lazy.flatMap(\.ties), kind: .tie)
        let tieRecords = TieRecords(Self.parts(drafts.map(\.ties), limit: limits.maxTies))
        for (part, start) in zip(tieRecords.parts, tieRecords.starts) {
            readAndMerge(part, { run, record in run.readTie(record) }) { run, read, offset in
                // A tie's location is taken from its record only when a diagnostic needs it.
                if let first = unique.insert(read.0, key: read.1, at: start + offset) {
                    let (location, firstLocation) = (part[part.startIndex + offset].location, tieRecords.location(of: first))
                    if firstLocation.file == location.file { run.diagnostics.append(.warning(.repeatedTie(first: firstLocation), at: location)) }
                } else if let id = read.0.id {
                    let location = part[part.startIndex + offset].location
                    if let first = tieIDs.updateValue(location, forKey: id) {
                        tieIDs[id] = first
                        run.diagnostics.append(.error(.duplicateTieID(id, first: first), at: location))
                    }
                }
            }
        }
        let (ties, tieOrigins) = (unique.ties, unique.origins)
        if let missing = missingReferences {
            diagnostics.append(.error(.missingActors(count: missing.count, first: missing.first.value), at: missing.first.location))
        }
        checkPrograms()
        warnAboutCommittees(ties: ties, ends: unique.ends, tieOrigins: tieOrigins, records: tieRecords)
        warnAboutCaseOnlyDifferences()
        let landscape = Landscape(
            title: metadata.title, language: metadata.language, asOf: metadata.asOf,
            needs: metadata.needs, validatedActors: actors, positions: positions, ties: ties)
        return BuildResult(landscape: landscape, diagnostics: diagnostics)
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
        var titles: [(text: String, location: SourceLocation, places: MergedTitle.Places)] = []
        for draft in drafts {
            if let located = draft.title {
                let title = cleaned(located, field: "title", limit: limits.maxNoteLength, kind: .note)
                if !title.isEmpty, !titles.contains(where: { $0.text == title }) {
                    let places = MergedTitle.Places(draft.actors.compactMap { actor -> String? in
                        guard case .text(let name)? = actor[.municipality]?.value else { return nil }
                        return name.trimmingSpaces
                    })
                    titles.append((title, located.location, places))
                }
            }
            if let text = draft.language {
                if let language = Language(parsing: text.value) {
                    if let first = languageOrigin {
                        if language != metadata.language {
                            diagnostics.append(.warning(.languageDisagrees(language, first: metadata.language, firstAt: first), at: text.location))
                        }
                    } else {
                        metadata.language = language
                        languageOrigin = text.location
                    }
                } else {
                    diagnostics.append(.error(.unknownTerm(.language, text: text.value, suggestion: Language.closest(to: text.value)), at: text.location))
                }
            }
            if let text = draft.asOf {
                if let date = PartialDate(parsing: text.value) {
                    if metadata.asOf.map({ $0.lastDay < date.lastDay }) ?? true { metadata.asOf = date }
                } else {
                    diagnostics.append(.error(.invalidDate(field: "as_of", text: text.value), at: text.location))
                }
            }
            for need in draft.needs {
                let text = cleaned(need, field: "needs", limit: limits.maxLabelLength, kind: .label)
                if !text.isEmpty, needsSeen.insert(text).inserted { metadata.needs.append(text) }
            }
        }
        metadata.title = titles.count > 1 ? MergedTitle.combined(titles.map(\.text), places: titles.map(\.places)) : titles.first?.text
        if titles.count > 1, let combined = metadata.title {
            diagnostics.append(.warning(.titlesDiffer(titles: titles.map(\.text), combined: combined), at: titles[1].location))
        }
        return metadata
    }
}
