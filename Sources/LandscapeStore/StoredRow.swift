import SQLKit

/// A row kind of the store (the landscape's fields, an actor, a tie): its table, how a row is
/// found, and its version. The history keeps rows of these kinds as JSON, so that undoing a
/// change writes back exactly the row it replaced.
protocol StoredRow: Codable, Equatable, Sendable {
    static var table: String { get }
    static var record: StoredRecord { get }
    /// The landscape the row belongs to.
    var landscapeID: String { get }
    /// The row's id within its landscape.
    var rowID: String { get }
    var version: Int { get set }
}

extension MetaRecord: StoredRow {
    static let table = "landscapes"
    static let record = StoredRecord.landscape
    var landscapeID: String { id }
    var rowID: String { id }
}

extension ActorRecord: StoredRow {
    static let table = "actors"
    static let record = StoredRecord.actor
    var landscapeID: String { landscape }
    var rowID: String { id }
}

extension TieRecord: StoredRow {
    static let table = "ties"
    static let record = StoredRecord.tie
    var landscapeID: String { landscape }
    var rowID: String { id }
}

/// Reading and writing rows of any kind, inside the caller's transaction.
enum Rows {
    /// The condition that finds one row: the landscape's own row by its id, others by landscape and id.
    static func key<Row: StoredRow>(_ type: Row.Type, landscape: String, id: String) -> SQLQueryString {
        type == MetaRecord.self
            ? "id = \(bind: id)"
            : "landscape = \(bind: landscape) AND id = \(bind: id)"
    }

    static func fetch<Row: StoredRow>(
        _ type: Row.Type, landscape: String, id: String, in database: any SQLDatabase
    ) async throws(StoreError) -> Row? {
        try await LandscapeStore.run {
            try await database.raw("SELECT * FROM \(unsafeRaw: Row.table) WHERE \(key(type, landscape: landscape, id: id))")
                .first(decoding: Row.self)
        }
    }

    /// Every row of the landscape, in their stored order.
    static func all<Row: StoredRow>(_ type: Row.Type, landscape: String, in database: any SQLDatabase) async throws(StoreError) -> [Row] {
        try await LandscapeStore.run {
            try await database.raw("SELECT * FROM \(unsafeRaw: Row.table) WHERE landscape = \(bind: landscape) ORDER BY position")
                .all(decoding: Row.self)
        }
    }

    /// Inserts rows, a few hundred per statement (SQLite limits the values of one statement).
    static func insert<Row: StoredRow>(_ rows: [Row], in database: any SQLDatabase) async throws(StoreError) {
        try await insert(rows, into: Row.table, in: database)
    }

    /// Inserts rows of any table, every column named (absent values as NULL), a few hundred per statement.
    static func insert(_ rows: [some Encodable & Sendable], into table: String, in database: any SQLDatabase) async throws(StoreError) {
        let encoder = SQLQueryEncoder(nilEncodingStrategy: .asNil)
        try await LandscapeStore.run {
            var start = rows.startIndex
            while start < rows.endIndex {
                let end = min(start + 400, rows.endIndex)
                try await database.insert(into: table).models(Array(rows[start..<end]), with: encoder).run()
                start = end
            }
        }
    }

    /// Replaces the row with the same key by `row` (every column, absent values as NULL).
    static func update<Row: StoredRow>(_ row: Row, in database: any SQLDatabase) async throws(StoreError) {
        try await LandscapeStore.run {
            var update = try database.update(Row.table).set(model: row, nilEncodingStrategy: .asNil)
            if Row.self != MetaRecord.self { update = update.where("landscape", .equal, row.landscapeID) }
            try await update.where("id", .equal, row.rowID).run()
        }
    }

    static func delete<Row: StoredRow>(_ type: Row.Type, landscape: String, id: String, in database: any SQLDatabase) async throws(StoreError) {
        try await LandscapeStore.run {
            try await database.raw("DELETE FROM \(unsafeRaw: Row.table) WHERE \(key(type, landscape: landscape, id: id))").run()
        }
    }

    /// The position after the last row of the landscape.
    static func nextPosition<Row: StoredRow>(_ type: Row.Type, landscape: String, in database: any SQLDatabase) async throws(StoreError) -> Int {
        let last = try await LandscapeStore.run {
            try await database.raw("SELECT MAX(position) AS last FROM \(unsafeRaw: Row.table) WHERE landscape = \(bind: landscape)")
                .first(decodingColumn: "last", as: Int?.self)
        }
        return ((last ?? nil) ?? -1) + 1
    }
}
