import ArgumentParser
import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeServer
import LandscapeWording

/// `landscape serve [FILE...] [--db X] [--port N] [--host ADDR]`: the database as a local web app.
struct Serve: AsyncParsableCommand {
    static let words = Language.en.serveWording
    static let configuration = CommandConfiguration(commandName: "serve", abstract: words.abstract, discussion: words.discussion)

    @Argument(help: ArgumentHelp(words.filesHelp, valueName: "file"))
    var files: [String] = []

    @OptionGroup var database: DatabaseOption

    @Option(help: ArgumentHelp(words.portHelp, valueName: "n"))
    var port: Int = 8080

    @Option(help: ArgumentHelp(words.hostHelp, valueName: "addr"))
    var host: String = "127.0.0.1"

    @Option(name: .customLong("trusted-proxy"), help: ArgumentHelp(Language.en.serveAccessWording.trustedProxyHelp, valueName: "addr"))
    var trustedProxy: String?

    @OptionGroup(title: Words.options.limitsTitle) var limits: LimitOptions

    func validate() throws {
        if !files.isEmpty { try InputOptions.validate(files: files) }
    }

    func run() async throws {
        try InputOptions.requireExisting(files)
        let load = files.isEmpty ? nil : LoadRequest(files: files, limits: limits.limits)
        do {
            var request = ServeRequest(files: load, database: database.db, host: host, port: port, renderer: Diagrams.renderer())
            request.databasePasswordFile = database.passwordFile
            request.landscape = database.landscape
            request.trustedProxy = trustedProxy
            try await Serving.run(request, report: Self.tell)
        } catch {
            try Self.fail(error)
        }
    }

    /// Prints what the server did while starting: the import on stderr, in the landscape's
    /// language; on stdout only the listening line, at once, for scripts waiting on it.
    @Sendable static func tell(_ event: ServeEvent) {
        switch event {
        case .imported(let result):
            Console.report(result.warnings, language: result.language)
            let summary = result.summary
            Console.error(result.language.storeCommandWording.imported(actors: summary.actors, ties: summary.ties, path: result.database, change: summary.change))
        case .notImported(let database):
            Console.error(words.notImported(path: database))
        case .listening(let url):
            say(words.listening(url: url))
        }
    }

    /// Writes a line to stdout unbuffered, so that a script reading a pipe sees it at once.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Says why the server did not start or stopped, and exits with 1.
    static func fail(_ failure: ServeFailure) throws -> Never {
        switch failure {
        case .notImported(.unreadable(let failure)): Console.report(failure.diagnostics)
        case .notImported(.store(let error)), .store(let error): try StoreWords.fail(error)
        case .server(let text): Console.error(StoreWords.words.error(text: text))
        case .noAccounts(let host?, let database):
            Console.error(StoreWords.words.error(text: Language.en.serveAccessWording.noAccountsHost(host: host, database: database)))
        case .noAccounts(nil, let database):
            Console.error(StoreWords.words.error(text: Language.en.serveAccessWording.noAccountsPostgres(database: database)))
        }
        throw ExitCode(1)
    }
}
