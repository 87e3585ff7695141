import Foundation
import SQLKit

/// What an account may do with a landscape, each role including the ones before it.
public enum AccountRole: String, Sendable, CaseIterable, Comparable, Codable {
    /// Sees the landscape and exports it.
    case reader
    /// Also changes its actors and ties.
    case editor
    /// Also manages accounts and landscapes; always for every landscape.
    case admin

    public static func < (lhs: AccountRole, rhs: AccountRole) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .reader: 0
        case .editor: 1
        case .admin: 2
        }
    }
}

/// A person who may sign in to the server, with the roles given to them. The password's hash
/// stays in the store (`passwordHash(of:)`); an account value never carries it.
public struct Account: Sendable, Equatable {
    /// The name the person signs in with.
    public var name: String
    /// The role per landscape id; `Account.everyLandscape` holds for every landscape.
    public var roles: [String: AccountRole]
    /// When the account was added (UTC, ISO 8601).
    public var createdAt: String

    /// The key of `roles` that stands for every landscape (no landscape id can be it).
    public static let everyLandscape = "*"

    public init(name: String, roles: [String: AccountRole], createdAt: String) {
        self.name = name
        self.roles = roles
        self.createdAt = createdAt
    }

    /// The account's role for landscape `id`: the higher of the one given for it and the one
    /// for every landscape; `nil` when it has neither.
    public func role(for id: String) -> AccountRole? {
        [roles[id], roles[Self.everyLandscape]].compactMap { $0 }.max()
    }

    /// Whether the account is an admin (of every landscape).
    public var isAdmin: Bool { roles[Self.everyLandscape] == .admin }
}

/// The accounts of the database, for all its landscapes: added, removed, their passwords
/// (hashes only: the caller hashes, `LandscapeApp.Passwords`) and their sessions (the SHA-256 of a
/// token only, so that a copy of the database lets no one in). Each call is one transaction.
extension LandscapeStore {
    /// Whether `name` can name an account: 1 to 64 letters, digits, `-`, `_`, `.` and `@`.
    public static func isAccountName(_ name: String) -> Bool {
        (1...64).contains(name.count)
            && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_.@".unicodeScalars.contains($0) }
    }

    /// Adds the account `name` with `role` for `landscape` (`nil`: every landscape).
    ///
    /// - Throws: `badAccountName`, `accountExists`; `adminOfOneLandscape` for an admin of one
    ///   landscape (an admin manages all); `badLandscapeID` for a landscape that cannot be one.
    public func addAccount(_ name: String, passwordHash: String, role: AccountRole, landscape: String?) async throws(StoreError) {
        guard Self.isAccountName(name) else { throw .badAccountName(name) }
        if let landscape, !Self.isLandscapeID(landscape) { throw .badLandscapeID(landscape) }
        if role == .admin, landscape != nil { throw .adminOfOneLandscape(name) }
        try await transaction { database throws(StoreError) in
            let taken = try await Self.run {
                try await database.raw("SELECT name FROM accounts WHERE name = \(bind: name)").first() != nil
            }
            if taken { throw .accountExists(name) }
            let now = Self.now()
            try await Self.run {
                try await database.raw("""
                    INSERT INTO accounts (name, password_hash, created_at) VALUES (\(bind: name), \(bind: passwordHash), \(bind: now))
                    """).run()
                try await database.raw("""
                    INSERT INTO account_roles (account, landscape, role)
                    VALUES (\(bind: name), \(bind: landscape ?? Account.everyLandscape), \(bind: role.rawValue))
                    """).run()
            }
        }
    }

