import Foundation
import LandscapeCore
@testable import LandscapeStore
import Testing

/// The accounts of a database and their sessions, on SQLite and PostgreSQL alike. The hashes
/// here are stand-ins: the store keeps whatever hash it is given (LandscapeApp's `Passwords`
/// makes the bcrypt ones).
@Suite("The store's accounts, roles and sessions")
struct StoreAccountTests {
    @Test("An account's role for a landscape is the higher of its own and the one for every landscape")
    func roleFor() {
        let account = Account(name: "anna", roles: ["weimar": .editor, Account.everyLandscape: .reader], createdAt: "-")
        #expect(account.role(for: "weimar") == .editor)
        #expect(account.role(for: "jena") == .reader)
        #expect(!account.isAdmin)
        let own = Account(name: "ben", roles: ["jena": .reader], createdAt: "-")
        #expect(own.role(for: "weimar") == nil)
        #expect(AccountRole.reader < .editor && AccountRole.editor < .admin)
    }

    @Test("Accounts are added with a role, listed by name, their hash kept; the first makes hasAccounts true", arguments: StoreBackend.all)
    func added(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                #expect(try await !store.hasAccounts())
                try await store.addAccount("ulrike.meier@kreis.de", passwordHash: "hash-u", role: .editor, landscape: "weimar")
                try await store.addAccount("admin", passwordHash: "hash-a", role: .admin, landscape: nil)
                #expect(try await store.hasAccounts())
                let accounts = try await store.accounts()
                #expect(accounts.map(\.name) == ["admin", "ulrike.meier@kreis.de"])
                #expect(accounts.map(\.roles) == [[Account.everyLandscape: .admin], ["weimar": .editor]])
                #expect(try await store.passwordHash(of: "admin") == "hash-a")
                #expect(try await store.passwordHash(of: "nobody") == nil)
                #expect(try await store.account(named: "admin")?.isAdmin == true)
            }
        }
    }

    @Test("A taken or malformed name, an admin of one landscape and an unknown account are refused, nothing changed",
          arguments: StoreBackend.all)
    func refused(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                try await store.addAccount("anna", passwordHash: "h1", role: .reader, landscape: nil)
                await #expect(throws: StoreError.accountExists("anna")) {
                    try await store.addAccount("anna", passwordHash: "h2", role: .admin, landscape: nil)
                }
                await #expect(throws: StoreError.badAccountName("zwei wörter")) {
                    try await store.addAccount("zwei wörter", passwordHash: "h", role: .reader, landscape: nil)
                }
                await #expect(throws: StoreError.adminOfOneLandscape("chef")) {
                    try await store.addAccount("chef", passwordHash: "h", role: .admin, landscape: "weimar")
                }
                await #expect(throws: StoreError.badLandscapeID("a b")) {
                    try await store.addAccount("chef", passwordHash: "h", role: .editor, landscape: "a b")
                }
                await #expect(throws: StoreError.noSuchAccount("nobody")) { try await store.removeAccount("nobody") }
                await #expect(throws: StoreError.noSuchAccount("nobody")) { try await store.setPasswordHash("h", of: "nobody") }
                await #expect(throws: StoreError.noSuchAccount("nobody")) {
                    try await store.startSession(tokenHash: "t", account: "nobody", expires: Date().addingTimeInterval(60))
                }
                #expect(try await store.accounts().map(\.name) == ["anna"])
                #expect(try await store.passwordHash(of: "anna") == "h1")
            }
        }
    }

    @Test("A session holds until it expires or ends; a new password and the account's removal end it", arguments: StoreBackend.all)
    func sessions(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                try await store.addAccount("anna", passwordHash: "h1", role: .editor, landscape: "weimar")
                let later = Date().addingTimeInterval(3600)
                try await store.startSession(tokenHash: "s1", account: "anna", expires: later)
                try await store.startSession(tokenHash: "s2", account: "anna", expires: later)
                try await store.startSession(tokenHash: "old", account: "anna", expires: Date().addingTimeInterval(-1))
                #expect(try await store.sessionAccount(tokenHash: "s1")?.name == "anna")
                #expect(try await store.sessionAccount(tokenHash: "old") == nil)
                #expect(try await store.sessionAccount(tokenHash: "unknown") == nil)
                try await store.endSession(tokenHash: "s1")
                #expect(try await store.sessionAccount(tokenHash: "s1") == nil)
                #expect(try await store.sessionAccount(tokenHash: "s2")?.role(for: "weimar") == .editor)
                try await store.setPasswordHash("h2", of: "anna")
                #expect(try await store.passwordHash(of: "anna") == "h2")
                #expect(try await store.sessionAccount(tokenHash: "s2") == nil)
                try await store.startSession(tokenHash: "s3", account: "anna", expires: later)
                try await store.removeAccount("anna")
                #expect(try await store.sessionAccount(tokenHash: "s3") == nil)
                #expect(try await store.accounts().isEmpty)
                // The name is free again, with nothing of the old account left.
                try await store.addAccount("anna", passwordHash: "h3", role: .reader, landscape: nil)
                #expect(try await store.accounts().map(\.roles) == [[Account.everyLandscape: .reader]])
            }
        }
    }

    @Test("A grant adds a role for one more landscape or replaces the one there; an unknown account or an admin of one landscape is refused",
          arguments: StoreBackend.all)
    func grants(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                try await store.addAccount("anna", passwordHash: "h", role: .reader, landscape: "weimar")
                try await store.grant(.editor, to: "anna", landscape: "jena")
                try await store.grant(.editor, to: "anna", landscape: "weimar")
                #expect(try await store.account(named: "anna")?.roles == ["weimar": .editor, "jena": .editor])
                await #expect(throws: StoreError.noSuchAccount("bernd")) { try await store.grant(.reader, to: "bernd", landscape: nil) }
                await #expect(throws: StoreError.adminOfOneLandscape("anna")) { try await store.grant(.admin, to: "anna", landscape: "jena") }
                try await store.grant(.admin, to: "anna", landscape: nil)
                #expect(try await store.account(named: "anna")?.isAdmin == true)
            }
        }
    }

    @Test("A revoke takes one role away and keeps the others; a signed-in session has the roles left at once; nothing there changes nothing",
          arguments: StoreBackend.all)
    func revokes(backend: StoreBackend) async throws {
        try await backend.withDatabase { database in
            try await withStore(database) { store in
                try await store.addAccount("anna", passwordHash: "h", role: .editor, landscape: "weimar")
                try await store.grant(.reader, to: "anna", landscape: "jena")
                try await store.grant(.reader, to: "anna", landscape: nil)
                try await store.startSession(tokenHash: "s1", account: "anna", expires: Date().addingTimeInterval(3600))
                #expect(try await store.revoke(from: "anna", landscape: "weimar") == .editor)
                let session = try await store.sessionAccount(tokenHash: "s1")
                #expect(session?.roles == ["jena": .reader, Account.everyLandscape: .reader])
                // Weimar is still read through the role for every landscape, until that one goes too.
                #expect(session?.role(for: "weimar") == .reader)
                #expect(try await store.revoke(from: "anna", landscape: "weimar") == nil)
                #expect(try await store.revoke(from: "anna", landscape: nil) == .reader)
                #expect(try await store.sessionAccount(tokenHash: "s1")?.role(for: "weimar") == nil)
                #expect(try await store.account(named: "anna")?.roles == ["jena": .reader])
                await #expect(throws: StoreError.noSuchAccount("bernd")) { try await store.revoke(from: "bernd", landscape: "jena") }
                await #expect(throws: StoreError.badLandscapeID("a b")) { try await store.revoke(from: "anna", landscape: "a b") }
                #expect(try await store.revoke(from: "anna", landscape: "jena") == .reader)
                #expect(try await store.account(named: "anna")?.roles == [:])
                #expect(try await store.accounts().map(\.name) == ["anna"], "the account stays, without roles")
            }
        }
    }
}
