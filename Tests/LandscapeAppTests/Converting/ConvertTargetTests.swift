import Foundation
import LandscapeApp
import LandscapeIO
import Testing

/// Which format `convert` writes where: every row of the table of `-o` and `--to`, letter case
/// of extensions, folders (existing, ending in `/`, or named like a file), and the registry the
/// rules read.
@Suite("Convert targets")
struct ConvertTargetTests {
    /// A fresh folder with an input `in.yaml`, an empty folder `out` and a folder `looks.json`.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-convert-target-\(UUID().uuidString)")
        for name in ["out", "looks.json"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        try Data("actors: []\n".utf8).write(to: folder.appendingPathComponent("in.yaml"))
        return folder
    }

    /// The format or the refusal for `-o output --to format`, with `in.yaml` of `folder` as input.
    static func target(_ output: String?, _ format: LandscapeFormat?, inputs: [String]) -> Result<LandscapeFormat, ConvertRefusal> {
        let request = ConvertRequest(load: LoadRequest(files: inputs), output: output, format: format)
        do throws(ConvertRefusal) {
            let output = try Converting.output(for: request)
            #expect(output.path == request.output)
            return .success(output.format)
        } catch {
            return .failure(error)
        }
    }

    /// Checks every row `(output, --to, expected)`: a format, or a refusal.
    static func check(_ rows: [(String?, LandscapeFormat?, Result<LandscapeFormat, ConvertRefusal>)], inputs: [String] = []) {
        for (output, format, expected) in rows {
            #expect(target(output, format, inputs: inputs) == expected, "-o \(output ?? "nil") --to \(format?.rawValue ?? "nil")")
        }
    }

    @Test("No output: refused, with the first input for the example")
    func noOutput() {
        Self.check([
            (nil, nil, .failure(.noOutput(firstInput: "a.yaml"))),
            ("", .json, .failure(.noOutput(firstInput: "a.yaml"))),
        ], inputs: ["a.yaml", "b.yaml"])
        Self.check([(nil, nil, .failure(.noOutput(firstInput: nil)))])
    }

