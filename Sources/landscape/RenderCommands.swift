import ArgumentParser

/// The commands of the render issue (owned by its files).
let renderCommands: [ParsableCommand.Type] = [Render.self, GraphvizWorkerCommand.self]
