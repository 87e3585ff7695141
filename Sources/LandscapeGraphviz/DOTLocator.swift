import LandscapeCore

/// Where things are in a DOT text, for messages: Graphviz reads the graph but keeps no line
/// numbers, so this light scan of the same text finds the statement that first names each
/// node, the statement that creates each edge, and the value of each attribute they set.
///
/// It follows DOT's lexical rules (IDs, numerals, quoted strings with `\"` and line
/// continuations, HTML strings, comments) and the shape of statements; it does not build a
/// graph and never fails: what it does not recognise it skips, and a thing it did not find
/// simply has no line in its message.
///
/// It also measures what the text will make Graphviz build — the nesting of `{ … }`, the
/// edges of edge statements with groups, the attribute names — so that the reader can refuse a
/// small file that would grow into a huge graph before Graphviz builds it.
///
/// - Complexity: O(n·d + R) time and O(n + R) space for a text of n Unicode scalars with groups
///   nested d ≤ `depthLimit` deep, where R ≤ `recordedEdgeLimit` is the number of edge places
///   recorded.
struct DOTLocator {
    struct Position: Hashable {
        var line: Int
        var column: Int
    }

    /// A node's first statement, and where each attribute's value was given.
    struct Place {
        var statement: Position
        var attributes: [String: Position] = [:]
    }

    /// An edge statement's edge: its ends (node names) and place.
    struct EdgePlace {
        var tail: String
        var head: String
        var place: Place
    }

    private(set) var nodes: [String: Place] = [:]
    private(set) var edges: [EdgePlace] = []
    private(set) var graphAttributes: [String: Position] = [:]
    /// Where each top-level graph's body (its `{`) starts: a file with several graphs has
    /// several, of which Graphviz reads only the first.
    private(set) var graphStarts: [Position] = []

    /// The `{` that nests groups and subgraphs deeper than `depthLimit`, if any: the text is
    /// then not scanned further (the statements nest as deep as the braces, and are scanned
    /// recursively).
    private(set) var tooDeep: Position?
    /// The edges the edge statements make — every pair of a group `{a b} -> {c d}` is one —
    /// counted in full even where `edges` stops recording them (after `recordedEdgeLimit`).
    private(set) var edgeCount = 0
    /// Every attribute name set anywhere: in defaults (`node [ … ]`), statements and `a = b`.
    private(set) var attributeNames: Set<String> = []
    /// The graph bodies, subgraphs and groups: every `{`.
    private(set) var groupCount = 0

    /// Deeper nesting of `{ … }` is refused (a landscape's clusters nest a few levels; each
    /// level costs time in proportion to the nodes inside it, here and in Graphviz).
    static let depthLimit = 64
    /// How many edge places are recorded at most.
    let recordedEdgeLimit: Int

    private enum Token: Equatable {
        case id(String)
        case punctuation(String)
    }

    private var tokens: [(token: Token, position: Position)] = []
    private var index = 0

    /// - Parameter recordedEdgeLimit: the most edge places to record; `edgeCount` counts on.
    init(text: String, recordedEdgeLimit: Int = .max) {
        self.recordedEdgeLimit = recordedEdgeLimit
        tokens = Self.tokenize(Array(text.unicodeScalars))
        var depth = 0
        for (token, position) in tokens {
            if token == .punctuation("{") {
                if depth == 0 { graphStarts.append(position) }
                depth += 1
                groupCount += 1
                if depth > Self.depthLimit, tooDeep == nil { tooDeep = position }
            } else if token == .punctuation("}") {
                depth = max(0, depth - 1)
            }
        }
        if tooDeep == nil { scan() }
    }

    // MARK: Lexing

    private static func tokenize(_ s: [Unicode.Scalar]) -> [(token: Token, position: Position)] {
        var out: [(token: Token, position: Position)] = []
        var i = 0, line = 1, column = 1
        func advance() {
            guard i < s.count else { return }
            if s[i] == "\n" { line += 1; column = 1 } else { column += 1 }
            i += 1
        }
        func peek(_ offset: Int = 0) -> Unicode.Scalar? { i + offset < s.count ? s[i + offset] : nil }
        var atLineStart = true
        while i < s.count {
            let c = s[i]
            if c == "\n" { advance(); atLineStart = true; continue }
            if c == " " || c == "\t" || c == "\r" { advance(); continue }
            let start = Position(line: line, column: column)
            if c == "#" && atLineStart {
                while let next = peek(), next != "\n" { advance() }
                continue
            }
            atLineStart = false
            if c == "/" && peek(1) == "/" {
                while let next = peek(), next != "\n" { advance() }
                continue
            }
            if c == "/" && peek(1) == "*" {
                advance(); advance()
                while i < s.count && !(s[i] == "*" && peek(1) == "/") { advance() }
                advance(); advance()
                continue
            }
            if c == "\"" {
                advance()
                var text = String.UnicodeScalarView()
                while let next = peek(), next != "\"" {
                    if next == "\\", let after = peek(1), after == "\"" || after == "\n" {
                        advance(); advance()
                        if after == "\"" { text.append("\"") }
                        continue
                    }
                    text.append(next)
                    advance()
                }
                advance()
                out.append((.id(String(text)), start))
                continue
            }
            if c == "<" {
                var depth = 0
                var text = String.UnicodeScalarView()
                repeat {
                    guard let next = peek() else { break }
                    if next == "<" { depth += 1 } else if next == ">" { depth -= 1 }
                    text.append(next)
                    advance()
                } while depth > 0 && i < s.count
                out.append((.id(String(text)), start))
                continue
            }
            if c == "-" && (peek(1) == ">" || peek(1) == "-") {
                let op = "-" + String(peek(1) ?? "-")
                advance(); advance()
                out.append((.punctuation(op), start))
                continue
            }
            if "[]{};,=:".unicodeScalars.contains(c) {
                advance()
                out.append((.punctuation(String(c)), start))
                continue
            }
            var text = String.UnicodeScalarView()
            while let next = peek(), next.value > 127 || next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "_" || next == "." || (next == "-" && text.isEmpty) {
                text.append(next)
                advance()
            }
            if text.isEmpty {
                advance()  // a character DOT does not allow: skip it
                continue
            }
            out.append((.id(String(text)), start))
        }
        return out
    }

