import ArgumentParser

@main
struct LandscapeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "landscape",
        abstract: Words.analysis.landscapeAbstract,
        discussion: Words.analysis.landscapeDiscussion,
        version: "0.1.0",
        subcommands: [Check.self] + renderCommands + analysisCommands + reportCommands + formatCommands
    )
}
