import LandscapeCore
import SQLKit

/// An actor as stored, with the version an edit must name.
public struct StoredActor: Sendable, Hashable {
    public var actor: Actor
    /// Counted from 1; every stored change of the actor raises it.
    public var version: Int
}

/// A tie as stored: its id (the file's, or one the store assigned) and the version an edit must name.
public struct StoredTie: Sendable, Hashable {
    public var id: TieID
    /// The tie, with `id` set.
    public var tie: Tie
    public var version: Int
}

/// What an import stored.
public struct ImportSummary: Sendable, Hashable {
    public var actors: Int
    public var ties: Int
    /// Ties that had no id in the file and got one from the store.
    public var assignedTieIDs: Int
    /// The history's number of the import; `undo(change:)` takes it.
    public var change: Int
}

extension LandscapeStore {
    // MARK: Reading

    /// The stored landscape as the model: actors and ties in their order, every tie with its id.
    /// An empty database gives an empty landscape. `withTies: false` leaves the ties out (an edit
    /// checks a record against the actors only, and the ties are most of the rows).
    public nonisolated func landscape(withTies: Bool = true) async throws(StoreError) -> Landscape {
        let id = landscapeID
        return try await concurrently(snapshot: true) { database throws(StoreError) in
            let meta = try await Rows.fetch(MetaRecord.self, landscape: id, id: id, in: database)
            let actors = try await Rows.all(ActorRecord.self, landscape: id, in: database)
            let ties = withTies ? try await Rows.all(TieRecord.self, landscape: id, in: database) : []
            var landscape = Landscape(actors: try actors.map { row throws(StoreError) in try RecordCoding.actor(row) },
                                      ties: try ties.map { row throws(StoreError) in try RecordCoding.tie(row) })
            if let meta {
                landscape.title = meta.title
                landscape.language = Language(rawValue: meta.language) ?? .en
                landscape.asOf = try RecordCoding.date(meta.asOf, .landscape, id: id, field: "as_of")
                landscape.needs = try RecordCoding.texts(meta.needs, .landscape, id: id, field: "needs")
            }
            return landscape
        }
    }

    /// Whether the database holds no landscape yet (a server imports its files into it then).
    public func isEmpty() async throws(StoreError) -> Bool {
        try await serialized { database throws(StoreError) in
            try await Rows.fetch(MetaRecord.self, landscape: landscapeID, id: landscapeID, in: database) == nil
        }
    }

    /// Every actor with its version, in order.
    public nonisolated func actors() async throws(StoreError) -> [StoredActor] {
        try await concurrently { database throws(StoreError) in
            try await Rows.all(ActorRecord.self, landscape: landscapeID, in: database).map { row throws(StoreError) in
                StoredActor(actor: try RecordCoding.actor(row), version: row.version)
            }
        }
    }

    /// The actor with this id, or `nil`.
    public nonisolated func actor(_ id: ActorID) async throws(StoreError) -> StoredActor? {
        try await concurrently { database throws(StoreError) in
            guard let row = try await Rows.fetch(ActorRecord.self, landscape: landscapeID, id: id.rawValue, in: database)
            else { return nil }
            return StoredActor(actor: try RecordCoding.actor(row), version: row.version)
        }
    }

    /// Every tie with its id and version, in order.
    public nonisolated func ties() async throws(StoreError) -> [StoredTie] {
        try await concurrently { database throws(StoreError) in
            try await Rows.all(TieRecord.self, landscape: landscapeID, in: database).map { row throws(StoreError) in
                StoredTie(id: TieID(row.id), tie: try RecordCoding.tie(row), version: row.version)
            }
        }
    }

    /// The tie with this id, or `nil`.
    public nonisolated func tie(_ id: TieID) async throws(StoreError) -> StoredTie? {
        try await concurrently { database throws(StoreError) in
            guard let row = try await Rows.fetch(TieRecord.self, landscape: landscapeID, id: id.rawValue, in: database)
            else { return nil }
            return StoredTie(id: id, tie: try RecordCoding.tie(row), version: row.version)
        }
    }

    /// The landscape's changes, newest first; `limit` of them when given, and of each change the
    /// first `items` records it touched when given, at least one (`HistoryChange.itemCount` says
    /// how many it touched: an import touches every record). The numbers count over every
    /// landscape of the database, so one landscape's may have gaps.
    ///
    /// - Complexity: with `items`, one statement: the newest `limit` change numbers from the end
    ///   of the index `history_change`, their rows counted, and at most `items` rows of each read
    ///   (not every row of an import).
    public nonisolated func history(limit: Int? = nil, items: Int? = nil) async throws(StoreError) -> [HistoryChange] {
        let id = landscapeID
        if let limit, limit < 1 { return [] }
        if let items { return try await concurrently { database throws(StoreError) in try await Self.history(of: id, limit: limit, items: items, in: database) } }
        return try await concurrently(snapshot: true) { database throws(StoreError) in
            let rows: [HistoryRow] = try await Self.run {
                var from = 0
                if let limit {
                    let newest = try await database.raw("""
                        SELECT DISTINCT change FROM history WHERE landscape = \(bind: id) ORDER BY change DESC LIMIT \(bind: limit)
                        """).all(decodingColumn: "change", as: Int.self)
                    from = newest.last ?? 0
                }
                return try await database.raw("SELECT * FROM history WHERE landscape = \(bind: id) AND change >= \(bind: from) ORDER BY seq")
                    .all(decoding: HistoryRow.self)
            }
            return HistoryChange.grouped(rows)
        }
    }

    /// The changes of `history(limit:items:)` with a limit of items, in one statement (one snapshot).
    private nonisolated static func history(
        of landscape: String, limit: Int?, items: Int, in database: any SQLDatabase
    ) async throws(StoreError) -> [HistoryChange] {
        let from: SQLQueryString = limit.map { limit in
            """
            (SELECT MIN(change) FROM (SELECT DISTINCT change FROM history WHERE landscape = \(bind: landscape)
            ORDER BY change DESC LIMIT \(bind: limit)) AS newest)
            """
        } ?? "0"
        // A change's rows have consecutive numbers (written under the write lock).
        let found = try await run {
            try await database.raw("""
                SELECT h.*, c.items AS item_count FROM history AS h JOIN (SELECT change, MIN(seq) AS first, COUNT(*) AS items
                FROM history WHERE landscape = \(bind: landscape) AND change >= \(from) GROUP BY change) AS c ON h.change = c.change
                WHERE h.landscape = \(bind: landscape) AND h.seq < c.first + \(bind: max(1, items)) ORDER BY h.seq
                """).all()
        }
        var counts: [Int: Int] = [:]
        let rows: [HistoryRow]
        do {
            rows = try found.map { row in
                let history = try row.decode(model: HistoryRow.self)
                counts[history.change] = try row.decode(column: "item_count", as: Int.self)
                return history
            }
        } catch {
            throw .database(describe(error))
        }
        var changes = HistoryChange.grouped(rows)
        for index in changes.indices { changes[index].itemCount = counts[changes[index].number] ?? changes[index].items.count }
        return changes
    }

    /// The ids of every landscape the database holds, sorted.
    public func landscapeIDs() async throws(StoreError) -> [String] {
        try await serialized { database throws(StoreError) in
            try await Self.run { try await database.raw("SELECT id FROM landscapes ORDER BY id").all(decodingColumn: "id", as: String.self) }
        }
    }
}
