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
    /// The landscape of the database to serve (`--as`); the default one when `nil`.
    public var landscape: String?
    /// A loopback address (`127.0.0.1`, `localhost`, `::1`, any 127.x.y.z).
    public var host: String
    /// The port; 0 lets the system pick a free one.
    public var port: Int
    /// Draws the map of the pages; `nil`: the JSON API only.
    public var renderer: (any DiagramRenderer)?

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
}

/// `landscape serve`: the stored landscape as a local web app and JSON API.
public enum Serving {
    /// Whether `host` names this machine only; the server refuses any other address, since it
    /// has no accounts yet.
    public static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased()
        if name == "localhost" || name == "::1" || name == "[::1]" { return true }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Opens the database, imports the request's files into it when it is empty, and serves it
    /// until SIGINT or SIGTERM; `report` hears each step (the listening line once bound).
    public static func run(_ request: ServeRequest, report: @escaping @Sendable (ServeEvent) -> Void) async throws(ServeFailure) {
        let store: LandscapeStore
        do {
            store = try await LandscapeStore.open(address: request.database, passwordFile: request.databasePasswordFile,
                                                  landscape: request.landscape ?? LandscapeStore.defaultLandscape)
        } catch {
            throw .store(error)
        }
        do {
            try await prepare(store, for: request, report: report)
            try await serve(store, for: request, report: report)
            await store.close()
        } catch {
            await store.close()
            throw error
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

    /// Runs the HTTP server on the store until a shutdown signal.
    private static func serve(_ store: LandscapeStore, for request: ServeRequest, report: @escaping @Sendable (ServeEvent) -> Void) async throws(ServeFailure) {
        let language: Language
        do {
            language = try await store.landscape().language
        } catch {
            throw .store(error)
        }
        let security = ServerSecurity()
        let bindHost = request.host.lowercased() == "localhost" ? "127.0.0.1" : request.host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        var logger = Logger(label: "landscape-serve")
        logger.logLevel = .warning
        let app = Application(
            router: APIRouter.router(store: store, security: security, language: language, renderer: request.renderer),
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
            throw .server(String(describing: error))
        }
    }
}
