import Foundation
import Testing

/// `landscape report graphs/*.yaml`: every example merged into one state-wide report, as a user
/// runs it.
@Suite("landscape report on every example merged")
struct ReportMergedCommandTests {
    static let files = ["eisenach", "jena", "nordhausen", "soemmerda", "thueringen", "weimar"].map { "graphs/\($0).yaml" }

    /// The groups of at least three actors, the largest first (`render --group` lists them all).
    static let groups = ["Weimar", "Landkreis Nordhausen", "Thüringen", "Eisenach", "Landkreis Sömmerda", "Jena", "Bund", "Erfurt", "ohne Kommune"]

    /// The text of each page of a PDF, as `pdftotext` (poppler-utils) finds it.
    static func pageTexts(_ pdf: URL) throws -> [String] {
        (try PDFText.read(pdf) ?? "").components(separatedBy: "\u{0C}")
    }

    @Test("A combined title and the warning; the overview by municipality, then each municipality's own diagram")
    func html() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("merged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("bericht.html").path
        let run = try CLI.run(["report"] + Self.files + ["-o", path], timeout: 300)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: the files have different titles"), "\(run.stderr)")
        let html = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(html.contains("<h1>Thüringen: Eisenach, Jena, Landkreis Nordhausen, Landkreis Sömmerda, …</h1>"))
        #expect(html.contains("Auf den nächsten Seiten folgt jede Kommune bzw. Ebene mit mindestens 3 Akteuren einzeln"))
        let captions = html.matches(of: /<figcaption><strong>Die Gruppe »([^«]+)«\.<\/strong>/).map { String($0.1) }
        #expect(captions == Self.groups)
        #expect(!html.contains("landscape render --group"), "every group is drawn: no need to tell how to draw one")
    }

    @Test("Printed: the overview on one page, each municipality on a page of its own after it",
          .enabled(if: Chromium.path != nil, "chromium is not installed (Debian: apt-get install chromium, which 'make setup' does)"))
    func printed() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("merged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let pdf = out.appendingPathComponent("bericht.pdf")
        let run = try CLI.run(["report"] + Self.files + ["-o", pdf.path], timeout: 300)
        #expect(run.status == 0, "\(run.stderr)")
        let pages = try Self.pageTexts(pdf)
        let overview = try #require(pages.firstIndex { $0.contains("Das Kooperationsnetz. Die Akteure sind nach Kommunen") }, "the overview's caption")
        #expect(pages[overview].contains("Das Netzwerk im Überblick"), "section 2's heading, the overview and its caption on one page")
        let groupPages = Self.groups.map { name in pages.firstIndex { $0.contains("Die Gruppe »\(name)«.") } }
        #expect(groupPages == Self.groups.indices.map { overview + 1 + $0 }, "\(groupPages), the overview on page \(overview + 1)")
    }
}
