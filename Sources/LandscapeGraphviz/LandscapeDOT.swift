import CGraphviz
import Foundation
import LandscapeCore
import LandscapeRender

/// The landscape's data as DOT attributes, beside the renderer's styling: names as in the
/// YAML format (`name`, `kind`, `municipality`, `sectors` …; ties `kind`, `weight`, `since`,
/// `until`, `formal`, `note`; the graph `title`, `language`, `as_of`, `needs`), and `actor`
/// for the id of the actor a node (`a0`, `a1` …) draws. List fields are joined with `|`.
///
/// Graphviz keeps attributes it does not know as they are, and its DOT writer only escapes
/// quotes, so a backslash before the closing quote would end a value early. Values are
/// therefore written with escString's conventions, which the reader undoes: `\\` for a
/// backslash, `\n`, `\r` and `\t` for line feed, carriage return and tab.
enum DOTDataText {
    static func encode(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\u{0}": out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Undoes `encode`; other backslashes (`C:\path` written by hand) stay as they are.
    static func decode(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else { out.append(scalar); continue }
            guard let next = scalars.next() else { out.append(scalar); break }
            switch next {
            case "\\": out.append("\\")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            default: out.append(scalar); out.append(next)
            }
        }
        return String(out)
    }

    /// A plain label as a name: escString's line breaks (`\n`, `\l`, `\r`) become spaces and
    /// `\\` a backslash; `\N` (the node's name) is replaced.
    static func labelText(_ label: String, nodeName: String) -> String {
        var out = ""
        var scalars = label.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else { out.unicodeScalars.append(scalar); continue }
            guard let next = scalars.next() else { out.unicodeScalars.append(scalar); break }
            switch next {
            case "n", "l", "r": out += " "
            case "N": out += nodeName
            case "\\": out += "\\"
            default: out.unicodeScalars.append(next)
            }
        }
        return out.split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
}

/// Writes a landscape as DOT: the renderer's diagram (shapes, colours, legend, title, laid
/// out with positions) with the landscape's data as attributes (`DOTDataText`), so that the
/// file both draws as `landscape render` draws it and reads back as the same landscape.
public struct LandscapeDOTWriter: Sendable {
    public var renderer: any DiagramRenderer
    public var options: DiagramOptions

    public init(renderer: any DiagramRenderer, options: DiagramOptions = DiagramOptions()) {
        self.renderer = renderer
        self.options = options
    }

    /// The DOT text, Graphviz's warnings, and what DOT cannot carry (sentences for warnings).
    public func write(_ landscape: Landscape) throws(RenderError) -> (data: Data, messages: [RenderMessage], losses: [String]) {
        var diagram: Diagram
        do {
            diagram = try DiagramBuilder().build(landscape, options: options)
        } catch {
            throw .graphConstruction(error.description)
        }
        Self.addData(of: landscape, to: &diagram)
        let rendering = try renderer.render(diagram, as: .dot)
        return (rendering.data, rendering.messages, Self.losses(landscape))
    }

