import LandscapeCore
import SQLKit

/// A suggestion to bring two actors together that a person dismissed, with the reason they gave:
/// the pair is no longer suggested, and the reason is kept (the history can undo the dismissal).
public struct Dismissal: Sendable, Hashable {
    /// The pair, the smaller id first (a pair suggestion has no direction).
    public var first: ActorID
    public var second: ActorID
    /// Why the pair should not be brought together, as the person wrote it.
    public var reason: String
    /// When, in UTC (ISO 8601, to the second).
    public var at: String
    /// Who dismissed it, where there are accounts.
    public var who: String?
    public var version: Int

    /// The pair's id, as `Dismissal.id(_:_:)` gives it.
    public var id: String { Self.id(first, second) }

    /// The id of the suggestion to bring `a` and `b` together: their ids in order, joined by
    /// `+` (`jugendamt+weimar-vhs`), the same whichever is named first. An actor id may itself
    /// hold a `+`; `pairs(in:)` reads such an id back against the stored actors.
    public static func id(_ a: ActorID, _ b: ActorID) -> String {
        let (first, second) = ordered(a, b)
        return first.rawValue + separator + second.rawValue
    }

    /// The separator of the two actor ids in a pair's id.
    public static let separator = "+"

    /// Every way to read `id` as two actor ids (split at each `+`), in order: one for an id of
    /// two ids without `+`, more when an actor id holds one.
    public static func pairs(in id: String) -> [(ActorID, ActorID)] {
        id.indices.filter { id[$0...].hasPrefix(separator) }.map { index in
            (ActorID(String(id[..<index])), ActorID(String(id[id.index(after: index)...])))
        }
    }

    static func ordered(_ a: ActorID, _ b: ActorID) -> (ActorID, ActorID) {
        a.rawValue <= b.rawValue ? (a, b) : (b, a)
    }
}

/// A dismissal as one row of `dismissals` (and as the JSON of its history).
struct DismissalRecord: Codable, Sendable, Equatable {
    var landscape: String
    var id: String
    var firstActor: String
    var secondActor: String
    var reason: String
    var at: String
    var who: String?
    var version: Int

    enum CodingKeys: String, CodingKey {
        case landscape, id, reason, at, who, version
        case firstActor = "first_actor"
        case secondActor = "second_actor"
    }

    var dismissal: Dismissal {
        Dismissal(first: ActorID(firstActor), second: ActorID(secondActor), reason: reason, at: at, who: who, version: version)
    }
}

extension DismissalRecord: StoredRow {
    static let table = "dismissals"
    static let record = StoredRecord.dismissal
    var landscapeID: String { landscape }
    var rowID: String { id }
}

/// Dismissing a suggestion and reading the dismissals: one change each, undone like any other.
extension LandscapeStore {
    /// Dismisses the suggestion to bring `a` and `b` together, for `reason`; version 1.
    ///
    /// - Throws: `selfTie` when `a` is `b`, `unknownActor` for an id that is no actor,
    ///   `duplicate` when the pair is dismissed already.
    public func dismiss(_ a: ActorID, _ b: ActorID, reason: String, by who: String? = nil) async throws(StoreError) -> Dismissal {
        try await transaction { database throws(StoreError) in
            if a == b { throw .selfTie(a) }
            try await requireActors([a, b], in: database)
            let (first, second) = Dismissal.ordered(a, b)
            let id = Dismissal.id(first, second)
            if try await Rows.fetch(DismissalRecord.self, landscape: landscapeID, id: id, in: database) != nil {
                throw .duplicate(.dismissal, id: id)
            }
            var log = ChangeLog(action: .dismissSuggestion, who: who, landscape: landscapeID)
            let row = DismissalRecord(landscape: landscapeID, id: id, firstActor: first.rawValue, secondActor: second.rawValue,
                                      reason: reason, at: Self.now(), who: who, version: 1)
            try await Rows.insert([row], in: database)
            log.record(old: DismissalRecord?.none, new: row)
            _ = try await log.write(in: database)
            return row.dismissal
        }
    }

    /// The landscape's dismissed suggestions, oldest first.
    ///
    /// - Complexity: O(D) rows read for D dismissals.
    public func dismissals() async throws(StoreError) -> [Dismissal] {
        try await serialized { database throws(StoreError) in
            let landscape = landscapeID
            return try await Self.run {
                try await database.raw("SELECT * FROM dismissals WHERE landscape = \(bind: landscape) ORDER BY at, id")
                    .all(decoding: DismissalRecord.self)
            }.map(\.dismissal)
        }
    }
}
