import LandscapeCore
import LandscapeIO
import LandscapeStore
import LandscapeWording

/// Why an edit stored nothing.
public enum EditFailure: Error, Sendable, Equatable {
    /// The record the fields describe is not valid: every problem, each with its field where it
    /// has one, in the landscape's language (`check`'s words). The API answers 422.
    case invalid([FieldProblem])
    /// The store refused: `notFound` (404), `conflict` and `undoConflict` (409, the record moved
    /// on since the version the edit names), `noSuchChange` (404), or failed (`database`, 500).
    /// `StoreError.message(_:)` words it.
    case refused(StoreError)
}

/// The edits of the web app and its API: adding, changing and deleting actors and ties from a
/// field map, and undoing a change. Each edit is checked as `check` checks a file — the record
/// as a draft whose fields are located by name, built by `LandscapeBuilder` together with the
/// stored actors it names — and stored only when the builder reports no error; the store then
/// checks the version and writes the record with its history in one transaction.
///
/// A field map holds the fields the file formats name (`docs/format.md`): `id`, `name`, `kind`,
/// `target_groups` …; `from`, `to`, `kind`, `weight` … for a tie. A value is a text, a number,
/// a boolean, a list of them, or `null`; a blank text is an absent field. A member `version` is
/// the caller's (the version the edit is based on) and is not read as a field.
///
/// - Complexity: an add or change reads the actors the record names by id (its programmes, a
///   tie's two ends) and the ties between a tie's ends, O(r·log A + f) for r references among A
///   actors and f fields; only a reference that is no id (a name, a typo to suggest a fix for)
///   reads every actor, O(A + f). A delete or undo is the store's.
public struct RecordEditor: Sendable {
    public let store: LandscapeStore
    /// Who makes the edits, as the history records it; `nil`: nobody named.
    public var who: String?
    /// The labels the problems call the fields by, by field key (a form's: `since` → »Seit«);
    /// empty: the keys themselves, as a file writes them (the API's).
    public var fieldLabels: [String: String]
    /// The language of the problems (a page's, chosen with `?lang=`); `nil`: the landscape's.
    public var problemLanguage: Language?

    public init(store: LandscapeStore, who: String? = nil, fieldLabels: [String: String] = [:], problemLanguage: Language? = nil) {
        self.store = store
        self.who = who
        self.fieldLabels = fieldLabels
        self.problemLanguage = problemLanguage
    }

    /// Adds the actor `fields` describe; its version is 1.
    public func addActor(_ fields: [String: JSONValue]) async throws(EditFailure) -> StoredActor {
        let language = try await language()
        if let id = fields[ActorField.id.rawValue].flatMap(FieldDrafts<ActorField>.text(of:)), !id.isBlank,
           try await storing({ store throws(StoreError) in try await store.actor(ActorID(id)) }) != nil {
            throw .invalid([FieldProblem(field: ActorField.id.rawValue, message: Self.message(.duplicate(.actor, id: id), language))])
        }
        let named = try await actors(named: Self.references(fields[ActorField.programs.rawValue]), language: language)
        let actor = try checking.validActor(fields, replacing: nil, among: named)
        return try await storing { store throws(StoreError) in try await store.addActor(actor, by: who) }
    }

    /// Changes the actor `id`, if it is still at `expectedVersion`: each field of `fields`
    /// replaces the stored one, `null` or a blank text clears it, an absent field stays (a JSON
    /// merge patch, RFC 7396). The id cannot change.
    public func updateActor(_ id: ActorID, _ fields: [String: JSONValue], expectedVersion: Int) async throws(EditFailure) -> StoredActor {
        let language = try await language()
        guard let current = try await storing({ store throws(StoreError) in try await store.actor(id) }) else {
            throw .refused(.notFound(.actor, id: id.rawValue))
        }
        let merged = try Self.merged(FieldDrafts<ActorField>.members(of: JSONWriter.value(of: current.actor)), fields, id: id.rawValue, language: language)
        // A programme that stops being one is checked against every actor: others may name it.
        let stopsFunding = current.actor.kind == .program && merged[ActorField.kind.rawValue].flatMap(FieldDrafts<ActorField>.text(of:)) != ActorKind.program.rawValue
        let named = stopsFunding ? try await allActors(language: language)
            : try await actors(named: Self.references(merged[ActorField.programs.rawValue]), language: language)
        let actor = try checking.validActor(merged, replacing: id, among: named)
        return try await storing { store throws(StoreError) in try await store.updateActor(actor, expectedVersion: expectedVersion, by: who) }
    }

    /// Deletes the actor `id`, if it is still at `expectedVersion`, with its ties; other actors
    /// no longer name it as a programme. One change, undone as one.
    public func deleteActor(_ id: ActorID, expectedVersion: Int) async throws(EditFailure) {
        try await storing { store throws(StoreError) in try await store.deleteActor(id, expectedVersion: expectedVersion, by: who) }
    }

    /// Adds the tie `fields` describe; without an `id` it gets the next free `tN`. Its ends may
    /// be named by id or by exact name, as in a file. A tie with the same ends, kind and dates as
    /// a stored one is refused: that one is to be changed instead.
    public func addTie(_ fields: [String: JSONValue]) async throws(EditFailure) -> StoredTie {
        let language = try await language()
        let named = try await actors(named: Self.references(fields[TieField.from.rawValue]) + Self.references(fields[TieField.to.rawValue]), language: language)
        let tie = try checking.validTie(fields, among: named)
        if let id = tie.id, try await storing({ store throws(StoreError) in try await store.tie(id) }) != nil {
            throw .invalid([FieldProblem(field: TieField.id.rawValue, message: Self.message(.duplicate(.tie, id: id.rawValue), language))])
        }
        try await refuseRepeated(tie, other: nil, language: language)
        return try await storing { store throws(StoreError) in try await store.addTie(tie, by: who) }
    }

