import Foundation
import LandscapeCore

/// The landscape's own fields as one row of `landscapes` (and as the JSON of its history).
struct MetaRecord: Codable, Sendable, Equatable {
    var id: String
    var title: String?
    var language: String
    var asOf: String?
    /// A JSON array of texts, in order.
    var needs: String
    /// A JSON object of fields the model does not know, kept for the writer (`{}` today; the
    /// actors' and ties' fields of their own are in their rows).
    var extra: String
    /// The number the next assigned tie id (`t1`, `t2` …) tries first.
    var nextTie: Int
    var version: Int

    enum CodingKeys: String, CodingKey {
        case id, title, language, needs, extra, version
        case asOf = "as_of"
        case nextTie = "next_tie"
    }
}

/// An actor as one row of `actors` (and as the JSON of its history): every field of the model,
/// lists as JSON arrays in their order, dates as written.
struct ActorRecord: Codable, Sendable, Equatable {
    var landscape: String
    var id: String
    var position: Int
    var name: String
    var kind: String
    var municipality: String?
    var sectors: String
    var topics: String
    var targetGroups: String
    var programs: String
    var since: String?
    var until: String?
    var contact: String?
    var note: String?
    var extra: String
    var version: Int

    enum CodingKeys: String, CodingKey {
        case landscape, id, position, name, kind, municipality, sectors, topics, programs
        case since, until, contact, note, extra, version
        case targetGroups = "target_groups"
    }
}

/// A tie as one row of `ties` (and as the JSON of its history).
struct TieRecord: Codable, Sendable, Equatable {
    var landscape: String
    var id: String
    var position: Int
    var fromActor: String
    var toActor: String
    var kind: String
    var weight: Double
    var since: String?
    var until: String?
    /// 1 or 0: one integer column on every database.
    var formal: Int
    var note: String?
    /// `planned` for a planned tie; `nil` for one that exists (and in rows written before the
    /// column was added).
    var status: String?
    var extra: String
    var version: Int

    enum CodingKeys: String, CodingKey {
        case landscape, id, position, kind, weight, since, until, formal, note, status, extra, version
        case fromActor = "from_actor"
        case toActor = "to_actor"
    }
}

