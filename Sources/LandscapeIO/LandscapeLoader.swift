import Foundation
import LandscapeCore

/// What loading one or more inputs gave: the merged landscape (built from everything valid),
/// every diagnostic in reading order, and the inputs as given.
public struct LoadResult: Sendable {
    public var landscape: Landscape
    public var diagnostics: [Diagnostic]
    public var inputs: [String]

    public var hasErrors: Bool { diagnostics.containsErrors }
}

/// Reads inputs of any supported format and merges them into one validated landscape.
public struct LandscapeLoader: Sendable {
    public init() {}

    /// The format of an input path: `.yaml`/`.yml` files, and folders (or `actors.csv`/`ties.csv`)
    /// of the CSV pair; `nil` for anything else.
    public static func format(of path: String) -> InputFormat? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .csvPair
        }
        let name = (path as NSString).lastPathComponent.lowercased()
        if name == "actors.csv" || name == "ties.csv" { return .csvPair }
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": return .yaml
        default: return nil
        }
    }

    /// Reads every input, then validates and merges them. Never throws: problems are diagnostics.
    public func load(_ paths: [String]) -> LoadResult {
        var diagnostics: [Diagnostic] = []
        var drafts: [LandscapeDraft] = []
        var fileOrder: [String] = []
        for path in paths {
            fileOrder.append(path)
            guard let format = Self.format(of: path) else {
                let found = (path as NSString).pathExtension
                let what = found.isEmpty ? "this file" : "'.\(found)' files"
                diagnostics.append(.error("cannot read \(what): expected a .yaml/.yml file or a folder with actors.csv and ties.csv", at: SourceLocation(file: path)))
                continue
            }
            if format == .csvPair {
                let folder = CSVPairReader.folder(for: path)
                fileOrder += [folder, (folder as NSString).appendingPathComponent("actors.csv"), (folder as NSString).appendingPathComponent("ties.csv")]
            }
            if let draft = format.reader.read(path: path, diagnostics: &diagnostics) {
                drafts.append(draft)
            }
        }
        let built = LandscapeBuilder().build(drafts)
        let all = (diagnostics + built.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.location.file.lowercased().hasSuffix(".csv") { diagnostic.location.column = nil }
            return diagnostic
        }).inReadingOrder(files: fileOrder)
        return LoadResult(landscape: built.landscape, diagnostics: all, inputs: paths)
    }
}
