/// Why a DOT text gave no graph.
enum DOTParseFailure: Error, Equatable {
    /// Graphviz's own message for the text (`syntax error in line 3 near '--'`), its lines
    /// joined: the parser refuses exactly what Graphviz refuses, in its words.
    case syntax(String)
    /// The edge statements make more edges than the limit.
    case tooManyEdges
    /// Subgraphs are nested deeper than `DOTLocator.depthLimit` (the parser recurses as deep).
    case tooDeep
}

/// Parses DOT as Graphviz's grammar (cgraph's `grammar.y`) does, into a `DOTGraph`.
///
/// The grammar: `strict`? (`graph` | `digraph`) ID? `{` statements `}`, each statement
/// followed by an optional `;`: `graph`/`node`/`edge` `[ … ]` (defaults), `ID = ID` (a graph
/// attribute), and node lists (`a, b:port`) or subgraphs (`subgraph name? { … }`, `{ … }`)
/// joined by edge operators (`->` in a digraph, `--` in a graph) with attribute lists
/// `[ a = b; c = d, e = f ]` after them. A quoted string may be joined to the next by `+`.
/// Keywords are read in any case. Only the first graph of a text is read; what follows it is
/// ignored, as Graphviz ignores it.
///
/// Graphviz's parser keeps its state on a stack of 10,000 entries; an edge chain holds four
/// for each edge operator, so a chain of some 2,500 operands exhausts it and Graphviz refuses
/// the text ("memory exhausted"). `depth` follows that stack closely enough to refuse the same
/// texts (the stack of statements and lists is approximated where it is shallow).
///
/// - Complexity: O(T + E·d) time for T tokens, E edges made and subgraphs nested d deep (the
///   defaults of every graph around one are gathered for each node and edge made), O(T + V + E)
///   space.
struct DOTParser {
    private let tokens: [DOTToken]
    private let unfinished: DOTLexer.Unfinished?
    private var index = 0
    private var builder = DOTGraphBuilder(name: nil, directed: false, strict: false, edgeLimit: 0)
    private var scope = 0
    /// The `{ … }` open around the current statement, the graph's own included.
    private var nesting = 1
    private var depth = 0
    /// Graphviz's warnings that are not the scanner's, each after the token it follows.
    private var parserWarnings: [(token: Int, text: String)] = []
    private let lexerWarnings: [DOTLexer.Warning]
    private let edgeLimit: Int

    static let stackLimit = 10_000

    /// Parses the first graph of the lexed text.
    ///
    /// - Returns: the graph (`nil` for a text without one, such as only comments) and
    ///   Graphviz's warnings, one message per entry.
    static func parse(_ lexer: DOTLexer, edgeLimit: Int) throws(DOTParseFailure) -> (graph: DOTGraph?, warnings: [String]) {
        var parser = DOTParser(lexer: lexer, edgeLimit: edgeLimit)
        guard let graph = try parser.graph() else { return (nil, []) }
        return (graph, parser.warnings())
    }

    private init(lexer: DOTLexer, edgeLimit: Int) {
        tokens = lexer.tokens
        unfinished = lexer.unfinished
        lexerWarnings = lexer.warnings
        self.edgeLimit = edgeLimit
    }

    // MARK: Tokens

    private var current: DOTToken { tokens[min(index, tokens.count - 1)] }
    private var atEnd: Bool { current.kind == .end || current.isSymbol("@") }

    /// The message Graphviz gives for the current token, which it did not expect.
    private func failure(_ what: String = "syntax error") -> DOTParseFailure {
        let token = current
        var text = (token.sourceName.map { "\($0): " } ?? "") + "\(what) in line \(token.graphvizLine)"
        if !token.near.isEmpty {
            text += " near '\(token.near)'"
        } else if let unfinished {
            text += Self.describe(unfinished)
        }
        return .syntax(DOTMessages.joined(text))
    }

    private static func describe(_ unfinished: DOTLexer.Unfinished) -> String {
        func start(_ text: String) -> String {
            String(decoding: Array(text.utf8.prefix(80)), as: UTF8.self)
        }
        switch unfinished {
        case .quoted(let text):
            return " scanning a quoted string (missing endquote? longer than 16384?)" + (text.isEmpty ? "" : "\nString starting:\"" + start(text))
        case .html(let text):
            return " scanning a HTML string (missing '>'? bad nesting? longer than 16384?)" + (text.isEmpty ? "" : "\nString starting:<" + start(text))
        case .comment:
            return " scanning a /*...*/ comment (missing '*/? longer than 16384?)"
        }
    }