/// The conversions between the model and the rows. A row that does not read back (a kind no
/// version writes) is an `unreadableRow`, never a crash.
enum RecordCoding {
    static func json(_ texts: [String]) -> String {
        let data = (try? JSONEncoder().encode(texts)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func texts(_ json: String, _ record: StoredRecord, id: String, field: String) throws(StoreError) -> [String] {
        // Most lists of most rows are empty: no JSONDecoder for them.
        if json == "[]" { return [] }
        guard let texts = try? JSONDecoder().decode([String].self, from: Data(json.utf8)) else {
            throw .unreadableRow(record, id: id, field: field)
        }
        return texts
    }

    static func date(_ text: String?, _ record: StoredRecord, id: String, field: String) throws(StoreError) -> PartialDate? {
        guard let text else { return nil }
        guard let date = PartialDate(parsing: text) else { throw .unreadableRow(record, id: id, field: field) }
        return date
    }

    static func actorRecord(_ actor: Actor, landscape: String, position: Int, version: Int) -> ActorRecord {
        ActorRecord(
            landscape: landscape, id: actor.id.rawValue, position: position, name: actor.name, kind: actor.kind.rawValue,
            municipality: actor.municipality, sectors: json(actor.sectors.map(\.rawValue)), topics: json(actor.topics),
            targetGroups: json(actor.targetGroups), programs: json(actor.programs.map(\.rawValue)),
            since: actor.period.since?.description, until: actor.period.until?.description,
            contact: actor.contact, note: actor.note, extra: extraJSON(actor.extra), version: version)
    }

    static func actor(_ row: ActorRecord) throws(StoreError) -> Actor {
        let id = row.id
        guard let kind = ActorKind(rawValue: row.kind) else { throw .unreadableRow(.actor, id: id, field: "kind") }
        var sectors: [Sector] = []
        for text in try texts(row.sectors, .actor, id: id, field: "sectors") {
            guard let sector = Sector(rawValue: text) else { throw .unreadableRow(.actor, id: id, field: "sectors") }
            sectors.append(sector)
        }
        let since = try date(row.since, .actor, id: id, field: "since")
        let until = try date(row.until, .actor, id: id, field: "until")
        return Actor(
            id: ActorID(id), name: row.name, kind: kind, municipality: row.municipality, sectors: sectors,
            topics: try texts(row.topics, .actor, id: id, field: "topics"),
            targetGroups: try texts(row.targetGroups, .actor, id: id, field: "target_groups"),
            programs: try texts(row.programs, .actor, id: id, field: "programs").map { ActorID($0) },
            period: ActivePeriod(since: since, until: until), contact: row.contact, note: row.note,
            extra: try extraFields(row.extra, .actor, id: id))
    }

    static func tieRecord(_ tie: Tie, id: TieID, landscape: String, position: Int, version: Int) -> TieRecord {
        TieRecord(
            landscape: landscape, id: id.rawValue, position: position, fromActor: tie.from.rawValue, toActor: tie.to.rawValue,
            kind: tie.kind.rawValue, weight: tie.weight, since: tie.period.since?.description,
            until: tie.period.until?.description, formal: tie.formal ? 1 : 0, note: tie.note,
            status: tie.status == .existing ? nil : tie.status.rawValue, extra: extraJSON(tie.extra), version: version)
    }

    static func tie(_ row: TieRecord) throws(StoreError) -> Tie {
        guard let kind = TieKind(rawValue: row.kind) else { throw .unreadableRow(.tie, id: row.id, field: "kind") }
        let since = try date(row.since, .tie, id: row.id, field: "since")
        let until = try date(row.until, .tie, id: row.id, field: "until")
        var status = TieStatus.existing
        if let text = row.status {
            guard let parsed = TieStatus(rawValue: text) else { throw .unreadableRow(.tie, id: row.id, field: "status") }
            status = parsed
        }
        return Tie(
            from: ActorID(row.fromActor), to: ActorID(row.toActor), kind: kind, weight: row.weight,
            period: ActivePeriod(since: since, until: until), formal: row.formal != 0, note: row.note, id: TieID(row.id),
            status: status, extra: try extraFields(row.extra, .tie, id: row.id))
    }

    static func metaRecord(_ landscape: Landscape, id: String, nextTie: Int, version: Int) -> MetaRecord {
        MetaRecord(id: id, title: landscape.title, language: landscape.language.rawValue, asOf: landscape.asOf?.description,
                   needs: json(landscape.needs), extra: "{}", nextTie: nextTie, version: version)
    }

    /// One field of an actor's or tie's own, as the `extra` column keeps it: a JSON array of
    /// these, in the order the file gave them.
    struct ExtraRow: Codable {
        var name: String
        var text: String?
        var list: [String]?
    }

    /// The JSON of the `extra` column for these fields; `{}` for none, as rows always had.
    static func extraJSON(_ extra: [ExtraField]) -> String {
        guard !extra.isEmpty else { return "{}" }
        let rows = extra.map { field in
            switch field.value {
            case .text(let text): ExtraRow(name: field.name, text: text, list: nil)
            case .list(let items): ExtraRow(name: field.name, text: nil, list: items)
            }
        }
        return encoded(rows)
    }

    static func extraFields(_ json: String, _ record: StoredRecord, id: String) throws(StoreError) -> [ExtraField] {
        guard json != "{}" else { return [] }
        guard let rows = try? JSONDecoder().decode([ExtraRow].self, from: Data(json.utf8)) else {
            throw .unreadableRow(record, id: id, field: "extra")
        }
        return rows.map { row in ExtraField(name: row.name, value: row.list.map(ExtraValue.list) ?? .text(row.text ?? "")) }
    }

    /// A record as the JSON text of its history.
    static func encoded(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    /// A record from the JSON text of its history.
    static func decoded<Value: Decodable>(_ type: Value.Type, from text: String, change: Int) throws(StoreError) -> Value {
        guard let value = try? JSONDecoder().decode(type, from: Data(text.utf8)) else {
            throw .database("the history of change \(change) cannot be read")
        }
        return value
    }
}
