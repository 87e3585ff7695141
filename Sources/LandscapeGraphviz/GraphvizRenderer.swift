import Foundation
import LandscapeRender

/// Lays out and draws diagrams with Graphviz, each in a short-lived child process of its own:
/// the only way this package runs Graphviz.
///
/// Why a child per render:
/// - an `assert` inside Graphviz (e.g. in its orthogonal router) aborts the whole process,
///   which Swift cannot catch — in a child it becomes a clean `RenderError.workerCrashed`, and
///   a long-lived host (the server, which renders hundreds of diagrams) stays up;
/// - every render is the first in its process, which is what makes dot with clusters
///   byte-identical from run to run in Graphviz 2.42 (docs/graphviz.md), and what frees all
///   Graphviz forgets to free;
/// - what Graphviz's dependencies print straight to standard error (Pango, cairo) is
///   collected as warnings instead of leaking into the host's output.
///
/// The child is `worker` started with `arguments`: a program whose command runs
/// `GraphvizWorker.serve` — the `landscape` executable with its hidden `graphviz-worker`
/// command. Protocol: the child reads a JSON `WorkerRequest` from standard input to its end
/// and writes a JSON `WorkerReply` to standard output; pipes carry both (`WorkerPipes`).
public struct GraphvizRenderer: DiagramRenderer {
    /// The program started for every render.
    public var worker: URL
    public var arguments: [String]

    /// A renderer whose children are `worker` (e.g. the `landscape` executable) started with
    /// `arguments` (by default `graphviz-worker`, the command that serves a request).
    public init(worker: URL, arguments: [String] = [GraphvizWorker.command]) {
        self.worker = worker
        self.arguments = arguments
    }

    public func render(_ diagram: Diagram, as format: RenderFormat) throws(RenderError) -> Rendering {
        let request: Data
        do {
            // Sorted keys: the same diagram is the same request, byte for byte. The worker's heap
            // follows what it decodes, and cgraph orders subgraphs by the addresses of their names
            // (docs/graphviz.md, Determinism): keys in hash order, which changes from process to
            // process, moved the clusters of one diagram around in the output.
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            request = try encoder.encode(WorkerRequest(diagram: diagram, format: format))
        } catch {
            throw .workerFailed("cannot encode the request", detail: ["\(error)"])
        }
        let process = Process()
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.executableURL = worker
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .workerFailed("cannot start \(worker.path)", detail: [error.localizedDescription])
        }
        // Both answers are read while the request is written: the child may write before it
        // has read everything, and a full pipe would make both sides wait for ever.
        let replyData = Received(), errorData = Received()
        let readers = DispatchGroup()
        DispatchQueue.global().async(group: readers) { replyData.data = WorkerPipes.receive(output.fileHandleForReading) }
        DispatchQueue.global().async(group: readers) { errorData.data = WorkerPipes.receive(errors.fileHandleForReading) }
        _ = WorkerPipes.send(request, to: input.fileHandleForWriting)
        readers.wait()
        process.waitUntilExit()

        let errorText = String(decoding: errorData.data, as: UTF8.self)
        let rawLines = errorText.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if process.terminationReason == .uncaughtSignal {
            throw .workerCrashed(signal: process.terminationStatus, engine: diagram.engine.rawValue, detail: rawLines)
        }
        let reply: WorkerReply
        do {
            reply = try JSONDecoder().decode(WorkerReply.self, from: replyData.data)
        } catch {
            throw .workerFailed("no answer (exit status \(process.terminationStatus))", detail: rawLines)
        }
        switch reply {
        case .failure(let error):
            throw error
        case .success(var rendering):
            // Lines Graphviz's libraries printed themselves (Pango, cairo) become warnings.
            rendering.messages += rawLines.map { RenderMessage(.warning, $0) }
            return rendering
        }
    }
}