    /// Checks Graphviz's parser stack with `extra` more entries (see the type's comment).
    private func push(_ extra: Int = 0) throws(DOTParseFailure) {
        if depth + extra >= Self.stackLimit { throw failure("memory exhausted") }
    }

    /// The scanner's warnings for the tokens Graphviz read, and the parser's, in order.
    private func warnings() -> [String] {
        let last = index - 1
        var all = lexerWarnings.filter { $0.token <= last }.map { (token: $0.token, order: 0, text: "Warning: " + $0.text) }
        all += parserWarnings.map { (token: $0.token, order: 1, text: "Warning: " + $0.text) }
        all.sort { ($0.token, $0.order) < ($1.token, $1.order) }
        return DOTMessages.split(all.map(\.text).joined())
    }

    // MARK: The graph

    private mutating func graph() throws(DOTParseFailure) -> DOTGraph? {
        if atEnd { return nil }
        let strict = current.isKeyword("strict")
        if strict { index += 1 }
        guard current.isKeyword("graph") || current.isKeyword("digraph") else { throw failure() }
        let directed = current.isKeyword("digraph")
        index += 1
        var name: String?
        if current.isID { name = try atom().text }
        builder = DOTGraphBuilder(name: name, directed: directed, strict: strict, edgeLimit: edgeLimit)
        guard current.isSymbol("{") else { throw failure() }
        try body(base: 3)
        return builder.build()
    }

    /// `{ statements }`, with `index` at the `{`; `base` is the parser stack's depth after it.
    private mutating func body(base: Int) throws(DOTParseFailure) {
        index += 1
        var first = true
        while !current.isSymbol("}") {
            depth = base + (first ? 0 : 1)
            try statement()
            first = false
            if current.isSymbol(";") { index += 1 }
        }
        index += 1
    }

    private mutating func statement() throws(DOTParseFailure) {
        let token = current
        if token.kind == .keyword, ["graph", "node", "edge"].contains(token.text) {
            try defaultsStatement()
        } else if token.isID {
            let frame = depth
            let start = index
            let name = try atom()
            if current.isSymbol("=") {
                index += 1
                guard current.isID else { throw failure() }
                let value = try atom()
                builder.scopes[scope].graphAttributes[name.text] = value
            } else {
                index = start
                depth = frame
                try compound()
            }
        } else if token.isSymbol("{") || token.isKeyword("subgraph") {
            try compound()
        } else {
            throw failure()
        }
    }

    /// An ID: a name or numeral, or quoted strings joined by `+`.
    private mutating func atom() throws(DOTParseFailure) -> DOTValue {
        try push(1)
        let first = current
        index += 1
        guard first.isQuoted else { return DOTValue(text: first.text) }
        var value = DOTValue(text: first.text, isHTML: first.kind == .html)
        while current.isSymbol("+") {
            try push(2)
            index += 1
            guard current.isQuoted else { throw failure() }
            try push(3)
            value = DOTValue(text: value.text + current.text)
            index += 1
        }
        return value
    }

    // MARK: Statements

    /// What an edge statement joins: a list of nodes, or the nodes of a subgraph (those it
    /// holds when the statement ends).
    private enum Operand {
        case nodes([Int])
        case subgraph(Int)
    }

    /// Nodes or subgraphs joined by edge operators, with attribute lists after them.
    private mutating func compound() throws(DOTParseFailure) {
        let frame = depth
        var operands = [try simple()]
        depth = frame + 1
        while current.kind == .edgeOperator {
            guard current.text == (builder.isDirected ? "->" : "--") else { throw failure() }
            let links = operands.count
            depth = frame + 4 * links - 2
            try push(1)
            depth += 1
            index += 1
            operands.append(try simple())
            depth = frame + 1 + 4 * links
            try push()
        }
        try push(1)
        depth = frame + 2
        var attributes = try attributeLists(optional: true)
        if operands.count == 1 {
            // Attributes after a subgraph alone are not set on its nodes (Graphviz's rule).
            guard case .nodes(let nodes) = operands[0] else { return }
            for node in nodes { builder.nodeAttributes[node].merge(attributes) { _, new in new } }
            return
        }
        let key = attributes.removeValue(forKey: "key")?.text
        try makeEdges(operands, key: key, attributes: attributes)
    }

