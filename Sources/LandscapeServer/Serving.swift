import Foundation
import Hummingbird
import LandscapeApp
import LandscapeCore
import LandscapeRender
import LandscapeStore
import LandscapeWording
import Logging

/// What `landscape serve` is asked for: the database, the files to import into an empty one,
/// and where to listen.
public struct ServeRequest: Sendable {
    /// The files to import when the database holds no landscape; `nil`: none given.
    public var files: LoadRequest?
    /// The database: a file (created when absent) or a `postgres://` address.
    public var database: String
    /// The file holding the PostgreSQL password (`--db-password-file`); `nil`: the environment's.
    public var databasePasswordFile: String?
    /// The landscape the unprefixed paths serve (`--as`); when `nil`, `default` or the first in
    /// order (`LandscapeSite.firstLandscape`). Every other one is served under `/l/ID/`.
    public var landscape: String?
    /// The address to listen on: a loopback one (`127.0.0.1`, `localhost`, `::1`, any
    /// 127.x.y.z) serves this machine, any other needs accounts.
    public var host: String
    /// The port; 0 lets the system pick a free one.
    public var port: Int
    /// Draws the map of the pages; `nil`: the JSON API only.
    public var renderer: (any DiagramRenderer)?
    /// The reverse proxy whose forwarding headers are believed (`--trusted-proxy`).
    public var trustedProxy: String?

    public init(files: LoadRequest?, database: String, host: String = "127.0.0.1", port: Int = 8080, renderer: (any DiagramRenderer)? = nil) {
        self.files = files
        self.database = database
        self.host = host
        self.port = port
        self.renderer = renderer
    }
}

/// What the server tells its caller while it starts.
public enum ServeEvent: Sendable {
    /// The files were imported into the empty database.
    case imported(ImportResult)
    /// Files were given, but the database holds a landscape already: they were not imported.
    case notImported(database: String)
    /// The server accepts connections at `url` (`http://127.0.0.1:PORT/`).
    case listening(url: String)
}

/// Why the server did not start or stopped with an error.
public enum ServeFailure: Error, Sendable {
    /// The files could not be imported.
    case notImported(ImportFailure)
    /// The database refused or failed.
    case store(StoreError)
    /// The server could not listen (the system's words, e.g. the port is taken).
    case server(String)
    /// The server would be reached by other machines (`host`, the `--host` given) or runs on
    /// PostgreSQL (`host` nil), and the database has no account to let in.
    case noAccounts(host: String?, database: String)
}

