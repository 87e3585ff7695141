import Foundation
import Testing

@Suite("landscape report --compare and --since, as users run them")
struct ReportCompareCommandTests {
    @Test("--since 2017 --at 2019-08 on Weimar and --compare with an older file: the report opens with what has changed")
    func compare() throws {
        let out = try CLI.scratchFolder("report-compare")
        defer { try? FileManager.default.removeItem(at: out) }
        let since = out.appendingPathComponent("since.html").path
        let run = try CLI.run("report", "graphs/weimar.yaml", "--since", "2017", "--at", "2019-08", "-o", since)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: since, encoding: .utf8)
        #expect(html.contains("<h2>Was hat sich verändert</h2>"))
        #expect(html.contains("1. August 2019 im Vergleich mit 2017"))
        let files = out.appendingPathComponent("files.html").path
        let compared = try CLI.run("report", "graphs/variants/nordhausen-sprachkurse-2019.yaml",
                                   "--compare", "graphs/variants/nordhausen-sprachkurse-2017.yaml", "-o", files, "--lang", "en")
        #expect(compared.status == 0, "\(compared.stderr)")
        let english = try String(contentsOfFile: files, encoding: .utf8)
        #expect(english.contains("nordhausen-sprachkurse-2019.yaml compared with nordhausen-sprachkurse-2017.yaml"))
    }

    @Test("Usage errors exit 64; an older version with errors exits 1", arguments: [
        (["report", "graphs/weimar.yaml", "--since", "2017", "--compare", "graphs/jena.yaml", "-o", "x.html"],
         "Error: --compare and --since both name the older version; give one of them."),
        (["report", "graphs/weimar.yaml", "--since", "2017-13", "-o", "x.html"], "Error: '--since 2017-13' is not a date"),
        (["report", "graphs/weimar.yaml", "--compare", "graphs/jena.yaml", "-o", "graphs/jena.yaml"], "Error: '-o graphs/jena.yaml'"),
    ])
    func usage(arguments: [String], message: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        let broken = try CLI.run("report", "graphs/weimar.yaml", "--compare", "Tests/LandscapeIOTests/Fixtures/bad/yaml/date-feb30.yaml",
                                 "-o", FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).html").path)
        #expect(broken.status == 1 && broken.stderr.contains(": error: "))
    }
}
