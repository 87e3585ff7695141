/// A place in a DOT text: line and column (in Unicode scalars), both from 1.
struct DOTPosition: Hashable, Sendable {
    var line: Int
    var column: Int
}

/// One token of a DOT text, cut as Graphviz's scanner cuts it.
struct DOTToken: Sendable {
    enum Kind: Equatable, Sendable {
        /// A name or numeral (`amt`, `-1.5`).
        case name
        /// A quoted string, its quotes removed and `\"` and line continuations undone.
        case quoted
        /// An HTML string `<…>`, without its outer brackets.
        case html
        /// `graph`, `digraph`, `subgraph`, `node`, `edge`, `strict` (any case); `text` in lower case.
        case keyword
        /// `->` or `--`.
        case edgeOperator
        /// One character that is none of the above: `{`, `[`, `;` … and `@`, which ends the input.
        case symbol
        /// The end of the text.
        case end
    }

    var kind: Kind
    var text: String
    /// What Graphviz's messages quote as "near '…'": the token's last piece of text (`"` for a
    /// quoted string); empty at the end.
    var near: String
    var position: DOTPosition
    /// Graphviz's own line count once the token is read: it does not count most line breaks
    /// inside quoted strings, and `# 12 "file"` lines set it.
    var graphvizLine: Int
    /// The file name set by a `# 12 "file"` line, which Graphviz puts before its messages.
    var sourceName: String?

    var isID: Bool { kind == .name || kind == .quoted || kind == .html }
    var isQuoted: Bool { kind == .quoted || kind == .html }
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
    func isKeyword(_ keyword: String) -> Bool { kind == .keyword && text == keyword }
}

/// Cuts a DOT text into tokens by the rules of Graphviz's scanner (cgraph's `scan.l`), so that
/// the parser accepts and refuses what Graphviz does and its messages quote the same text.
///
/// IDs are names (letters, `_`, digits, any non-ASCII character; not starting with a digit),
/// numerals (`-.5`, `12`, `1.`; a numeral run into a letter or second `.` is split in two with
/// a warning), quoted strings (`\"` is a quote, a backslash before a line break joins the
/// lines, other backslashes stay) and HTML strings (nested `<…>`). Comments are `//` and `#`
/// to the end of the line and `/* … */`; a `#` line at a line start may set the line number
/// and file name of messages (`# 12 "file"`), as the C preprocessor writes them. `@` ends the
/// input (Graphviz's end-of-graph mark). The scanner never fails: an unfinished string or
/// comment is noted in `unfinished`, and the parser reports it if it needed more.
///
/// - Complexity: O(n) time and space for a text of n Unicode scalars.
struct DOTLexer {
    /// What the text ended inside of, for the message of a parser that needed more.
    enum Unfinished: Equatable, Sendable {
        case quoted(String)
        case html(String)
        case comment
    }

    /// A warning of the scanner, with the index of the token it belongs to.
    struct Warning: Sendable {
        var token: Int
        var text: String
    }

    private(set) var tokens: [DOTToken] = []
    private(set) var warnings: [Warning] = []
    private(set) var unfinished: Unfinished?

    private let s: [Unicode.Scalar]
    private var i = 0
    private var line = 1, column = 1
    private var graphvizLine = 1
    private var sourceName: String?

    static let keywords: Set<String> = ["graph", "digraph", "subgraph", "node", "edge", "strict"]

    init(text: String) {
        s = Array(text.unicodeScalars)
        while i < s.count { scanToken() }
        add(.end, "", near: "", at: DOTPosition(line: line, column: column))
    }

    // MARK: Reading the text

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? { i + offset < s.count ? s[i + offset] : nil }

    private mutating func advance() {
        guard i < s.count else { return }
        if s[i] == "\n" { line += 1; column = 1 } else { column += 1 }
        i += 1
    }

    private mutating func add(_ kind: DOTToken.Kind, _ text: String, near: String, at position: DOTPosition) {
        tokens.append(DOTToken(kind: kind, text: text, near: near, position: position, graphvizLine: graphvizLine, sourceName: sourceName))
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value > 127 || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_"
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    private mutating func scanToken() {
        let c = s[i]
        let start = DOTPosition(line: line, column: column)
        switch c {
        case "\n": graphvizLine += 1; advance()
        case " ", "\t", "\r": advance()
        case "#": skipHashLine(atLineStart: i == 0 || s[i - 1] == "\n")
        case "/" where peek(1) == "/": skipToLineEnd()
        case "/" where peek(1) == "*": skipBlockComment()
        case "\"": quoted(from: start)
        case "<": html(from: start)
        case "-" where peek(1) == ">" || peek(1) == "-":
            let op = "-" + String(s[i + 1])
            advance(); advance()
            add(.edgeOperator, op, near: op, at: start)
        default:
            if Self.isLetter(c) {
                name(from: start)
            } else if !numeral(from: start) {
                advance()
                add(.symbol, String(c), near: String(c), at: start)
            }
        }
    }

    private mutating func skipToLineEnd() {
        while let next = peek(), next != "\n" { advance() }
    }

    private mutating func skipBlockComment() {
        advance(); advance()
        while i < s.count {
            if s[i] == "*" && peek(1) == "/" { advance(); advance(); return }
            if s[i] == "\n" { graphvizLine += 1 }
            advance()
        }
        unfinished = .comment
    }

    /// `#` to the end of the line; at a line start, `# 12 "file"` or `#line 12` sets the line
    /// number (of the next line) and file name of Graphviz's messages.
    private mutating func skipHashLine(atLineStart: Bool) {
        let from = i + 1
        skipToLineEnd()
        guard atLineStart else { return }
        var rest = Substring(String(String.UnicodeScalarView(s[from..<i])))
        if rest.hasPrefix("line") { rest = rest.dropFirst(4) }
        rest = rest.drop(while: Self.isCSpace)
        var sign = 1
        if let first = rest.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return }
        let number = digits.reduce(0) { $0 < Int(Int32.max) ? $0 * 10 + Int($1.asciiValue ?? 48) - 48 : $0 }
        graphvizLine = sign * Int(Int32(clamping: number)) - 1
        let afterNumber = rest.dropFirst(digits.count).drop(while: Self.isCSpace)
        guard afterNumber.hasPrefix("\""), let close = afterNumber.dropFirst().firstIndex(of: "\"") else { return }
        let name = afterNumber.dropFirst()[..<close]
        if !name.isEmpty { sourceName = String(name) }
    }

