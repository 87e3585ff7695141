import Foundation
import LandscapeApp
import Testing

/// The one output rule, on real files in a temporary folder.
@Suite("Output paths")
struct OutputPathTests {
    /// A fresh folder with `weimar.yaml`, a CSV folder `partner/` and a link `link.yaml` to the YAML file.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("partner"), withIntermediateDirectories: true)
        for name in ["weimar.yaml", "partner/actors.csv", "partner/ties.csv"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.yaml").path,
                                                   withDestinationPath: folder.appendingPathComponent("weimar.yaml").path)
        return folder
    }

    func problem(_ output: String, _ shape: OutputPath.Shape, _ inputs: [String]) -> OutputPathProblem? {
        do throws(OutputPathProblem) {
            try OutputPath.check(output, shape: shape, inputs: inputs)
            return nil
        } catch {
            return error
        }
    }

    @Test("An input is never an output: the same file, another spelling, another letter case, a link")
    func inputs() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = folder.appendingPathComponent("weimar.yaml").path
        for output in [yaml, folder.path + "/./weimar.yaml", folder.path + "/WEIMAR.yaml", folder.appendingPathComponent("link.yaml").path] {
            #expect(problem(output, .file(example: "x.svg"), [yaml]) == .overwritesInput(output: output, input: yaml))
        }
        #expect(problem(folder.appendingPathComponent("weimar.svg").path, .file(example: "x.svg"), [yaml]) == nil)
    }

    @Test("A CSV folder stands for its pair, as input and as output; a CSV file for its pair")
    func csvFolders() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let partner = folder.appendingPathComponent("partner").path
        #expect(problem(partner, .csvFolder, [partner]) == .overwritesInput(output: partner, input: partner))
        #expect(problem(partner + "/Actors.csv", .file(example: "x.csv"), [partner]) == .overwritesInput(output: partner + "/Actors.csv", input: partner))
        #expect(problem(partner, .csvFolder, [partner + "/ties.csv"]) == .overwritesInput(output: partner, input: partner + "/ties.csv"))
        #expect(problem(folder.appendingPathComponent("out").path, .csvFolder, [partner]) == nil)
    }

    @Test("A file is not written over a folder")
    func folderAsFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let partner = folder.appendingPathComponent("partner").path
        #expect(problem(partner, .file(example: "diagram.svg"), []) == .isFolder(output: partner, example: "diagram.svg"))
    }

    @Test("Files written together appear together; a failed write leaves the old file and no temporary file")
    func atomicWrites() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("new/a.txt").path, b = folder.appendingPathComponent("new/b.txt").path
        try OutputFile.write([OutputFile.Item(Data("A".utf8), to: a), OutputFile.Item(Data("B".utf8), to: b)])
        #expect(try String(contentsOfFile: a, encoding: .utf8) == "A")
        #expect(try String(contentsOfFile: b, encoding: .utf8) == "B")
        // The second target is a folder: nothing is replaced, the first file keeps its content.
        let blocked = folder.appendingPathComponent("partner").path
        #expect(throws: (any Error).self) {
            try OutputFile.write([OutputFile.Item(Data("A2".utf8), to: a), OutputFile.Item(Data("C".utf8), to: blocked)])
        }
        #expect(try String(contentsOfFile: a, encoding: .utf8) == "A")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("new").path)
        #expect(left.sorted() == ["a.txt", "b.txt"])
    }
}
