import Foundation
import LandscapeCore
import LandscapeIO
import LandscapeRender
import LandscapeStore
import LandscapeWording

/// What `import` is asked for: the files (merged as `check` merges them) and the database.
public struct ImportRequest: Sendable {
    public var load: LoadRequest
    /// The database: a file (created when absent) or a `postgres://` address.
    public var database: String
    /// The file holding the PostgreSQL password (`--db-password-file`); `nil`: the environment's.
    public var databasePasswordFile: String?
    /// The landscape of the database the files replace (`--as`); the default one when `nil`.
    public var landscape: String?

    public init(load: LoadRequest, database: String, databasePasswordFile: String? = nil, landscape: String? = nil) {
        self.load = load
        self.database = database
        self.databasePasswordFile = databasePasswordFile
        self.landscape = landscape
    }
}

/// What an import stored: the counts and the history's change, and the warnings of reading.
public struct ImportResult: Sendable {
    public var database: String
    public var summary: ImportSummary
    public var warnings: [Diagnostic]
    /// The imported landscape's language: what is said about the import is said in it.
    public var language: Language = .en
}

/// Why an import stored nothing.
public enum ImportFailure: Error, Sendable {
    /// An input had errors: every diagnostic.
    case unreadable(LoadFailure)
    /// The database refused or failed.
    case store(StoreError)
}

/// What `export` is asked for: the database, the output and its format.
public struct ExportRequest: Sendable {
    /// A database file or a `postgres://` address.
    public var database: String
    /// The file holding the PostgreSQL password; `nil`: the environment's.
    public var databasePasswordFile: String?
    /// The landscape of the database to export (`--as`); the default one when `nil`.
    public var landscape: String?
    /// The file, or for the CSV pair the folder, to write (`-o`).
    public var output: String?
    public var format: LandscapeFormat?
    public var edgeDirections: EdgeDirections

    public init(database: String, databasePasswordFile: String? = nil, landscape: String? = nil, output: String?,
                format: LandscapeFormat? = nil, edgeDirections: EdgeDirections = .graph) {
        self.database = database
        self.databasePasswordFile = databasePasswordFile
        self.landscape = landscape
        self.output = output
        self.format = format
        self.edgeDirections = edgeDirections
    }

    /// The same output as `convert` with the database as its one input: the output rule
    /// (never over an input) then keeps the database safe.
    var convertRequest: ConvertRequest {
        ConvertRequest(load: LoadRequest(files: [database]), output: output, format: format, edgeDirections: edgeDirections)
    }
}

/// Why an export wrote nothing.
public enum ExportFailure: Error, Sendable {
    /// The output or format was refused, as `convert` refuses them.
    case refused(ConvertRefusal)
    /// No file at the database's path (an export never creates one).
    case noDatabase(path: String)
    /// The database holds no landscape yet.
    case emptyDatabase(path: String)
    case store(StoreError)
    /// The landscape could not be laid out for DOT.
    case notDrawn(RenderError)
    /// The output could not be written; `reason` is the system's words.
    case notWritten(ConvertOutput, reason: String)
}

/// Moving a landscape between files and the database: the exchange format stays the files.
public enum StoreTransfer {
    /// Reads the request's files and replaces what the database holds by them, as one change.
    ///
    /// - Complexity: linear in the size of the inputs and the rows written.
    public static func importFiles(_ request: ImportRequest) async throws(ImportFailure) -> ImportResult {
        let loaded = try load(request.load)
        do {
            let summary = try await withStore(at: request.database, passwordFile: request.databasePasswordFile, landscape: request.landscape) {
                store throws(StoreError) in
                try await store.importLandscape(loaded.landscape)
            }
            return ImportResult(database: request.database, summary: summary, warnings: loaded.warnings, language: loaded.landscape.language)
        } catch {
            throw .store(error)
        }
    }

    /// Reads `files` and replaces what the open `store` holds by them, as one change (the server
    /// imports its files so into an empty database).
    public static func importFiles(_ files: LoadRequest, into store: LandscapeStore, database: String) async throws(ImportFailure) -> ImportResult {
        let loaded = try load(files)
        do {
            let summary = try await store.importLandscape(loaded.landscape)
            return ImportResult(database: database, summary: summary, warnings: loaded.warnings, language: loaded.landscape.language)
        } catch {
            throw .store(error)
        }
    }

    private static func load(_ request: LoadRequest) throws(ImportFailure) -> LoadedLandscape {
        var request = request
        request.includePlanned = true  // the store keeps the plans
        switch Loading.load(request) {
        case .success(let success): return success
        case .failure(let failure): throw .unreadable(failure)
        }
    }

