import LandscapeCore

/// Why the store refused or failed: one error type for the whole store, each case with the facts
/// a caller words (the command line and the server each in their own words).
public enum StoreError: Error, Equatable, Sendable {
    /// The file exists but is no SQLite database (or is damaged beyond reading).
    case notADatabase(path: String)
    /// The file is an SQLite database of some other program: it has tables but none of the store's.
    case foreignDatabase(path: String)
    /// The database was written by a newer version of the program, whose schema this one does not know.
    case newerSchema(path: String, found: Int, known: Int)
    /// An edit based on `expected`, while the record is at `current` (`nil`: it was deleted meanwhile).
    case conflict(StoredRecord, id: String, expected: Int, current: Int?)
    /// No actor or tie with this id.
    case notFound(StoredRecord, id: String)
    /// An actor or tie with this id exists already.
    case duplicate(StoredRecord, id: String)
    /// A tie end, or a programme an actor names, is no actor of the landscape.
    case unknownActor(ActorID)
    /// A tie from an actor to itself.
    case selfTie(ActorID)
    /// No change with this number, or one that was already undone.
    case noSuchChange(Int)
    /// Undoing the change would overwrite a later one to the same record (undo that one first).
    case undoConflict(change: Int, StoredRecord, id: String)
    /// A stored value the store cannot read back (a kind or date no version of the program writes).
    case unreadableRow(StoredRecord, id: String, field: String)
    /// A `postgres://` address that cannot be read (`postgres://USER@HOST[:PORT]/DATABASE`).
    case badAddress(String)
    /// A `postgres://` address with a password in it (shown here without it).
    case passwordInAddress(String)
    /// The file that should hold the database password cannot be read.
    case unreadablePasswordFile(path: String)
    /// No PostgreSQL server answers at the address; `reason` is the system's words.
    case unreachable(server: String, reason: String)
    /// The server refused the user's password, or asked for one and none was given.
    case passwordRefused(user: String, server: String, given: Bool)
    /// `sslmode=require` or `verify-full`, and the server does not speak TLS.
    case tlsUnsupported(server: String)
    /// The server has no database of this name.
    case noSuchDatabase(name: String, server: String)
    /// A landscape id with characters other than ASCII letters, digits, `-`, `_` and `.`, or longer than 64.
    case badLandscapeID(String)
    /// An account name with other characters than letters, digits, `-`, `_`, `.` and `@`, or longer than 64.
    case badAccountName(String)
    /// There is an account of this name already.
    case accountExists(String)
    /// There is no account of this name.
    case noSuchAccount(String)
    /// An admin was to be given one landscape: an admin manages every landscape.
    case adminOfOneLandscape(String)
    /// The database holds no landscape of this id.
    case noSuchLandscape(String)
    /// There is no share link of this id.
    case noSuchShareLink(String)
    /// The database refused or failed; the driver's own words.
    case database(String)
}

/// What a stored record is: the landscape's own fields, an actor, a tie, or a dismissed suggestion.
public enum StoredRecord: String, Sendable, Hashable, Codable {
    case landscape, actor, tie, dismissal
}
