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
/// stored actors — and stored only when the builder reports no error; the store then checks the
/// version and writes the record with its history in one transaction.
///
/// A field map holds the fields the file formats name (`docs/format.md`): `id`, `name`, `kind`,
/// `target_groups` …; `from`, `to`, `kind`, `weight` … for a tie. A value is a text, a number,
/// a boolean, a list of them, or `null`; a blank text is an absent field. A member `version` is
/// the caller's (the version the edit is based on) and is not read as a field.
///
/// - Complexity: each add or change reads and checks the stored actors, not the ties: O(A + f)
///   time for A actors and f fields given; a delete or undo is the store's.
public struct RecordEditor: Sendable {
    public let store: LandscapeStore
    /// Who makes the edits, as the history records it; `nil`: nobody named.
    public var who: String?

    public init(store: LandscapeStore, who: String? = nil) {
        self.store = store
        self.who = who
    }

    /// Adds the actor `fields` describe; its version is 1.
    public func addActor(_ fields: [String: JSONValue]) async throws(EditFailure) -> StoredActor {
        let landscape = try await stored()
        if let id = fields[ActorField.id.rawValue].flatMap(FieldDrafts<ActorField>.text(of:)), landscape.contains(ActorID(id)) {
            throw .invalid([FieldProblem(field: ActorField.id.rawValue, message: Self.message(.duplicate(.actor, id: id), landscape))])
        }
        let actor = try Self.validActor(fields, replacing: nil, in: landscape)
        return try await storing { store throws(StoreError) in try await store.addActor(actor, by: who) }
    }

    /// Changes the actor `id`, if it is still at `expectedVersion`: each field of `fields`
    /// replaces the stored one, `null` or a blank text clears it, an absent field stays (a JSON
    /// merge patch, RFC 7396). The id cannot change.
    public func updateActor(_ id: ActorID, _ fields: [String: JSONValue], expectedVersion: Int) async throws(EditFailure) -> StoredActor {
        let landscape = try await stored()
        guard let current = landscape[id] else { throw .refused(.notFound(.actor, id: id.rawValue)) }
        let merged = try Self.merged(FieldDrafts<ActorField>.members(of: JSONWriter.value(of: current)), fields, id: id.rawValue, landscape: landscape)
        let actor = try Self.validActor(merged, replacing: id, in: landscape)
        return try await storing { store throws(StoreError) in try await store.updateActor(actor, expectedVersion: expectedVersion, by: who) }
    }

    /// Deletes the actor `id`, if it is still at `expectedVersion`, with its ties; other actors
    /// no longer name it as a programme. One change, undone as one.
    public func deleteActor(_ id: ActorID, expectedVersion: Int) async throws(EditFailure) {
        try await storing { store throws(StoreError) in try await store.deleteActor(id, expectedVersion: expectedVersion, by: who) }
    }

    /// Adds the tie `fields` describe; without an `id` it gets the next free `tN`. Its ends may
    /// be named by id or by exact name, as in a file.
    public func addTie(_ fields: [String: JSONValue]) async throws(EditFailure) -> StoredTie {
        let landscape = try await stored()
        let tie = try Self.validTie(fields, in: landscape)
        if let id = tie.id, try await storing({ store throws(StoreError) in try await store.tie(id) }) != nil {
            throw .invalid([FieldProblem(field: TieField.id.rawValue, message: Self.message(.duplicate(.tie, id: id.rawValue), landscape))])
        }
        return try await storing { store throws(StoreError) in try await store.addTie(tie, by: who) }
    }

