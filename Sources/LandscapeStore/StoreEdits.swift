import LandscapeCore
import SQLKit

/// Adding, changing and deleting actors and ties: each call one transaction with its history.
/// A change names the version it is based on; when the record has moved on (or is gone), the
/// call throws `conflict` and changes nothing.
extension LandscapeStore {
    /// Adds an actor at the end; its version is 1.
    ///
    /// - Throws: `duplicate` for a taken id, `unknownActor` for a programme that is no actor.
    public func addActor(_ actor: Actor, by who: String? = nil) async throws(StoreError) -> StoredActor {
        try await transaction { database throws(StoreError) in
            let landscape = landscapeID
            if try await Rows.fetch(ActorRecord.self, landscape: landscape, id: actor.id.rawValue, in: database) != nil {
                throw .duplicate(.actor, id: actor.id.rawValue)
            }
            try await requireActors(actor.programs, in: database)
            var log = ChangeLog(action: .addActor, who: who, landscape: landscape)
            try await ensureMeta(in: database, log: &log)
            let position = try await Rows.nextPosition(ActorRecord.self, landscape: landscape, in: database)
            let row = RecordCoding.actorRecord(actor, landscape: landscape, position: position, version: 1)
            try await Rows.insert([row], in: database)
            log.record(old: ActorRecord?.none, new: row)
            _ = try await log.write(in: database)
            return StoredActor(actor: actor, version: 1)
        }
    }

    /// Replaces the actor with `actor.id` by `actor`, if it is still at `expectedVersion`.
    public func updateActor(_ actor: Actor, expectedVersion: Int, by who: String? = nil) async throws(StoreError) -> StoredActor {
        try await transaction { database throws(StoreError) in
            let current = try await current(ActorRecord.self, id: actor.id.rawValue, expected: expectedVersion, in: database)
            try await requireActors(actor.programs, in: database)
            let row = RecordCoding.actorRecord(actor, landscape: current.landscape, position: current.position, version: current.version + 1)
            try await Rows.update(row, in: database)
            var log = ChangeLog(action: .updateActor, who: who, landscape: current.landscape)
            log.record(old: current, new: row)
            _ = try await log.write(in: database)
            return StoredActor(actor: actor, version: row.version)
        }
    }

    /// Deletes the actor, if it is still at `expectedVersion`, with its ties; other actors that
    /// name it as a programme no longer do. All of it is one change.
    public func deleteActor(_ id: ActorID, expectedVersion: Int, by who: String? = nil) async throws(StoreError) {
        try await transaction { database throws(StoreError) in
            let current = try await current(ActorRecord.self, id: id.rawValue, expected: expectedVersion, in: database)
            let landscape = current.landscape
            var log = ChangeLog(action: .deleteActor, who: who, landscape: landscape)
            for tie in try await Rows.all(TieRecord.self, landscape: landscape, in: database)
            where tie.fromActor == id.rawValue || tie.toActor == id.rawValue {
                try await Rows.delete(TieRecord.self, landscape: landscape, id: tie.id, in: database)
                log.record(old: tie, new: TieRecord?.none)
            }
            for other in try await Rows.all(ActorRecord.self, landscape: landscape, in: database) where other.id != id.rawValue {
                var actor = try RecordCoding.actor(other)
                guard actor.programs.contains(id) else { continue }
                actor.programs.removeAll { $0 == id }
                let row = RecordCoding.actorRecord(actor, landscape: landscape, position: other.position, version: other.version + 1)
                try await Rows.update(row, in: database)
                log.record(old: other, new: row)
            }
            try await Rows.delete(ActorRecord.self, landscape: landscape, id: id.rawValue, in: database)
            log.record(old: current, new: ActorRecord?.none)
            _ = try await log.write(in: database)
        }
    }

    /// Adds a tie at the end; a tie without id gets the next free `tN`. Its version is 1.
    ///
    /// - Throws: `unknownActor` for an end that is no actor, `selfTie`, `duplicate` for a taken id.
    public func addTie(_ tie: Tie, by who: String? = nil) async throws(StoreError) -> StoredTie {
        try await transaction { database throws(StoreError) in
            let landscape = landscapeID
            try await requireEnds(of: tie, in: database)
            var log = ChangeLog(action: .addTie, who: who, landscape: landscape)
            try await ensureMeta(in: database, log: &log)
            let id: TieID
            if let given = tie.id {
                if try await Rows.fetch(TieRecord.self, landscape: landscape, id: given.rawValue, in: database) != nil {
                    throw .duplicate(.tie, id: given.rawValue)
                }
                id = given
            } else {
                id = try await assignTieIDs(count: 1, in: database, log: &log)[0]
            }
            let position = try await Rows.nextPosition(TieRecord.self, landscape: landscape, in: database)
            let row = RecordCoding.tieRecord(tie, id: id, landscape: landscape, position: position, version: 1)
            try await Rows.insert([row], in: database)
            log.record(old: TieRecord?.none, new: row)
            _ = try await log.write(in: database)
            var stored = tie
            stored.id = id
            return StoredTie(id: id, tie: stored, version: 1)
        }
    }

