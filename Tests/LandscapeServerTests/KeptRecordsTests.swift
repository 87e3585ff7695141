import Foundation
import Hummingbird
import LandscapeCore
import LandscapeIO
@testable import LandscapeServer
@testable import LandscapeStore
import LandscapeWording
import Testing

/// `GET /api/actors` and `/api/ties` kept record by record (`KeptRecords`): after every kind of
/// change, made by another process on the same database (a second store), the kept answer is
/// byte for byte what reading and writing the whole list anew gives — on SQLite and PostgreSQL.
@Suite("landscape serve: answers kept record by record")
struct KeptRecordsTests {
    /// SQLite, and PostgreSQL when `LANDSCAPE_TEST_POSTGRES` names a server.
    static let backends = ProcessInfo.processInfo.environment["LANDSCAPE_TEST_POSTGRES"] == nil ? ["sqlite"] : ["sqlite", "postgres"]

    @Test("Edits, a deletion with ties and programmes, undo, the same id added again and imports by another process", arguments: backends)
    func sameAsFresh(backend: String) async throws {
        try await Self.withTwoStores(backend) { server, other in
            _ = try await other.importLandscape(ServerTests.weimar)
            let reads = Reads(store: server, words: Language.de.storeCommandWording)
            try await Self.expectFresh(reads)
            var edited = try #require(try await other.actor(ActorID("weimar-bildungskoordination")))
            edited.actor.name = "Koordination »Neu«\n\"zitiert\""
            _ = try await other.updateActor(edited.actor, expectedVersion: edited.version)
            try await Self.expectFresh(reads)
            let deleted = try #require(try await other.actor(ActorID("weimar-stadtverwaltung")))
            try await other.deleteActor(deleted.actor.id, expectedVersion: deleted.version)
            try await Self.expectFresh(reads)
            let deletion = try #require(try await other.history(limit: 1).first?.number)
            _ = try await other.undo(change: deletion)
            try await Self.expectFresh(reads)
            let restored = try #require(try await other.actor(deleted.actor.id))
            try await other.deleteActor(deleted.actor.id, expectedVersion: restored.version)
            _ = try await Self.answers(reads)
            // The same id at version 1 again, with other fields: not the kept JSON of the old one.
            _ = try await other.addActor(Actor(id: deleted.actor.id, name: "Stadt Weimar (neu)", kind: .association))
            try await Self.expectFresh(reads)
            _ = try await other.importLandscape(Self.generated(actors: 600))
            try await Self.expectFresh(reads)
            _ = try await other.importLandscape(ServerTests.weimar)
            try await Self.expectFresh(reads)
            _ = try await other.importLandscape(Landscape(actors: [], ties: []))
            try await Self.expectFresh(reads)
        }
    }

    @Test("Readers at one mark share one update, and every one gets the whole answer")
    func sharedUpdate() async throws {
        try await Self.withTwoStores("sqlite") { server, other in
            _ = try await other.importLandscape(ServerTests.weimar)
            let reads = Reads(store: server, words: Language.de.storeCommandWording)
            let mark = try await server.historyMark()
            let answers = try await withThrowingTaskGroup(of: ByteBuffer.self) { group in
                for _ in 0..<20 { group.addTask { try await reads.actors.answer(at: mark) } }
                return try await group.reduce(into: [ByteBuffer]()) { $0.append($1) }
            }
            #expect(Set(answers.map { String(buffer: $0) }).count == 1)
            let fresh = try await Self.fresh(server).actors
            #expect(String(buffer: answers[0]) == fresh)
        }
    }

    /// The kept answers at the store's mark now.
    static func answers(_ reads: Reads) async throws -> (actors: String, ties: String) {
        let mark = try await reads.store.historyMark()
        return (String(buffer: try await reads.actors.answer(at: mark)), String(buffer: try await reads.ties.answer(at: mark)))
    }

    /// The answers as the whole lists read and written anew.
    static func fresh(_ store: LandscapeStore) async throws -> (actors: String, ties: String) {
        let actors = JSONValue.object([("actors", .array(try await store.actors().map(Reads.value)))]).serialized() + "\n"
        let ties = JSONValue.object([("ties", .array(try await store.ties().map(Reads.value)))]).serialized() + "\n"
        return (actors, ties)
    }

    static func expectFresh(_ reads: Reads, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let kept = try await answers(reads)
        let fresh = try await fresh(reads.store)
        #expect(kept.actors == fresh.actors, sourceLocation: sourceLocation)
        #expect(kept.ties == fresh.ties, sourceLocation: sourceLocation)
    }

    /// A landscape of `actors` actors in a chain of ties: more changed records than are read one by one.
    static func generated(actors count: Int) -> Landscape {
        let actors = (0..<count).map { Actor(id: ActorID("a\($0)"), name: "Akteur \($0)", kind: .association, topics: ["Thema \($0 % 7)"]) }
        let ties = (1..<count).map { Tie(from: ActorID("a\($0 - 1)"), to: ActorID("a\($0)"), kind: .cooperation) }
        return Landscape(actors: actors, ties: ties)
    }

    /// Two stores on one new database (the server's, and one as another process), closed and
    /// the database dropped afterwards.
    static func withTwoStores(_ backend: String, _ body: (LandscapeStore, LandscapeStore) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kept-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var location = StoreLocation.file(path: folder.appendingPathComponent("landscape.db").path)
        var password: String?
        var server: PostgresAddress?
        if backend == "postgres", let address = ProcessInfo.processInfo.environment["LANDSCAPE_TEST_POSTGRES"] {
            let given = try PostgresAddress(address)
            var own = given
            own.database = "landscape_kept_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            password = try PostgresPassword.find(for: given, file: nil)
            try await onServer(given, password: password, "CREATE DATABASE \(own.database)")
            location = .postgres(own)
            server = given
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let first = try await LandscapeStore.open(location, password: password)
            let second = try await LandscapeStore.open(location, password: password)
            do {
                try await body(first, second)
            } catch {
                await first.close()
                await second.close()
                throw error
            }
            await first.close()
            await second.close()
        } catch {
            if let server, case .postgres(let own) = location { try? await onServer(server, password: password, "DROP DATABASE IF EXISTS \(own.database)") }
            throw error
        }
        if let server, case .postgres(let own) = location { try await onServer(server, password: password, "DROP DATABASE IF EXISTS \(own.database)") }
    }

    static func onServer(_ server: PostgresAddress, password: String?, _ statement: String) async throws {
        let connection = try await StoreConnection.open(.postgres(server), password: password)
        do {
            try await connection.database.raw("\(unsafeRaw: statement)").run()
        } catch {
            await connection.close()
            throw error
        }
        await connection.close()
    }
}
