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

/// The words of a printed PDF with their boxes, as `pdftotext -bbox` (poppler-utils) finds
/// them, page by page.
enum PDFWords {
    struct Word {
        var text: String
        var minY: Double
        var maxY: Double
    }

    /// Ascent plus descent of DejaVu Sans, the diagrams' font, in ems: a word's box is this many
    /// times its font size high.
    static let boxPerEm = 1.164

    static func pages(_ pdf: URL) throws -> [[Word]] {
        let process = Process(), out = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-bbox", pdf.path, "-"]
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.components(separatedBy: "<page ").dropFirst().map { page in
            page.matches(of: /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/).compactMap { match in
                guard let top = Double(match.1), let bottom = Double(match.2) else { return nil }
                return Word(text: String(match.3), minY: top, maxY: bottom)
            }
        }
    }

    /// The smallest word (its font size in points, by `boxPerEm`) between the line that starts
    /// with the words `heading` and the line that starts with `caption`, on the page that holds
    /// both; `nil` when no page does.
    static func smallest(_ pdf: URL, between heading: [String], and caption: [String]) throws -> (page: Int, size: Double, word: String)? {
        func line(_ start: [String], in words: [Word]) -> Word? {
            words.indices.first { index in
                index + start.count <= words.count
                    && start.indices.allSatisfy { words[index + $0].text == start[$0] && abs(words[index + $0].minY - words[index].minY) < 1 }
            }.map { words[$0] }
        }
        for (number, words) in try pages(pdf).enumerated() {
            guard let top = line(heading, in: words), let bottom = line(caption, in: words), top.maxY < bottom.minY else { continue }
            let inside = words.filter { $0.minY > top.maxY && $0.maxY < bottom.minY }
            guard let least = inside.min(by: { $0.maxY - $0.minY < $1.maxY - $1.minY }) else { return nil }
            return (number + 1, ((least.maxY - least.minY) / boxPerEm * 10).rounded() / 10, least.text)
        }
        return nil
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

    /// The first words of the overview's heading and of its caption (report-brief.yaml,
    /// report-diagrams.yaml): the diagram and its key lie between them.
    static let overviewMarks = ["de": (["Das", "Netzwerk"], ["Das", "Kooperationsnetz."]),
                                "en": (["The", "network"], ["The", "cooperation"])]

    /// The smallest printed size the issue allows for a label of the overview: 7 pt.
    static let smallestLabel = 7.0

    @Test("Every example's briefing, printed by headless Chromium through -o x.pdf: at most two A4 pages, no label of the overview under 7 pt",
          .enabled(if: Chromium.path != nil, "chromium is not installed (Debian: apt-get install chromium, which 'make setup' does); the page count is skipped"),
          arguments: examples, ["de", "en"])
    func twoPages(example: String, language: String) throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let pdf = out.appendingPathComponent("\(example).pdf")
        let run = try CLI.run(["report", "graphs/\(example).yaml", "--brief", "--lang", language, "-o", pdf.path], timeout: 300)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: pdf).starts(with: Data("%PDF-".utf8)))
        let pages = try PDFPages.count(pdf)
        #expect((1...2).contains(pages), "\(example) (\(language)): \(pages) pages")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["\(example).pdf"], "no temporary file left behind")
        let marks = try #require(Self.overviewMarks[language])
        let smallest = try #require(try PDFWords.smallest(pdf, between: marks.0, and: marks.1),
                                    "\(example) (\(language)): the overview's heading and caption are not on one page (pdftotext -bbox)")
        #expect(smallest.size >= Self.smallestLabel,
                "\(example) (\(language)): »\(smallest.word)« prints at \(smallest.size) pt on page \(smallest.page)")
    }

    @Test("All examples merged, and Weimar since 2017 in English: still two pages, no label of the overview under 7 pt",
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
        // All examples merged printed their overview at 6.7 pt before more layouts were tried.
        let marks = try #require(Self.overviewMarks[arguments.contains("en") ? "en" : "de"])
        let smallest = try #require(try PDFWords.smallest(pdf, between: marks.0, and: marks.1))
        #expect(smallest.size >= Self.smallestLabel, "\(arguments): »\(smallest.word)« prints at \(smallest.size) pt on page \(smallest.page)")
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
        // Every example: each names Thüringen among its actors' municipalities, and graphs/thueringen.yaml's title does.
        let all = try CLI.run(["check"] + Self.examples.map { "graphs/\($0).yaml" })
        #expect(all.stderr.contains("the merged landscape is called 'Thüringen: Eisenach, Jena, Landkreis Nordhausen, Landkreis Sömmerda, …'"),
                "\(all.stderr)")
    }

    /// The pages before the appendix: its lead (in German or English) is the first text on its page.
    static func pagesBeforeAppendix(_ pdf: URL) throws -> Int? {
        guard let text = try PDFText.read(pdf) else { return nil }
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
