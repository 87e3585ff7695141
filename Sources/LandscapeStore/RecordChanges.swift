import LandscapeCore
import SQLKit

/// The actors or ties that changed after a mark of the history, so that a server keeping every
/// record's answer reads again only those (`actorChanges(after:)`): with twenty editors the mark
/// moves many times a second, and reading all 2,000 actors at each move was half a server's time.
///
/// Every write of an actor or tie adds history rows naming it in its transaction, under the
/// write lock that numbers them (`ChangeLog`), and no row of the history is ever removed; so the
/// records named by history rows after a mark are every record that changed since, whichever
/// process changed it — an edit, a deletion with its ties, an undo, an import.
public struct RecordChanges<Record: Sendable>: Sendable {
    /// The history's mark, read before the records: every change up to it is in `records` and
    /// `gone` (a later one may be too).
    public var mark: Int
    /// Whether `records` is every record of the landscape (no mark given, a mark the database
    /// does not reach, or more records changed than are read one by one): drop what was kept.
    public var whole: Bool
    /// The records that changed (or all of them), each with its place in the landscape's order.
    public var records: [PlacedRecord<Record>]
    /// The ids of records that changed and are gone (deleted).
    public var gone: [String]
}

/// A record and its position: the landscape's order is by position (gaps allowed).
public struct PlacedRecord<Record: Sendable>: Sendable {
    public var record: Record
    public var position: Int
}

/// A row kind that has a place in the landscape's order.
protocol PlacedRow: StoredRow {
    var position: Int { get }
}

extension ActorRecord: PlacedRow {}
extension TieRecord: PlacedRow {}

extension LandscapeStore {
    /// The most changed records read one by one; more are read as the whole list.
    static let changedLimit = 500

    /// The actors changed after `mark` (`nil`: every actor), each with its version and position.
    ///
    /// - Complexity: the mark, the history rows after `mark` (a range of its primary key) and the
    ///   changed rows by key: O(log H + c log A) for c changed of A actors; O(A) when `whole`.
    public nonisolated func actorChanges(after mark: Int?) async throws(StoreError) -> RecordChanges<StoredActor> {
        try await changes(ActorRecord.self, after: mark) { row throws(StoreError) in
            StoredActor(actor: try RecordCoding.actor(row), version: row.version)
        }
    }

    /// The ties changed after `mark` (`nil`: every tie), each with its id, version and position.
    public nonisolated func tieChanges(after mark: Int?) async throws(StoreError) -> RecordChanges<StoredTie> {
        try await changes(TieRecord.self, after: mark) { row throws(StoreError) in
            StoredTie(id: TieID(row.id), tie: try RecordCoding.tie(row), version: row.version)
        }
    }

    private nonisolated func changes<Row: PlacedRow, Record: Sendable>(
        _ type: Row.Type, after known: Int?, _ make: @escaping @Sendable (Row) throws(StoreError) -> Record
    ) async throws(StoreError) -> RecordChanges<Record> {
        let landscape = landscapeID
        return try await concurrently { database throws(StoreError) in
            if let known, let changed = try await Self.changedRows(type, after: known, landscape: landscape, in: database) {
                let records = try changed.rows.map { row throws(StoreError) in PlacedRecord(record: try make(row), position: row.position) }
                return RecordChanges(mark: changed.mark, whole: false, records: records, gone: changed.gone)
            }
            let mark = try await Self.mark(in: database)
            let rows = try await Rows.all(type, landscape: landscape, in: database)
            let records = try rows.map { row throws(StoreError) in PlacedRecord(record: try make(row), position: row.position) }
            return RecordChanges(mark: mark, whole: true, records: records, gone: [])
        }
    }

    /// The number of the database's last history row, 0 for none (`historyMark`).
    static func mark(in database: any SQLDatabase) async throws(StoreError) -> Int {
        let last = try await run {
            try await database.raw("SELECT MAX(seq) AS last FROM history").first(decodingColumn: "last", as: Int?.self)
        }
        return (last ?? nil) ?? 0
    }

    /// In one statement (one snapshot): the mark, the rows of the landscape's records of this kind
    /// that history rows after `known` name, and the ids of those named that are gone; `nil` when
    /// more than `changedLimit` are named or the database is behind `known` (read everything then).
    static func changedRows<Row: PlacedRow>(
        _ type: Row.Type, after known: Int, landscape: String, in database: any SQLDatabase
    ) async throws(StoreError) -> (mark: Int, rows: [Row], gone: [String])? {
        let found = try await run {
            try await database.raw("""
                SELECT m.last AS history_mark, c.record_id AS changed_id, r.* FROM (SELECT MAX(seq) AS last FROM history) AS m
                LEFT JOIN (SELECT DISTINCT record_id FROM history WHERE seq > \(bind: known) AND landscape = \(bind: landscape)
                AND record = \(bind: Row.record.rawValue) LIMIT \(bind: changedLimit + 1)) AS c ON 1 = 1
                LEFT JOIN \(unsafeRaw: Row.table) AS r ON r.landscape = \(bind: landscape) AND r.id = c.record_id
                """).all()
        }
        var mark = 0
        var rows: [Row] = []
        var gone: [String] = []
        do {
            for row in found {
                mark = try row.decode(column: "history_mark", as: Int?.self) ?? 0
                guard let changed = try row.decode(column: "changed_id", as: String?.self) else { continue }
                if try row.decode(column: "id", as: String?.self) == nil { gone.append(changed) } else { rows.append(try row.decode(model: Row.self)) }
            }
        } catch {
            throw .database(describe(error))
        }
        guard mark >= known, rows.count + gone.count <= changedLimit else { return nil }
        return (mark, rows.sorted { $0.position < $1.position }, gone)
    }
}
