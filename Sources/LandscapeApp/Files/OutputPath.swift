import Foundation
import LandscapeWording

/// Why an output path is refused before anything is read or written.
public enum OutputPathProblem: Error, Equatable, Sendable {
    /// The output names an existing folder where a file is written; `example` is a file name
    /// to suggest (`diagram.svg`).
    case isFolder(output: String, example: String)
    /// Writing the output would replace this input (a file, or a CSV folder's `actors.csv` or
    /// `ties.csv`).
    case overwritesInput(output: String, input: String)
}

/// The one rule for every output: it never replaces an input, and a file is not written over a
/// folder.
///
/// Paths are compared after resolving `.`/`..` and symbolic links, and **without regard to
/// letter case**: on a file system that ignores case (macOS, Windows shares) `Weimar.yaml` and
/// `weimar.yaml` are one file, and refusing a harmless case-only difference on Linux costs
/// nothing, while overwriting an input loses work. A CSV folder, as input or as output, stands
/// for its `actors.csv`, `ties.csv` and `landscape.csv`, and a CSV file named as input for its folder.
public enum OutputPath {
    /// What an output is: one file, or a folder that receives the CSV pair.
    public enum Shape: Sendable {
        case file(example: String)
        case csvFolder
    }

    /// Checks `output` against `inputs`.
    ///
    /// - Complexity: O(I) file-system look-ups for I inputs.
    public static func check(_ output: String, shape: Shape, inputs: [String]) throws(OutputPathProblem) {
        let target = resolved(output)
        let written: [String]
        switch shape {
        case .file(let example):
            if isFolder(target.path) { throw .isFolder(output: output, example: example) }
            written = [target.path]
        case .csvFolder:
            written = csvPair(in: target)
        }
        let writtenKeys = Set(written.map { $0.lowercased() })
        for input in inputs {
            let read = Set(readPaths(of: input).map { $0.lowercased() })
            if !read.isDisjoint(with: writtenKeys) { throw .overwritesInput(output: output, input: input) }
        }
    }

    /// The files an input stands for.
    static func readPaths(of input: String) -> [String] {
        let url = resolved(input)
        if isFolder(url.path) { return csvPair(in: url) }
        if csvFiles.contains(url.lastPathComponent.lowercased()) {
            return csvPair(in: url.deletingLastPathComponent())
        }
        return [url.path]
    }

    /// The files of a CSV folder: the pair and the landscape sheet.
    static let csvFiles = ["actors.csv", "ties.csv", "landscape.csv"]

    static func csvPair(in folder: URL) -> [String] {
        csvFiles.map { folder.appendingPathComponent($0).path }
    }

    static func resolved(_ path: String) -> URL {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension OutputPathProblem {
    /// The refusal as a sentence in the given words.
    public func message(_ words: FileWording) -> String {
        switch self {
        case .isFolder(let output, let example): words.outputIsFolder(output: output, example: example)
        case .overwritesInput(let output, let input): words.outputOverwritesInput(output: output, input: input)
        }
    }
}
