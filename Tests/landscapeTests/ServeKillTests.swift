import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization
import Testing

/// The store's promise under a crash: a write the server acknowledged is in the database after a
/// `kill -9`, and the database opens. SQLite in WAL mode with `synchronous = FULL` makes a
/// transaction durable before its COMMIT returns, and the server answers only after it.
@Suite("landscape serve survives kill -9")
struct ServeKillTests {
    /// A running `landscape serve` on `database`, its base URL and CSRF token.
    /// Sendable for the writers: its fields are set once; `Process` is used only to signal and wait.
    struct Server: @unchecked Sendable {
        let process: Process
        let base: String
        let token: String

        static func start(database: String, files: [String] = []) async throws -> Server {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["serve"] + files + ["--db", database, "--port", "0"]
            process.currentDirectoryURL = CLI.repository
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            // A guard against a server that never starts or never ends, not a measure of speed.
            DispatchQueue.global().asyncAfter(deadline: .now() + 600) { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
            let listening = try #require(ServeCommandTests.lines(from: out, until: "listening on ").last)
            let base = String(listening.dropFirst("listening on ".count).dropLast())
            let (body, _) = try await URLSession.shared.data(from: try #require(URL(string: base + "/api/session")))
            let session = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            return Server(process: process, base: base, token: try #require(session?["csrf_token"] as? String))
        }

        /// POSTs `body` to `path`; the status, or `nil` when no answer came (the server is gone).
        func post(_ path: String, _ body: String) async -> Int? {
            guard let url = URL(string: base + path) else { return nil }
            var request = URLRequest(url: url)
            request.httpMethod = "POST"
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.setValue(token, forHTTPHeaderField: "X-CSRF-Token")
            // A debug server on a machine busy with other builds can take longer than URLSession's
            // 60 s to answer the first writes; no answer must mean that the server is gone.
            request.timeoutInterval = 300
            guard let (_, response) = try? await URLSession.shared.data(for: request) else { return nil }
            return (response as? HTTPURLResponse)?.statusCode
        }

        /// The ids of `GET /api/actors`.
        func actorIDs() async throws -> Set<String> {
            let (body, _) = try await URLSession.shared.data(from: try #require(URL(string: base + "/api/actors")))
            let object = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            let actors = object?["actors"] as? [[String: Any]] ?? []
            return Set(actors.compactMap { $0["id"] as? String })
        }
    }

    /// A new empty folder for a test's database; the test removes it.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The ids whose adds the server acknowledged, shared by the writers.
    final class Acknowledged: Sendable {
        let ids = Mutex<[String]>([])
    }

    @Test("Four writers add actors; after 40 acknowledged adds the server is killed with SIGKILL; every acknowledged actor is there after a restart")
    func killNine() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("k.db").path
        let server = try await Server.start(database: database, files: ["graphs/weimar.yaml"])
        let acknowledged = Acknowledged()
        let killAfter = 40
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    // Bounded: each writer stops at its 200th add, or at the first add without an answer.
                    for number in 0..<200 {
                        let id = "kill-\(writer)-\(number)"
                        let status = await server.post("/api/actors", #"{"id": "\#(id)", "name": "Verein \#(id)", "kind": "association"}"#)
                        guard let status else { return }
                        #expect(status == 201, "\(id)")
                        let count = acknowledged.ids.withLock { ids in
                            ids.append(id)
                            return ids.count
                        }
                        // The kill lands while the other writers' adds are in flight.
                        if count == killAfter { kill(server.process.processIdentifier, SIGKILL) }
                    }
                }
            }
        }
        server.process.waitUntilExit()
        #expect(server.process.terminationReason == .uncaughtSignal)
        let acked = acknowledged.ids.withLock { $0 }
        #expect(acked.count >= killAfter)

        let restarted = try await Server.start(database: database)
        let stored = try await restarted.actorIDs()
        let lost = acked.filter { !stored.contains($0) }
        #expect(lost.isEmpty, "acknowledged but lost: \(lost)")
        #expect(stored.contains("weimar-stadtverwaltung"))
        restarted.process.terminate()
        restarted.process.waitUntilExit()
        #expect(restarted.process.terminationStatus == 0)
        let export = try CLI.run("export", "--db", database, "-o", folder.appendingPathComponent("after.yaml").path)
        #expect(export.status == 0, "\(export.stderr)")
    }
}
