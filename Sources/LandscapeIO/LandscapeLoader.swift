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
    /// Formats read by readers from other modules (DOT), tried after the built-in ones.
    public var additionalFormats: [AdditionalFormat]

    public init(additionalFormats: [AdditionalFormat] = []) {
        self.additionalFormats = additionalFormats
    }

    /// The format of an input path: folders (or `actors.csv`/`ties.csv`) of the CSV pair, and
    /// `.yaml`/`.yml`, `.json`, `.graphml`, `.gexf` and `.xlsx` files; `nil` for anything else.
    public static func format(of path: String) -> InputFormat? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .csvPair
        }
        let name = (path as NSString).lastPathComponent.lowercased()
        if name == "actors.csv" || name == "ties.csv" { return .csvPair }
        return InputFormat(pathExtension: (path as NSString).pathExtension)
    }

    /// The reader for an input path: a built-in format's, else an additional format's.
    func reader(for path: String) -> (any LandscapeReader)? {
        if let format = Self.format(of: path) { return format.reader }
        let found = (path as NSString).pathExtension.lowercased()
        return additionalFormats.first { $0.extensions.contains(found) }?.reader
    }

    /// The extensions the loader reads, for messages: ".yaml/.yml, .json, …".
    var knownExtensions: String {
        let builtIn = [".yaml/.yml", ".json", ".graphml", ".gexf", ".xlsx"]
        let more = additionalFormats.map { $0.extensions.map { "." + $0 }.joined(separator: "/") }
        return (builtIn + more).joined(separator: ", ")
    }

    /// Reads every input, then validates and merges them. Never throws: problems are diagnostics.
    public func load(_ paths: [String]) -> LoadResult {
        var diagnostics: [Diagnostic] = []
        var drafts: [LandscapeDraft] = []
        var fileOrder: [String] = []
        for path in paths {
            fileOrder.append(path)
            guard let reader = reader(for: path) else {
                let found = (path as NSString).pathExtension
                let what = found.isEmpty ? "this file" : "'.\(found)' files"
                diagnostics.append(.error("cannot read \(what): expected a \(knownExtensions) file or a folder with actors.csv and ties.csv", at: SourceLocation(file: path)))
                continue
            }
            if Self.format(of: path) == .csvPair {
                let folder = CSVPairReader.folder(for: path)
                fileOrder += [folder, (folder as NSString).appendingPathComponent("actors.csv"), (folder as NSString).appendingPathComponent("ties.csv")]
            }
            if let draft = reader.read(path: path, diagnostics: &diagnostics) {
                drafts.append(draft)
                // Readers that name parts of a file (the sheets of a workbook) report them in
                // the order they hold actors and ties.
                for part in [draft.actors.first?.location.file, draft.ties.first?.location.file].compactMap({ $0 }) where !fileOrder.contains(part) {
                    fileOrder.append(part)
                }
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