    static func addData(of landscape: Landscape, to diagram: inout Diagram) {
        func set(_ attributes: inout Attributes, _ name: String, _ value: String?) {
            guard let value else { return }
            attributes.set(name, DOTDataText.encode(value))
        }
        func list(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: "|") }
        set(&diagram.graph, "title", landscape.title)
        set(&diagram.graph, "language", landscape.language.rawValue)
        set(&diagram.graph, "as_of", landscape.asOf?.description)
        set(&diagram.graph, "needs", list(landscape.needs))
        for index in diagram.nodes.indices {
            guard let id = diagram.nodes[index].actor, let actor = landscape[id] else { continue }
            var attributes = diagram.nodes[index].attributes
            set(&attributes, "actor", actor.id.rawValue)
            set(&attributes, "name", actor.name)
            set(&attributes, "kind", actor.kind.rawValue)
            set(&attributes, "municipality", actor.municipality)
            set(&attributes, "sectors", list(actor.sectors.map(\.rawValue)))
            set(&attributes, "topics", list(actor.topics))
            set(&attributes, "target_groups", list(actor.targetGroups))
            set(&attributes, "programs", list(actor.programs.map(\.rawValue)))
            set(&attributes, "since", actor.period.since?.description)
            set(&attributes, "until", actor.period.until?.description)
            set(&attributes, "contact", actor.contact)
            set(&attributes, "note", actor.note)
            diagram.nodes[index].attributes = attributes
        }
        for index in diagram.edges.indices {
            guard let position = diagram.edges[index].tie, landscape.ties.indices.contains(position) else { continue }
            let tie = landscape.ties[position]
            var attributes = diagram.edges[index].attributes
            set(&attributes, "kind", tie.kind.rawValue)
            set(&attributes, "weight", Self.number(tie.weight))
            set(&attributes, "since", tie.period.since?.description)
            set(&attributes, "until", tie.period.until?.description)
            set(&attributes, "formal", tie.formal ? "true" : "false")
            set(&attributes, "note", tie.note)
            diagram.edges[index].attributes = attributes
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// What DOT cannot carry: `|` inside list items, NUL characters, and tie ends that read
    /// back ambiguously.
    static func losses(_ landscape: Landscape) -> [String] {
        var losses: [String] = []
        var separators: [(String, ActorID)] = []
        var nul = 0
        for actor in landscape.actors {
            for item in actor.topics + actor.targetGroups + actor.programs.map(\.rawValue) where item.contains("|") {
                separators.append((item, actor.id))
            }
            let texts = [actor.id.rawValue, actor.name, actor.municipality ?? "", actor.contact ?? "", actor.note ?? ""] + actor.topics + actor.targetGroups
            nul += texts.filter { $0.unicodeScalars.contains("\u{0}") }.count
        }
        nul += landscape.ties.filter { $0.note?.unicodeScalars.contains("\u{0}") == true }.count
        if let first = separators.first {
            let items = separators.count == 1 ? "a list item contains" : "\(separators.count) list items contain"
            losses.append("\(items) '|', which separates list items in DOT: '\(first.0)' (actor '\(first.1)') will be read back as several items")
        }
        if nul > 0 {
            losses.append("\(nul == 1 ? "a text contains" : "\(nul) texts contain") NUL characters, which DOT cannot hold; they are written as U+FFFD")
        }
        var names: [String: [ActorID]] = [:]
        for actor in landscape.actors { names[actor.name, default: []].append(actor.id) }
        let tied = Set(landscape.ties.flatMap { [$0.from, $0.to] })
        for actor in landscape.actors where tied.contains(actor.id) {
            if let others = names[actor.id.rawValue], others.contains(where: { $0 != actor.id }) {
                losses.append("the actor '\(actor.id)' can be named in a tie neither by its id nor by its name without ambiguity (another actor is called '\(actor.id)'); DOT ties to it will not read back")
            }
        }
        return losses
    }
}

/// Reads a landscape from a DOT file through the Graphviz library (`agmemread`).
///
/// Nodes are actors: the id is the `actor` attribute or else the node's name; the name is the
/// `name` attribute, else a plain `label` (line breaks become spaces), else the node's name;
/// `kind`, `municipality`, `sectors`, `topics`, `target_groups`, `programs`, `since`, `until`,
/// `contact` and `note` come from attributes of those names (also set through `node [...]`
/// defaults). Edges are ties from tail to head (`dir=back` turns them round) with `kind`,
/// `weight`, `since`, `until`, `formal` and `note`; the graph's `title` (or plain `label`),
/// `language`, `as_of` and `needs` describe the landscape. Other attributes (styling) are
/// ignored, and so is the legend of a DOT file written by `landscape` (`cluster_legend`).
/// Messages carry the line (and column) found by `DOTLocator`.
///
/// - Complexity: O(n + (V + E)·K) for a text of n characters, V nodes, E edges and K
///   declared attributes. Texts whose E or (V + E)·K would be out of proportion to n (see
///   `minimumEdgeLimit`, `minimumAttributeCells`) are refused before Graphviz reads them.
public struct DOTLandscapeReader: Sendable {
    public init() {}

