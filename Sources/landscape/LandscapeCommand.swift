import ArgumentParser
import Foundation
import LandscapeCore

@main
struct LandscapeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "landscape",
        abstract: Words.analysis.landscapeAbstract,
        discussion: Words.analysis.landscapeDiscussion,
        version: "0.1.0",
        subcommands: [Check.self] + renderCommands + analysisCommands + diffCommands + reportCommands + formatCommands + storeCommands
    )

    /// Runs the command line; a first argument that is no command is refused before parsing,
    /// with the nearest command (`landscape centrl` → `central`), as a usage error (exit 64).
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first) {
            let message = SpellingSuggestion.closest(to: first, among: commandNames).map {
                Words.analysis.unknownCommand(name: first, suggestion: $0)
            } ?? Words.analysis.unknownCommandWithoutSuggestion(name: first)
            exit(withError: ValidationError(message))
        }
        do {
            var command = try parseAsRoot(arguments)
            do {
                if var command = command as? AsyncParsableCommand {
                    try await command.run()
                } else {
                    try command.run()
                }
            } catch let error as ValidationError {
                // A usage error found while running, told as ArgumentParser tells one found
                // while parsing: with the usage of the command (`landscape check …`).
                let name = type(of: command)._commandName
                Console.error("Error: \(error.message)\nUsage: \(usageString(for: type(of: command)))\n"
                    + "  See 'landscape \(name) --help' for more information.")
                Foundation.exit(ExitCode.validationFailure.rawValue)
            } catch {
                type(of: command).exit(withError: error)
            }
        } catch {
            exit(withError: error)
        }
    }

    /// The names a first argument may take: the commands, and `help`.
    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName } + ["help"]
    }
}
