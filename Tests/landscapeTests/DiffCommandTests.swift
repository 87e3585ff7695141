import Foundation
import Testing

@Suite("landscape diff, as users run it")
struct DiffCommandTests {
    static let nordhausen = ["graphs/variants/nordhausen-sprachkurse-2017.yaml", "graphs/variants/nordhausen-sprachkurse-2019.yaml"]

    @Test("--exit-code: 0 for a landscape compared with itself, 1 when anything differs; without it, 0")
    func exitCode() throws {
        let same = try CLI.run("diff", "graphs/weimar.yaml", "graphs/weimar.yaml", "--exit-code")
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.hasSuffix("\nKeine Unterschiede.\n"))
        let differs = try CLI.run(["diff"] + Self.nordhausen + ["--exit-code"])
        #expect(differs.status == 1, "\(differs.stderr)")
        #expect(try CLI.run(["diff"] + Self.nordhausen).status == 0)
        let dates = try CLI.run("diff", "graphs/weimar.yaml", "--from", "2017", "--to", "2019-08", "--exit-code")
        #expect(dates.status == 1)
        let broken = try CLI.run("diff", "graphs/weimar.yaml", "Tests/LandscapeIOTests/Fixtures/bad/yaml/date-feb30.yaml", "--exit-code")
        #expect(broken.status == 2, "an input with errors is neither 0 nor 1 with --exit-code")
        #expect(try CLI.run("diff", "graphs/weimar.yaml", "Tests/LandscapeIOTests/Fixtures/bad/yaml/date-feb30.yaml").status == 1)
    }

    @Test("Weimar from 2017 to 2019-08: the Bündnis joined, the course providers' coordination gap closed")
    func weimar() throws {
        let run = try CLI.run("diff", "graphs/weimar.yaml", "--from", "2017", "--to", "2019-08", "--format", "json")
        #expect(run.status == 0, "\(run.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(((root["actors"] as? [String: Any])?["joined"] as? [String])?.contains("weimar-buendnis") == true)
        let closed = try #require((root["gaps"] as? [String: Any])?["closed"] as? [[String: Any]])
        #expect(closed.contains { $0["type"] as? String == "uncoordinated" && ($0["groups"] as? [String]) == ["Integrationskurse"] })
        let text = try CLI.run("diff", "graphs/weimar.yaml", "--from", "2017", "--to", "2019-08", "--lang", "en")
        #expect(text.stdout.contains("Actors joined (1)\n  + »Weimarer Bündnis für Sprache und Integration« (Committee)\n"))
        // The dates are data in the JSON ("2019-08") and words in the text, as the report says them.
        #expect((root["new"] as? [String: Any])?["label"] as? String == "2019-08")
        #expect(text.stdout.hasPrefix("What changed: 2017 → August 2019\n"))
        let german = try CLI.run("diff", "graphs/weimar.yaml", "--from", "2017", "--to", "2019-08")
        #expect(german.stdout.hasPrefix("Was sich verändert hat: 2017 → August 2019\n"))
    }

    @Test("--old and --new merge several inputs per side; -o writes CSV or a workbook, as the other commands do")
    func sidesAndOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("changes.csv").path
        let run = try CLI.run("diff", "--old", "graphs/weimar.yaml", "--new", "graphs/weimar.yaml", "--new", "graphs/jena.yaml", "-o", output)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "\(output) geschrieben (csv)\n")  // in the landscapes' language, German
        let csv = String(decoding: try Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}section;change;type;id;name;field;old;new\r\n"))
        #expect(csv.contains("\r\nactors;joined;"))
        let workbook = folder.appendingPathComponent("changes.xlsx").path
        #expect(try CLI.run("diff", "graphs/weimar.yaml", "--from", "2017", "-o", workbook).status == 0)
        #expect(FileManager.default.contents(atPath: workbook)?.prefix(2) == Data("PK".utf8))
    }

    @Test("Usage errors exit 64 with a message that says what to give")
    func usage() throws {
        let cases: [([String], String)] = [
            (["diff"], "Error: Give OLD and NEW"),
            (["diff", "graphs/weimar.yaml"], "Error: Give two inputs, OLD and NEW (one was given)"),
            (["diff", "graphs/weimar.yaml", "graphs/jena.yaml", "graphs/eisenach.yaml"], "Error: Give two inputs, OLD and NEW (3 were given)"),
            (["diff", "--old", "graphs/weimar.yaml"], "Error: Give both sides"),
            (["diff", "graphs/weimar.yaml", "--new", "graphs/jena.yaml"], "Error: Give the two sides either as OLD NEW"),
            (["diff", "graphs/weimar.yaml", "--to", "2019"], "Error: --to needs --from"),
            (["diff", "graphs/weimar.yaml", "--from", "2017", "--old", "graphs/jena.yaml"], "Error: --from and --to compare one landscape"),
            (["diff", "graphs/weimar.yaml", "--from", "someday"], "Error: "),
            (["diff", "graphs/weimar.yaml", "graphs/jena.yaml", "-o", "out/changes.xls"], "Error: '-o out/changes.xls': Excel 97–2003"),
            (["diff", "graphs/weimar.yaml", "graphs/jena.yaml", "-o", "out/changes.txt"], "Error: '-o out/changes.txt': name the file .xlsx"),
            (["diff", "graphs/weimar.yaml", "Tests/LandscapeIOTests/Fixtures/csv/tabs", "-o", "Tests/LandscapeIOTests/Fixtures/csv/tabs/ties.csv"],
             "Error: '-o Tests/LandscapeIOTests/Fixtures/csv/tabs/ties.csv' would overwrite"),
            (["diff", "graphs/weimar.yaml", "graphs/nothing.yaml"], "Error: "),
        ]
        for (arguments, message) in cases {
            let run = try CLI.run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.hasPrefix(message), "\(arguments): \(run.stderr)")
        }
    }

    @Test("--title names each side's merged files, without the warning about their different titles")
    func title() throws {
        let sides = ["diff", "--old", "graphs/jena.yaml", "--old", "graphs/weimar.yaml", "--new", "graphs/jena.yaml", "--new", "graphs/weimar.yaml"]
        let merged = try CLI.run(sides)
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stderr.contains("the files have different titles"), "\(merged.stderr)")
        let titled = try CLI.run(sides + ["--title", "Jena und Weimar"])
        #expect(titled.status == 0 && !titled.stderr.contains("different titles"), "\(titled.stderr)")
        #expect(titled.stdout.hasSuffix("\nKeine Unterschiede.\n"), "\(titled.stdout)")
        let dates = try CLI.run("diff", "graphs/jena.yaml", "graphs/weimar.yaml", "--from", "2017", "--title", "Jena und Weimar")
        #expect(dates.status == 0 && !dates.stderr.contains("different titles"), "\(dates.stderr)")
    }
}
