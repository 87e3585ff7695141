import Foundation
import Testing

/// `-o FILE.xlsx|csv|json` of the analysing commands, as users run them; the workbook checked
/// by a spreadsheet library (openpyxl from PyPI, `make setup`), not by this tool's own reader.
@Suite("Analysis results written to files: workbooks, CSV, JSON")
struct ResultFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-results-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Whether `python3 -c "import openpyxl"` works here.
    static let openpyxl: Bool = {
        (try? python("import openpyxl"))?.status == 0
    }()

    static func python(_ script: String, _ arguments: [String] = []) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let (outData, errData) = CLI.drain(out, err)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Prints each sheet as `NAME|FROZEN|ROWS` and the types and values of its first two rows.
    static let describe = """
        import sys, warnings, openpyxl
        warnings.simplefilter("error")
        book = openpyxl.load_workbook(sys.argv[1])
        for sheet in book.worksheets:
            print(f"{sheet.title}|{sheet.freeze_panes}|{sheet.max_row}|{sheet.column_dimensions['B'].width}")
            for row in sheet.iter_rows(min_row=1, max_row=2):
                print("  " + "|".join(f"{type(c.value).__name__}:{c.value}" for c in row[:5]))
        """

    @Test("central -o c.xlsx: a workbook a spreadsheet library opens, numbers as numbers, the header frozen",
          .enabled(if: openpyxl, "python3 with openpyxl is missing (python3 -m pip install openpyxl; make setup installs it)"))
    func centralWorkbook() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("c.xlsx").path
        let run = try CLI.run("central", "graphs/weimar.yaml", "-o", path, "--lang", "en")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "wrote \(path) (xlsx)\n")
        let book = try Self.python(Self.describe, [path])
        #expect(book.status == 0, "\(book.stderr)")
        let lines = book.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Central actors|A2|36|") == true, "\(lines)")
        #expect(lines.dropFirst().first == "  str:#|str:actor|str:kind|str:degree|str:strength")
        let first = lines.dropFirst(2).first ?? ""
        #expect(first.hasPrefix("  int:1|str:»Weimarer Bündnis für Sprache und Integration«|str:committee|int:14|"), "\(first)")
    }

    @Test("Every analysing command writes its tables as a workbook, one sheet each",
          .enabled(if: openpyxl, "python3 with openpyxl is missing"),
          arguments: [
              (["stats", "graphs/weimar.yaml", "--lang", "en"], ["Figures|A2|16", "Mixing matrix|A2|10"]),
              (["communities", "graphs/weimar.yaml", "--lang", "en"], ["Communities|A2|36"]),
              (["gaps", "graphs/weimar.yaml", "--lang", "en"], ["Gaps|A2|18"]),
              (["suggest", "graphs/weimar.yaml"], ["Kooperationsmöglichkeiten|A2|11"]),
              (["whatif", "graphs/weimar.yaml", "--at", "2022", "--lang", "en"], ["Before and after|A2|7", "What is lost|A2|8"]),
          ])
    func workbooks(arguments: [String], sheets: [String]) throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("r.xlsx").path
        let run = try CLI.run(arguments + ["-o", path])
        #expect(run.status == 0, "\(run.stderr)")
        let book = try Self.python(Self.describe, [path])
        #expect(book.status == 0, "\(book.stderr)")
        let found = book.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { $0.split(separator: "|").prefix(3).joined(separator: "|") }
        #expect(found == sheets)
        #expect(book.stdout.contains("int:") || book.stdout.contains("float:"), "numbers stay numbers: \(book.stdout)")
    }

    @Test("-o x.csv and -o x.json write what --format csv and --format json print")
    func csvAndJSON() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        for (format, name) in [("csv", "s.csv"), ("json", "s.json")] {
            let path = out.appendingPathComponent(name).path
            #expect(try CLI.run("stats", "graphs/weimar.yaml", "-o", path).status == 0)
            let printed = try CLI.run("stats", "graphs/weimar.yaml", "--format", format).stdout
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(printed.utf8))
        }
    }

    @Test("whatif --format csv prints the before/after table as CSV, not the text")
    func whatIfCSV() throws {
        let run = try CLI.run("whatif", "graphs/weimar.yaml", "--at", "2022", "--format", "csv", "--lang", "en")
        #expect(run.stdout.hasPrefix("\u{FEFF},before,after\r\nactors,35,34\r\n"), "\(run.stdout)")
        #expect(!run.stdout.contains("removed:"))
    }

    @Test("-o mistakes are usage errors (exit 64), nothing written", arguments: [
        (["central", "graphs/weimar.yaml", "-o", "c.txt"], "Error: '-o c.txt': name the file .xlsx, .csv or .json."),
        (["stats", "graphs/weimar.yaml", "-o", "c.xls"], "Error: '-o c.xls': Excel 97–2003 workbooks (.xls) are not written; name the file .xlsx."),
        (["gaps", "graphs/weimar.yaml", "-o", "c.xlsx", "--format", "json"], "Error: '-o c.xlsx' ends in .xlsx but --format is json; leave out --format or change one of them."),
        (["communities", "graphs/weimar.yaml", "-o", "graphs"], "Error: '-o graphs': name the file .xlsx, .csv or .json."),
        (["central", "Tests/LandscapeIOTests/Fixtures/formats/errors.json", "-o", "Tests/LandscapeIOTests/Fixtures/formats/errors.json"],
         "Error: '-o Tests/LandscapeIOTests/Fixtures/formats/errors.json' would overwrite the input 'Tests/LandscapeIOTests/Fixtures/formats/errors.json'; choose another output."),
    ])
    func usage(arguments: [String], message: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
