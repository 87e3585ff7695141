import ArgumentParser

/// The commands that turn a landscape into another file format.
let formatCommands: [ParsableCommand.Type] = [Convert.self]
