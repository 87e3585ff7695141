import Foundation
import LandscapeRender

/// What the parent sends the worker.
public struct WorkerRequest: Codable, Sendable {
    public var diagram: Diagram
    public var format: RenderFormat

    public init(diagram: Diagram, format: RenderFormat) {
        self.diagram = diagram
        self.format = format
    }
}

/// What the worker answers.
public enum WorkerReply: Codable, Sendable {
    case success(Rendering)
    case failure(RenderError)
}

/// The worker's side of `GraphvizRenderer`: the program a renderer starts calls `serve`, once.
public enum GraphvizWorker {
    /// The argument that makes the `landscape` executable a worker (its hidden command).
    public static let command = "graphviz-worker"

    /// Reads a `WorkerRequest` from `input`, draws it in this process and writes the
    /// `WorkerReply` to `output`. Returns the exit status: 0 when a reply was written (also
    /// for a failed render, which the reply carries), 2 when the request was unreadable.
    ///
    /// Call it once per process: the workarounds this module does not carry (docs/graphviz.md)
    /// rely on every render being the first in its process.
    public static func serve(input: FileHandle = .standardInput, output: FileHandle = .standardOutput) -> Int32 {
        let request: WorkerRequest
        do {
            request = try JSONDecoder().decode(WorkerRequest.self, from: WorkerPipes.receive(input))
        } catch {
            FileHandle.standardError.write(Data("error: unreadable worker request: \(error)\n".utf8))
            return 2
        }
        let reply: WorkerReply
        do throws(RenderError) {
            reply = .success(try GraphvizDrawing.draw(request.diagram, as: request.format))
        } catch {
            reply = .failure(error)
        }
        do {
            return WorkerPipes.send(try JSONEncoder().encode(reply), to: output) ? 0 : 2
        } catch {
            FileHandle.standardError.write(Data("error: cannot encode the worker reply: \(error)\n".utf8))
            return 2
        }
    }
}