    /// Gives the account `name` `role` for `landscape` (`nil`: every landscape), replacing the
    /// role it had there; its other landscapes keep theirs.
    ///
    /// - Throws: `noSuchAccount`, `adminOfOneLandscape`, `badLandscapeID`.
    public func grant(_ role: AccountRole, to name: String, landscape: String?) async throws(StoreError) {
        if let landscape, !Self.isLandscapeID(landscape) { throw .badLandscapeID(landscape) }
        if role == .admin, landscape != nil { throw .adminOfOneLandscape(name) }
        let key = landscape ?? Account.everyLandscape
        try await transaction { database throws(StoreError) in
            try await requireAccount(name, in: database)
            try await Self.run {
                try await database.raw("DELETE FROM account_roles WHERE account = \(bind: name) AND landscape = \(bind: key)").run()
                try await database.raw("""
                    INSERT INTO account_roles (account, landscape, role) VALUES (\(bind: name), \(bind: key), \(bind: role.rawValue))
                    """).run()
            }
        }
    }

    /// Takes the role of `name` for `landscape` away (`nil`: its role for every landscape); its
    /// other landscapes keep theirs. Its sessions stay, and their next request has the roles left
    /// (a session's roles are read at every request).
    ///
    /// - Returns: the role taken away, `nil` when the account had none there (nothing changed).
    /// - Throws: `noSuchAccount`, `badLandscapeID`.
    @discardableResult
    public func revoke(from name: String, landscape: String?) async throws(StoreError) -> AccountRole? {
        if let landscape, !Self.isLandscapeID(landscape) { throw .badLandscapeID(landscape) }
        let key = landscape ?? Account.everyLandscape
        return try await transaction { database throws(StoreError) in
            try await requireAccount(name, in: database)
            return try await Self.run {
                let held = try await database.raw("""
                    SELECT role FROM account_roles WHERE account = \(bind: name) AND landscape = \(bind: key)
                    """).first()?.decode(column: "role", as: String.self)
                guard let held else { return nil }
                try await database.raw("DELETE FROM account_roles WHERE account = \(bind: name) AND landscape = \(bind: key)").run()
                return AccountRole(rawValue: held) ?? .reader
            }
        }
    }

    /// Removes the account `name`, its roles and its sessions; the history keeps its name.
    ///
    /// - Throws: `noSuchAccount`.
    public func removeAccount(_ name: String) async throws(StoreError) {
        try await transaction { database throws(StoreError) in
            try await requireAccount(name, in: database)
            try await Self.run {
                try await database.raw("DELETE FROM sessions WHERE account = \(bind: name)").run()
                try await database.raw("DELETE FROM account_roles WHERE account = \(bind: name)").run()
                try await database.raw("DELETE FROM accounts WHERE name = \(bind: name)").run()
            }
        }
    }

    /// Sets the password hash of `name` and ends its sessions (a changed password signs out
    /// every browser that knew the old one).
    ///
    /// - Throws: `noSuchAccount`.
    public func setPasswordHash(_ passwordHash: String, of name: String) async throws(StoreError) {
        try await transaction { database throws(StoreError) in
            try await requireAccount(name, in: database)
            try await Self.run {
                try await database.raw("UPDATE accounts SET password_hash = \(bind: passwordHash) WHERE name = \(bind: name)").run()
                try await database.raw("DELETE FROM sessions WHERE account = \(bind: name)").run()
            }
        }
    }

    /// Every account by name, with its roles.
    public func accounts() async throws(StoreError) -> [Account] {
        try await serialized { database throws(StoreError) in
            try await Self.run {
                let roles = try await database.raw("SELECT account, landscape, role FROM account_roles").all()
                var byAccount: [String: [String: AccountRole]] = [:]
                for row in roles {
                    let role = AccountRole(rawValue: try row.decode(column: "role", as: String.self)) ?? .reader
                    byAccount[try row.decode(column: "account", as: String.self), default: [:]][try row.decode(column: "landscape", as: String.self)] = role
                }
                return try await database.raw("SELECT name, created_at FROM accounts ORDER BY name").all().map { row in
                    let name = try row.decode(column: "name", as: String.self)
                    return Account(name: name, roles: byAccount[name] ?? [:], createdAt: try row.decode(column: "created_at", as: String.self))
                }
            }
        }
    }

    /// Whether the database has any account (a server that others reach requires one).
    public func hasAccounts() async throws(StoreError) -> Bool {
        try await serialized { database throws(StoreError) in
            try await Self.run { try await database.raw("SELECT name FROM accounts LIMIT 1").first() != nil }
        }
    }