    /// Changes the tie `id`, if it is still at `expectedVersion`, as `updateActor` changes an
    /// actor; a change that makes it repeat another stored tie is refused.
    public func updateTie(_ id: TieID, _ fields: [String: JSONValue], expectedVersion: Int) async throws(EditFailure) -> StoredTie {
        let language = try await language()
        guard let current = try await storing({ store throws(StoreError) in try await store.tie(id) }) else { throw .refused(.notFound(.tie, id: id.rawValue)) }
        let merged = try Self.merged(FieldDrafts<TieField>.members(of: JSONWriter.value(of: current.tie)), fields, id: id.rawValue, language: language)
        let named = try await actors(named: Self.references(merged[TieField.from.rawValue]) + Self.references(merged[TieField.to.rawValue]), language: language)
        let tie = try checking.validTie(merged, among: named)
        try await refuseRepeated(tie, other: id, language: language)
        return try await storing { store throws(StoreError) in try await store.updateTie(id, to: tie, expectedVersion: expectedVersion, by: who) }
    }

    /// Deletes the tie `id`, if it is still at `expectedVersion`.
    public func deleteTie(_ id: TieID, expectedVersion: Int) async throws(EditFailure) {
        try await storing { store throws(StoreError) in try await store.deleteTie(id, expectedVersion: expectedVersion, by: who) }
    }

    /// Undoes the change `number` by writing its old records back, as a new change (itself
    /// undoable); returns that change's number.
    public func undo(change number: Int) async throws(EditFailure) -> Int {
        try await storing { store throws(StoreError) in try await store.undo(change: number, by: who) }
    }

    /// How this editor's problems are worded: in `language`, the fields called by `fieldLabels`.
    private var checking: RecordChecking { RecordChecking(labels: fieldLabels) }

    /// `current` with `changes` laid over it (RFC 7396); an `id` other than `id` is refused.
    static func merged(_ current: [String: JSONValue], _ changes: [String: JSONValue], id: String, language: Language) throws(EditFailure) -> [String: JSONValue] {
        if let given = changes["id"], given != .null, FieldDrafts<ActorField>.text(of: given) != id {
            let words = language.serveEditingWording
            throw .invalid([FieldProblem(field: "id", message: words.idFixed(id: words.quoted(id)))])
        }
        return current.merging(changes) { _, new in new }
    }

    /// The texts a field names other records by: its text, or the texts of its list.
    static func references(_ value: JSONValue?) -> [String] {
        switch value {
        case .array(let items): items.compactMap(FieldDrafts<ActorField>.text(of:)).map { $0.trimmingCharacters(in: .whitespaces) }
        case .some(let value): FieldDrafts<ActorField>.text(of: value).map { [$0.trimmingCharacters(in: .whitespaces)] } ?? []
        case nil: []
        }
    }

    // MARK: The store

    /// The problems' language: `problemLanguage`, else the landscape's (English for an empty database).
    func language() async throws(EditFailure) -> Language {
        if let problemLanguage { return problemLanguage }
        return try await storing { store throws(StoreError) in try await store.language() }
    }

    /// The stored actors that `references` name by id, for the builder to resolve them and check
    /// their kinds; every stored actor when one of them is no stored id (a name, or a typo the
    /// builder suggests the closest name for).
    ///
    /// - Complexity: O(r·log A) for r references among A actors; O(A) when one is no id.
    private func actors(named references: [String], language: Language) async throws(EditFailure) -> RecordChecking.Context {
        var found: [Actor] = [], seen = Set<String>()
        for reference in references where !reference.isEmpty && seen.insert(reference).inserted {
            guard let stored = try await storing({ store throws(StoreError) in try await store.actor(ActorID(reference)) }) else {
                return try await allActors(language: language)
            }
            found.append(stored.actor)
        }
        return RecordChecking.Context(actors: found, language: language)
    }

    /// Every stored actor.
    ///
    /// - Complexity: O(A) for A actors.
    private func allActors(language: Language) async throws(EditFailure) -> RecordChecking.Context {
        let all = try await storing { store throws(StoreError) in try await store.landscape(withTies: false) }
        return RecordChecking.Context(actors: all.actors, language: language)
    }

    /// Refuses `tie` when a stored tie other than `other` has its ends (either way round for a
    /// symmetric kind), kind and dates: the problem is at the field `to`, where a form picks the
    /// partner.
    private func refuseRepeated(_ tie: Tie, other: TieID?, language: Language) async throws(EditFailure) {
        let between = try await storing { store throws(StoreError) in try await store.ties(between: tie.from, and: tie.to) }
        guard let same = between.first(where: { $0.id != other && RecordChecking.repeats(tie, $0.tie) }) else { return }
        let words = language.serveEditingWording
        throw .invalid([FieldProblem(field: TieField.to.rawValue, message: words.repeatedTie(id: words.quoted(same.id.rawValue)))])
    }

    /// `body`'s result; a duplicate id is a problem of the field `id`, any other refusal the store's.
    func storing<T: Sendable>(_ body: (LandscapeStore) async throws(StoreError) -> T) async throws(EditFailure) -> T {
        do {
            return try await body(store)
        } catch .duplicate(let kind, let id) {
            var language = problemLanguage
            if language == nil { language = try? await store.language() }
            let words = (language ?? .en).storeCommandWording
            throw .invalid([FieldProblem(field: "id", message: StoreError.duplicate(kind, id: id).message(words))])
        } catch {
            throw .refused(error)
        }
    }

    static func message(_ error: StoreError, _ language: Language) -> String {
        error.message(language.storeCommandWording)
    }
}
