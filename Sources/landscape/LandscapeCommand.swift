import ArgumentParser

@main
struct LandscapeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "landscape",
        abstract: "Map and analyse the cooperation network of a local education landscape.",
        discussion: """
            A landscape is a YAML file (or a folder with actors.csv and ties.csv) listing the \
            actors of a Bildungslandschaft and the ties between them. See docs/format.md.
            """,
        version: "0.1.0",
        subcommands: [Check.self] + renderCommands + analysisCommands + reportCommands + formatCommands
    )
}
