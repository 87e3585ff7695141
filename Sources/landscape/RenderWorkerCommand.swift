import ArgumentParser
import LandscapeGraphviz

/// `landscape graphviz-worker` (hidden): lays out one diagram in a process of its own, for
/// `GraphvizRenderer` (every command that draws). Reads the request on standard input, answers on standard output.
struct GraphvizWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: GraphvizWorker.command,
        abstract: "Lay out one diagram for 'landscape render' (internal).",
        shouldDisplay: false
    )

    func run() throws {
        let status = GraphvizWorker.serve()
        if status != 0 { throw ExitCode(status) }
    }
}
