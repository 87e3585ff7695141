import Foundation
import Testing

/// `landscape user add|grant|revoke|remove|passwd|list` as users run them, the password on standard input.
@Suite("landscape user, as users run it")
struct UserCommandTests {
    /// A new database file in a folder of its own; the folder is removed by the caller.
    static func database() throws -> (folder: URL, path: String) {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("user-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, folder.appendingPathComponent("landscape.db").path)
    }

    @Test("add, list, passwd and remove: one line each, exit 0")
    func lifecycle() throws {
        let (folder, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try CLI.run(["user", "list", "--db", db])
        #expect(empty.status == 0 && empty.stdout == "no accounts yet: 'landscape user add NAME --role admin' adds the first\n", "\(empty.stderr)")

        let admin = try CLI.run(["user", "add", "admin", "--role", "admin", "--password-stdin", "--db", db], input: "ein langes Passwort\n")
        #expect(admin.status == 0, "\(admin.stderr)")
        #expect(admin.stdout == "added »admin« as admin of every landscape\n")
        let anna = try CLI.run(["user", "add", "anna", "--role", "editor", "--landscape", "weimar", "--password-stdin", "--db", db],
                               input: "noch ein Passwort\n")
        #expect(anna.stdout == "added »anna« as editor of »weimar«\n", "\(anna.stderr)")

        let granted = try CLI.run(["user", "grant", "anna", "--role", "reader", "--landscape", "jena", "--db", db])
        #expect(granted.status == 0 && granted.stdout == "»anna« is now reader of »jena«\n", "\(granted.stderr)")
        let list = try CLI.run(["user", "list", "--db", db])
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("admin: admin of every landscape (since ") == true, "\(list.stdout)")
        #expect(lines.last?.hasPrefix("anna: reader of »jena«, editor of »weimar« (since ") == true, "\(list.stdout)")

        let passwd = try CLI.run(["user", "passwd", "anna", "--password-stdin", "--db", db], input: "ein neues Passwort\n")
        #expect(passwd.status == 0 && passwd.stdout == "changed the password of »anna«; its sessions ended\n", "\(passwd.stderr)")
        let removed = try CLI.run(["user", "remove", "anna", "--db", db])
        #expect(removed.status == 0 && removed.stdout == "removed »anna«\n", "\(removed.stderr)")
        #expect(try CLI.run(["user", "list", "--db", db]).stdout.split(separator: "\n").count == 1)
    }

    @Test("revoke takes one role away and says what the account keeps; an unknown account is refused")
    func revoke() throws {
        let (folder, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let added = try CLI.run(["user", "add", "ulrike", "--role", "editor", "--landscape", "weimar", "--password-stdin", "--db", db],
                                input: "ein langes Passwort\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try CLI.run(["user", "grant", "ulrike", "--role", "reader", "--landscape", "jena", "--db", db]).status == 0)
        let revoked = try CLI.run(["user", "revoke", "ulrike", "--landscape", "weimar", "--db", db])
        #expect(revoked.status == 0, "\(revoked.stderr)")
        #expect(revoked.stdout == "»ulrike« is no longer editor of »weimar«\n»ulrike« keeps: reader of »jena«\n")
        let again = try CLI.run(["user", "revoke", "ulrike", "--landscape", "weimar", "--db", db])
        #expect(again.status == 0 && again.stdout.hasPrefix("»ulrike« had no role of its own for »weimar«; nothing changed\n"), "\(again.stdout)")
        let last = try CLI.run(["user", "revoke", "ulrike", "--landscape", "jena", "--db", db])
        #expect(last.stdout.hasSuffix("»ulrike« has no role left: it can still sign in but sees no landscape\n"), "\(last.stdout)")
        let unknown = try CLI.run(["user", "revoke", "bernd", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: There is no account »bernd«; 'landscape user list' shows them.\n")
        #expect(try CLI.run(["user", "revoke", "ulrike", "--landscape", "a b", "--db", db]).status == 64)
    }

    @Test("A short password, a taken name, an unknown account and no terminal: a sentence and exit 1, nothing stored")
    func refusals() throws {
        let (folder, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let short = try CLI.run(["user", "add", "anna", "--role", "reader", "--password-stdin", "--db", db], input: "kurz\n")
        #expect(short.status == 1)
        #expect(short.stderr == "error: The password is too short: it needs at least 10 characters.\n")
        _ = try CLI.run(["user", "add", "anna", "--role", "reader", "--password-stdin", "--db", db], input: "lang genug, wirklich\n")
        let taken = try CLI.run(["user", "add", "anna", "--role", "admin", "--password-stdin", "--db", db], input: "lang genug, wirklich\n")
        #expect(taken.status == 1)
        #expect(taken.stderr == "error: There is already an account »anna«; remove it first, or change its password with 'landscape user passwd'.\n")
        let unknown = try CLI.run(["user", "remove", "bernd", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: There is no account »bernd«; 'landscape user list' shows them.\n")
        let noTerminal = try CLI.run(["user", "passwd", "anna", "--db", db], input: "")
        #expect(noTerminal.status == 1)
        #expect(noTerminal.stderr == "error: There is no terminal to ask for the password on; give it on standard input with --password-stdin.\n")
        let list = try CLI.run(["user", "list", "--db", db])
        #expect(list.stdout.hasPrefix("anna: reader of every landscape (since "), "\(list.stdout)")
    }

    @Test("A role that is none, a name that cannot be one and an admin of one landscape are usage errors (64)")
    func usageErrors() throws {
        let (folder, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let role = try CLI.run(["user", "add", "anna", "--role", "owner", "--password-stdin", "--db", db], input: "lang genug, wirklich\n")
        #expect(role.status == 64)
        #expect(role.stderr.contains("owner"))
        let name = try CLI.run(["user", "add", "zwei wörter", "--role", "reader", "--password-stdin", "--db", db], input: "lang genug, wirklich\n")
        #expect(name.status == 64)
        #expect(name.stderr.hasPrefix("Error: »zwei wörter« cannot name an account: use 1 to 64 letters, digits, '-', '_', '.' and '@'."), "\(name.stderr)")
        let admin = try CLI.run(["user", "add", "chef", "--role", "admin", "--landscape", "weimar", "--password-stdin", "--db", db],
                                input: "lang genug, wirklich\n")
        #expect(admin.status == 64)
        #expect(admin.stderr.hasPrefix("Error: »chef« cannot be an admin of one landscape"), "\(admin.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test("share add prints the link's path once; list shows it; revoke ends it; an unknown landscape is refused")
    func shareLinks() throws {
        let (folder, db) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["import", "graphs/weimar.yaml", "--as", "weimar", "--db", db]).status == 0)
        let added = try CLI.run(["share", "add", "--landscape", "weimar", "--at", "2019", "--days", "14", "--db", db])
        #expect(added.status == 0, "\(added.stderr)")
        let line = added.stdout.trimmingCharacters(in: .newlines)
        #expect(line.hasPrefix("share link »") && line.contains("« to »weimar« until "), "\(line)")
        let path = try #require(line.split(separator: " ").last.map(String.init))
        #expect(path.hasPrefix("/s/") && path.count == "/s/".count + 64 + 1, "\(path)")
        let id = String(line.dropFirst("share link »".count).prefix(8))
        let list = try CLI.run(["share", "list", "--db", db])
        #expect(list.stdout.hasPrefix("»\(id)«: »weimar«, as of 2019, until "), "\(list.stdout)")
        #expect(!list.stdout.contains(path), "the token is shown once only")
        let revoked = try CLI.run(["share", "revoke", id, "--db", db])
        #expect(revoked.status == 0 && revoked.stdout == "revoked share link »\(id)«\n", "\(revoked.stderr)")
        #expect(try CLI.run(["share", "list", "--db", db]).stdout == "no share links\n")
        let unknown = try CLI.run(["share", "add", "--landscape", "jena", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: The database holds no landscape »jena«; 'landscape import FILE --as ID' adds one.\n")
        let badDay = try CLI.run(["share", "add", "--at", "im Frühjahr", "--db", db])
        #expect(badDay.status == 64)
    }
}
