import Foundation
import LandscapeCore

/// A record's value before or after a change, as the model holds it (not as the row stores it).
public enum HistoryValue: Sendable, Hashable {
    /// An actor and the version it had.
    case actor(Actor, version: Int)
    /// A tie (with its id) and the version it had.
    case tie(Tie, version: Int)
    /// The landscape's own fields (title, language, date, needs); its actors and ties are empty.
    case landscape(Landscape, version: Int)
    /// A dismissed suggestion and the version it had.
    case dismissal(Dismissal, version: Int)
}

extension HistoryItem {
    /// The record before the change; `nil` for one the change added.
    ///
    /// - Throws: `unreadableRow` for a stored value no version of the program writes.
    public func old() throws(StoreError) -> HistoryValue? {
        try oldValue.map { text throws(StoreError) in try value(text) }
    }

    /// The record after the change; `nil` for one the change deleted.
    public func new() throws(StoreError) -> HistoryValue? {
        try newValue.map { text throws(StoreError) in try value(text) }
    }

    private func row<Row: Decodable>(_ type: Row.Type, _ text: String) throws(StoreError) -> Row {
        guard let row = try? JSONDecoder().decode(type, from: Data(text.utf8)) else { throw .unreadableRow(record, id: id, field: "history") }
        return row
    }

    private func value(_ text: String) throws(StoreError) -> HistoryValue {
        switch record {
        case .actor:
            let row = try row(ActorRecord.self, text)
            return .actor(try RecordCoding.actor(row), version: row.version)
        case .tie:
            let row = try row(TieRecord.self, text)
            return .tie(try RecordCoding.tie(row), version: row.version)
        case .landscape:
            let row = try row(MetaRecord.self, text)
            guard let language = Language(rawValue: row.language) else { throw .unreadableRow(.landscape, id: id, field: "language") }
            let asOf = try RecordCoding.date(row.asOf, .landscape, id: id, field: "as_of")
            let needs = try RecordCoding.texts(row.needs, .landscape, id: id, field: "needs")
            return .landscape(Landscape(title: row.title, language: language, asOf: asOf, needs: needs, actors: [], ties: []), version: row.version)
        case .dismissal:
            let row = try row(DismissalRecord.self, text)
            return .dismissal(row.dismissal, version: row.version)
        }
    }
}