    private static func isCSpace(_ c: Character) -> Bool { [" ", "\t", "\r", "\u{0B}", "\u{0C}", "\n"].contains(c) }

    private mutating func name(from start: DOTPosition) {
        var text = String.UnicodeScalarView()
        while let next = peek(), Self.isLetter(next) || Self.isDigit(next) {
            text.append(next)
            advance()
        }
        let word = String(text)
        if word == "\u{FEFF}" { return }  // a byte-order mark on its own is ignored
        let lower = word.lowercased()
        if Self.keywords.contains(lower) {
            add(.keyword, lower, near: word, at: start)
        } else {
            add(.name, word, near: word, at: start)
        }
    }

    /// A numeral: `-`? (digits (`.` digits*)? | `.` digits) and one more `.` or letter, which
    /// Graphviz splits off again with a warning. Returns false when none starts here.
    private mutating func numeral(from start: DOTPosition) -> Bool {
        var j = i
        if s[j] == "-" { j += 1 }
        guard j < s.count else { return false }
        if Self.isDigit(s[j]) {
            while j < s.count, Self.isDigit(s[j]) { j += 1 }
            if j < s.count, s[j] == "." {
                j += 1
                while j < s.count, Self.isDigit(s[j]) { j += 1 }
            }
        } else if s[j] == ".", j + 1 < s.count, Self.isDigit(s[j + 1]) {
            j += 1
            while j < s.count, Self.isDigit(s[j]) { j += 1 }
        } else {
            return false
        }
        var end = j
        if j < s.count, s[j] == "." || Self.isLetter(s[j]) { end += 1 }
        let last = s[end - 1]
        let dotBefore = s[i..<(end - 1)].contains(".")
        if (!Self.isDigit(last) && last != ".") || (last == "." && dotBefore) {
            // Graphviz quotes the bytes it read: of a non-ASCII letter, only the first.
            let shown = String(String.UnicodeScalarView(s[i..<(end - 1)])) + (last.isASCII ? String(last) : "\u{FFFD}")
            warnings.append(Warning(token: tokens.count, text: "syntax ambiguity - badly delimited number '\(shown)' in line \(graphvizLine) of \(sourceName ?? "input") splits into two tokens\n"))
            end -= 1
        }
        let text = String(String.UnicodeScalarView(s[i..<end]))
        while i < end { advance() }
        add(.name, text, near: text, at: start)
        return true
    }

    /// A quoted string. As in Graphviz, `\"` is a quote, a backslash before a line break joins
    /// the lines, `\\` stays two backslashes (so `"a\\"` ends at its last quote), and a line
    /// break is kept in the value but not counted in Graphviz's line numbers, unless it stands
    /// alone between a quote or backslash and the next (then it is counted and dropped).
    private mutating func quoted(from start: DOTPosition) {
        advance()
        var value = String.UnicodeScalarView()
        while let c = peek() {
            if c == "\"" {
                advance()
                add(.quoted, String(value), near: "\"", at: start)
                return
            }
            if c == "\\" {
                let next = peek(1)
                advance()
                if next == "\"" || next == "\\" { advance() }
                if next == "\n" { advance(); graphvizLine += 1 }
                if next == "\"" { value.append("\"") } else if next != "\n" { value.append("\\") }
                if next == "\\" { value.append("\\") }
                continue
            }
            let runStart = i
            while let next = peek(), next != "\"", next != "\\" { advance() }
            if i - runStart == 1, s[runStart] == "\n" {
                graphvizLine += 1
            } else {
                value.append(contentsOf: s[runStart..<i])
            }
        }
        unfinished = .quoted(String(value))
    }

    /// An HTML string: `<` … `>` with `<` and `>` nested inside; line breaks are kept and counted.
    private mutating func html(from start: DOTPosition) {
        advance()
        var depth = 1
        var value = String.UnicodeScalarView()
        while let c = peek() {
            advance()
            if c == ">" {
                depth -= 1
                if depth == 0 {
                    add(.html, String(value), near: ">", at: start)
                    return
                }
            } else if c == "<" {
                depth += 1
            } else if c == "\n" {
                graphvizLine += 1
            }
            value.append(c)
        }
        unfinished = .html(String(value))
    }
}