/// `landscape serve`: the stored landscape as a local web app and JSON API.
public enum Serving {
    /// Whether `host` names this machine only; the server listens on any other address only with
    /// accounts.
    public static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased()
        if name == "localhost" || name == "::1" || name == "[::1]" { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Whether the server answers every Host name rather than loopback names only: with
    /// accounts, when other machines reach it (`--host` not loopback) or a reverse proxy on this
    /// machine passes the browser's Host on (`--trusted-proxy`, with `--host 127.0.0.1`).
    ///
    /// The loopback Host check guards the single-user app without accounts against DNS
    /// rebinding: a page of another site whose name the attacker points at 127.0.0.1 would
    /// otherwise read and change the landscape. With accounts that page gets no further than
    /// anyone on the network: the browser sends it no session cookie (cookies belong to the name,
    /// and it is `SameSite=Strict`), a change needs the CSRF token, and signing in a password.
    static func answersAnyHost(_ request: ServeRequest, access: ServerAccess) -> Bool {
        access.required && (!isLoopback(request.host) || request.trustedProxy != nil)
    }

    /// Who the server lets in: every request when the database has no accounts (allowed on
    /// loopback with SQLite only), else signed-in accounts with a role.
    ///
    /// - Throws: `noAccounts` for a server that others reach, or on PostgreSQL, without accounts.
    static func access(for request: ServeRequest, in store: LandscapeStore) async throws(ServeFailure) -> ServerAccess {
        let hasAccounts: Bool
        do {
            hasAccounts = try await store.hasAccounts()
        } catch {
            throw .store(error)
        }
        if !hasAccounts {
            if !isLoopback(request.host) { throw .noAccounts(host: request.host, database: request.database) }
            if case .postgres? = try? StoreLocation(request.database) { throw .noAccounts(host: nil, database: request.database) }
        }
        return ServerAccess(required: hasAccounts, trustedProxy: request.trustedProxy)
    }

    /// Opens the database, imports the request's files into it when it is empty, and serves
    /// every landscape it holds (`LandscapeSite`) until SIGINT or SIGTERM; `report` hears each
    /// step (the listening line once bound).
    public static func run(_ request: ServeRequest, report: @escaping @Sendable (ServeEvent) -> Void) async throws(ServeFailure) {
        var store = try await open(request, landscape: request.landscape ?? LandscapeStore.defaultLandscape)
        let access: ServerAccess
        do {
            access = try await self.access(for: request, in: store)
            try await prepare(store, for: request, report: report)
            let first = LandscapeSite.firstLandscape(requested: request.landscape, in: try await ids(of: store))
            if first != store.landscapeID {
                await store.close()
                store = try await open(request, landscape: first)
            }
        } catch {
            await store.close()
            throw error
        }
        try await serve(store, access: access, for: request, report: report)
    }

    /// The store of `landscape` in the request's database.
    private static func open(_ request: ServeRequest, landscape: String) async throws(ServeFailure) -> LandscapeStore {
        do {
            return try await LandscapeStore.open(address: request.database, passwordFile: request.databasePasswordFile, landscape: landscape)
        } catch {
            throw .store(error)
        }
    }

    /// The landscapes the database holds.
    private static func ids(of store: LandscapeStore) async throws(ServeFailure) -> [String] {
        do {
            return try await store.landscapeIDs()
        } catch {
            throw .store(error)
        }
    }

    /// Imports the request's files into an empty database; says when it holds a landscape already.
    private static func prepare(_ store: LandscapeStore, for request: ServeRequest, report: @Sendable (ServeEvent) -> Void) async throws(ServeFailure) {
        guard let files = request.files, !files.files.isEmpty else { return }
        let empty: Bool
        do {
            empty = try await store.isEmpty()
        } catch {
            throw .store(error)
        }
        guard empty else { return report(.notImported(database: request.database)) }
        do {
            report(.imported(try await StoreTransfer.importFiles(files, into: store, database: request.database)))
        } catch {
            throw .notImported(error)
        }
    }

    /// Runs the HTTP server on the store (the first landscape) and the database's other
    /// landscapes until a shutdown signal; closes every store it opened.
    private static func serve(
        _ store: LandscapeStore, access: ServerAccess, for request: ServeRequest, report: @escaping @Sendable (ServeEvent) -> Void
    ) async throws(ServeFailure) {
        let language: Language
        do {
            language = try await store.landscape().language
        } catch {
            await store.close()
            throw .store(error)
        }
        let security = ServerSecurity(anyHost: answersAnyHost(request, access: access))
        let site = LandscapeSite(first: store, language: language, open: { id throws(StoreError) in
            try await LandscapeStore.open(address: request.database, passwordFile: request.databasePasswordFile, landscape: id)
        }, security: security, renderer: request.renderer, access: access)
        let bindHost = request.host.lowercased() == "localhost" ? "127.0.0.1" : request.host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        var logger = Logger(label: "landscape-serve")
        logger.logLevel = .warning
        let app = Application(
            responder: site,
            configuration: ApplicationConfiguration(address: .hostname(bindHost, port: request.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? request.port
                security.listening(on: port)
                let host = bindHost.contains(":") ? "[\(bindHost)]" : bindHost
                report(.listening(url: "http://\(host):\(port)/"))
            },
            logger: logger
        )
        do {
            try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch {
            await site.close()
            throw .server(String(describing: error))
        }
        await site.close()
    }
}