    /// The account `name`, or `nil`.
    public func account(named name: String) async throws(StoreError) -> Account? {
        try await accounts().first { $0.name == name }
    }

    /// The stored password hash of `name`, or `nil` when there is no such account.
    public func passwordHash(of name: String) async throws(StoreError) -> String? {
        try await serialized { database throws(StoreError) in
            try await Self.run {
                try await database.raw("SELECT password_hash FROM accounts WHERE name = \(bind: name)").first()?
                    .decode(column: "password_hash", as: String.self)
            }
        }
    }

    // MARK: Sessions

    /// Records a session of `account` under the SHA-256 of its token, until `expires`.
    ///
    /// - Throws: `noSuchAccount`.
    public func startSession(tokenHash: String, account: String, expires: Date) async throws(StoreError) {
        try await transaction { database throws(StoreError) in
            try await requireAccount(account, in: database)
            let now = Self.now()
            let expiresAt = Self.timestamp(expires)
            try await Self.run {
                // Sessions that ran out are cleared here, so that the table does not grow.
                try await database.raw("DELETE FROM sessions WHERE expires_at <= \(bind: now)").run()
                try await database.raw("""
                    INSERT INTO sessions (token_hash, account, created_at, expires_at)
                    VALUES (\(bind: tokenHash), \(bind: account), \(bind: now), \(bind: expiresAt))
                    """).run()
            }
        }
    }

    /// The account of the session whose token hashes to `tokenHash`, while it has not expired.
    ///
    /// - Complexity: one statement (every request of a session asks it): the session by its
    ///   primary key, its account by its primary key, and the account's roles.
    public nonisolated func sessionAccount(tokenHash: String) async throws(StoreError) -> Account? {
        try await session(tokenHash: tokenHash)?.account
    }

    /// The account of the session whose token hashes to `tokenHash`, while it has not expired,
    /// and the history's mark read in the same statement (`historyMark`): a server that keeps
    /// answers by the mark needs no second statement for a signed-in request.
    ///
    /// - Complexity: one statement, as `sessionAccount(tokenHash:)`, and the end of the history's key.
    public nonisolated func session(tokenHash: String) async throws(StoreError) -> (account: Account, mark: Int)? {
        try await concurrently { database throws(StoreError) in
            try await Self.run {
                let rows = try await database.raw("""
                    SELECT a.name, a.created_at, r.landscape, r.role, (SELECT MAX(seq) FROM history) AS mark
                    FROM sessions s JOIN accounts a ON a.name = s.account
                    LEFT JOIN account_roles r ON r.account = a.name
                    WHERE s.token_hash = \(bind: tokenHash) AND s.expires_at > \(bind: Self.now())
                    """).all()
                guard let first = rows.first else { return nil }
                var roles: [String: AccountRole] = [:]
                for row in rows {
                    guard let landscape = try row.decode(column: "landscape", as: String?.self),
                          let role = try row.decode(column: "role", as: String?.self) else { continue }
                    roles[landscape] = AccountRole(rawValue: role) ?? .reader
                }
                let account = Account(name: try first.decode(column: "name", as: String.self), roles: roles,
                                      createdAt: try first.decode(column: "created_at", as: String.self))
                return (account, try first.decode(column: "mark", as: Int?.self) ?? 0)
            }
        }
    }

    /// Ends the session whose token hashes to `tokenHash` (nothing when there is none).
    public func endSession(tokenHash: String) async throws(StoreError) {
        try await transaction { database throws(StoreError) in
            try await Self.run { try await database.raw("DELETE FROM sessions WHERE token_hash = \(bind: tokenHash)").run() }
        }
    }

    private func requireAccount(_ name: String, in database: any SQLDatabase) async throws(StoreError) {
        let found = try await Self.run { try await database.raw("SELECT name FROM accounts WHERE name = \(bind: name)").first() != nil }
        if !found { throw .noSuchAccount(name) }
    }

    /// `date` as the store writes times: UTC, to the second, ISO 8601 (ordered as text).
    static func timestamp(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
