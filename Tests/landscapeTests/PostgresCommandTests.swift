import Foundation
import LandscapeCore
import LandscapeIO
import Testing

/// `import`, `export` and their refusals with `--db postgres://…`, as users run them, against the
/// throwaway server of `make test` (Scripts/with-postgres.sh, which creates `landscape_cli`).
@Suite("landscape import and export on PostgreSQL, as users run them")
struct PostgresCommandTests {
    /// `postgres://landscape@127.0.0.1:PORT/` + `database`, password in PGPASSFILE.
    static func address(_ database: String) -> String? {
        guard let server = ProcessInfo.processInfo.environment["LANDSCAPE_TEST_POSTGRES"],
              let slash = server.range(of: "/", options: .backwards) else { return nil }
        return String(server[..<slash.upperBound]) + database
    }

    static let available = address("landscape_cli") != nil

    /// A folder of its own for a test, removed by the caller.
    static func scratch() throws -> URL {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("pg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("A landscape goes into PostgreSQL and comes out the same",
          .enabled(if: available, "LANDSCAPE_TEST_POSTGRES is not set (make test sets it)"))
    func roundTrip() throws {
        let database = try #require(Self.address("landscape_cli"))
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try CLI.run("import", "graphs/weimar.yaml", "--db", database)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("imported 37 actors and 54 ties into \(database) (change "), "\(imported.stdout)")
        let output = folder.appendingPathComponent("weimar.yaml").path
        let exported = try CLI.run("export", "--db", database, "-o", output)
        #expect(exported.status == 0 && exported.stderr.isEmpty, "\(exported.stderr)")
        let original = LandscapeLoader().load([CLI.repository.appendingPathComponent("graphs/weimar.yaml").path]).landscape
        let back = LandscapeLoader().load([output]).landscape
        #expect(back.actors == original.actors && back.ties.count == original.ties.count && back.title == original.title)
    }

    @Test("A wrong password, a missing database, a server that does not answer: one sentence each, exit 1; a password in the address: usage error",
          .enabled(if: available, "LANDSCAPE_TEST_POSTGRES is not set (make test sets it)"))
    func refusals() throws {
        let database = try #require(Self.address("landscape_cli"))
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wrong = folder.appendingPathComponent("password").path
        try Data("falsch\n".utf8).write(to: URL(fileURLWithPath: wrong))
        let server = String(database.dropLast("/landscape_cli".count))

        let refused = try CLI.run("export", "--db", database, "--db-password-file", wrong, "-o", folder.appendingPathComponent("x.yaml").path)
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: The PostgreSQL server \(database) did not let »landscape« in: the password is wrong (it came from --db-password-file, PGPASSWORD or PGPASSFILE).\n")

        let missing = try CLI.run("import", "graphs/weimar.yaml", "--db", server + "/keine_datenbank")
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: The PostgreSQL server \(server)/keine_datenbank has no database »keine_datenbank«; create it first (createdb) or give another --db.\n")

        let closed = try CLI.run("import", "graphs/weimar.yaml", "--db", "postgres://landscape@127.0.0.1:1/landscape_cli")
        #expect(closed.status == 1)
        #expect(closed.stderr.hasPrefix("error: No PostgreSQL server answers at postgres://landscape@127.0.0.1:1/landscape_cli ("), "\(closed.stderr)")
        #expect(closed.stderr.split(separator: "\n").count == 1)

        let inline = try CLI.run("import", "graphs/weimar.yaml", "--db", "postgres://landscape:geheim@127.0.0.1/landscape_cli")
        #expect(inline.status == 64)
        #expect(inline.stderr.contains("a password does not belong in the address") && !inline.stderr.contains("geheim"))
    }
}
