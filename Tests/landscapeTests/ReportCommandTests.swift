import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Headless Chromium, when it is installed (Debian's `chromium` package; `make setup` installs it).
enum Chromium {
    static let path: String? = {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .flatMap { folder in ["chromium", "chromium-browser", "google-chrome"].map { "\(folder)/\($0)" } }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs the browser headless on `arguments`; its chatter on standard error is ignored.
    static func run(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite("landscape report, as users run it")
struct ReportCommandTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("report-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func wellFormed(_ data: Data) -> Bool {
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        return parser.parse()
    }

    @Test("Writes one HTML file and says so in one line")
    func writes() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("sub/report.html").path
        let run = try CLI.run("report", "graphs/weimar.yaml", "-o", path)
        #expect(run.status == 0, "\(run.stderr)")
        // A German report, so the line is German too.
        #expect(run.stdout.range(of: #"^\S+ geschrieben \(de, 35 Akteure, 50 Beziehungen, \d+ Lücken, 10 Vorschläge\)\n$"#, options: .regularExpression) != nil, "\(run.stdout)")
        #expect(run.stdout.hasPrefix("\(path) geschrieben "))
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.starts(with: Data("<!DOCTYPE html>".utf8)))
        #expect(wellFormed(data))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("sub").path) == ["report.html"],
                "no temporary file left behind")
    }

    @Test("--tables xlsx: the long tables as a workbook beside the report, both written through temporary files")
    func tables() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("sub/report.html").path
        let run = try CLI.run("report", "graphs/weimar.yaml", "-o", path, "--tables", "xlsx", "--lang", "en")
        #expect(run.status == 0, "\(run.stderr)")
        let workbook = out.appendingPathComponent("sub/report.xlsx")
        #expect(run.stdout.hasPrefix("wrote \(workbook.path) (every actor and its measures)\nwrote \(path) (en, 35 actors, 50 ties, "), "\(run.stdout)")
        let data = try Data(contentsOf: workbook)
        #expect(data.starts(with: Data("PK".utf8)), "a zip: an xlsx workbook")
        // Two sheets (the names in the zip's directory are stored as they are): the actors and their measures.
        let names = String(decoding: data, as: UTF8.self)
        #expect(names.contains("xl/worksheets/sheet1.xml") && names.contains("xl/worksheets/sheet2.xml") && !names.contains("xl/worksheets/sheet3.xml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("sub").path).sorted() == ["report.html", "report.xlsx"],
                "no temporary file left behind")
    }

    /// Prints each sheet as `NAME|FROZEN|ROWS`, its header, and the rows whose first or second
    /// cell is one of the names after the workbook, as `TYPE:VALUE` cells.
    static let cells = """
        import sys, warnings, openpyxl
        warnings.simplefilter("error")
        book = openpyxl.load_workbook(sys.argv[1])
        for sheet in book.worksheets:
            rows = list(sheet.iter_rows(values_only=True))
            print(f"{sheet.title}|{sheet.freeze_panes}|{sheet.max_row}")
            print("  " + "|".join(map(str, rows[0])))
            for row in rows[1:]:
                if row[0] in sys.argv[2:] or row[1] in sys.argv[2:]:
                    print("  " + "|".join(f"{type(c).__name__}:{round(c, 3) if isinstance(c, float) else c}" for c in row[:6]))
        """

    @Test("--tables xlsx: a spreadsheet library reads the cells — every actor in the report's words, the measures as numbers",
          .enabled(if: ResultFileTests.openpyxl, "python3 with openpyxl is missing (python3 -m pip install openpyxl; make setup installs it)"))
    func tableCells() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("bericht.html").path
        let run = try CLI.run("report", "graphs/weimar.yaml", "-o", path, "--tables", "xlsx", "--anonymize", "contacts")
        #expect(run.status == 0, "\(run.stderr)")
        let workbook = out.appendingPathComponent("bericht.xlsx").path
        let programme = "Bundesprogramm »Kommunale Koordinierung der Bildungsangebote für Neuzugewanderte«"
        let book = try ResultFileTests.python(Self.cells, [workbook, "Bildungskoordinatorin für Neuzugewanderte (Weimar)", programme,
                                                           "»Weimarer Bündnis für Sprache und Integration«"])
        #expect(book.status == 0, "\(book.stderr)")
        // Weimar's 35 actors, its 2 instruments (the directory lists every element) and the header;
        // the measures rank the 35 actors, as central does. German, as the landscape is.
        #expect(book.stdout == """
            Akteure|A2|38
              Name|Art|Kommune|Aktiv|Gefördert durch|Kontakt
              str:Bildungskoordinatorin für Neuzugewanderte (Weimar)|str:Amt/Verwaltung|str:Weimar|str:seit 2017|str:\(programme)|NoneType:None
              str:»Weimarer Bündnis für Sprache und Integration«|str:Gremium|str:Weimar|str:seit 2018|NoneType:None|NoneType:None
              str:\(programme)|str:Förderprogramm|str:Bund|str:2016 – Dezember 2021|NoneType:None|NoneType:None
            Zentrale Akteure|A2|36
              Nr.|Akteur|Art|Partner (Grad)|Zwischenzentralität|Nähe (Closeness)|Eigenvektor|PageRank|Abhängigkeit (Constraint)|Koordinator|Berater|Repräsentant|Torwächter|Verbindungsglied
              int:1|str:»Weimarer Bündnis für Sprache und Integration«|str:Gremium|int:14|float:0.555|float:0.447
              int:2|str:Bildungskoordinatorin für Neuzugewanderte (Weimar)|str:Amt/Verwaltung|int:10|float:0.495|float:0.5
              int:17|str:\(programme)|str:Förderprogramm|int:1|int:0|float:0.337

            """, "\(book.stdout)")
    }

    @Test("English, --at, and the same bytes twice")
    func options() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let first = out.appendingPathComponent("a.html").path, second = out.appendingPathComponent("b.html").path
        for path in [first, second] {
            let run = try CLI.run("report", "graphs/thueringen.yaml", "-o", path, "--lang", "en")
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("(en, 52 actors, 53 ties,"))
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: first)), b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a == b)
        #expect(String(decoding: a, as: UTF8.self).contains("<h2><span class=\"number\">3</span>Key figures</h2>"))
        let dated = out.appendingPathComponent("2017.html").path
        let run = try CLI.run("report", "graphs/weimar.yaml", "-o", dated, "--at", "2017")
        #expect(run.status == 0)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: dated)), as: UTF8.self).contains("Die Bildungslandschaft am 1. Januar 2017"))
    }

    @Test("--anonymize=all and --anonymize contacts")
    func anonymize() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let input = out.appendingPathComponent("contacts.yaml")
        try """
            title: Musterstadt
            language: de
            actors:
              - {id: bb, name: Bildungsbüro Musterstadt, kind: Stabsstelle, contact: anna.schmidt@musterstadt.example}
              - {id: vhs, name: Volkshochschule Musterstadt, kind: Volkshochschule, contact: "Tel. 0361 123456"}
              - {id: lg, name: Lenkungsgruppe Bildung, kind: Lenkungsgruppe, note: "Vorsitz: Frau Dr. Erika Mustermann"}
            ties:
              - {from: bb, to: lg, kind: member}
              - {from: vhs, to: lg, kind: member, note: "seit dem Gespräch mit Herrn Meier"}
              - {from: bb, to: vhs}
            """.write(to: input, atomically: true, encoding: .utf8)
        let all = out.appendingPathComponent("all.html").path
        #expect(try CLI.run("report", input.path, "-o", all, "--anonymize=all").status == 0)
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: all)), as: UTF8.self)
        for secret in ["Bildungsbüro Musterstadt", "Volkshochschule Musterstadt", "Lenkungsgruppe Bildung", "anna.schmidt", "123456",
                       "Mustermann", "Meier", "\"bb\"", "actor-vhs", "actor-lg"] {
            let left = text.contains(secret)
            #expect(!left, "\(secret) is left in the anonymised report")
        }
        #expect(text.contains("Amt 1") && text.contains("Gremium 1"))
        let contacts = out.appendingPathComponent("contacts.html").path
        #expect(try CLI.run("report", input.path, "-o", contacts, "--anonymize", "contacts").status == 0)
        let second = String(decoding: try Data(contentsOf: URL(fileURLWithPath: contacts)), as: UTF8.self)
        #expect(!second.contains("anna.schmidt") && !second.contains("123456"))
        #expect(second.contains("Bildungsbüro Musterstadt"))
        let plain = out.appendingPathComponent("plain.html").path
        #expect(try CLI.run("report", input.path, "-o", plain).status == 0)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: plain)), as: UTF8.self).contains("anna.schmidt@musterstadt.example"))
    }

    @Test("Wrong usage exits with 64 and says what to do", arguments: [
        (["report", "graphs/weimar.yaml"], "Give the report file with -o"),
        (["report", "graphs/weimar.yaml", "-o", "out/report.docx"], "name the report .html"),
        (["report", "graphs/weimar.yaml", "-o", "out/r.html", "--lang", "fr"], "'--lang fr' is not known; use de or en."),
        (["report", "graphs/weimar.yaml", "-o", "out/r.html", "--anonymize"], "Missing value for '--anonymize <contacts|all>'"),
        (["report", "graphs/weimar.yaml", "-o", "out/r.html", "--anonymize", "names"], "--anonymize"),
        (["report", "graphs/nowhere.yaml", "-o", "out/r.html"], "No such file or folder: 'graphs/nowhere.yaml'."),
        (["report", "-o", "out/r.html"], "Give at least one landscape file"),
        (["report", "graphs/weimar.yaml", "-o", "graphs"], "name the report .html"),
        (["report", "graphs/weimar.yaml", "-o", "out/r.html", "--at", "2019-13"], "'--at 2019-13' is not a date"),
        (["report", "graphs/weimar.yaml", "-o", "out/r.html", "--tables", "csv"], "'--tables csv' is not known; use xlsx."),
    ])
    func usage(arguments: [String], message: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("An input with errors: the diagnostics, exit status 1, no file")
    func inputErrors() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let input = out.appendingPathComponent("broken.yaml")
        try "actors:\n  - {id: a, name: A, kind: Amtt}\nties:\n  - {from: a, to: b}\n".write(to: input, atomically: true, encoding: .utf8)
        let path = out.appendingPathComponent("r.html").path
        let run = try CLI.run("report", input.path, "-o", path)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error:") && run.stderr.contains("broken.yaml:2:"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("The report is listed in the help")
    func help() throws {
        let run = try CLI.run("--help")
        #expect(run.stdout.contains("report") && run.stdout.contains("steering-group report"))
        let own = try CLI.run("report", "--help")
        #expect(own.status == 0 && own.stdout.contains("--anonymize <contacts|all>"))
    }

    @Test("Headless Chromium renders the report: a screenshot and a PDF of several A4 pages",
          .enabled(if: Chromium.path != nil, "chromium is not installed (Debian: apt-get install chromium, which 'make setup' does); the browser check is skipped"))
    func browser() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let html = out.appendingPathComponent("weimar.html")
        #expect(try CLI.run("report", "graphs/weimar.yaml", "-o", html.path).status == 0)
        let png = out.appendingPathComponent("weimar.png"), pdf = out.appendingPathComponent("weimar.pdf")
        #expect(try Chromium.run(["--screenshot=\(png.path)", "--window-size=1280,2000", html.absoluteString]) == 0)
        #expect(try Chromium.run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString]) == 0)
        let image = try Data(contentsOf: png)
        #expect(Array(image.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(image.count > 50_000, "a screenshot of \(image.count) bytes is suspiciously small")
        let document = try Data(contentsOf: pdf)
        #expect(document.starts(with: Data("%PDF-".utf8)))
        // The page tree's root holds the largest /Count: every section starts a page of its own.
        let text = String(decoding: document, as: UTF8.self)
        let pages = text.matches(of: /\/Count (\d+)/).compactMap { Int($0.1) }.max() ?? 0
        #expect(pages >= 9, "\(pages) pages")
    }
}
