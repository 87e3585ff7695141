import LandscapeCore
import SQLKit

/// Importing a whole landscape and undoing changes: the two writes that touch many records at once.
extension LandscapeStore {
    /// Replaces what the database holds by `landscape`, as one change (which `undo` takes back).
    /// Actors and ties keep their order; a tie's id is kept where it has one, the others get the
    /// next free `tN` (`t1`, `t2` …), which every later export writes.
    ///
    /// - Complexity: O(A + T) rows written for A actors and T ties, plus those replaced.
    public func importLandscape(_ landscape: Landscape, by who: String? = nil) async throws(StoreError) -> ImportSummary {
        try await transaction { database throws(StoreError) in
            let id = landscapeID
            var log = ChangeLog(action: .importLandscape, who: who, landscape: id)
            for tie in try await Rows.all(TieRecord.self, landscape: id, in: database) {
                log.record(old: tie, new: TieRecord?.none)
            }
            for actor in try await Rows.all(ActorRecord.self, landscape: id, in: database) {
                log.record(old: actor, new: ActorRecord?.none)
            }
            try await Self.run {
                try await database.raw("DELETE FROM ties WHERE landscape = \(bind: id)").run()
                try await database.raw("DELETE FROM actors WHERE landscape = \(bind: id)").run()
            }
            try await replaceMeta(with: landscape, in: database, log: &log)
            let given = Set(landscape.ties.compactMap { $0.id?.rawValue })
            let missing = landscape.ties.count { $0.id == nil }
            var assigned = try await assignTieIDs(count: missing, taken: given, in: database, log: &log).makeIterator()
            let actors = landscape.actors.enumerated().map { position, actor in
                RecordCoding.actorRecord(actor, landscape: id, position: position, version: 1)
            }
            var ties: [TieRecord] = []
            for (position, tie) in landscape.ties.enumerated() {
                guard let tieID = tie.id ?? assigned.next() else { continue }
                ties.append(RecordCoding.tieRecord(tie, id: tieID, landscape: id, position: position, version: 1))
            }
            try await Rows.insert(actors, in: database)
            try await Rows.insert(ties, in: database)
            for row in actors { log.record(old: ActorRecord?.none, new: row) }
            for row in ties { log.record(old: TieRecord?.none, new: row) }
            let change = try await log.write(in: database)
            return ImportSummary(actors: actors.count, ties: ties.count, assignedTieIDs: missing, change: change)
        }
    }

    /// The landscape's own row set to `landscape`'s title, language, date and needs.
    func replaceMeta(with landscape: Landscape, in database: any SQLDatabase, log: inout ChangeLog) async throws(StoreError) {
        let id = landscapeID
        if let current = try await Rows.fetch(MetaRecord.self, landscape: id, id: id, in: database) {
            let row = RecordCoding.metaRecord(landscape, id: id, nextTie: current.nextTie, version: current.version + 1)
            try await Rows.update(row, in: database)
            log.record(old: current, new: row)
        } else {
            let row = RecordCoding.metaRecord(landscape, id: id, nextTie: 1, version: 1)
            try await Rows.insert([row], in: database)
            log.record(old: MetaRecord?.none, new: row)
        }
    }

    /// Takes back change `number`: every record it touched gets its value from before, as a
    /// new change (itself undoable); returns that change's number.
    ///
    /// - Throws: `noSuchChange` for a number without change or one already undone,
    ///   `undoConflict` when a later change touched the same record (undo that one first).
    public func undo(change number: Int, by who: String? = nil) async throws(StoreError) -> Int {
        try await transaction { database throws(StoreError) in
            let rows = try await Self.run {
                try await database.raw("SELECT * FROM history WHERE change = \(bind: number) AND landscape = \(bind: landscapeID) ORDER BY seq")
                    .all(decoding: HistoryRow.self)
            }
            guard let first = rows.first, rows.allSatisfy({ $0.undoneBy == nil }) else { throw .noSuchChange(number) }
            var log = ChangeLog(action: .undo, who: who, landscape: first.landscape)
            for row in rows.reversed() {
                switch StoredRecord(rawValue: row.record) {
                case .landscape: try await revert(MetaRecord.self, row, in: database, log: &log)
                case .actor: try await revert(ActorRecord.self, row, in: database, log: &log)
                case .tie: try await revert(TieRecord.self, row, in: database, log: &log)
                case .dismissal: try await revert(DismissalRecord.self, row, in: database, log: &log)
                case nil: throw .noSuchChange(number)
                }
            }
            let undo = try await log.write(in: database)
            try await Self.run {
                try await database.raw("UPDATE history SET undone_by = \(bind: undo) WHERE change = \(bind: number)").run()
            }
            return undo
        }
    }

    /// Puts back one record's value from before a change, if the record is still as the change left it.
    func revert<Row: StoredRow>(_ type: Row.Type, _ row: HistoryRow, in database: any SQLDatabase, log: inout ChangeLog) async throws(StoreError) {
        let conflict = StoreError.undoConflict(change: row.change, Row.record, id: row.recordID)
        let old = try row.oldValue.map { text throws(StoreError) in try RecordCoding.decoded(Row.self, from: text, change: row.change) }
        let new = try row.newValue.map { text throws(StoreError) in try RecordCoding.decoded(Row.self, from: text, change: row.change) }
        let landscape = (old ?? new)?.landscapeID ?? landscapeID
        let current = try await Rows.fetch(type, landscape: landscape, id: row.recordID, in: database)
        guard Self.comparable(current) == Self.comparable(new) else { throw conflict }
        switch (old, current) {
        case (nil, let current?):
            if Row.self == ActorRecord.self, try await isTied(row.recordID, in: database) { throw conflict }
            try await Rows.delete(type, landscape: landscape, id: row.recordID, in: database)
            log.record(old: current, new: Row?.none)
        case (var restored?, nil):
            restored.version = max(restored.version, new?.version ?? 0) + 1
            try await Rows.insert([restored], in: database)
            log.record(old: Row?.none, new: restored)
        case (var restored?, let current?):
            restored.version = current.version + 1
            if var meta = restored as? MetaRecord, let now = current as? MetaRecord {
                // Assigned tie ids are never handed out twice: the counter only moves on.
                meta.nextTie = now.nextTie
                restored = meta as? Row ?? restored
            }
            try await Rows.update(restored, in: database)
            log.record(old: current, new: restored)
        case (nil, nil):
            break
        }
    }

    /// A row as undo compares it: by its values, not its version (a record that an undone later
    /// change put back is as this change left it); the landscape's tie counter moves on by
    /// itself and is no change.
    static func comparable<Row: StoredRow>(_ row: Row?) -> Row? {
        guard var row else { return nil }
        row.version = 0
        guard var meta = row as? MetaRecord else { return row }
        meta.nextTie = 0
        return meta as? Row
    }

    func isTied(_ actor: String, in database: any SQLDatabase) async throws(StoreError) -> Bool {
        let count = try await Self.run {
            try await database.raw("""
                SELECT COUNT(*) AS ties FROM ties
                WHERE landscape = \(bind: landscapeID) AND (from_actor = \(bind: actor) OR to_actor = \(bind: actor))
                """).first(decodingColumn: "ties", as: Int.self)
        }
        return (count ?? 0) > 0
    }
}
