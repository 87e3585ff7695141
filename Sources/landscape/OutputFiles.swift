import ArgumentParser
import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeGraphviz
import LandscapeRender
import LandscapeWording

/// The command line's side of output files, for every command that writes one: the one
/// output-path rule as a usage error, and a failed write reported the same way everywhere.
enum OutputFiles {
    /// The words around output files (English, as the diagnostics are).
    static let words = Language.en.fileWording

    /// Refuses an output that is a folder where a file is written, or that would replace an input.
    static func check(_ output: String, shape: OutputPath.Shape, inputs: [String]) throws {
        do {
            try OutputPath.check(output, shape: shape, inputs: inputs)
        } catch {
            throw ValidationError(error.message(words))
        }
    }

    /// Writes the files atomically; on failure says why under `path` and exits with status 1.
    static func write(_ items: [OutputFile.Item], reportingAs path: String) throws {
        do {
            try OutputFile.write(items)
        } catch {
            Console.error(words.cannotWrite(path: path, reason: OutputFile.reason(error)))
            throw ExitCode(1)
        }
    }

    /// Writes one file atomically; on failure says why and exits with status 1.
    static func write(_ data: Data, to path: String) throws {
        try write([OutputFile.Item(data, to: path)], reportingAs: path)
    }
}

/// The renderer every command uses: Graphviz in a child process of this program, started with
/// the hidden `graphviz-worker` command (every layout a first layout, so output is
/// deterministic, and a Graphviz abort a clean error).
enum Diagrams {
    static func renderer() -> any DiagramRenderer {
        GraphvizRenderer(worker: Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
    }
}
