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
    /// The largest file, the most actors and ties, the longest texts accepted.
    public var limits: InputLimits

    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    /// The format of an input path: folders (or `actors.csv`/`ties.csv`/`landscape.csv`) of the CSV pair, and
    /// `.yaml`/`.yml`, `.json`, `.graphml`, `.gexf`, `.xlsx` and `.dot`/`.gv` files; `nil` for
    /// anything else.
    public static func format(of path: String) -> InputFormat? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .csvPair
        }
        let name = (path as NSString).lastPathComponent.lowercased()
        if CSVPairReader.memberNames.contains(name) { return .csvPair }
        return InputFormat(pathExtension: (path as NSString).pathExtension)
    }

    /// The reader for an input path, if its format is known.
    func reader(for path: String) -> (any LandscapeReader)? {
        Self.format(of: path)?.reader
    }

    /// A regular file's size in bytes; `nil` when it is missing (the reader reports that).
    static func size(of path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }

    /// The extensions the loader reads, for messages: ".yaml/.yml", ".json" ….
    static let knownExtensions = [".yaml/.yml", ".json", ".graphml", ".gexf", ".xlsx", ".dot/.gv"]

    /// Reads every input, then validates and merges them. Never throws: problems are diagnostics.
    public func load(_ paths: [String]) -> LoadResult {
        var diagnostics: [Diagnostic] = []
        var drafts: [LandscapeDraft] = []
        var fileOrder: [String] = []
        var actorsMayBeMissing = false
        for path in paths {
            fileOrder.append(path)
            guard let reader = reader(for: path) else {
                let found = (path as NSString).pathExtension
                diagnostics.append(.error(.file(.unknownFormat(extension: found.isEmpty ? nil : found, known: Self.knownExtensions)), at: SourceLocation(file: path)))
                continue
            }
            var files = [path]
            if Self.format(of: path) == .csvPair {
                let folder = CSVPairReader.folder(for: path)
                files = CSVPairReader.memberNames.map { (folder as NSString).appendingPathComponent($0) }
                fileOrder += [folder] + files
            }
            if let tooLarge = files.first(where: { (Self.size(of: $0) ?? 0) > limits.maxFileBytes }) {
                let size = Self.size(of: tooLarge) ?? 0
                diagnostics.append(.error(.file(.tooLarge(size: size, limit: limits.maxFileBytes)), at: SourceLocation(file: tooLarge)))
                actorsMayBeMissing = true
                continue
            }
            let diagnosticsBefore = diagnostics.count
            let draft = reader.read(path: path, diagnostics: &diagnostics)
            if diagnostics[diagnosticsBefore...].contains(where: { $0.severity == .error }), draft?.actors.isEmpty ?? true {
                actorsMayBeMissing = true
            }
            if let draft {
                drafts.append(draft)
                // Readers that name parts of a file (the sheets of a workbook) report them in
                // the order they hold actors and ties.
                for part in [draft.actors.first?.location.file, draft.ties.first?.location.file].compactMap({ $0 }) where !fileOrder.contains(part) {
                    fileOrder.append(part)
                }
            }
        }
        var builder = LandscapeBuilder(limits: limits)
        builder.actorsMayBeMissing = actorsMayBeMissing
        let built = builder.build(drafts)
        let firstFile = drafts.first?.file
        // Every record read is freed on a thread of its own while the caller goes on (on the
        // 200,000-actor benchmark landscape, 1.1 million records of cells and places).
        FreedAside.free(&drafts)
        let all = (diagnostics + built.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.location.file.lowercased().hasSuffix(".csv") { diagnostic.location.column = nil }
            return diagnostic
        }).inReadingOrder(files: fileOrder).removingRepeats()
        if built.landscape.actors.isEmpty, !all.containsErrors, let firstFile {
            // Valid, but nothing to analyse: a header-only export, an empty list.
            return LoadResult(landscape: built.landscape, diagnostics: all + [.warning(.file(.noActors), at: SourceLocation(file: firstFile))], inputs: paths)
        }
        return LoadResult(landscape: built.landscape, diagnostics: all, inputs: paths)
    }
}

/// Large values freed on a thread of their own, so that the caller does not wait for their
/// memory to be given back object by object.
enum FreedAside {
    /// The only owner of a value, handed to the freeing thread.
    private final class Owner<Value>: @unchecked Sendable {
        var value: Value?
        init(_ value: Value) { self.value = value }
    }

    /// Takes `value`'s contents (leaving it empty) and frees them on another thread.
    static func free<Element>(_ value: inout [Element]) {
        guard !value.isEmpty else { return }
        let owner = Owner(value)
        value = []
        // `owner` holds the only reference now: setting it to nil on the thread frees there.
        Thread.detachNewThread { owner.value = nil }
    }
}
