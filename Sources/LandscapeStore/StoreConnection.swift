import Foundation
import Logging
import NIOSSL
import PostgresKit
import SQLiteKit

/// The one connection a store holds, to SQLite or PostgreSQL, and the few statements in which
/// the two differ: setting the connection up, listing the tables, and starting a write.
/// Everything else the store says in the SQL both speak.
enum StoreConnection: Sendable {
    case sqlite(SQLiteConnection, path: String)
    case postgres(PostgresConnection, PostgresAddress)

    /// The key of the advisory lock every write on PostgreSQL takes first ("landscap" in ASCII):
    /// writers of all processes take turns, as SQLite's one writer does.
    static let writeLock: Int64 = 0x6C61_6E64_7363_6170

    /// Connects to `location`; for PostgreSQL with `password` (`nil`: none).
    static func open(_ location: StoreLocation, password: String?) async throws(StoreError) -> StoreConnection {
        switch location {
        case .file(let path):
            do {
                return .sqlite(try await SQLiteConnection.open(storage: .file(path: path)), path: path)
            } catch {
                throw .database(describe(error))
            }
        case .postgres(let address):
            let tls = try Self.tls(address.tls)
            let configuration = if let socket = address.socketPath {
                PostgresConnection.Configuration(unixSocketPath: socket, username: address.user, password: password, database: address.database)
            } else {
                PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                                 password: password, database: address.database, tls: tls)
            }
            do {
                let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Self.logger)
                return .postgres(connection, address)
            } catch {
                throw refusal(error, address: address, passwordGiven: password != nil)
            }
        }
    }

    /// The TLS of a connection in `mode`: none, or a client context that checks the server's
    /// certificate (`verify-full`) or takes any (`prefer`, `require`, as libpq does).
    static func tls(_ mode: PostgresAddress.TLSMode) throws(StoreError) -> PostgresConnection.Configuration.TLS {
        guard mode != .disable else { return .disable }
        var configuration = TLSConfiguration.makeClientConfiguration()
        if mode != .verifyFull { configuration.certificateVerification = .none }
        do {
            let context = try NIOSSLContext(configuration: configuration)
            return mode == .prefer ? .prefer(context) : .require(context)
        } catch {
            throw .database(describe(error))
        }
    }

    /// A logger that says nothing: the store's errors come back as `StoreError`s.
    static let logger = Logger(label: "landscape.store") { _ in SwiftLogNoOpLogHandler() }

    /// The connection as SQLKit speaks to it; PostgreSQL's reading each answer whole (`WholeAnswers`).
    var database: any SQLDatabase {
        switch self {
        case .sqlite(let connection, _): connection.sql()
        case .postgres(let connection, _): WholeAnswers(base: connection.sql(queryLogLevel: nil), isClosed: { connection.isClosed })
        }
    }

    /// The file's path or the server's address, as errors name the database.
    var name: String {
        switch self {
        case .sqlite(_, let path): path
        case .postgres(_, let address): address.description
        }
    }

    /// Whether the connection is gone (the PostgreSQL server closed it or restarted); an SQLite
    /// file's connection never is.
    var isClosed: Bool {
        switch self {
        case .sqlite: false
        case .postgres(let connection, _): connection.isClosed
        }
    }

    func close() async {
        switch self {
        case .sqlite(let connection, _): try? await connection.close()
        case .postgres(let connection, _): try? await connection.close()
        }
    }

    /// SQLite: write-ahead logging (a reader never waits for a writer, a crash loses no committed
    /// transaction), full sync, foreign keys, and a wait instead of a failure when another
    /// process writes. The first statement reads the file: one that is no database fails here.
    /// PostgreSQL needs none of it (its defaults are these).
    func configure() async throws(StoreError) {
        guard case .sqlite(_, let path) = self else { return }
        do {
            for pragma in ["journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 5000"] {
                try await database.raw("PRAGMA \(unsafeRaw: pragma)").run()
            }
        } catch {
            if let error = error as? SQLiteError, error.reason == .notADatabase || error.reason == .corrupt {
                throw StoreError.notADatabase(path: path)
            }
            throw StoreError.database(Self.describe(error))
        }
    }

    /// The names of the database's tables (PostgreSQL: in the connection's schema).
    func tables() async throws(StoreError) -> [String] {
        let query: SQLQueryString = switch self {
        case .sqlite: "SELECT name FROM sqlite_master WHERE type = 'table'"
        case .postgres: "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()"
        }
        return try await LandscapeStore.run { try await database.raw(query).all(decodingColumn: "name", as: String.self) }
    }

    /// Starts a write transaction that no other writer runs beside. SQLite: `BEGIN IMMEDIATE`
    /// takes the file's write lock at once (another process waits, `busy_timeout`). PostgreSQL:
    /// `READ COMMITTED` and the advisory lock `writeLock` until commit or rollback, so every
    /// statement after it sees what earlier writers committed: a version check, the next history
    /// number and the next position are read and written without another writer in between.
    func begin() async throws(StoreError) {
        try await LandscapeStore.run {
            switch self {
            case .sqlite:
                try await database.raw("BEGIN IMMEDIATE").run()
            case .postgres:
                try await database.raw("BEGIN ISOLATION LEVEL READ COMMITTED").run()
                do {
                    try await database.raw("SELECT pg_advisory_xact_lock(\(bind: Self.writeLock))").run()
                } catch {
                    try? await database.raw("ROLLBACK").run()
                    throw error
                }
            }
        }
    }

    /// Starts a transaction that only reads, from one snapshot: what several statements read
    /// belongs together (the actors and the ties of one moment) while others write.
    func beginRead() async throws(StoreError) {
        let statement: SQLQueryString = switch self {
        case .sqlite: "BEGIN DEFERRED"
        case .postgres: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
        }
        try await LandscapeStore.run { try await database.raw(statement).run() }
    }

    /// The driver's own words for `error`; PostgreSQL's without what the driver keeps back.
    static func describe(_ error: any Error) -> String {
        if let error = error as? SQLiteError { return error.message }
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            return String(reflecting: error)
        }
        return String(describing: error)
    }

    /// Whether `error` says the connection to the server was lost rather than a statement
    /// refused: the socket closed, or the server ending the backend (57P01 an administrator or a
    /// fast shutdown, 57P02 a crash of another backend, 57P03 not accepting connections now).
    static func isLoss(_ error: any Error) -> Bool {
        if error is ConnectionClosed { return true }
        guard let error = error as? PSQLError else { return false }
        if [.serverClosedConnection, .connectionError, .uncleanShutdown].contains(error.code) { return true }
        return error.code == .server && ["57P01", "57P02", "57P03"].contains(error.serverInfo?[.sqlState] ?? "")
    }

    /// The system's words for a failed connection: SwiftNIO's text names the `errno` of each
    /// attempt (`… (errno: 111)`); the last one as `strerror` says it, else the whole text.
    static func reason(_ text: String) -> String {
        guard let range = text.range(of: #"errno: [0-9]+"#, options: [.regularExpression, .backwards]),
              let number = Int32(text[range].dropFirst("errno: ".count)) else { return text }
        return String(cString: strerror(number))
    }

    /// Why the server at `address` let no connection in, as the store's error.
    static func refusal(_ error: any Error, address: PostgresAddress, passwordGiven: Bool) -> StoreError {
        let server = address.description
        guard let error = error as? PSQLError else { return .unreachable(server: server, reason: String(describing: error)) }
        switch error.code {
        case .sslUnsupported:
            return .tlsUnsupported(server: server)
        case .authMechanismRequiresPassword:
            return .passwordRefused(user: address.user, server: server, given: false)
        case .server:
            switch error.serverInfo?[.sqlState] {
            case "28P01", "28000": return .passwordRefused(user: address.user, server: server, given: passwordGiven)
            case "3D000": return .noSuchDatabase(name: address.database, server: server)
            // The server is starting up or shutting down (a restart): away for a moment.
            case "57P03": return .unreachable(server: server, reason: describe(error))
            default: return .database(describe(error))
            }
        default:
            return .unreachable(server: server, reason: reason(error.underlying.map { String(describing: $0) } ?? String(describing: error.code)))
        }
    }
}
