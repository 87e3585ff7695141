import Foundation
import LandscapeRender

/// Lays out and renders in a short-lived child process (the same program, started with
/// `arguments`), one process per render.
///
/// Why: an `assert` inside Graphviz (e.g. in its orthogonal router) aborts the whole process,
/// which Swift cannot catch — in a child it becomes a clean `GraphvizError.workerCrashed`;
/// every render is the first in its process, which is what makes dot with clusters
/// byte-identical from run to run in Graphviz 2.42; and what Graphviz's dependencies print
/// straight to standard error (Pango, cairo) is collected as warnings instead of leaking.
///
/// Protocol: the child reads a JSON `WorkerRequest` from standard input and writes a JSON
/// `WorkerReply` to standard output (see `GraphvizWorker.serve`). Files, not pipes, carry
/// both, so neither side can block on a full pipe.
public struct WorkerProcessRenderer: DiagramRenderer {
    public var executable: URL
    public var arguments: [String]

    public init(executable: URL, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    public func render(_ diagram: Diagram, as format: OutputFormat) throws(GraphvizError) -> Rendering {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-render-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .workerFailed("cannot create a temporary folder", detail: [error.localizedDescription])
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let requestFile = folder.appendingPathComponent("request.json")
        let replyFile = folder.appendingPathComponent("reply.json")
        let errorFile = folder.appendingPathComponent("stderr.txt")

        let process = Process()
        do {
            try JSONEncoder().encode(WorkerRequest(diagram: diagram, format: format)).write(to: requestFile)
            _ = FileManager.default.createFile(atPath: replyFile.path, contents: nil)
            _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
            process.executableURL = executable
            process.arguments = arguments
            process.standardInput = try FileHandle(forReadingFrom: requestFile)
            process.standardOutput = try FileHandle(forWritingTo: replyFile)
            process.standardError = try FileHandle(forWritingTo: errorFile)
            try process.run()
        } catch {
            throw .workerFailed("cannot start \(executable.path)", detail: [error.localizedDescription])
        }
        process.waitUntilExit()

        let errorText = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        let rawLines = errorText.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if process.terminationReason == .uncaughtSignal {
            throw .workerCrashed(signal: process.terminationStatus, engine: diagram.engine.rawValue, detail: rawLines)
        }
        let reply: WorkerReply
        do {
            reply = try JSONDecoder().decode(WorkerReply.self, from: Data(contentsOf: replyFile))
        } catch {
            throw .workerFailed("no answer (exit status \(process.terminationStatus))", detail: rawLines)
        }
        switch reply {
        case .failure(let error):
            throw error
        case .success(var rendering):
            // Lines Graphviz's libraries printed themselves (Pango, cairo) become warnings.
            rendering.messages += rawLines.map { GraphvizMessage(.warning, $0) }
            return rendering
        }
    }
}

/// What the parent sends the worker.
public struct WorkerRequest: Codable, Sendable {
    public var diagram: Diagram
    public var format: OutputFormat
}

/// What the worker answers.
public enum WorkerReply: Codable, Sendable {
    case success(Rendering)
    case failure(GraphvizError)
}

/// The worker's side: the hidden `landscape graphviz-worker` command calls `serve`.
public enum GraphvizWorker {
    /// Reads a `WorkerRequest` from `input`, renders it in this process and writes the
    /// `WorkerReply` to `output`. Returns the exit status: 0 when a reply was written (also
    /// for a failed render, which the reply carries), 2 when the request was unreadable.
    public static func serve(input: FileHandle = .standardInput, output: FileHandle = .standardOutput) -> Int32 {
        let request: WorkerRequest
        do {
            request = try JSONDecoder().decode(WorkerRequest.self, from: input.readDataToEndOfFile())
        } catch {
            FileHandle.standardError.write(Data("error: unreadable worker request: \(error)\n".utf8))
            return 2
        }
        let reply: WorkerReply
        do throws(GraphvizError) {
            reply = .success(try InProcessRenderer().render(request.diagram, as: request.format))
        } catch {
            reply = .failure(error)
        }
        do {
            output.write(try JSONEncoder().encode(reply))
            return 0
        } catch {
            FileHandle.standardError.write(Data("error: cannot encode the worker reply: \(error)\n".utf8))
            return 2
        }
    }
}