    // MARK: Statements

    private var current: Token? { index < tokens.count ? tokens[index].token : nil }
    private var position: Position { index < tokens.count ? tokens[index].position : Position(line: 0, column: 0) }

    private static let keywords: Set<String> = ["graph", "digraph", "subgraph", "node", "edge", "strict"]

    private func isKeyword(_ text: String) -> Bool { Self.keywords.contains(text.lowercased()) }

    private mutating func scan() {
        while let token = current {
            switch token {
            case .id(let text) where text.lowercased() == "subgraph":
                statement()  // a subgraph is a group of nodes, and may start an edge statement
            case .id(let text) where isKeyword(text):
                index += 1
                let word = text.lowercased()
                if ["node", "edge", "graph"].contains(word), current == .punctuation("[") {
                    _ = attributeList()
                } else if word == "graph" || word == "digraph" {
                    // The graph's header: its name, if any, and its body's `{`.
                    if case .id = current { index += 1 }
                    if current == .punctuation("{") { index += 1 }
                }
            case .id, .punctuation("{"):
                statement()  // `{a b} -> c` starts with a group
            default:
                index += 1
            }
        }
    }

    /// An operand of an edge statement: a node (with an optional port) or a `{ … }` group of nodes.
    private mutating func operand() -> [String]? {
        switch current {
        case .id(let name) where !isKeyword(name):
            let start = position
            index += 1
            while current == .punctuation(":") { index += 2 }  // port
            if nodes[name] == nil { nodes[name] = Place(statement: start) }
            return [name]
        case .id(let word) where word.lowercased() == "subgraph":
            index += 1
            if case .id = current, current != .punctuation("{") { index += 1 }
            return current == .punctuation("{") ? group() : []
        case .punctuation("{"):
            return group()
        default:
            return nil
        }
    }

    /// The nodes named in `{ … }`, each once, with those of the groups and subgraphs inside it,
    /// as Graphviz counts a subgraph's nodes (node statements inside it are recorded as such).
    /// Groups inside are statements of their own (`{ {a b} -> c }`), so this recurses as deep
    /// as the braces nest (at most `depthLimit`).
    private mutating func group() -> [String] {
        index += 1
        var names: [String] = []
        var seen: Set<String> = []
        while let token = current {
            switch token {
            case .punctuation("}"):
                index += 1
                return names
            case .punctuation("{"):
                for found in statement() where seen.insert(found).inserted { names.append(found) }
            case .id(let word) where word.lowercased() == "subgraph" || !isKeyword(word):
                for found in statement() where seen.insert(found).inserted { names.append(found) }
            case .id(let keyword) where ["node", "edge", "graph"].contains(keyword.lowercased()):
                index += 1
                if current == .punctuation("[") { _ = attributeList() }
            default: index += 1
            }
        }
        return names
    }

    /// A node, edge or attribute statement starting at an ID, a group or a subgraph; returns the
    /// nodes it names.
    @discardableResult
    private mutating func statement() -> [String] {
        let start = position
        guard let first = operand() else { index += 1; return [] }
        if current == .punctuation("="), first.count == 1 {
            index += 1
            graphAttributes[first[0]] = position
            attributeNames.insert(first[0])
            index += 1
            return []
        }
        var chain = [first]
        while current == .punctuation("->") || current == .punctuation("--") {
            index += 1
            guard let next = operand() else { break }
            chain.append(next)
        }
        let attributes = current == .punctuation("[") ? attributeList() : [:]
        if chain.count == 1 {
            // A node statement; a group without attributes names nodes already placed (and
            // walking it at every level of nesting would take time quadratic in the depth).
            for name in first where !attributes.isEmpty || nodes[name] == nil {
                var place = nodes[name] ?? Place(statement: start)
                place.attributes.merge(attributes) { _, new in new }
                nodes[name] = place
            }
        } else {
            for (tails, heads) in zip(chain, chain.dropFirst()) {
                let (pairs, overflow) = tails.count.multipliedReportingOverflow(by: heads.count)
                let (total, overflowTotal) = edgeCount.addingReportingOverflow(pairs)
                edgeCount = overflow || overflowTotal ? .max : total
                // Past the limit the file is refused: count on, but record no more.
                guard edgeCount <= recordedEdgeLimit else { continue }
                for tail in tails {
                    for head in heads {
                        edges.append(EdgePlace(tail: tail, head: head, place: Place(statement: start, attributes: attributes)))
                    }
                }
            }
        }
        return chain.flatMap { $0 }
    }

    /// `[ a = b, c = d ] [ … ]`: where each attribute's value is.
    private mutating func attributeList() -> [String: Position] {
        var found: [String: Position] = [:]
        while current == .punctuation("[") {
            index += 1
            while let token = current, token != .punctuation("]") {
                if case .id(let name) = token, index + 2 < tokens.count, tokens[index + 1].token == .punctuation("=") {
                    found[name] = tokens[index + 2].position
                    attributeNames.insert(name)
                    index += 3
                } else {
                    index += 1
                }
            }
            index += 1
        }
        return found
    }
}
