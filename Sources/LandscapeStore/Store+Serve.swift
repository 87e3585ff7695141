import LandscapeCore
import SQLKit

/// The reads the web app needs beside the whole landscape: the ties between two actors (to
/// refuse a repeated tie), the landscape's language (to word a problem) and the mark of the last
/// change (to keep the landscape it read until the next one), each without reading every row.
extension LandscapeStore {
    /// The ties between `first` and `second`, in either direction, in their order, each with its id
    /// and version.
    ///
    /// - Complexity: two look-ups in the index `ties_ends`, O(log T + k) for T ties and k found.
    public nonisolated func ties(between first: ActorID, and second: ActorID) async throws(StoreError) -> [StoredTie] {
        try await concurrently { database throws(StoreError) in
            let landscape = landscapeID
            let rows = try await Self.run {
                try await database.raw("""
                    SELECT * FROM ties WHERE landscape = \(bind: landscape) AND ((from_actor = \(bind: first.rawValue) AND to_actor = \(bind: second.rawValue))
                    OR (from_actor = \(bind: second.rawValue) AND to_actor = \(bind: first.rawValue))) ORDER BY position
                    """).all(decoding: TieRecord.self)
            }
            return try rows.map { row throws(StoreError) in StoredTie(id: TieID(row.id), tie: try RecordCoding.tie(row), version: row.version) }
        }
    }

    /// The mark of the database's last change: the number of its last history row, 0 for none.
    /// Every write of a record adds history rows in its transaction, so an unchanged mark means
    /// an unchanged landscape (a change to another landscape of the database moves it too).
    ///
    /// - Complexity: one look-up at the end of the history's primary key, O(log H) for H rows.
    public nonisolated func historyMark() async throws(StoreError) -> Int {
        try await concurrently { database throws(StoreError) in try await Self.mark(in: database) }
    }

    /// The landscape's language; English when the database holds no landscape yet.
    public nonisolated func language() async throws(StoreError) -> Language {
        try await concurrently { database throws(StoreError) in
            let id = landscapeID
            let meta = try await Rows.fetch(MetaRecord.self, landscape: id, id: id, in: database)
            return meta.flatMap { Language(rawValue: $0.language) } ?? .en
        }
    }
}
