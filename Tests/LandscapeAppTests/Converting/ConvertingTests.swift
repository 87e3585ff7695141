import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeRender
import LandscapeWording
import Testing

/// A renderer for tests: fails as a crashed worker does, or returns fixed bytes.
struct StubRenderer: DiagramRenderer {
    var fails: Bool

    func render(_ diagram: Diagram, as format: RenderFormat) throws(RenderError) -> Rendering {
        if fails { throw .workerFailed("no worker here", detail: []) }
        return Rendering(data: Data("digraph {}\n".utf8), messages: [RenderMessage(.warning, "a stub")], timing: RenderTiming(layout: 0, output: 0))
    }
}

/// The convert use case as a library user calls it: what it writes, what it reports, and why
/// it writes nothing.
@Suite("Converting through the application library")
struct ConvertingTests {
    static let weimar = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("graphs/weimar.yaml").path

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-converting-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func convert(_ request: ConvertRequest, failing: Bool = false) -> Result<ConvertResult, ConvertFailure> {
        do throws(ConvertFailure) {
            return .success(try Converting.convert(request, renderer: StubRenderer(fails: failing)))
        } catch {
            return .failure(error)
        }
    }

    @Test("JSON: the landscape on the day, its counts, no losses, read back the same")
    func json() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("w.json").path
        let day = try #require(CalendarDay(year: 2017, month: 1, day: 1))
        let result = try convert(ConvertRequest(load: LoadRequest(files: [Self.weimar], day: day), output: path)).get()
        let then = try Landscape.load(Self.weimar).active(on: day)
        #expect(result.output.path == path && result.output.format == .json)
        #expect(result.actors == then.actors.count && result.ties == then.ties.count)
        #expect(result.losses.isEmpty && result.messages.isEmpty && result.warnings.isEmpty)
        #expect(try Landscape.load(path) == then)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["w.json"], "no temporary file left")
    }

    @Test("The CSV pair and the landscape sheet into a folder, nothing lost; GEXF in the renderer's colours, without the date and needs")
    func lossesAndStyle() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let pair = out.appendingPathComponent("pair").path
        let csv = try convert(ConvertRequest(load: LoadRequest(files: [Self.weimar]), output: pair)).get()
        #expect(csv.output.format == .csv)
        #expect(try FileManager.default.contentsOfDirectory(atPath: pair).sorted() == ["actors.csv", "landscape.csv", "ties.csv"])
        #expect(csv.losses.isEmpty)
        #expect(try Landscape.load(pair) == Landscape.load(Self.weimar))
        let gexf = out.appendingPathComponent("w.gexf").path
        #expect(try convert(ConvertRequest(load: LoadRequest(files: [Self.weimar]), output: gexf)).get().losses.count == 1)
        let text = try String(contentsOfFile: gexf, encoding: .utf8)
        let office = KindStyle.of(.office)
        #expect(text.contains("<viz:color r=\"\(office.fill.red)\" g=\"\(office.fill.green)\" b=\"\(office.fill.blue)\""))
    }

    @Test("DOT through the renderer passed in: its bytes and warnings; a failed layout writes nothing")
    func dot() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("w.gv").path
        let result = try convert(ConvertRequest(load: LoadRequest(files: [Self.weimar]), output: path)).get()
        #expect(result.output.format == .dot)
        #expect(result.messages == [RenderMessage(.warning, "a stub")])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "digraph {}\n")
        let failed = out.appendingPathComponent("f.dot").path
        guard case .failure(.notDrawn(let error, let warnings)) = convert(ConvertRequest(load: LoadRequest(files: [Self.weimar]), output: failed), failing: true) else {
            Issue.record("a failing renderer must fail the conversion")
            return
        }
        #expect(error == .workerFailed("no worker here", detail: []) && warnings.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: failed))
    }

    @Test("Nothing is written after a refusal, input errors or a failed write, and each says why")
    func failures() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        guard case .failure(.refused(.noFormat(let output))) = convert(ConvertRequest(load: LoadRequest(files: ["missing.yaml"]), output: "x.txt")) else {
            Issue.record("an output without format must be refused before reading")
            return
        }
        #expect(output == "x.txt")
        let target = out.appendingPathComponent("x.yaml").path
        guard case .failure(.unreadable(let failure)) = convert(ConvertRequest(load: LoadRequest(files: [out.appendingPathComponent("missing.yaml").path]), output: target)) else {
            Issue.record("a missing input must fail the load")
            return
        }
        #expect(failure.diagnostics.containsErrors)
        #expect(!FileManager.default.fileExists(atPath: target))
        // A file where the output's folder should be: the write fails, the result says what it would have been.
        try Data("x".utf8).write(to: out.appendingPathComponent("file"))
        let blocked = out.appendingPathComponent("file/w.yaml").path
        guard case .failure(.notWritten(let result, let reason)) = convert(ConvertRequest(load: LoadRequest(files: [Self.weimar]), output: blocked)) else {
            Issue.record("a blocked output must fail the write")
            return
        }
        #expect(result.output.path == blocked && result.output.format == .yaml && result.actors > 0)
        #expect(!reason.isEmpty)
    }

    @Test("A refusal in words: English as the command prints it, German from the same catalog")
    func refusalWords() {
        let refusals: [ConvertRefusal] = [
            .noOutput(firstInput: nil), .oldExcel(output: "x.xls"), .formatDisagrees(output: "x.json", fileExtension: "json", given: .gexf),
            .noFormat(output: "x.txt"), .outputPath(.isFolder(output: "out", example: "landscape.json")),
        ]
        let english = refusals.map { $0.message(Language.en.convertCommandWording, files: Language.en.fileWording) }
        #expect(english == [
            "Give the output with -o, e.g. 'landscape convert graphs/weimar.yaml -o out/landscape.graphml'.",
            "'-o x.xls': Excel 97–2003 workbooks (.xls) are not written; name the file .xlsx.",
            "'-o x.json' ends in .json but --to is gexf; change one of them.",
            "'-o x.txt': name the file .yaml, .json, .graphml, .gexf, .xlsx or .dot, give a folder for the CSV pair, or give --to.",
            "'-o out' is a folder; give a file name such as 'out/landscape.json'.",
        ])
        let german = refusals.map { $0.message(Language.de.convertCommandWording, files: Language.de.fileWording) }
        #expect(german[2] == "»-o x.json« endet auf .json, aber --to ist gexf; ändern Sie eines von beiden.")
        #expect(zip(english, german).allSatisfy { $0 != $1 })
    }
}
