import Foundation
import LandscapeCore
import LandscapeIO
import Testing
@testable import LandscapeStore

@Suite("The store keeps a landscape, its versions and its history")
struct LandscapeStoreTests {
    static let office = Actor(id: "amt", name: "Schulamt", kind: .office)
    static let school = Actor(id: "schule", name: "Grundschule", kind: .institution, sectors: [.school, .earlyChildhood])
    static let programme = Actor(id: "prog", name: "Programm", kind: .program)

    static var small: Landscape {
        Landscape(title: "Klein", language: .de, asOf: PartialDate(year: 2020, month: 5), needs: ["Sprache", "Ganztag"],
                  actors: [office, school, programme], ties: [Tie(from: "amt", to: "schule", kind: .steering, id: "steuert")])
    }

    @Test("Random landscapes come back as they went in, with the assigned tie ids (seeded)", arguments: StoreBackend.all, 0..<25)
    func roundTrip(backend: StoreBackend, seed: UInt64) async throws {
        var generator = SeededGenerator(seed: seed)
        let landscape = RandomLandscapes.landscape(&generator)
        try await backend.withDatabase { database in
            let (summary, back) = try await withStore(database) { store in
                (try await store.importLandscape(landscape), try await store.landscape())
            }
            #expect(back == RandomLandscapes.withAssignedIDs(landscape), "seed \(seed): \(landscape)")
            #expect(summary.actors == landscape.actors.count && summary.ties == landscape.ties.count)
            // Reopened: the same, and importing what came out changes nothing.
            try await withStore(database) { reopened in
                _ = try await reopened.importLandscape(back)
                #expect(try await reopened.landscape() == back, "seed \(seed)")
            }
        }
    }

    @Test("An edit based on an old version is a conflict and changes nothing", arguments: StoreBackend.all)
    func conflict(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(Self.small)
                var renamed = Self.office
                renamed.name = "Staatliches Schulamt"
                let first = try await store.updateActor(renamed, expectedVersion: 1)
                #expect(first.version == 2)
                var other = Self.office
                other.note = "from a second tab"
                await #expect(throws: StoreError.conflict(.actor, id: "amt", expected: 1, current: 2)) {
                    try await store.updateActor(other, expectedVersion: 1)
                }
                await #expect(throws: StoreError.conflict(.tie, id: "steuert", expected: 3, current: 1)) {
                    try await store.deleteTie("steuert", expectedVersion: 3)
                }
                #expect(try await store.actor("amt") == StoredActor(actor: renamed, version: 2))
                #expect(try await store.ties().count == 1)
            }
        }
    }

    @Test("Adding checks ids and ends; a tie without id gets the next free one", arguments: StoreBackend.all)
    func refusals(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(Self.small)
                await #expect(throws: StoreError.duplicate(.actor, id: "amt")) { try await store.addActor(Self.office) }
                await #expect(throws: StoreError.unknownActor("nobody")) { try await store.addTie(Tie(from: "amt", to: "nobody")) }
                await #expect(throws: StoreError.selfTie("amt")) { try await store.addTie(Tie(from: "amt", to: "amt")) }
                await #expect(throws: StoreError.duplicate(.tie, id: "steuert")) { try await store.addTie(Tie(from: "amt", to: "prog", id: "steuert")) }
                await #expect(throws: StoreError.notFound(.actor, id: "nobody")) { try await store.deleteActor("nobody", expectedVersion: 1) }
                let added = try await store.addTie(Tie(from: "prog", to: "schule", kind: .funding))
                #expect(added.id == "t1" && added.tie.id == "t1" && added.version == 1)
                #expect(try await store.addTie(Tie(from: "prog", to: "amt", kind: .funding)).id == "t2")
                // An id given in the form the store assigns is skipped when its turn comes.
                _ = try await store.addTie(Tie(from: "schule", to: "prog", kind: .exchange, id: "t3"))
                #expect(try await store.addTie(Tie(from: "schule", to: "amt", kind: .exchange)).id == "t4")
            }
        }
    }

    @Test("Deleting an actor takes its ties and its mentions as programme; undo brings all back", arguments: StoreBackend.all)
    func deleteAndUndo(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                var funded = Self.small
                var school = Self.school
                school.programs = ["prog"]
                funded = Landscape(title: funded.title, language: funded.language, asOf: funded.asOf, needs: funded.needs,
                                   actors: [Self.office, school, Self.programme],
                                   ties: funded.ties + [Tie(from: "prog", to: "schule", kind: .funding, id: "f")])
                _ = try await store.importLandscape(funded)
                try await store.deleteActor("prog", expectedVersion: 1)
                let after = try await store.landscape()
                #expect(after.actors.map(\.id) == ["amt", "schule"] && after.ties.map(\.id) == ["steuert"])
                #expect(after["schule"]?.programs == [])
                let history = try await store.history()
                #expect(history.map(\.action) == [.deleteActor, .importLandscape])
                #expect(history[0].items.map(\.record) == [.tie, .actor, .actor])
                let undo = try await store.undo(change: history[0].number)
                #expect(try await store.landscape() == funded)
                #expect(try await store.actor("schule")?.version == 3)
                await #expect(throws: StoreError.noSuchChange(history[0].number)) { try await store.undo(change: history[0].number) }
                // Undoing the undo deletes again.
                _ = try await store.undo(change: undo)
                #expect(try await store.landscape() == after)
            }
        }
    }

    @Test("Undo refuses while a later change holds the same record", arguments: StoreBackend.all)
    func undoConflict(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                _ = try await store.importLandscape(Self.small)
                var office = Self.office
                office.note = "eins"
                _ = try await store.updateActor(office, expectedVersion: 1)
                office.note = "zwei"
                _ = try await store.updateActor(office, expectedVersion: 2)
                let changes = try await store.history()
                await #expect(throws: StoreError.undoConflict(change: changes[1].number, .actor, id: "amt")) {
                    try await store.undo(change: changes[1].number)
                }
                _ = try await store.undo(change: changes[0].number)
                _ = try await store.undo(change: changes[1].number)
                #expect(try await store.actor("amt")?.actor == Self.office)
            }
        }
    }

    @Test("A file that is no database is refused by name")
    func notADatabase() async throws {
        let database = try TemporaryDatabase()
        defer { database.cleanUp() }
        try Data("title: not a database\nactors: []\n".utf8).write(to: URL(fileURLWithPath: database.path))
        await #expect(throws: StoreError.notADatabase(path: database.path)) { try await LandscapeStore.open(path: database.path) }
    }

    @Test("Every example landscape is stored and read back unchanged")
    func examples() async throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../graphs").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count >= 5)
        for file in files {
            let result = LandscapeLoader().load([folder.appendingPathComponent(file).path])
            #expect(!result.hasErrors, "\(file)")
            let database = try TemporaryDatabase()
            defer { database.cleanUp() }
            try await withStore(database.path) { store in
                _ = try await store.importLandscape(result.landscape)
                #expect(try await store.landscape() == RandomLandscapes.withAssignedIDs(result.landscape), "\(file)")
            }
        }
    }
}
