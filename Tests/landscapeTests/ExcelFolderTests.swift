import Foundation
import Testing

/// A Bildungsmanagerin's Excel files through `convert` and `check`: the CSV folder as German
/// Excel saves it, with its landscape sheet, to YAML and back; a list typed with commas.
@Suite("German Excel files on the command line")
struct ExcelFolderTests {
    static let folder = "Tests/LandscapeIOTests/Fixtures/csv/excel-de-landscape"

    @Test("actors.csv, ties.csv and landscape.csv as German Excel saves them (';', Windows-1252, CRLF) convert to YAML with title, language, as_of and needs, and back")
    func toYAMLAndBack() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-excel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        let yaml = out.appendingPathComponent("weimar.yaml").path
        let there = try CLI.run("convert", Self.folder, "-o", yaml)
        #expect(there.status == 0, "\(there.stderr)")
        let text = try String(contentsOfFile: yaml, encoding: .utf8)
        #expect(text.hasPrefix("""
            title: Bildungslandschaft Weimar – Neuzugewanderte
            language: de
            as_of: 2019-08
            needs:
              - Sprachförderung
              - Übergang Schule–Beruf
            actors:
            """))
        let pair = out.appendingPathComponent("pair").path
        let back = try CLI.run("convert", yaml, "-o", pair)
        #expect(back.status == 0 && back.stderr.isEmpty, "\(back.stderr)")
        let sheet = try Data(contentsOf: URL(fileURLWithPath: pair).appendingPathComponent("landscape.csv"))
        #expect(String(decoding: sheet, as: UTF8.self).hasPrefix("\u{FEFF}field;value\r\ntitle;Bildungslandschaft Weimar – Neuzugewanderte\r\nlanguage;de\r\nas_of;2019-08\r\n"))
        let again = out.appendingPathComponent("again.yaml").path
        #expect(try CLI.run("convert", pair, "-o", again).status == 0)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == text)
    }

    @Test("A topics cell 'Sprache, Integration' gives exactly one warning, at its line and column")
    func listCell() throws {
        let run = try CLI.run("check", "Tests/LandscapeIOTests/Fixtures/csv/list-cells")
        #expect(run.status == 0)
        #expect(run.stderr == "Tests/LandscapeIOTests/Fixtures/csv/list-cells/actors.csv:4:6: warning: »Sprache, Integration« is one topic; separate topics with |\n")
    }

    /// Whether LibreOffice's `soffice` is on the PATH (Debian's libreoffice-calc; not installed
    /// by `make setup`: it is large).
    static let soffice: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sh", "-c", "command -v soffice"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test("LibreOffice reads a converted landscape and a result workbook without error",
          .enabled(if: soffice, "LibreOffice (soffice) is not installed"))
    func libreOffice() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-soffice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        let landscape = out.appendingPathComponent("w.xlsx").path, central = out.appendingPathComponent("c.xlsx").path
        #expect(try CLI.run("convert", "graphs/weimar.yaml", "-o", landscape).status == 0)
        #expect(try CLI.run("central", "graphs/weimar.yaml", "-o", central).status == 0)
        for book in [landscape, central] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["soffice", "--headless", "--convert-to", "csv", "--outdir", out.appendingPathComponent("csv").path, book]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            let name = ((book as NSString).lastPathComponent as NSString).deletingPathExtension + ".csv"
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("csv").appendingPathComponent(name).path))
        }
    }
}
