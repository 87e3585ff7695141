import ArgumentParser
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeStore
import LandscapeWording

/// The commands of the database: files in, files out.
let storeCommands: [ParsableCommand.Type] = [Import.self, Export.self, Serve.self, User.self, Share.self]

/// Where the database is: a file or a `postgres://` address, and the file with a PostgreSQL password.
struct DatabaseAddressOption: ParsableArguments {
    @Option(help: ArgumentHelp(StoreWords.words.dbHelp, valueName: "path|url"))
    var db: String = "landscape.db"

    @Option(name: .customLong("db-password-file"), help: ArgumentHelp(StoreWords.words.dbPasswordFileHelp, valueName: "path"))
    var passwordFile: String?

    /// The accounts of the database this option names.
    var accounts: AccountDatabase { AccountDatabase(address: db, passwordFile: passwordFile) }

    /// A `postgres://` address that cannot be read, or that holds a password, is a usage error.
    func validate() throws {
        do {
            _ = try StoreLocation(db)
        } catch {
            throw ValidationError(error.message(StoreWords.words))
        }
    }
}

/// The database options of the store's commands: the database and the landscape in it (`--as`).
struct DatabaseOption: ParsableArguments {
    @OptionGroup var address: DatabaseAddressOption

    @Option(name: .customLong("as"), help: ArgumentHelp(StoreWords.words.asHelp, valueName: "id"))
    var landscape: String?

    var db: String { address.db }
    var passwordFile: String? { address.passwordFile }

    /// A landscape id that cannot be one is a usage error.
    func validate() throws {
        if let landscape, !LandscapeStore.isLandscapeID(landscape) {
            throw ValidationError(StoreError.badLandscapeID(landscape).message(StoreWords.words))
        }
    }
}

/// The words of the store's commands (the command line speaks English).
enum StoreWords {
    static let words = Language.en.storeCommandWording

    /// Says what the store refused and exits with 1.
    static func fail(_ error: StoreError) throws -> Never {
        Console.error(words.error(text: error.message(words)))
        throw ExitCode(1)
    }
}

/// `landscape import FILE... --db X`: the files replace what the database holds.
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: StoreWords.words.importAbstract, discussion: StoreWords.words.importDiscussion)

    @Argument(help: ArgumentHelp(StoreWords.words.filesHelp, valueName: "file"))
    var files: [String] = []

    @OptionGroup var database: DatabaseOption

    @OptionGroup(title: Words.options.limitsTitle) var limits: LimitOptions

    func validate() throws {
        try InputOptions.validate(files: files)
    }

    func run() async throws {
        try InputOptions.requireExisting(files)
        let request = ImportRequest(load: LoadRequest(files: files, limits: limits.limits), database: database.db,
                                    databasePasswordFile: database.passwordFile, landscape: database.landscape)
        let result: ImportResult
        do {
            result = try await StoreTransfer.importFiles(request)
        } catch {
            switch error {
            case .unreadable(let failure):
                Console.report(failure.diagnostics)
                throw ExitCode(1)
            case .store(let error):
                try StoreWords.fail(error)
            }
        }
        Console.report(result.warnings)
        let summary = result.summary
        print(StoreWords.words.imported(actors: summary.actors, ties: summary.ties, path: result.database, change: summary.change))
        if summary.assignedTieIDs > 0 { print(StoreWords.words.assignedIds(count: summary.assignedTieIDs)) }
    }
}

/// `landscape export --db X -o FILE`: the landscape the database holds, in any format `convert` writes.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: StoreWords.words.exportAbstract, discussion: StoreWords.words.exportDiscussion)

    @OptionGroup var database: DatabaseOption

    @Option(name: .shortAndLong, help: ArgumentHelp(Convert.words.outputHelp, valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp(Convert.words.toHelp, valueName: "format"))
    var to: LandscapeFormat?

    @Option(name: .customLong("edge-direction"), help: ArgumentHelp(Convert.words.edgeDirectionHelp, valueName: "how"))
    var edgeDirections: EdgeDirections = .graph

    var request: ExportRequest {
        ExportRequest(database: database.db, databasePasswordFile: database.passwordFile, landscape: database.landscape,
                      output: output, format: to, edgeDirections: edgeDirections)
    }

    func validate() throws {
        do {
            _ = try Converting.output(for: ConvertRequest(load: LoadRequest(files: [database.db]), output: output, format: to))
        } catch {
            throw ValidationError(error.message(Convert.words, files: OutputFiles.words))
        }
    }

    func run() async throws {
        let result: ConvertResult
        do {
            result = try await StoreTransfer.export(request, renderer: Diagrams.renderer())
        } catch {
            try Self.fail(error)
        }
        for message in result.messages { Console.error(message.description) }
        for loss in result.losses { Console.error(Convert.words.loss(Console.diagnosticWords.message(for: loss), output: result.output.path)) }
        print(Convert.words.wrote(path: result.output.path, format: result.output.format.rawValue, actors: result.actors, ties: result.ties))
    }

    /// Says why nothing was written and exits: 64 for a refused output or a missing database, 1 otherwise.
    static func fail(_ failure: ExportFailure) throws -> Never {
        let words = StoreWords.words
        switch failure {
        case .refused(let refusal): throw ValidationError(refusal.message(Convert.words, files: OutputFiles.words))
        case .noDatabase(let path): throw ValidationError(words.noDatabase(path: path))
        case .emptyDatabase(let path): Console.error(words.error(text: words.emptyDatabase(path: path)))
        case .store(let error): try StoreWords.fail(error)
        case .notDrawn(let error): Console.error(Convert.words.error("\(error)"))
        case .notWritten(let output, let reason): Console.error(OutputFiles.words.cannotWrite(path: output.path, reason: reason))
        }
        throw ExitCode(1)
    }
}
