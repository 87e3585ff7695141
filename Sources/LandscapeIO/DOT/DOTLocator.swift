import LandscapeCore

/// Where things are in a DOT text, for messages: a light scan of the lexer's tokens finds the
/// statement that first names each node, the statement that creates each edge, and the value
/// of each attribute they set.
///
/// It follows the shape of statements but does not build a graph (`DOTParser` does) and never
/// fails: what it does not recognise it skips, and a thing it did not find simply has no line
/// in its message.
///
/// It also measures what the text would build — the nesting of `{ … }`, the edges of edge
/// statements with groups, the attribute names — so that the reader can refuse a small file
/// that would grow into a huge graph before the parser builds it.
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
        case keyword(String)
        case punctuation(String)
    }

    private var tokens: [(token: Token, position: Position)] = []
    private var index = 0

    /// - Parameters:
    ///   - lexer: the text's tokens.
    ///   - recordedEdgeLimit: the most edge places to record; `edgeCount` counts on.
    init(_ lexer: DOTLexer, recordedEdgeLimit: Int = .max) {
        self.recordedEdgeLimit = recordedEdgeLimit
        tokens = Self.tokens(of: lexer.tokens)
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

    init(text: String, recordedEdgeLimit: Int = .max) {
        self.init(DOTLexer(text: text), recordedEdgeLimit: recordedEdgeLimit)
    }

    /// The lexer's tokens, quoted strings joined by `+` into one ID, as the grammar joins them.
    private static func tokens(of lexed: [DOTToken]) -> [(token: Token, position: Position)] {
        var out: [(token: Token, position: Position)] = []
        out.reserveCapacity(lexed.count)
        var k = 0
        while k < lexed.count {
            let token = lexed[k]
            let position = Position(line: token.position.line, column: token.position.column)
            k += 1
            switch token.kind {
            case .name: out.append((.id(token.text), position))
            case .quoted, .html:
                var text = token.text
                while k + 1 < lexed.count, lexed[k].isSymbol("+"), lexed[k + 1].isQuoted {
                    text += lexed[k + 1].text
                    k += 2
                }
                out.append((.id(text), position))
            case .keyword: out.append((.keyword(token.text), position))
            case .edgeOperator, .symbol: out.append((.punctuation(token.text), position))
            case .end: break
            }
        }
        return out
    }

    // MARK: Statements

    private var current: Token? { index < tokens.count ? tokens[index].token : nil }
    private var position: Position { index < tokens.count ? tokens[index].position : Position(line: 0, column: 0) }

    private mutating func scan() {
        while let token = current {
            switch token {
            case .keyword("subgraph"):
                statement()  // a subgraph is a group of nodes, and may start an edge statement
            case .keyword(let word):
                index += 1
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
        case .id(let name):
            let start = position
            index += 1
            while current == .punctuation(":") { index += 2 }  // port
            if nodes[name] == nil { nodes[name] = Place(statement: start) }
            return [name]
        case .keyword("subgraph"):
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
            case .id, .keyword("subgraph"):
                for found in statement() where seen.insert(found).inserted { names.append(found) }
            case .keyword(let keyword) where ["node", "edge", "graph"].contains(keyword):
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
