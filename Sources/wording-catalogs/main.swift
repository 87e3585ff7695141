import Foundation

// wording-catalogs OUTPUT CATALOG...: the build step of LandscapeWording (Plugins/WordingCatalogs).
// Reads every catalog, prints every problem as PATH:LINE:COLUMN: error: … and exits 1, or writes
// the Swift of the catalogs to OUTPUT (only when it changed, so that nothing rebuilds needlessly).
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: wording-catalogs OUTPUT CATALOG...\n".utf8))
    exit(64)
}
var problems: [String] = []
let files = arguments.dropFirst().map { CatalogFile(path: $0, problems: &problems) }
let catalogs = Catalogs(files: files, problems: &problems)
guard problems.isEmpty else {
    FileHandle.standardError.write(Data((problems.joined(separator: "\n") + "\n").utf8))
    exit(1)
}
let swift = Emitter(catalogs: catalogs).swift()
if (try? String(contentsOfFile: output, encoding: .utf8)) != swift {
    do {
        try swift.write(toFile: output, atomically: true, encoding: .utf8)
    } catch {
        FileHandle.standardError.write(Data("error: cannot write \(output): \(error)\n".utf8))
        exit(1)
    }
}
