import LandscapeStore

/// Where the accounts are: the database (a file or a `postgres://` address) and the file with
/// its PostgreSQL password.
public struct AccountDatabase: Sendable {
    public var address: String
    public var passwordFile: String?

    public init(address: String, passwordFile: String? = nil) {
        self.address = address
        self.passwordFile = passwordFile
    }
}

/// Why an account could not be added or changed.
public enum AccountFailure: Error, Equatable, Sendable {
    /// The password cannot be one.
    case password(Passwords.Problem)
    /// The database refused (no such account, a name taken …) or failed.
    case store(StoreError)
}

/// What `UserAccounts.revoke` did: the role taken away (`nil`: the account had none there) and
/// the roles the account keeps, per landscape (`Account.everyLandscape`: every one).
public struct Revocation: Sendable, Equatable {
    public var taken: AccountRole?
    public var left: [String: AccountRole]

    public init(taken: AccountRole?, left: [String: AccountRole]) {
        self.taken = taken
        self.left = left
    }
}

/// `landscape user …`: the accounts of a database, for every landscape it holds. The password
/// is checked and hashed here (`Passwords`); the store keeps the hash only.
public enum UserAccounts {
    /// Adds the account `name` with `role` for `landscape` (`nil`: every landscape).
    public static func add(
        _ name: String, password: String, role: AccountRole, landscape: String?, in database: AccountDatabase
    ) async throws(AccountFailure) {
        if let problem = Passwords.problem(with: password) { throw .password(problem) }
        // The name is checked before the quarter second of hashing, the rest by the store.
        guard LandscapeStore.isAccountName(name) else { throw .store(.badAccountName(name)) }
        let hash = await Passwords.hash(password)
        try await with(database) { store throws(StoreError) in
            try await store.addAccount(name, passwordHash: hash, role: role, landscape: landscape)
        }
    }

    /// Gives the account `name` `role` for `landscape` (`nil`: every landscape).
    public static func grant(_ role: AccountRole, to name: String, landscape: String?, in database: AccountDatabase) async throws(AccountFailure) {
        try await with(database) { store throws(StoreError) in try await store.grant(role, to: name, landscape: landscape) }
    }

    /// Takes the role of `name` for `landscape` away (`nil`: its role for every landscape).
    /// - Returns: the role taken (`nil`: it had none there, nothing changed) and the roles left.
    public static func revoke(from name: String, landscape: String?, in database: AccountDatabase) async throws(AccountFailure) -> Revocation {
        try await with(database) { store throws(StoreError) in
            let taken = try await store.revoke(from: name, landscape: landscape)
            return Revocation(taken: taken, left: try await store.account(named: name)?.roles ?? [:])
        }
    }

    /// Removes the account `name`.
    public static func remove(_ name: String, in database: AccountDatabase) async throws(AccountFailure) {
        try await with(database) { store throws(StoreError) in try await store.removeAccount(name) }
    }

    /// Gives the account `name` a new password; its sessions end.
    public static func setPassword(_ password: String, of name: String, in database: AccountDatabase) async throws(AccountFailure) {
        if let problem = Passwords.problem(with: password) { throw .password(problem) }
        let hash = await Passwords.hash(password)
        try await with(database) { store throws(StoreError) in try await store.setPasswordHash(hash, of: name) }
    }

    /// Every account, by name.
    public static func list(in database: AccountDatabase) async throws(AccountFailure) -> [Account] {
        try await with(database) { store throws(StoreError) in try await store.accounts() }
    }

    static func with<T: Sendable>(
        _ database: AccountDatabase, _ body: (LandscapeStore) async throws(StoreError) -> T
    ) async throws(AccountFailure) -> T {
        do {
            return try await StoreTransfer.withStore(at: database.address, passwordFile: database.passwordFile, landscape: nil, body)
        } catch {
            throw .store(error)
        }
    }
}