    /// Changes the tie `id`, if it is still at `expectedVersion`, as `updateActor` changes an actor.
    public func updateTie(_ id: TieID, _ fields: [String: JSONValue], expectedVersion: Int) async throws(EditFailure) -> StoredTie {
        let landscape = try await stored()
        guard let current = try await storing({ store throws(StoreError) in try await store.tie(id) }) else { throw .refused(.notFound(.tie, id: id.rawValue)) }
        let merged = try Self.merged(FieldDrafts<TieField>.members(of: JSONWriter.value(of: current.tie)), fields, id: id.rawValue, landscape: landscape)
        let tie = try Self.validTie(merged, in: landscape)
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

    // MARK: Checking

    /// The actor `fields` describe, checked against the stored actors (without `replacing`).
    static func validActor(_ fields: [String: JSONValue], replacing: ActorID?, in landscape: Landscape) throws(EditFailure) -> Actor {
        var diagnostics: [Diagnostic] = [], unknown: [FieldProblem] = []
        let record = FieldDrafts<ActorField>.record(fields, words: landscape.language.serveEditingWording, actor: true, problems: &diagnostics, unknown: &unknown)
        let others = landscape.actors.filter { $0.id != replacing }
        let context = LandscapeDraft(file: "", actors: others.map { FieldDrafts<ActorField>.stored(JSONWriter.value(of: $0)) })
        let built = LandscapeBuilder().build([context, LandscapeDraft(file: "", actors: [record])])
        let problems = unknown + FieldDrafts<ActorField>.problems(diagnostics + built.diagnostics, language: landscape.language)
        guard problems.isEmpty else { throw .invalid(problems) }
        guard built.landscape.actors.count > others.count, let actor = built.landscape.actors.last else {
            // The builder merged the record into a stored actor of the same id.
            let id = FieldDrafts<ActorField>.text(of: fields[ActorField.id.rawValue] ?? .null) ?? ""
            throw .invalid([FieldProblem(field: ActorField.id.rawValue, message: message(.duplicate(.actor, id: id), landscape))])
        }
        return actor
    }

    /// The tie `fields` describe, its ends resolved among the stored actors.
    static func validTie(_ fields: [String: JSONValue], in landscape: Landscape) throws(EditFailure) -> Tie {
        var diagnostics: [Diagnostic] = [], unknown: [FieldProblem] = []
        let record = FieldDrafts<TieField>.record(fields, words: landscape.language.serveEditingWording, actor: false, problems: &diagnostics, unknown: &unknown)
        let context = LandscapeDraft(file: "", actors: landscape.actors.map { FieldDrafts<ActorField>.stored(JSONWriter.value(of: $0)) })
        let built = LandscapeBuilder().build([context, LandscapeDraft(file: "", ties: [record])])
        let problems = unknown + FieldDrafts<TieField>.problems(diagnostics + built.diagnostics, language: landscape.language)
        guard problems.isEmpty, let tie = built.landscape.ties.first else { throw .invalid(problems) }
        return tie
    }

    /// `current` with `changes` laid over it (RFC 7396); an `id` other than `id` is refused.
    static func merged(_ current: [String: JSONValue], _ changes: [String: JSONValue], id: String, landscape: Landscape) throws(EditFailure) -> [String: JSONValue] {
        if let given = changes["id"], given != .null, FieldDrafts<ActorField>.text(of: given) != id {
            let words = landscape.language.serveEditingWording
            throw .invalid([FieldProblem(field: "id", message: words.idFixed(id: words.quoted(id)))])
        }
        return current.merging(changes) { _, new in new }
    }

    // MARK: The store

    /// The stored landscape without its ties (an empty English one when the database holds none
    /// yet): a record is checked against the actors.
    private func stored() async throws(EditFailure) -> Landscape {
        do {
            return try await store.isEmpty() ? Landscape(actors: [], ties: []) : try await store.landscape(withTies: false)
        } catch {
            throw .refused(error)
        }
    }

    /// `body`'s result; a duplicate id is a problem of the field `id`, any other refusal the store's.
    private func storing<T: Sendable>(_ body: (LandscapeStore) async throws(StoreError) -> T) async throws(EditFailure) -> T {
        do {
            return try await body(store)
        } catch .duplicate(let kind, let id) {
            let language = (try? await store.landscape().language) ?? .en
            throw .invalid([FieldProblem(field: "id", message: StoreError.duplicate(kind, id: id).message(language.storeCommandWording))])
        } catch {
            throw .refused(error)
        }
    }

    private static func message(_ error: StoreError, _ landscape: Landscape) -> String {
        error.message(landscape.language.storeCommandWording)
    }
}