    private mutating func makeEdges(_ operands: [Operand], key: String?, attributes: [String: DOTValue]) throws(DOTParseFailure) {
        func nodes(_ operand: Operand) -> [Int] {
            switch operand {
            case .nodes(let list): list
            case .subgraph(let subgraph): builder.members(of: subgraph)
            }
        }
        for (tails, heads) in zip(operands, operands.dropFirst()) {
            let heads = nodes(heads)
            for tail in nodes(tails) {
                for head in heads where !builder.edge(tail, head, key: key, attributes: attributes, in: scope) {
                    throw .tooManyEdges
                }
            }
        }
    }

    /// A node list (`a, b:port:compass`) or a subgraph.
    private mutating func simple() throws(DOTParseFailure) -> Operand {
        if current.isSymbol("{") || current.isKeyword("subgraph") {
            return .subgraph(try subgraph())
        }
        guard current.isID else { throw failure() }
        var nodes: [Int] = []
        while true {
            let name = try atom().text
            var extra = 1
            while current.isSymbol(":"), extra < 5 {
                try push(extra + 1)
                index += 1
                guard current.isID else { throw failure() }
                depth += extra + 1
                _ = try atom()  // a port: not part of a landscape
                depth -= extra + 1
                extra += 2
            }
            nodes.append(builder.node(name, in: scope))
            guard current.isSymbol(",") else { return .nodes(nodes) }
            try push(2)
            index += 1
            guard current.isID else { throw failure() }
        }
    }

    /// `subgraph name? { … }` or `{ … }`: its statements are read inside it.
    private mutating func subgraph() throws(DOTParseFailure) -> Int {
        var name: String?
        if current.isKeyword("subgraph") {
            try push(1)
            index += 1
            if current.isID {
                depth += 1
                name = try atom().text
                depth -= 1
            }
        }
        try push(1)
        try push(2)
        guard current.isSymbol("{") else { throw failure() }
        try push(3)
        guard nesting < DOTLocator.depthLimit else { throw .tooDeep }
        nesting += 1
        defer { nesting -= 1 }
        let outer = scope
        let frame = depth
        scope = builder.subgraph(name, in: outer)
        let inner = scope
        try body(base: frame + 3)
        scope = outer
        depth = frame + 1
        return inner
    }

    /// `graph`, `node` or `edge`, an ignored macro name (`node name = [ … ]`, with Graphviz's
    /// warning) and attribute lists: defaults for what is made after it in this graph.
    private mutating func defaultsStatement() throws(DOTParseFailure) {
        let kind = current.text
        try push(1)
        index += 1
        depth += 1
        var macro = false
        if current.isID {
            _ = try atom()
            guard current.isSymbol("=") else { throw failure() }
            index += 1
            macro = true
        }
        depth += 1
        guard current.isSymbol("[") else { throw failure() }
        var attributes = try attributeLists(optional: false)
        if macro { parserWarnings.append((token: index, text: "attribute macros not implemented")) }
        switch kind {
        case "node": builder.scopes[scope].nodeDefaults.merge(attributes) { _, new in new }
        case "edge":
            attributes["key"] = nil  // names single edges; as a default it is ignored
            builder.scopes[scope].edgeDefaults.merge(attributes) { _, new in new }
        default: builder.scopes[scope].graphAttributes.merge(attributes) { _, new in new }
        }
    }

    /// `[ name = value (; or ,)? … ]`, one list or more: a later value of a name wins.
    private mutating func attributeLists(optional: Bool) throws(DOTParseFailure) -> [String: DOTValue] {
        var list: [String: DOTValue] = [:]
        if optional, !current.isSymbol("[") {
            try push(1)
            return list
        }
        let frame = depth
        while current.isSymbol("[") {
            try push(2)
            index += 1
            while !current.isSymbol("]") {
                depth = frame + 3
                guard current.isID else { throw failure() }
                let name = try atom().text
                try push(2)
                guard current.isSymbol("=") else { throw failure() }
                index += 1
                guard current.isID else { throw failure() }
                depth += 2
                let value = try atom()
                list[name] = value
                if current.isSymbol(";") || current.isSymbol(",") { index += 1 }
            }
            index += 1
        }
        depth = frame
        return list
    }
}