    /// Replaces the tie `id` by `tie` (its own `id` is ignored), if it is still at `expectedVersion`.
    public func updateTie(_ id: TieID, to tie: Tie, expectedVersion: Int, by who: String? = nil) async throws(StoreError) -> StoredTie {
        try await transaction { database throws(StoreError) in
            let current = try await current(TieRecord.self, id: id.rawValue, expected: expectedVersion, in: database)
            try await requireEnds(of: tie, in: database)
            let row = RecordCoding.tieRecord(tie, id: id, landscape: current.landscape, position: current.position, version: current.version + 1)
            try await Rows.update(row, in: database)
            var log = ChangeLog(action: .updateTie, who: who, landscape: current.landscape)
            log.record(old: current, new: row)
            _ = try await log.write(in: database)
            var stored = tie
            stored.id = id
            return StoredTie(id: id, tie: stored, version: row.version)
        }
    }

    /// Deletes the tie, if it is still at `expectedVersion`.
    public func deleteTie(_ id: TieID, expectedVersion: Int, by who: String? = nil) async throws(StoreError) {
        try await transaction { database throws(StoreError) in
            let current = try await current(TieRecord.self, id: id.rawValue, expected: expectedVersion, in: database)
            try await Rows.delete(TieRecord.self, landscape: current.landscape, id: id.rawValue, in: database)
            var log = ChangeLog(action: .deleteTie, who: who, landscape: current.landscape)
            log.record(old: current, new: TieRecord?.none)
            _ = try await log.write(in: database)
        }
    }

    // MARK: Checks shared by the edits

    /// The stored row, if it is at `expected`; `notFound` or `conflict` otherwise.
    func current<Row: StoredRow>(_ type: Row.Type, id: String, expected: Int, in database: any SQLDatabase) async throws(StoreError) -> Row {
        guard let row = try await Rows.fetch(type, landscape: landscapeID, id: id, in: database) else {
            throw .notFound(Row.record, id: id)
        }
        guard row.version == expected else { throw .conflict(Row.record, id: id, expected: expected, current: row.version) }
        return row
    }

    func requireActors(_ ids: [ActorID], in database: any SQLDatabase) async throws(StoreError) {
        for id in ids where try await Rows.fetch(ActorRecord.self, landscape: landscapeID, id: id.rawValue, in: database) == nil {
            throw .unknownActor(id)
        }
    }

    func requireEnds(of tie: Tie, in database: any SQLDatabase) async throws(StoreError) {
        if tie.from == tie.to { throw .selfTie(tie.from) }
        try await requireActors([tie.from, tie.to], in: database)
    }

    /// Creates the landscape's own row (English, no title) when the database has none yet.
    func ensureMeta(in database: any SQLDatabase, log: inout ChangeLog) async throws(StoreError) {
        let id = landscapeID
        if try await Rows.fetch(MetaRecord.self, landscape: id, id: id, in: database) != nil { return }
        let row = RecordCoding.metaRecord(Landscape(actors: [], ties: []), id: id, nextTie: 1, version: 1)
        try await Rows.insert([row], in: database)
        log.record(old: MetaRecord?.none, new: row)
    }

    /// `count` new tie ids `tN`, counting on from the landscape's `next_tie` past every taken id.
    ///
    /// - Complexity: O(count) look-ups for up to 16 ids, else one read of every stored tie id.
    func assignTieIDs(count: Int, taken: Set<String> = [], in database: any SQLDatabase, log: inout ChangeLog) async throws(StoreError) -> [TieID] {
        let id = landscapeID
        guard count > 0, let meta = try await Rows.fetch(MetaRecord.self, landscape: id, id: id, in: database) else { return [] }
        // A few ids (an edit) are looked up one by one; many (an import) against every stored id.
        let stored = count > 16 ? Set(try await Rows.all(TieRecord.self, landscape: id, in: database).map(\.id)) : nil
        var number = meta.nextTie
        var ids: [TieID] = []
        while ids.count < count {
            let candidate = "t\(number)"
            number += 1
            if taken.contains(candidate) { continue }
            let free = if let stored { !stored.contains(candidate) } else {
                try await Rows.fetch(TieRecord.self, landscape: id, id: candidate, in: database) == nil
            }
            if free { ids.append(TieID(candidate)) }
        }
        var updated = meta
        updated.nextTie = number
        try await Rows.update(updated, in: database)
        return ids
    }
}
