import Foundation
import LandscapeCore

/// Reads a landscape from a DOT file (`.dot`, `.gv`), in pure Swift: `DOTParser` reads the
/// text as Graphviz would, and `draft` maps the graph to actors and ties.
///
/// Nodes are actors: the id is the `actor` attribute or else the node's name; the name is the
/// `name` attribute, else a plain `label` (line breaks become spaces), else the node's name;
/// `kind`, `municipality`, `sectors`, `topics`, `target_groups`, `programs`, `since`, `until`,
/// `contact` and `note` come from attributes of those names (also set through `node [...]`
/// defaults). Edges are ties from tail to head (`dir=back` turns them round) with `kind`,
/// `weight`, `since`, `until`, `formal` and `note`; the graph's `title` (or plain `label`),
/// `language`, `as_of` and `needs` describe the landscape. Other attributes (styling) are
/// ignored, and so is the legend of a DOT file written by `landscape` (`cluster_legend`).
/// Messages carry the line (and column) found by `DOTLocator`; syntax errors are worded as
/// Graphviz words them.
///
/// - Complexity: O(n + (V + E)·K) for a text of n characters, V nodes, E edges and K
///   declared attributes. Texts whose E or (V + E)·K would be out of proportion to n (see
///   `minimumEdgeLimit`, `minimumAttributeCells`) are refused before they are built.
public struct DOTReader: LandscapeReader {
    public init() {}

    /// Edges that any DOT text may make: more than this, and more than it has characters, is
    /// refused.
    static let minimumEdgeLimit = 10_000
    /// Attribute values (nodes and edges × attribute names) that any DOT text may ask for:
    /// more than this, and more than 64 per character, is refused.
    static let minimumAttributeCells = 1_000_000

    public func read(path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        let location = SourceLocation(file: path)
        guard let data = Self.contents(of: path) else {
            diagnostics.append(.error(.file(FileManager.default.fileExists(atPath: path) ? .unreadable(detail: nil) : .missing), at: location))
            return nil
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let zero = bytes.firstIndex(of: 0) {
            let line = bytes[..<zero].filter { $0 == 0x0A }.count + 1
            diagnostics.append(.error(.encoding(.nulBytes(expected: .dot)), at: SourceLocation(file: path, line: line)))
            return nil
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(.error(.encoding(.notUTF8(undeclared: false)), at: location))
            return nil
        }
        return read(text: text, path: path, diagnostics: &diagnostics)
    }

    /// The file's bytes, or `nil` when it cannot be opened or read (a folder, say).
    ///
    /// Read through `FileHandle`, not `FileManager.contents(atPath:)`: the latter leaks a 4 KiB
    /// buffer for every empty file it reads (FoundationEssentials on Linux, Swift 6.3).
    static func contents(of path: String) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            return nil
        }
    }

    public func read(text: String, path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        if text.allSatisfy(\.isWhitespace) {
            diagnostics.append(.error(.file(.empty), at: SourceLocation(file: path, line: 1, column: 1)))
            return nil
        }
        let characters = text.unicodeScalars.count
        let edgeLimit = max(Self.minimumEdgeLimit, characters)
        let lexer = DOTLexer(text: text)
        let locator = DOTLocator(lexer, recordedEdgeLimit: edgeLimit)
        if let refusal = Self.refusal(locator, characters: characters, path: path) {
            diagnostics.append(refusal)
            return nil
        }
        let graph: DOTGraph
        do {
            let parsed = try DOTParser.parse(lexer, edgeLimit: edgeLimit)
            guard let read = parsed.graph else {
                diagnostics.append(.error(.dot(.noGraph), at: SourceLocation(file: path)))
                return nil
            }
            graph = read
            for warning in parsed.warnings {
                diagnostics.append(.warning(.dot(.graphvizWarning(detail: warning)), at: SourceLocation(file: path)))
            }
        } catch .syntax(let message) {
            var location = SourceLocation(file: path)
            if let range = message.range(of: #"line \d+"#, options: .regularExpression) {
                location.line = Int(message[range].dropFirst(5))
            }
            diagnostics.append(.error(.dot(.syntax(detail: message)), at: location))
            return nil
        } catch .tooManyEdges {
            diagnostics.append(Self.tooManyEdges(edgeLimit, moreThan: true, characters: characters, path: path))
            return nil
        } catch {
            // Refused above already (`DOTLocator.tooDeep`).
            diagnostics.append(.error(.dot(.tooDeep(limit: DOTLocator.depthLimit)), at: SourceLocation(file: path)))
            return nil
        }
        if locator.graphStarts.count > 1 {
            let second = locator.graphStarts[1]
            diagnostics.append(.error(.dot(.severalGraphs(count: locator.graphStarts.count)), at: SourceLocation(file: path, line: second.line, column: second.column)))
            return nil
        }
        return Self.draft(graph, locator: locator, path: path)
    }

    /// What the text would build, measured before it is built: a few kilobytes of DOT can ask
    /// for millions of edges (`{a b …} -> {c d …}` makes every pair) or attribute values (every
    /// node has a value of every attribute name in Graphviz), and exhaust memory.
    static func refusal(_ locator: DOTLocator, characters: Int, path: String) -> Diagnostic? {
        let edgeLimit = max(Self.minimumEdgeLimit, characters)
        if let deep = locator.tooDeep {
            return .error(.dot(.tooDeep(limit: DOTLocator.depthLimit)), at: SourceLocation(file: path, line: deep.line, column: deep.column))
        }
        if locator.edgeCount > edgeLimit {
            return tooManyEdges(locator.edgeCount, moreThan: locator.edgeCount == .max, characters: characters, path: path)
        }
        let objects = locator.nodes.count + locator.edgeCount + locator.groupCount
        let (cells, overflow) = objects.multipliedReportingOverflow(by: locator.attributeNames.count)
        if overflow || cells > max(Self.minimumAttributeCells, 64 * characters) {
            return .error(.dot(.tooManyAttributes(attributes: locator.attributeNames.count, objects: objects)), at: SourceLocation(file: path))
        }
        return nil
    }

    static func tooManyEdges(_ count: Int, moreThan: Bool, characters: Int, path: String) -> Diagnostic {
        .error(.dot(.tooManyEdges(edges: count, moreThan: moreThan, characters: characters)), at: SourceLocation(file: path))
    }
}

/// Why a DOT text gives no graph: Graphviz's message for it, or a limit of this reader.
public enum DOTSyntaxError: Error, Hashable, Sendable {
    /// A syntax error, in Graphviz's words.
    case graphviz(String)
    /// Groups and subgraphs nested deeper than `DOTLocator.depthLimit` (Graphviz reads them).
    case tooDeep
    /// More edges than the parser was allowed to make.
    case tooManyEdges
}

extension DOTGraph {
    /// The first graph of a DOT text, as Graphviz reads it; `nil` when the text holds none
    /// (only comments, say). Subgraphs nested more than `DOTLocator.depthLimit` deep are
    /// refused (Graphviz reads them).
    ///
    /// - Throws: `DOTSyntaxError` with Graphviz's message for the text.
    /// - Complexity: see `DOTParser`.
    public static func read(_ text: String) throws(DOTSyntaxError) -> DOTGraph? {
        do {
            return try DOTParser.parse(DOTLexer(text: text), edgeLimit: .max).graph
        } catch .syntax(let message) {
            throw .graphviz(message)
        } catch .tooDeep {
            throw .tooDeep
        } catch {
            throw .tooManyEdges
        }
    }
}
