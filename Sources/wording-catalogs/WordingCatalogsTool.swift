import Foundation

/// `wording-catalogs OUTPUT CATALOG...`: the build step of LandscapeWording (Plugins/WordingCatalogs).
/// Reads every catalog, prints every problem as `PATH:LINE:COLUMN: error: …` and exits 1, or
/// writes the Swift of the catalogs to OUTPUT (only when it changed, so that nothing rebuilds
/// needlessly). An `@main` type rather than top-level code, so that the tool also builds where
/// executables are compiled as libraries (the fuzz package's `--sanitize fuzzer` build).
@main
enum WordingCatalogsTool {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let output = arguments.first else {
            fail("usage: wording-catalogs OUTPUT CATALOG...", status: 64)
        }
        var problems: [String] = []
        let files = arguments.dropFirst().map { CatalogFile(path: $0, problems: &problems) }
        let catalogs = Catalogs(files: files, problems: &problems)
        guard problems.isEmpty else { fail(problems.joined(separator: "\n"), status: 1) }
        let swift = Emitter(catalogs: catalogs).swift()
        guard (try? String(contentsOfFile: output, encoding: .utf8)) != swift else { return }
        do {
            try swift.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            fail("error: cannot write \(output): \(error)", status: 1)
        }
    }

    static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(status)
    }
}