    /// Writes the landscape the database holds to the request's output, atomically, in the
    /// format `Converting.output(for:)` resolves; DOT is laid out by `renderer`.
    public static func export(_ request: ExportRequest, renderer: any DiagramRenderer) async throws(ExportFailure) -> ConvertResult {
        let output: ConvertOutput
        do {
            output = try Converting.output(for: request.convertRequest)
        } catch {
            throw .refused(error)
        }
        guard StoreLocation.isServer(request.database) || FileManager.default.fileExists(atPath: request.database) else {
            throw .noDatabase(path: request.database)
        }
        let stored: Landscape?
        do {
            stored = try await withStore(at: request.database, passwordFile: request.databasePasswordFile, landscape: request.landscape) {
                store throws(StoreError) in
                try await store.isEmpty() ? nil : try await store.landscape()
            }
        } catch {
            throw .store(error)
        }
        guard let landscape = stored else { throw .emptyDatabase(path: request.database) }
        guard let writer = output.format.writer else { throw .refused(.notWritten(output.format)) }
        let written: Converting.Written
        do {
            written = try Converting.write(landscape, by: writer, edgeDirections: request.edgeDirections, renderer: renderer)
        } catch {
            throw .notDrawn(error)
        }
        do {
            try OutputFile.write(Converting.items(written.output, at: output.path))
        } catch {
            throw .notWritten(output, reason: OutputFile.reason(error))
        }
        return ConvertResult(output: output, language: landscape.language, actors: landscape.actors.count, ties: landscape.ties.count,
                             warnings: [], messages: written.messages, losses: written.losses)
    }

    /// Runs `body` with the store at `address` (a file or a `postgres://` address), closed however `body` ends.
    static func withStore<T: Sendable>(
        at address: String, passwordFile: String?, landscape: String?, _ body: (LandscapeStore) async throws(StoreError) -> T
    ) async throws(StoreError) -> T {
        let store = try await LandscapeStore.open(address: address, passwordFile: passwordFile, landscape: landscape ?? LandscapeStore.defaultLandscape)
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }
}

extension StoreError {
    /// The error as a sentence in `words`' language.
    public func message(_ words: StoreCommandWording) -> String {
        func record(_ record: StoredRecord) -> String {
            switch record {
            case .landscape: words.recordLandscape
            case .actor: words.recordActor
            case .tie: words.recordTie
            case .dismissal: words.recordDismissal
            }
        }
        let q = words.quoted
        return switch self {
        case .notADatabase(let path): words.notADatabase(path: path)
        case .foreignDatabase(let path): words.foreignDatabase(path: path)
        case .newerSchema(let path, let found, let known): words.newerSchema(path: path, found: String(found), known: String(known))
        case .conflict(let kind, let id, let expected, let current?):
            words.conflict(record: record(kind), id: q(id), current: String(current), expected: String(expected))
        case .conflict(let kind, let id, _, nil): words.conflictDeleted(record: record(kind), id: q(id))
        case .notFound(let kind, let id): words.notFound(record: record(kind), id: q(id))
        case .duplicate(let kind, let id): words.duplicate(record: record(kind), id: q(id))
        case .unknownActor(let id): words.unknownActor(id: q(id.rawValue))
        case .selfTie(let id): words.selfTie(id: q(id.rawValue))
        case .noSuchChange(let number): words.noSuchChange(number: String(number))
        case .undoConflict(let change, let kind, let id): words.undoConflict(number: String(change), record: record(kind), id: q(id))
        case .unreadableRow(let kind, let id, let field): words.unreadableRow(field: field, record: record(kind), id: q(id))
        case .database(let text): words.databaseError(text: text)
        case .badAddress(let address): words.badAddress(address: address)
        case .passwordInAddress(let address): words.passwordInAddress(address: address)
        case .unreadablePasswordFile(let path): words.unreadablePasswordFile(path: path)
        case .unreachable(let server, let reason): words.unreachable(server: server, reason: reason)
        case .passwordRefused(let user, let server, true): words.passwordRefused(server: server, user: q(user))
        case .passwordRefused(let user, let server, false): words.passwordNeeded(server: server, user: q(user))
        case .noSuchDatabase(let name, let server): words.noSuchDatabase(server: server, name: q(name))
        case .badLandscapeID(let id): words.badLandscapeId(id: q(id))
        case .badAccountName(let name): words.badAccountName(name: q(name))
        case .accountExists(let name): words.accountExists(name: q(name))
        case .noSuchAccount(let name): words.noSuchAccount(name: q(name))
        case .adminOfOneLandscape(let name): words.adminOfOneLandscape(name: q(name))
        case .noSuchLandscape(let id): words.noSuchLandscape(id: q(id))
        case .noSuchShareLink(let id): words.noSuchShareLink(id: q(id))
        case .tlsUnsupported(let server): words.tlsUnsupported(server: server)
        }
    }
}
