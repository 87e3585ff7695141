import ArgumentParser

/// The commands of the formats issue (owned by its files).
let formatCommands: [ParsableCommand.Type] = [Convert.self]
