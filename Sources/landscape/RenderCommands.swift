import ArgumentParser

/// The commands that draw diagrams, and the Graphviz worker they start.
let renderCommands: [ParsableCommand.Type] = [Render.self, GraphvizWorkerCommand.self]
