import ArgumentParser

/// The commands of the report issue (owned by its files).
let reportCommands: [ParsableCommand.Type] = []
