import Foundation
import Testing

/// The pages of a PDF as `pdfinfo` (poppler-utils, which `make setup` installs) counts them;
/// without it, the largest `/Count` of the page tree.
enum PDFPages {
    static func count(_ pdf: URL) throws -> Int {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/pdfinfo" }
        if let pdfinfo = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let process = Process(), out = Pipe()
            process.executableURL = URL(fileURLWithPath: pdfinfo)
            process.arguments = [pdf.path]
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if let match = text.firstMatch(of: /Pages:\s+(\d+)/), let pages = Int(match.1) { return pages }
        }
        let text = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        return text.matches(of: /\/Count (\d+)/).compactMap { Int($0.1) }.max() ?? 0
    }
}

@Suite("landscape report --brief: the Sitzungsvorlage, as users run it")
struct ReportBriefCommandTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("brief-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let examples = ["eisenach", "jena", "nordhausen", "soemmerda", "thueringen", "weimar"]

    @Test("Every example's briefing, printed by headless Chromium through -o x.pdf, is at most two A4 pages",
          .enabled(if: Chromium.path != nil, "chromium is not installed (Debian: apt-get install chromium, which 'make setup' does); the page count is skipped"),
          arguments: examples)
    func twoPages(example: String) throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let pdf = out.appendingPathComponent("\(example).pdf")
        let run = try CLI.run(["report", "graphs/\(example).yaml", "--brief", "-o", pdf.path], timeout: 300)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: pdf).starts(with: Data("%PDF-".utf8)))
        let pages = try PDFPages.count(pdf)
        #expect((1...2).contains(pages), "\(example): \(pages) pages")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["\(example).pdf"], "no temporary file left behind")
    }

    @Test("All examples merged, and Weimar since 2017 in English: still two pages",
          .enabled(if: Chromium.path != nil, "chromium is not installed; the page count is skipped"),
          arguments: [["graphs/eisenach.yaml", "graphs/jena.yaml", "graphs/nordhausen.yaml", "graphs/soemmerda.yaml",
                       "graphs/thueringen.yaml", "graphs/weimar.yaml"],
                      ["graphs/weimar.yaml", "--since", "2017", "--at", "2019-08", "--lang", "en"]])
    func twoPagesMore(arguments: [String]) throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let pdf = out.appendingPathComponent("brief.pdf")
        let run = try CLI.run(["report"] + arguments + ["--brief", "--format", "pdf", "-o", pdf.path], timeout: 300)
        #expect(run.status == 0, "\(run.stderr)")
        #expect((1...2).contains(try PDFPages.count(pdf)))
    }

    @Test("HTML by default: German words, the decisions, the line on stdout")
    func html() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("vorlage.html").path
        let run = try CLI.run("report", "graphs/weimar.yaml", "--brief", "-o", path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("\(path) geschrieben (de, 35 Akteure, 50 Beziehungen"), "\(run.stdout)")
        let html = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(html.contains("Sitzungsvorlage für die Lenkungsgruppe") && html.contains("Beschlussvorschläge"))
    }

    @Test("Without Chromium, a PDF is refused in words and nothing is written")
    func noBrowser() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let pdf = out.appendingPathComponent("vorlage.pdf")
        let run = try CLI.run(["report", "graphs/weimar.yaml", "--brief", "-o", pdf.path],
                              environment: ["LANDSCAPE_CHROMIUM": out.appendingPathComponent("no-chromium").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("Fehler: \(pdf.path) kann nicht gedruckt werden: Kein Chromium gefunden"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test("Wrong usage of --format exits with 64", arguments: [
        (["report", "graphs/weimar.yaml", "--brief", "-o", "out/v.html", "--format", "docx"], "'--format docx' is not known; use html or pdf."),
        (["report", "graphs/weimar.yaml", "--brief", "-o", "out/v.html", "--format", "pdf"], "'--format pdf' does not match '-o out/v.html'; name the file .pdf."),
        (["report", "graphs/weimar.yaml", "--brief", "-o", "out/v.docx"], "name the report .html, or .pdf"),
    ])
    func usage(arguments: [String], message: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test("Merged files with different titles: the combined title and the warning; --title names it instead, without the warning")
    func mergedTitles() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("vorlage.html").path
        let run = try CLI.run("report", "graphs/jena.yaml", "graphs/weimar.yaml", "--brief", "-o", path)
        #expect(run.status == 0, "\(run.stderr)")
        // The titles of graphs/jena.yaml and graphs/weimar.yaml.
        #expect(run.stderr.contains("graphs/weimar.yaml:61:8: warning: the files have different titles ('Bildungslandschaft Stadt Jena', "
                                    + "'Bildungslandschaft Stadt Weimar'); the merged landscape is called 'Bildungslandschaft Stadt: Jena, Weimar' (name it with --title)"),
                "\(run.stderr)")
        let html = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(html.contains("<span class=\"brief-title\">Bildungslandschaft Stadt: Jena, Weimar</span>"))
        let titled = try CLI.run("report", "graphs/jena.yaml", "graphs/weimar.yaml", "-o", path, "--title", "Jena & Weimar <gemeinsam>")
        #expect(titled.status == 0 && !titled.stderr.contains("different titles"), "\(titled.stderr)")
        let full = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(full.contains("<h1>Jena &amp; Weimar &lt;gemeinsam&gt;</h1>"))
        let check = try CLI.run("check", "graphs/jena.yaml", "graphs/weimar.yaml", "--title", "Jena und Weimar")
        #expect(check.status == 0 && !check.stderr.contains("different titles"), "\(check.stderr)")
    }

    /// The pages before the appendix: its lead (in German or English) is the first text on its page.
    static func pagesBeforeAppendix(_ pdf: URL) throws -> Int? {
        let process = Process(), out = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", pdf.path, "-"]
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let marks = ["Zum Nachschlagen:", "For looking things up:"]
        guard let start = marks.compactMap({ text.range(of: $0) }).first else { return nil }
        return text[..<start.lowerBound].count { $0 == "\u{0C}" }
    }

    @Test("The full reports printed by Chromium: Weimar at most 12 and Thüringen at most 16 A4 pages before the appendix",
          .enabled(if: Chromium.path != nil, "chromium is not installed (Debian: apt-get install chromium, which 'make setup' does); the page count is skipped"),
          arguments: [("weimar", "de", 12), ("thueringen", "de", 16), ("weimar", "en", 12), ("thueringen", "en", 16)])
    func fullReportPages(example: String, language: String, limit: Int) throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let pdf = out.appendingPathComponent("\(example).pdf")
        let run = try CLI.run(["report", "graphs/\(example).yaml", "--lang", language, "-o", pdf.path], timeout: 300)
        #expect(run.status == 0, "\(run.stderr)")
        let before = try #require(try Self.pagesBeforeAppendix(pdf), "pdftotext (poppler-utils) finds no appendix in \(pdf.path)")
        #expect(before <= limit, "\(example) (\(language)): \(before) pages before the appendix")
        #expect(try PDFPages.count(pdf) > before, "the appendix follows")
    }
}
