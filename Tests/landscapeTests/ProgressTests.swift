import Foundation
import Testing

/// Progress on standard error: the tests set `LANDSCAPE_PROGRESS_DELAY=0` so that every step
/// shows (a step otherwise shows only after about a second), and a locale that is not German,
/// so that the line before the landscape is read is English.
@Suite("Progress on standard error: on a terminal or with --progress, never with --quiet")
struct ProgressTests {
    static let everyStep = ["LANDSCAPE_PROGRESS_DELAY": "0", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"]

    @Test("--progress: a line for each step, then the same line with the time it took; the result on stdout as ever")
    func steps() throws {
        let run = try CLI.run(["central", "graphs/weimar.yaml", "--top", "1", "--progress", "--lang", "en"], environment: Self.everyStep)
        #expect(run.status == 0)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.first == "reading 1 file …")
        #expect(lines.dropFirst().first?.range(of: #"^reading 1 file … done \(\d+\.\d s\)$"#, options: .regularExpression) != nil, "\(lines)")
        #expect(lines.dropFirst(2).first == "analysing 35 actors …")
        #expect(run.stdout.hasPrefix("#  actor"))
    }

    @Test("The landscape's language once it is read (German for Weimar), the locale's before; --lang for both")
    func language() throws {
        let run = try CLI.run(["gaps", "graphs/weimar.yaml", "--progress"], environment: Self.everyStep)
        #expect(run.stderr.hasPrefix("reading 1 file …\n"))
        #expect(run.stderr.contains("\nAnalyse von 37 Akteuren …\nAnalyse von 37 Akteuren … fertig ("))
        let german = try CLI.run(["check", "graphs/weimar.yaml", "--progress", "--lang", "de"], environment: Self.everyStep)
        #expect(german.stderr.hasPrefix("Lesen einer Datei …\nLesen einer Datei … fertig ("))
        #expect(german.stdout == "in Ordnung: 35 Akteure, 50 Beziehungen; dazu 2 Instrumente mit 4 Beziehungen (graphs/weimar.yaml)\n")
    }

    @Test("--quiet shows nothing, off a terminal nothing is shown without --progress, and a quick step shows nothing")
    func silence() throws {
        let quiet = try CLI.run(["stats", "graphs/weimar.yaml", "--progress", "--quiet"], environment: Self.everyStep)
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
        let piped = try CLI.run(["stats", "graphs/weimar.yaml"], environment: Self.everyStep)
        #expect(piped.status == 0 && piped.stderr.isEmpty)
        let quick = try CLI.run(["stats", "graphs/weimar.yaml", "--progress"], environment: ["LANDSCAPE_PROGRESS_DELAY": "60"])
        #expect(quick.status == 0 && quick.stderr.isEmpty)
    }

    @Test("render, report, convert and whatif show their steps too")
    func otherCommands() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let render = try CLI.run(["render", "graphs/jena.yaml", "-o", folder.appendingPathComponent("j.svg").path, "--progress", "--lang", "en"],
                                 environment: Self.everyStep)
        #expect(render.stderr.contains("laying out and drawing 15 actors … done ("), "\(render.stderr)")
        let report = try CLI.run(["report", "graphs/jena.yaml", "-o", folder.appendingPathComponent("j.html").path, "--progress"],
                                 environment: Self.everyStep)
        #expect(report.stderr.contains("Bericht über "), "\(report.stderr)")
        let convert = try CLI.run(["convert", "graphs/jena.yaml", "-o", folder.appendingPathComponent("j.json").path, "--progress"],
                                  environment: Self.everyStep)
        #expect(convert.stderr.hasPrefix("reading 1 file …\n"), "\(convert.stderr)")
        let whatIf = try CLI.run(["whatif", "graphs/weimar.yaml", "--remove", "weimar-vhs", "--progress", "--lang", "en"],
                                 environment: Self.everyStep)
        #expect(whatIf.stderr.contains("analysing 37 actors … done ("), "\(whatIf.stderr)")
    }
}
