import ArgumentParser
import Foundation
import LandscapeGraphviz
import LandscapeIO

/// Writing what `convert` produced, and checking that it overwrites no input.
enum ConvertOutput {
    /// Writes a file atomically, or each file of a folder atomically (the folder is created).
    static func write(_ written: WrittenLandscape, to path: String) throws {
        switch written {
        case .file(let data):
            try OutputFile.write(data, to: path)
        case .folder(let files):
            try OutputFile.write(files.map { (data: $0.data, path: (path as NSString).appendingPathComponent($0.name)) })
        }
    }

    /// Throws when the output would replace an input file (or an input folder's CSV files).
    static func checkNoInput(_ output: String, target: ConvertTarget, inputs: [String]) throws {
        func resolved(_ path: String) -> URL { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath() }
        let out = resolved(output)
        var written = [out.path]
        if target == .csv { written = ["actors.csv", "ties.csv"].map { out.appendingPathComponent($0).path } }
        for input in inputs {
            let url = resolved(input)
            var read = [url.path]
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                read = ["actors.csv", "ties.csv"].map { url.appendingPathComponent($0).path }
            } else if ["actors.csv", "ties.csv"].contains(url.lastPathComponent.lowercased()) {
                read = ["actors.csv", "ties.csv"].map { url.deletingLastPathComponent().appendingPathComponent($0).path }
            }
            if !Set(read.map { $0.lowercased() }).isDisjoint(with: written.map { $0.lowercased() }) {
                throw ValidationError("'-o \(output)' would overwrite the input '\(input)'; choose another output.")
            }
        }
    }

}
