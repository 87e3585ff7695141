import LandscapeCore
import LandscapeIO
import LandscapeStore
import LandscapeWording

/// Dismissing a pair suggestion with a reason, for the API (`POST /api/suggestions/{id}/dismiss`)
/// and the pages' form alike: the reason is required, the pair must be two actors of the
/// landscape, and the store keeps it as one change the history can undo.
extension RecordEditor {
    /// The longest reason kept, in characters: a sentence or a short paragraph.
    public static let reasonLimit = 2000

    /// Dismisses the suggestion `id` (`Dismissal.id`: two actor ids joined by `+`) for the
    /// text of `reason`.
    ///
    /// - Throws: `invalid` at the field `reason` when it is missing, blank, no text or longer
    ///   than `reasonLimit`, and at `id` when the pair is dismissed already; `refused(notFound)`
    ///   when the id names no two actors; `refused(selfTie)` for an actor paired with itself.
    /// - Complexity: two actor look-ups per `+` in the id, then the store's one insert.
    public func dismissSuggestion(_ id: String, reason: JSONValue?) async throws(EditFailure) -> Dismissal {
        let language = try await language()
        let text = reason.flatMap(FieldDrafts<ActorField>.text(of:))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let words = language.serveEditingWording
        if text.isEmpty {
            throw .invalid([FieldProblem(field: Self.reasonField, message: words.reasonMissing)])
        }
        if text.count > Self.reasonLimit {
            throw .invalid([FieldProblem(field: Self.reasonField, message: words.reasonTooLong(limit: String(Self.reasonLimit)))])
        }
        let (first, second) = try await pair(id)
        return try await storing { store throws(StoreError) in try await store.dismiss(first, second, reason: text, by: who) }
    }

    /// The field of a dismissal's reason.
    public static let reasonField = "reason"

    /// The two stored actors `id` names: the one split at a `+` whose halves are both actor ids;
    /// `notFound` names the half of the first split that is no actor.
    private func pair(_ id: String) async throws(EditFailure) -> (ActorID, ActorID) {
        var missing: ActorID?
        for (first, second) in Dismissal.pairs(in: id) {
            let firstFound = try await storing { store throws(StoreError) in try await store.actor(first) != nil }
            let secondFound = try await storing { store throws(StoreError) in try await store.actor(second) != nil }
            if firstFound && secondFound { return (first, second) }
            if missing == nil { missing = firstFound ? second : first }
        }
        throw .refused(.notFound(.actor, id: missing?.rawValue ?? id))
    }
}
