import Foundation
@testable import LandscapeStore
import Testing

/// `--db`'s PostgreSQL addresses, where their password comes from, and how a server that lets
/// no one in is refused.
@Suite("PostgreSQL addresses and passwords")
struct StoreAddressTests {
    @Test("An address names user, host, port and database; a socket folder instead of a host; anything else is a file")
    func addresses() throws {
        let tcp = try PostgresAddress("postgres://planer@db.example:6543/bildung")
        #expect(tcp.user == "planer" && tcp.host == "db.example" && tcp.port == 6543 && tcp.database == "bildung" && tcp.socketFolder == nil)
        #expect(try PostgresAddress("postgresql://planer@localhost/bildung").port == 5432)
        let socket = try PostgresAddress("postgres://planer@/bildung?host=/run/postgresql&port=5433")
        #expect(socket.socketPath == "/run/postgresql/.s.PGSQL.5433")
        #expect(socket.description == "postgres://planer@/bildung?host=/run/postgresql&port=5433")
        #expect(try StoreLocation("out/landscape.db") == .file(path: "out/landscape.db"))
        #expect(try StoreLocation("postgres://planer@localhost/bildung") == .postgres(PostgresAddress("postgres://planer@localhost/bildung")))
    }

    @Test("An address without user or database, or with another parameter, is refused; a password in it is never repeated")
    func refusedAddresses() {
        for text in ["postgres://localhost/bildung", "postgres://planer@localhost/", "postgres://planer@localhost/a/b",
                     "postgres://planer@localhost/bildung?sslmode=allow", "postgres://planer@/bildung"] {
            #expect(throws: StoreError.badAddress(text)) { try PostgresAddress(text) }
        }
        #expect(throws: StoreError.passwordInAddress("postgres://planer@localhost/bildung")) {
            try PostgresAddress("postgres://planer:geheim@localhost/bildung")
        }
    }

    @Test("The password comes from the named file, PGPASSWORD, then the PGPASSFILE line that matches (libpq's format)")
    func passwords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let address = try PostgresAddress("postgres://planer@db.example:6543/bildung")
        let own = folder.appendingPathComponent("password").path
        try Data("erstes\nzweites\n".utf8).write(to: URL(fileURLWithPath: own))
        let passfile = folder.appendingPathComponent("pgpass").path
        try Data("# comment\nother:6543:*:planer:nein\ndb.example:6543:*:planer:mit\\:doppelpunkt\n*:*:*:*:fallback\n".utf8)
            .write(to: URL(fileURLWithPath: passfile))
        #expect(try PostgresPassword.find(for: address, file: own, environment: ["PGPASSWORD": "env"]) == "erstes")
        #expect(try PostgresPassword.find(for: address, file: nil, environment: ["PGPASSWORD": "env", "PGPASSFILE": passfile]) == "env")
        #expect(try PostgresPassword.find(for: address, file: nil, environment: ["PGPASSFILE": passfile]) == "mit:doppelpunkt")
        #expect(try PostgresPassword.find(for: PostgresAddress("postgres://x@y/z"), file: nil, environment: ["PGPASSFILE": passfile]) == "fallback")
        #expect(try PostgresPassword.find(for: address, file: nil, environment: [:]) == nil)
        let missing = folder.appendingPathComponent("absent").path
        #expect(throws: StoreError.unreadablePasswordFile(path: missing)) { try PostgresPassword.find(for: address, file: missing, environment: [:]) }
    }

    @Test("A wrong or missing password, a missing database and a port without server are refused by name",
          .enabled(if: StoreBackend.server != nil, "LANDSCAPE_TEST_POSTGRES is not set"))
    func refusedConnections() async throws {
        let server = try #require(StoreBackend.server)
        await #expect(throws: StoreError.passwordRefused(user: server.user, server: server.description, given: true)) {
            try await LandscapeStore.open(.postgres(server), password: "falsch")
        }
        await #expect(throws: StoreError.passwordRefused(user: server.user, server: server.description, given: false)) {
            try await LandscapeStore.open(.postgres(server), password: nil)
        }
        var absent = server
        absent.database = "keine_solche_datenbank"
        let password = try PostgresPassword.find(for: server, file: nil)
        await #expect(throws: StoreError.noSuchDatabase(name: absent.database, server: absent.description)) {
            try await LandscapeStore.open(.postgres(absent), password: password)
        }
        var closed = server
        closed.port = 1
        do {
            _ = try await LandscapeStore.open(.postgres(closed), password: password)
            Issue.record("port 1 answered")
        } catch {
            guard case .unreachable(let name, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(name == closed.description)
        }
    }

    @Test("?sslmode= chooses TLS as libpq names it (disable, prefer, require, verify-full) and stays in the address shown")
    func tlsModes() throws {
        #expect(try PostgresAddress("postgres://planer@db.example/bildung").tls == .disable)
        for mode in ["disable", "prefer", "require", "verify-full"] {
            #expect(try PostgresAddress("postgres://planer@db.example/bildung?sslmode=\(mode)").tls.rawValue == mode)
        }
        #expect(try PostgresAddress("postgres://planer@db.example/bildung?sslmode=require").description == "postgres://planer@db.example:5432/bildung?sslmode=require")
        #expect(try PostgresAddress("postgres://planer@db.example/bildung?sslmode=disable").description == "postgres://planer@db.example:5432/bildung")
    }

    @Test("sslmode=require on a server without TLS is refused by name; prefer connects without it",
          .enabled(if: StoreBackend.server != nil, "LANDSCAPE_TEST_POSTGRES is not set"))
    func tlsRefused() async throws {
        try await StoreBackend.postgres.withDatabase { database in
            guard case .postgres(var address) = database.location else {
                Issue.record("no PostgreSQL database")
                return
            }
            // The test server (Scripts/with-postgres.sh) runs without ssl.
            address.tls = .require
            await #expect(throws: StoreError.tlsUnsupported(server: address.description)) {
                try await LandscapeStore.open(.postgres(address), password: database.password)
            }
            address.tls = .prefer
            let store = try await LandscapeStore.open(.postgres(address), password: database.password)
            #expect(try await store.isEmpty())
            await store.close()
        }
    }
}
