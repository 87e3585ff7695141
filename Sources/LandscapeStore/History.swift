import LandscapeCore
import SQLKit

/// One change as the history shows it: what was done, when and by whom, and each record it
/// touched with its value before and after (JSON).
public struct HistoryChange: Sendable, Hashable {
    /// The change's number, counted from 1; `undo(change:)` takes it.
    public var number: Int
    public var action: HistoryAction
    /// When, in UTC (ISO 8601, to the second).
    public var at: String
    /// Who made it, where there are accounts.
    public var who: String?
    /// The change that undid this one, if any.
    public var undoneBy: Int?
    /// The records it touched, in order; the first ones only when the history was read with a
    /// limit of items (`history(limit:items:)`).
    public var items: [HistoryItem]
    /// How many records it touched (`items.count` unless items were left off).
    public var itemCount: Int
}

/// What a change did.
public enum HistoryAction: String, Sendable, Hashable, Codable {
    case importLandscape = "import"
    case addActor = "add-actor"
    case updateActor = "update-actor"
    case deleteActor = "delete-actor"
    case addTie = "add-tie"
    case updateTie = "update-tie"
    case deleteTie = "delete-tie"
    case dismissSuggestion = "dismiss-suggestion"
    case undo
}

/// One record a change touched: its kind and id, and its stored value before and after as JSON
/// (`nil` before for a record it added, after for one it deleted).
public struct HistoryItem: Sendable, Hashable {
    public var record: StoredRecord
    public var id: String
    public var oldValue: String?
    public var newValue: String?
}

/// The rows one change writes to the history, collected while the change runs in its transaction.
struct ChangeLog {
    var action: HistoryAction
    var who: String?
    var landscape: String
    var items: [HistoryItem] = []

    mutating func record<Row: StoredRow>(old: Row?, new: Row?) {
        guard let id = (new ?? old)?.rowID else { return }
        items.append(HistoryItem(record: Row.record, id: id, oldValue: old.map(RecordCoding.encoded),
                                 newValue: new.map(RecordCoding.encoded)))
    }

    /// Writes the change's rows; returns its number.
    func write(in database: any SQLDatabase) async throws(StoreError) -> Int {
        let (change, seq) = try await LandscapeStore.run {
            let row = try await database.raw("SELECT MAX(change) AS change, MAX(seq) AS seq FROM history").first()
            let change = try row?.decode(column: "change", as: Int?.self) ?? 0
            let seq = try row?.decode(column: "seq", as: Int?.self) ?? 0
            return (change, seq)
        }
        let at = LandscapeStore.now()
        let who = who ?? LandscapeStore.acting
        let rows = items.enumerated().map { offset, item in
            HistoryRow(seq: seq + 1 + offset, change: change + 1, landscape: landscape, at: at, who: who,
                       action: action.rawValue, record: item.record.rawValue, recordID: item.id,
                       oldValue: item.oldValue, newValue: item.newValue, undoneBy: nil)
        }
        try await Rows.insert(rows, into: "history", in: database)
        return change + 1
    }
}

/// A row of `history`.
struct HistoryRow: Codable, Sendable {
    var seq: Int
    var change: Int
    var landscape: String
    var at: String
    var who: String?
    var action: String
    var record: String
    var recordID: String
    var oldValue: String?
    var newValue: String?
    var undoneBy: Int?

    enum CodingKeys: String, CodingKey {
        case seq, change, landscape, at, who, action, record
        case recordID = "record_id"
        case oldValue = "old_value"
        case newValue = "new_value"
        case undoneBy = "undone_by"
    }

    var item: HistoryItem? {
        StoredRecord(rawValue: record).map { HistoryItem(record: $0, id: recordID, oldValue: oldValue, newValue: newValue) }
    }
}

extension HistoryChange {
    /// The changes of `rows` (ordered by seq), newest first.
    static func grouped(_ rows: [HistoryRow]) -> [HistoryChange] {
        var changes: [HistoryChange] = []
        for row in rows {
            if changes.last?.number != row.change {
                changes.append(HistoryChange(number: row.change, action: HistoryAction(rawValue: row.action) ?? .undo,
                                             at: row.at, who: row.who, undoneBy: row.undoneBy, items: [], itemCount: 0))
            }
            if let item = row.item {
                changes[changes.count - 1].items.append(item)
                changes[changes.count - 1].itemCount += 1
            }
        }
        return changes.reversed()
    }
}
