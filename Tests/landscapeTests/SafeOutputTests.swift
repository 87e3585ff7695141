import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LandscapeGraphviz
import Testing

/// The elements and attributes of an XML document (SVG, XHTML), and whether it is well-formed.
final class MarkupScan: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var attributes: [(element: String, name: String, value: String)] = []
    var text = ""

    static func scan(_ data: Data) -> MarkupScan? {
        let scan = MarkupScan()
        let parser = XMLParser(data: data)
        parser.delegate = scan
        return parser.parse() ? scan : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        elements.append(name)
        for (key, value) in attributes { self.attributes.append((name, key, value)) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

/// Hostile text from a landscape file (Tests/LandscapeIOTests/Fixtures/yaml/hostile.yaml) through
/// every output the tool writes, as users run it: it must come out as text, never as markup,
/// script, DOT syntax, a spreadsheet formula or a terminal escape code.
@Suite("Safe output: hostile names, notes and titles stay text in every output")
struct SafeOutputTests {
    let input = "Tests/LandscapeIOTests/Fixtures/yaml/hostile.yaml"
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-safe-\(UUID().uuidString)")

    @Test("SVG: well-formed, no script element, no event-handler attribute, the names as text")
    func svg() throws {
        let output = folder.appendingPathComponent("hostile.svg").path
        let run = try CLI.run("render", input, "-o", output)
        #expect(run.status == 0, "\(run.stderr)")
        let scan = try #require(MarkupScan.scan(try Data(contentsOf: URL(fileURLWithPath: output))), "the SVG is not well-formed")
        #expect(!scan.elements.contains { $0.lowercased().hasSuffix("script") || $0 == "foreignObject" })
        #expect(!scan.attributes.contains { $0.name.lowercased().hasPrefix("on") })
        #expect(!scan.attributes.contains { $0.value.lowercased().hasPrefix("javascript:") && $0.name.hasSuffix("href") })
        #expect(scan.text.contains("<script>alert(1)</script>"))
        #expect(scan.text.contains("=HYPERLINK"))
    }

    @Test("DOT: the diagram has exactly the actors' nodes, and the landscape DOT reads back with the same names")
    func dot() throws {
        let diagram = folder.appendingPathComponent("diagram.dot").path
        #expect(try CLI.run("render", input, "-o", diagram).status == 0)
        let summary = try DOTSummary.read(Data(contentsOf: URL(fileURLWithPath: diagram)))
        #expect(summary.nodes.filter { $0.classes.hasPrefix("actor") }.count == 5)
        #expect(!summary.nodes.contains { $0.name == "evil" })
        let output = folder.appendingPathComponent("hostile.dot").path
        #expect(try CLI.run("convert", input, "-o", output).status == 0)
        let back = folder.appendingPathComponent("back.yaml").path
        let convert = try CLI.run("convert", output, "-o", back)
        #expect(convert.status == 0, "\(convert.stderr)")
        let original = folder.appendingPathComponent("original.yaml").path
        #expect(try CLI.run("convert", input, "-o", original).status == 0)
        let names = { (path: String) in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").filter { $0.contains("name:") }.sorted() }
        #expect(try names(back) == names(original))
        let check = try CLI.run("check", output, "--lang", "en")
        #expect(check.stdout.hasPrefix("ok: 5 actors, 4 ties"), "\(check.stdout)\(check.stderr)")
    }

    @Test("HTML report: a Content-Security-Policy without scripts, no script element or event handler from data")
    func report() throws {
        let output = folder.appendingPathComponent("report.html").path
        let run = try CLI.run("report", input, "-o", output)
        #expect(run.status == 0, "\(run.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        let html = String(decoding: data, as: UTF8.self)
        let scan = try #require(MarkupScan.scan(data), "the report is not well-formed XHTML")
        let policy = try #require(scan.attributes.first { $0.element == "meta" && $0.name == "http-equiv" && $0.value == "Content-Security-Policy" })
        _ = policy
        let content = scan.attributes.filter { $0.element == "meta" && $0.name == "content" }.map(\.value)
        #expect(content.contains { $0.hasPrefix("default-src 'none';") && !$0.contains("script-src") }, "\(content)")
        #expect(!scan.elements.contains { $0.lowercased().hasSuffix("script") || $0 == "foreignObject" || $0 == "iframe" || $0 == "object" })
        #expect(!scan.attributes.contains { $0.name.lowercased().hasPrefix("on") }, "an event-handler attribute")
        #expect(!scan.attributes.contains { $0.name.hasSuffix("href") && !$0.value.hasPrefix("#") }, "a link that leaves the document")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(scan.text.contains("<script>alert(1)</script>"))
    }

    @Test("CSV: cells a spreadsheet would run as formulas are guarded, and read back unchanged")
    func csv() throws {
        let central = try CLI.run("central", input, "--format", "csv", "--measures", "degree")
        #expect(central.stdout.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Klick\"\")\""))
        #expect(!central.stdout.components(separatedBy: "\r\n").contains { $0.split(separator: ";").contains { $0.hasPrefix("=") || $0.hasPrefix("@") } })
        let pair = folder.appendingPathComponent("pair").path
        #expect(try CLI.run("convert", input, "-o", pair, "--to", "csv").status == 0)
        let actors = try String(contentsOfFile: pair + "/actors.csv", encoding: .utf8)
        #expect(actors.contains("'=HYPERLINK"))
        let ties = try String(contentsOfFile: pair + "/ties.csv", encoding: .utf8)
        #expect(ties.contains("'@SUM(1+1)"))
        let back = folder.appendingPathComponent("pair.yaml").path
        #expect(try CLI.run("convert", pair, "-o", back).status == 0)
        let yaml = try String(contentsOfFile: back, encoding: .utf8)
        #expect(yaml.contains("name: \"=HYPERLINK(\\\"http://example.invalid\\\",\\\"Klick\\\")\""))
        #expect(yaml.contains("note: \"@SUM(1+1)\""))
    }

    @Test("Terminal: escape codes in names never reach the terminal (removed with a warning)")
    func terminal() throws {
        let run = try CLI.run("central", input, "--measures", "degree")
        #expect(run.status == 0)
        #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(run.stderr == "\(input):23:11: warning: 'name' holds control characters (invisible, or terminal escape codes); they are removed\n")
    }
}

/// What the tool writes replaces a file whole or not at all.
@Suite("No data loss: failed or killed runs leave existing outputs as they were")
struct NoDataLossTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-loss-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// An output that already exists, with content the tool would never write.
    func existing(_ name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data("precious earlier version\n".utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func untouched(_ path: String) throws -> Bool {
        try String(contentsOfFile: path, encoding: .utf8) == "precious earlier version\n"
    }

    func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    /// Runs the tool under `sh` after a shell prelude (a file-size limit), optionally through a
    /// wrapper command (another user).
    func shell(_ prelude: String, wrapper: String = "", _ arguments: [String]) throws -> Run {
        let quoted = ([CLI.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(prelude) exec \(wrapper) \(quoted)"]
        process.currentDirectoryURL = CLI.repository
        let out = Pipe(), err = Pipe()
        process.standardError = err
        process.standardOutput = out
        try process.run()
        let (outData, errData) = CLI.drain(out, err)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// ThreadSanitizer's runtime itself dies under a small file-size limit (exit 66).
    static let fileSizeLimitWorks = ProcessInfo.processInfo.environment["LANDSCAPE_SANITIZER"] != "thread"

    @Test("A full disk (simulated by a 4 KB file-size limit): exit 1, a clear error, the old files kept, no temporary file left",
          .enabled(if: fileSizeLimitWorks, "ThreadSanitizer's runtime dies under a file-size limit"),
          arguments: [["render", "graphs/weimar.yaml", "-o", "OUT.svg"], ["report", "graphs/weimar.yaml", "-o", "OUT.html"], ["convert", "graphs/weimar.yaml", "-o", "OUT.graphml"]])
    func fullDisk(_ arguments: [String]) throws {
        let name = arguments[3]
        let output = try existing(name)
        // SIGXFSZ ignored: a write past the limit fails with EFBIG, as on a full disk (ENOSPC).
        let run = try shell("trap '' XFSZ; ulimit -f 8;", arguments.map { $0 == name ? output : $0 })
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("\(output): error: cannot write the file (an existing one is left as it was): File too large\n"), "\(run.stderr)")
        #expect(try untouched(output))
        #expect(try leftovers().isEmpty)
    }

    @Test("The CSV pair is replaced together: when the second file cannot be written, the first is not changed either",
          .enabled(if: fileSizeLimitWorks, "ThreadSanitizer's runtime dies under a file-size limit"))
    func pairTogether() throws {
        let pair = folder.appendingPathComponent("pair")
        try FileManager.default.createDirectory(at: pair, withIntermediateDirectories: true)
        for file in ["actors.csv", "ties.csv"] {
            try Data("precious earlier version\n".utf8).write(to: pair.appendingPathComponent(file))
        }
        // Two actors and 300 ties with notes: actors.csv (written first) is small, ties.csv about
        // 20 KB, so with an 8 KB limit the first file is written and the second fails.
        var yaml = "actors:\n  - {id: a, name: A, kind: Amt}\n  - {id: b, name: B, kind: Verein}\nties:\n"
        for index in 0..<300 { yaml += "  - {from: a, to: b, note: Absprache Nummer \(index) zum Übergang Schule–Beruf}\n" }
        let input = folder.appendingPathComponent("many-ties.yaml")
        try Data(yaml.utf8).write(to: input)
        let run = try shell("trap '' XFSZ; ulimit -f 16;", ["convert", input.path, "-o", pair.path, "--to", "csv"])
        #expect(run.status == 1, "\(run.stderr)")
        for file in ["actors.csv", "ties.csv"] {
            #expect(try String(contentsOfFile: pair.appendingPathComponent(file).path, encoding: .utf8) == "precious earlier version\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: pair.path).sorted() == ["actors.csv", "ties.csv"])
    }

    @Test("A read-only folder (for a user who may not write there): exit 1, the old file kept")
    func readOnlyFolder() throws {
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        let output = locked.appendingPathComponent("weimar.svg").path
        try Data("precious earlier version\n".utf8).write(to: URL(fileURLWithPath: output))
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        // The tests may run as root, who may write anywhere: run the tool as 'nobody' then.
        let wrapper = getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups" : ""
        let input = CLI.repository.appendingPathComponent("graphs/weimar.yaml").path
        let run = try shell("", wrapper: wrapper, ["render", input, "-o", output])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("\(output): error: cannot write the file (an existing one is left as it was): "), "\(run.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "precious earlier version\n")
    }

    @Test("Killed at any moment while rendering: the output is the old file or the whole new one, never a part")
    func killed() throws {
        let output = try existing("thueringen.svg")
        for delay in [0.05, 0.15, 0.3, 0.45, 0.6, 0.8, 1.0, 1.3] {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["render", "graphs/thueringen.yaml", "-o", output]
            process.currentDirectoryURL = CLI.repository
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let data = try Data(contentsOf: URL(fileURLWithPath: output))
            let old = String(decoding: data, as: UTF8.self) == "precious earlier version\n"
            #expect(old || MarkupScan.scan(data) != nil, "after \(delay) s: neither the old file nor a whole SVG")
        }
    }

    @Test("render, convert and report refuse to write over their input")
    func ownInput() throws {
        let copy = folder.appendingPathComponent("jena.yaml").path
        try FileManager.default.copyItem(atPath: CLI.repository.appendingPathComponent("graphs/jena.yaml").path, toPath: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        for arguments in [["render", copy, "-o", copy, "--format", "svg"], ["convert", copy, "-o", copy], ["report", copy, "-o", copy]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 64, "\(arguments[0]): \(run.stderr)")
            if arguments[0] != "report" {
                #expect(run.stderr.contains("input"), "\(arguments[0]): \(run.stderr)")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }
}
