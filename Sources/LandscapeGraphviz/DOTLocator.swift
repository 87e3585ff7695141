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
/// - Complexity: O(n) time and space for a text of n Unicode scalars.
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

    private enum Token: Equatable {
        case id(String)
        case punctuation(String)
    }

    private var tokens: [(token: Token, position: Position)] = []
    private var index = 0

    init(text: String) {
        tokens = Self.tokenize(Array(text.unicodeScalars))
        scan()
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
            case .id(let text) where isKeyword(text):
                index += 1
                if ["node", "edge", "graph"].contains(text.lowercased()), current == .punctuation("[") {
                    _ = attributeList()
                }
            case .id:
                statement()
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

    /// The nodes named in `{ … }` (node statements inside it are recorded as such).
    private mutating func group() -> [String] {
        index += 1
        var names: [String] = []
        var depth = 1
        while let token = current, depth > 0 {
            switch token {
            case .punctuation("{"): depth += 1; index += 1
            case .punctuation("}"): depth -= 1; index += 1
            case .id(let name) where !isKeyword(name):
                let statementNames = statement()
                if depth == 1 { names += statementNames }
            case .id(let keyword) where ["node", "edge", "graph"].contains(keyword.lowercased()):
                index += 1
                if current == .punctuation("[") { _ = attributeList() }
            default: index += 1
            }
        }
        return names
    }

    /// A node, edge or attribute statement starting at an ID; returns the nodes it names.
    @discardableResult
    private mutating func statement() -> [String] {
        let start = position
        guard let first = operand() else { index += 1; return [] }
        if current == .punctuation("="), first.count == 1 {
            index += 1
            graphAttributes[first[0]] = position
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
            for name in first {
                var place = nodes[name] ?? Place(statement: start)
                place.attributes.merge(attributes) { _, new in new }
                nodes[name] = place
            }
        } else {
            for (tails, heads) in zip(chain, chain.dropFirst()) {
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
