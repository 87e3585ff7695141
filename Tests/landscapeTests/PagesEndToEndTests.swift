import Foundation
import Testing

/// The pages of `landscape serve` in a real headless Chromium: `Tests/EndToEnd/pages_e2e.py`
/// drives it over WebDriver (chromedriver) through what an education manager clicks, and fails
/// on any console error; it saves a screenshot when it fails. Needs Debian's `chromium` and
/// `chromium-driver` (the Makefile installs them) and python3.
@Suite("landscape serve in headless Chromium")
struct PagesEndToEndTests {
    static let needed = ["/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/bin/python3"]

    @Test("map, panel, search, filters, tables, analysis and history work in Chromium, without console errors",
          .enabled(if: needed.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }))
    func pages() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [CLI.repository.appendingPathComponent("Tests/EndToEnd/pages_e2e.py").path, CLI.binary.path,
                             CLI.repository.path, FileManager.default.temporaryDirectory.path]
        process.currentDirectoryURL = CLI.repository
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
    }
}
