import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `landscape serve` as users start it: it imports into an empty database, prints the one
/// listening line, answers on loopback, and ends cleanly on SIGTERM.
@Suite("landscape serve, as users start it")
struct ServeCommandTests {
    /// The lines the process wrote to `pipe` until one starts with `prefix` (or the pipe closed).
    static func lines(from pipe: Pipe, until prefix: String) -> [String] {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        let descriptor = pipe.fileHandleForReading.fileDescriptor
        while true {
            let text = String(decoding: data, as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.dropLast().contains(where: { $0.hasPrefix(prefix) }) { return Array(lines.dropLast()) }
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return lines.filter { !$0.isEmpty } }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    @Test("serve FILE --port 0 imports, prints 'listening on http://127.0.0.1:PORT/', answers, and ends on SIGTERM")
    func listens() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("w.db").path
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["serve", "graphs/weimar.yaml", "--db", database, "--port", "0"]
        process.currentDirectoryURL = CLI.repository
        let out = Pipe()
        process.standardOutput = out
        let err = Pipe()
        process.standardError = err
        try process.run()
        // A guard against a server that never starts or never stops, not a measure of speed.
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if process.isRunning { process.interrupt() } }

        let lines = Self.lines(from: out, until: "listening on ")
        #expect(lines.count == 1, "only the listening line on stdout: \(lines)")
        let listening = try #require(lines.last)
        #expect(listening.wholeMatch(of: /listening on http:\/\/127\.0\.0\.1:[0-9]+\//) != nil, "\(listening)")
        let url = try #require(URL(string: String(listening.dropFirst("listening on ".count)) + "api/actors"))
        let (body, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("\"weimar-stadtverwaltung\""))

        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(Self.lines(from: out, until: "\u{0}").isEmpty, "one listening line, then nothing")
        // The import is told on stderr, in the landscape's language (graphs/weimar.yaml: German).
        let told = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(told.contains("37 Akteure und "), "\(told)")
        #expect(told.contains(" übernommen (Änderung 1)"), "\(told)")
    }

    @Test("serve --host with an address other machines reach, on a database without accounts, refuses to start: a sentence, exit 1")
    func refusesNetwork() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("serve-host-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("landscape.db").path
        let run = try CLI.run("serve", "graphs/weimar.yaml", "--host", "0.0.0.0", "--db", database, "--port", "0")
        #expect(run.status == 1)
        #expect(run.stderr == "error: A server for other machines (--host 0.0.0.0) lets only accounts in, and \(database) has none; "
            + "add one first: 'landscape user add NAME --role admin --db \(database)'.\n")
        #expect(run.stdout.isEmpty)
    }
}