    public func read(path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        let location = SourceLocation(file: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(.error(FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file", at: location))
            return nil
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let zero = bytes.firstIndex(of: 0) {
            let line = bytes[..<zero].filter { $0 == 0x0A }.count + 1
            diagnostics.append(.error("the file holds NUL bytes: it is a binary file, not DOT", at: SourceLocation(file: path, line: line)))
            return nil
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            diagnostics.append(.error("the file is not valid UTF-8; save it as UTF-8", at: location))
            return nil
        }
        return read(text: text, path: path, diagnostics: &diagnostics)
    }

    /// What Graphviz read, copied out of the C graph.
    struct ReadGraph {
        struct Node {
            var name: String
            var attributes: [String: String]
        }

        struct Edge {
            var sequence: UInt32
            var tail: String
            var head: String
            var attributes: [String: String]
        }

        var name = ""
        var graphAttributes: [String: String] = [:]
        var nodes: [Node] = []
        var edges: [Edge] = []
        var legend: Set<String> = []
        var htmlValues: Set<String> = []
    }

    /// Edges that any DOT text may make: more than this, and more than it has characters, is
    /// refused before Graphviz reads it.
    static let minimumEdgeLimit = 10_000
    /// Attribute values (nodes and edges × attribute names) that any DOT text may ask Graphviz
    /// to keep: more than this, and more than 64 per character, is refused.
    static let minimumAttributeCells = 1_000_000

    public func read(text: String, path: String, diagnostics: inout [Diagnostic]) -> LandscapeDraft? {
        if text.allSatisfy(\.isWhitespace) {
            diagnostics.append(.error("the file is empty", at: SourceLocation(file: path, line: 1, column: 1)))
            return nil
        }
        // What Graphviz would build is measured first: a few kilobytes of DOT can ask for
        // millions of edges (`{a b …} -> {c d …}` makes every pair) or attribute values (every
        // node gets a slot for every attribute name), and Graphviz would exhaust memory.
        let characters = text.unicodeScalars.count
        let edgeLimit = max(Self.minimumEdgeLimit, characters)
        let locator = DOTLocator(text: text, recordedEdgeLimit: edgeLimit)
        if let deep = locator.tooDeep {
            diagnostics.append(.error("groups and subgraphs ('{ … }') are nested more than \(DOTLocator.depthLimit) deep", at: SourceLocation(file: path, line: deep.line, column: deep.column)))
            return nil
        }
        if locator.edgeCount > edgeLimit {
            let count = locator.edgeCount == .max ? "more than \(Int.max)" : "\(locator.edgeCount)"
            diagnostics.append(.error("the edge statements make \(count) edges out of \(characters) characters: a group such as '{a b} -> {c d}' makes an edge for every pair; write the edges out one by one", at: SourceLocation(file: path)))
            return nil
        }
        let objects = locator.nodes.count + locator.edgeCount + locator.groupCount
        let (cells, overflow) = objects.multipliedReportingOverflow(by: locator.attributeNames.count)
        if overflow || cells > max(Self.minimumAttributeCells, 64 * characters) {
            diagnostics.append(.error("the file sets \(locator.attributeNames.count) different attributes on \(objects) nodes, edges and subgraphs: Graphviz would keep a value of every attribute for each of them (a landscape uses about 20); remove the attributes that are not needed", at: SourceLocation(file: path)))
            return nil
        }
        let graph: ReadGraph
        let messages: [RenderMessage]
        do {
            (graph, messages) = try GraphvizLibrary.run { _ throws(RenderError) in
                guard let pointer = agmemread(text) else { throw .unreadableDOT(messages: []) }
                defer { agclose(pointer) }
                return Self.copy(pointer)
            }
        } catch {
            let reasons: [RenderMessage]
            if case .unreadableDOT(let found) = error { reasons = found } else { reasons = [] }
            let reason = reasons.first { $0.severity == .error } ?? reasons.first
            var location = SourceLocation(file: path)
            if let reason, let range = reason.text.range(of: #"line \d+"#, options: .regularExpression) {
                location.line = Int(reason.text[range].dropFirst(5))
            }
            diagnostics.append(.error("DOT syntax error" + (reason.map { ": \($0.text)" } ?? ": Graphviz could not read the file"), at: location))
            return nil
        }
        if let failure = messages.first(where: { $0.severity == .error }) {
            // Graphviz gave up part-way (e.g. its parser stack is exhausted by deep nesting)
            // but still returned what it had read: that is not the file's landscape.
            var location = SourceLocation(file: path)
            if let range = failure.text.range(of: #"line \d+"#, options: .regularExpression) {
                location.line = Int(failure.text[range].dropFirst(5))
            }
            diagnostics.append(.error("DOT syntax error: \(failure.text)", at: location))
            return nil
        }
        for message in messages where message.severity == .warning {
            diagnostics.append(.warning("graphviz: \(message.text)", at: SourceLocation(file: path)))
        }
        if locator.graphStarts.count > 1 {
            let second = locator.graphStarts[1]
            diagnostics.append(.error("the file holds \(locator.graphStarts.count) graphs, but a landscape is one graph; put each in a file of its own (several files are merged)", at: SourceLocation(file: path, line: second.line, column: second.column)))
            return nil
        }
        return Self.draft(graph, locator: locator, path: path)
    }

    // MARK: Copying out of cgraph (with Graphviz's lock held)

    static func copy(_ graph: UnsafeMutablePointer<Agraph_t>) -> ReadGraph {
        var result = ReadGraph()
        func symbols(_ kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
            var found: [UnsafeMutablePointer<Agsym_t>] = []
            var symbol = agnxtattr(graph, kind, nil)
            while let current = symbol {
                found.append(current)
                symbol = agnxtattr(graph, kind, current)
            }
            return found
        }
        func values(_ object: UnsafeMutableRawPointer, _ symbols: [UnsafeMutablePointer<Agsym_t>]) -> [String: String] {
            var values: [String: String] = [:]
            for symbol in symbols {
                guard let name = symbol.pointee.name, let raw = agxget(object, symbol) else { continue }
                let value = String(cString: raw)
                if value.isEmpty { continue }
                let key = String(cString: name)
                values[key] = value
                if aghtmlstr(raw) != 0 { result.htmlValues.insert(key + "\u{0}" + value) }
            }
            return values
        }
        result.name = String(cString: agnameof(UnsafeMutableRawPointer(graph)))
        result.graphAttributes = values(UnsafeMutableRawPointer(graph), symbols(0))
        let nodeSymbols = symbols(CGraph.nodeKind)
        let edgeSymbols = symbols(CGraph.edgeKind)
        let legend = withMutableCString("cluster_legend") { agsubg(graph, $0, 0) }
        var node = agfstnode(graph)
        while let current = node {
            let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
            result.nodes.append(ReadGraph.Node(name: name, attributes: values(UnsafeMutableRawPointer(current), nodeSymbols)))
            if let legend, agsubnode(legend, current, 0) != nil { result.legend.insert(name) }
            var edge = agfstout(graph, current)
            while let out = edge {
                if let head = out.pointee.node {
                    result.edges.append(ReadGraph.Edge(
                        sequence: UInt32(out.pointee.base.tag.seq), tail: name,
                        head: String(cString: agnameof(UnsafeMutableRawPointer(head))),
                        attributes: values(UnsafeMutableRawPointer(out), edgeSymbols)))
                }
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        result.edges.sort { $0.sequence < $1.sequence }
        return result
    }

    // MARK: The draft

    /// Nodes in the order of the landscape that a DOT file of `landscape` was written from:
    /// Graphviz writes them in an order of its own, but names them `a0`, `a1` … by the actors'
    /// positions. Other nodes keep the order in which Graphviz read them, after those.
    static func inLandscapeOrder(_ nodes: [ReadGraph.Node]) -> [ReadGraph.Node] {
        func position(_ node: ReadGraph.Node) -> Int? {
            guard node.attributes["actor"] != nil, node.name.hasPrefix("a") else { return nil }
            return Int(node.name.dropFirst())
        }
        return nodes.enumerated().sorted { left, right in
            let a = position(left.element) ?? Int.max, b = position(right.element) ?? Int.max
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    /// Edges in the order of the landscape's ties (the renderer's `id` is `tie-N`), then the others.
    static func inLandscapeOrder(_ edges: [ReadGraph.Edge]) -> [ReadGraph.Edge] {
        func position(_ edge: ReadGraph.Edge) -> Int? {
            guard let id = edge.attributes["id"], id.hasPrefix("tie-") else { return nil }
            return Int(id.dropFirst(4))
        }
        return edges.enumerated().sorted { left, right in
            let a = position(left.element) ?? Int.max, b = position(right.element) ?? Int.max
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    static func draft(_ graph: ReadGraph, locator: DOTLocator, path: String) -> LandscapeDraft {
        func location(_ position: DOTLocator.Position?) -> SourceLocation {
            guard let position else { return SourceLocation(file: path) }
            return SourceLocation(file: path, line: position.line, column: position.column)
        }
        func isHTML(_ key: String, _ value: String) -> Bool { graph.htmlValues.contains(key + "\u{0}" + value) }
        var draft = LandscapeDraft(file: path)
        let graphData = graph.graphAttributes
        if let title = graphData["title"] {
            draft.title = Located(DOTDataText.decode(title), at: location(locator.graphAttributes["title"]))
        } else if let label = graphData["label"], !isHTML("label", label) {
            draft.title = Located(DOTDataText.labelText(label, nodeName: ""), at: location(locator.graphAttributes["label"]))
        } else if !graph.name.isEmpty, !graph.name.hasPrefix("%"), graph.name != "landscape" {
            // A hand-written graph's name (`digraph "Musterstadt" {`) is its title.
            draft.title = Located(graph.name, at: SourceLocation(file: path, line: 1))
        }
        if let language = graphData["language"] { draft.language = Located(DOTDataText.decode(language), at: location(locator.graphAttributes["language"])) }
        if let asOf = graphData["as_of"] { draft.asOf = Located(DOTDataText.decode(asOf), at: location(locator.graphAttributes["as_of"])) }
        if let needs = graphData["needs"] {
            let at = location(locator.graphAttributes["needs"])
            draft.needs = DOTDataText.decode(needs).split(separator: "|").map { Located(String($0), at: at) }
        }

        var ids: [String: String] = [:]
        for node in Self.inLandscapeOrder(graph.nodes) where !graph.legend.contains(node.name) {
            let place = locator.nodes[node.name]
            let recordLocation = location(place?.statement)
            func at(_ attribute: String) -> SourceLocation {
                place?.attributes[attribute].map { location($0) } ?? recordLocation
            }
            var record = RecordDraft<ActorField>(at: recordLocation)
            let id = node.attributes["actor"].map(DOTDataText.decode) ?? node.name
            ids[node.name] = id
            record[.id] = Located(.text(id), at: at("actor"))
            if let name = node.attributes["name"] {
                record[.name] = Located(.text(DOTDataText.decode(name)), at: at("name"))
            } else if let label = node.attributes["label"], label != "\\N", !isHTML("label", label),
                      !DOTDataText.labelText(label, nodeName: node.name).isEmpty {
                record[.name] = Located(.text(DOTDataText.labelText(label, nodeName: node.name)), at: at("label"))
            } else {
                record[.name] = Located(.text(node.name), at: recordLocation)
            }
            for field in ActorField.allCases where field != .id && field != .name {
                guard let raw = node.attributes[field.rawValue] ?? node.attributes[field.rawValue.replacingOccurrences(of: "_", with: "-")] else { continue }
                let text = DOTDataText.decode(raw)
                let here = at(field.rawValue)
                record[field] = field.isList
                    ? Located(.list(text.split(separator: "|").map { Located(String($0), at: here) }), at: here)
                    : Located(.text(text), at: here)
            }
            draft.actors.append(record)
        }

        // Each edge takes the first place not yet taken of an edge statement with the same
        // ends, either way round: the places are listed by their ends, each list taken in text
        // order (a search through all places for every edge would take O(E²) time).
        var placesByEnds: [String: [Int]] = [:]
        for (index, place) in locator.edges.enumerated() {
            placesByEnds[place.tail + "\u{0}" + place.head, default: []].append(index)
        }
        var takenByEnds: [String: Int] = [:]
        func takePlace(_ tail: String, _ head: String) -> Int? {
            func next(_ ends: String) -> Int? {
                guard let list = placesByEnds[ends] else { return nil }
                let taken = takenByEnds[ends, default: 0]
                return taken < list.count ? list[taken] : nil
            }
            let forward = tail + "\u{0}" + head, backward = head + "\u{0}" + tail
            let inOrder = next(forward), reversed = forward == backward ? nil : next(backward)
            guard let first = [inOrder, reversed].compactMap({ $0 }).min() else { return nil }
            takenByEnds[first == inOrder ? forward : backward, default: 0] += 1
            return first
        }
        for edge in Self.inLandscapeOrder(graph.edges) where !graph.legend.contains(edge.tail) && !graph.legend.contains(edge.head) {
            let match = takePlace(edge.tail, edge.head)
            let place = match.map { locator.edges[$0].place }
            let recordLocation = location(place?.statement)
            func at(_ attribute: String) -> SourceLocation {
                place?.attributes[attribute].map { location($0) } ?? recordLocation
            }
            var record = RecordDraft<TieField>(at: recordLocation)
            let reversed = edge.attributes["dir"]?.lowercased() == "back"
            let tail = ids[edge.tail] ?? edge.tail, head = ids[edge.head] ?? edge.head
            record[.from] = Located(.text(reversed ? head : tail), at: recordLocation)
            record[.to] = Located(.text(reversed ? tail : head), at: recordLocation)
            for field in TieField.allCases where field != .from && field != .to {
                guard let raw = edge.attributes[field.rawValue] else { continue }
                record[field] = Located(.text(DOTDataText.decode(raw)), at: at(field.rawValue))
            }
            draft.ties.append(record)
        }
        return draft
    }
}
