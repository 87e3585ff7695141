import Foundation

/// A browser test written in Python (Tests/EndToEnd/NAME.py, WebDriver against headless
/// Chromium), run with the built binary, the repository and a folder for its screenshots.
enum EndToEndScript {
    /// What the scripts need: Debian's chromium and chromium-driver, and python3.
    static let needed = ["/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/bin/python3"]

    /// Whether everything `needed` is installed.
    static var available: Bool { needed.allSatisfy { FileManager.default.isExecutableFile(atPath: $0) } }

    /// Runs the script `name` and returns its exit status and everything it printed.
    static func run(_ name: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [CLI.repository.appendingPathComponent("Tests/EndToEnd/\(name).py").path, CLI.binary.path,
                             CLI.repository.path, FileManager.default.temporaryDirectory.path]
        process.currentDirectoryURL = CLI.repository
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