    @Test("The extension names the format, in any letter case; --to may repeat it")
    func byExtension() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("x").path
        var rows: [(String?, LandscapeFormat?, Result<LandscapeFormat, ConvertRefusal>)] = []
        for format in LandscapeFormat.written where format.shape == .file {
            for name in format.extensions + format.extensions.map({ $0.uppercased() }) + format.extensions.map(\.capitalized) {
                rows.append((base + "." + name, nil, .success(format)))
                rows.append((base + "." + name, format, .success(format)))
            }
        }
        #expect(rows.count == 9 * 6, "yaml, yml, json, graphml, gexf, xlsx, xlsm, dot, gv in three spellings")
        Self.check(rows)
    }

    @Test("The extension and --to disagree: refused, with the extension as written")
    func disagreement() throws {
        Self.check([
            ("x.json", .gexf, .failure(.formatDisagrees(output: "x.json", fileExtension: "json", given: .gexf))),
            ("x.JSON", .gexf, .failure(.formatDisagrees(output: "x.JSON", fileExtension: "JSON", given: .gexf))),
            ("x.yml", .csv, .failure(.formatDisagrees(output: "x.yml", fileExtension: "yml", given: .csv))),
            ("x.gv", .graphml, .failure(.formatDisagrees(output: "x.gv", fileExtension: "gv", given: .graphml))),
        ])
    }

    @Test("An Excel workbook is written; an Excel 97–2003 name (.xls) is refused whatever --to says, before the folder rule")
    func excel() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var rows: [(String?, LandscapeFormat?, Result<LandscapeFormat, ConvertRefusal>)] = []
        for name in ["x.xls", "x.Xls", "book.xls/"] {
            for format in [nil, LandscapeFormat.yaml, .csv, .xlsx] {
                rows.append((name, format, .failure(.oldExcel(output: name))))
            }
        }
        rows.append(("x.xlsx", .yaml, .failure(.formatDisagrees(output: "x.xlsx", fileExtension: "xlsx", given: .yaml))))
        rows.append(("x", .xlsx, .success(.xlsx)))
        let out = folder.appendingPathComponent("out").path
        rows.append((out, .xlsx, .failure(.outputPath(.isFolder(output: out, example: "landscape.xlsx")))))
        Self.check(rows)
    }

    @Test("No extension or an unknown one: --to decides; without it, no extension is the CSV pair")
    func byOption() throws {
        var rows: [(String?, LandscapeFormat?, Result<LandscapeFormat, ConvertRefusal>)] = [
            ("x", nil, .success(.csv)),
            ("x.txt", nil, .failure(.noFormat(output: "x.txt"))),
            ("x.TXT", nil, .failure(.noFormat(output: "x.TXT"))),
            ("x.csv", nil, .failure(.noFormat(output: "x.csv"))),
        ]
        for format in LandscapeFormat.written {
            rows.append(("x", format, .success(format)))
            rows.append(("x.txt", format, .success(format)))
        }
        Self.check(rows)
    }

    @Test("A folder (existing, ending in '/', or named like a file) is the CSV pair; a file format is refused there")
    func folders() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let looks = folder.appendingPathComponent("looks.json").path
        let new = folder.appendingPathComponent("new").path + "/"
        let newNamed = folder.appendingPathComponent("new.yaml").path + "/"
        var rows: [(String?, LandscapeFormat?, Result<LandscapeFormat, ConvertRefusal>)] = []
        for path in [out, looks, new, newNamed, out + "/"] {
            rows.append((path, nil, .success(.csv)))
            rows.append((path, .csv, .success(.csv)))
            for format in LandscapeFormat.written where format.shape == .file {
                rows.append((path, format, .failure(.outputPath(.isFolder(output: path, example: "landscape.\(format.rawValue)")))))
            }
        }
        Self.check(rows)
    }

    @Test("Never over an input: a file, or the CSV pair into the input's folder")
    func overInput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.yaml").path
        let upper = folder.appendingPathComponent("IN.yaml").path
        Self.check([
            (input, nil, .failure(.outputPath(.overwritesInput(output: input, input: input)))),
            (upper, .yaml, .failure(.outputPath(.overwritesInput(output: upper, input: input)))),
            (folder.appendingPathComponent("in.json").path, nil, .success(.json)),
        ], inputs: [input])
        let pair = folder.appendingPathComponent("out").path
        try Data("id,name,kind\n".utf8).write(to: folder.appendingPathComponent("out/actors.csv"))
        Self.check([(pair, nil, .failure(.outputPath(.overwritesInput(output: pair, input: pair + "/actors.csv"))))],
                   inputs: [pair + "/actors.csv"])
    }

    @Test("The registry: every reader's format once, the written ones in order, extensions as the loader reads them")
    func registry() {
        #expect(LandscapeFormat.allCases.map(\.input) == InputFormat.allCases)
        #expect(LandscapeFormat.written == [.yaml, .csv, .json, .graphml, .gexf, .xlsx, .dot])
        #expect(LandscapeFormat.written.map(\.rawValue) == ExportFormat.allCases.map(\.rawValue) + ["dot"])
        #expect(LandscapeFormat.allCases.filter { $0.shape == .folder } == [.csv])
        for format in LandscapeFormat.allCases {
            #expect(format.rawValue == format.input.rawValue)
            for name in format.extensions {
                #expect(LandscapeFormat(pathExtension: name) == format)
                #expect(LandscapeLoader.format(of: "x." + name.uppercased()) == format.input)
            }
        }
        #expect(LandscapeFormat.csv.extensions.isEmpty)
        #expect(LandscapeFormat(pathExtension: "xls") == nil)
        #expect(LandscapeFormat(pathExtension: "csv") == nil && LandscapeFormat(pathExtension: "") == nil)
    }
}
