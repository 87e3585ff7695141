import LandscapeCore

/// A scan of YAML text for keys that are aliases, lists or mappings, before Yams reads it.
///
/// Yams checks every mapping for duplicate keys by hashing and comparing the key nodes. An alias
/// of an alias of … a list (the "billion laughs" pattern) shares its nodes in memory, but
/// hashing it visits every expanded node: nine levels of nine aliases used as a key keep Yams
/// busy for hours. A landscape's keys are plain words, so a key that is an alias (`*a: 1`), a
/// flow collection (`[*a, *a]: 1`) or an explicit complex key (`? …`) is refused with its place
/// (keys nested in keys make Yams hash each level again, aliases or not); values may still be
/// aliases (merge keys `<<: *defaults`).
///
/// The scan knows comments, quoted scalars and block scalars (`|`, `>`), so text inside them
/// never counts. It is a light lexer, not a parser: it errs on the side of letting Yams decide.
///
/// - Complexity: O(n) for n characters.
enum YAMLKeyGuard {
    struct Finding: Equatable {
        var line: Int
        var column: Int
        var key: ReadingProblem.Structure.RefusedKey
    }

    static func check(_ text: String) -> Finding? {
        var scanner = Scanner(text)
        return scanner.run()
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" }
    private static func isBreak(_ s: Unicode.Scalar) -> Bool { s == "\n" || s == "\r" }
    private static func isFlowIndicator(_ s: Unicode.Scalar) -> Bool { s == "," || s == "[" || s == "]" || s == "{" || s == "}" }

    /// The lexer's state: the place, the indentation, and the open block scalar and flow collections.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0, line = 1, column = 1
        var lineIndent = 0, atLineStart = true
        var blockScalarIndent: Int?  // inside a block scalar: the indentation of its parent collection
        var blockContentIndent: Int?  // and of its first line
        var flowDepth = 0
        // The open flow collections, innermost last (`true` for a mapping `{`), and whether the
        // next token starts an entry of the innermost flow mapping: that entry's first node is
        // a key even without a ':' (`{*a, *b}` has the keys *a and *b).
        var flowIsMapping: [Bool] = []
        var atFlowMappingEntry = false

        init(_ text: String) { scalars = Array(text.unicodeScalars) }

        mutating func run() -> Finding? {
            while index < scalars.count {
                let s = scalars[index]
                if atLineStart, skipsLine() { continue }
                let entryStart = atFlowMappingEntry
                if !isSpace(s) && !isBreak(s) && !(s == "#" && tokenStart()) { atFlowMappingEntry = false }
                switch s {
                case "[" where entryStart, "{" where entryStart:
                    return finding(.collection)
                case "*" where entryStart:
                    var i = index + 1
                    while i < scalars.count, !isSpace(scalars[i]), !isBreak(scalars[i]), !isFlowIndicator(scalars[i]), scalars[i] != ":" { i += 1 }
                    return finding(.alias(String(String.UnicodeScalarView(scalars[index..<i]))))
                case "&" where tokenStart() && entryStart, "!" where tokenStart() && entryStart:
                    // A node property (anchor, tag): the entry's node follows it.
                    while index < scalars.count, !isSpace(scalars[index]), !isBreak(scalars[index]), !isFlowIndicator(scalars[index]) { advance() }
                    atFlowMappingEntry = true
                    continue
                case "," where flowIsMapping.last == true:
                    atFlowMappingEntry = true
                case "#" where tokenStart():
                    while index < scalars.count, !isBreak(scalars[index]) { advance() }
                    continue
                case "'" where tokenStart(), "\"" where tokenStart():
                    skipQuoted(s)
                    continue
                case "|" where tokenStart() && flowDepth == 0, ">" where tokenStart() && flowDepth == 0:
                    startBlockScalar()
                    continue
                case "[", "{":
                    flowDepth += 1
                    flowIsMapping.append(s == "{")
                    atFlowMappingEntry = s == "{"
                case "]", "}":
                    flowDepth = max(0, flowDepth - 1)
                    if !flowIsMapping.isEmpty { flowIsMapping.removeLast() }
                    if nextNonSpace(from: index + 1) == ":" { return finding(.collection) }
                case "?" where tokenStart() && (at(1).map { isSpace($0) || isBreak($0) } ?? true):
                    return finding(.explicit)
                case "*" where tokenStart():
                    if let found = aliasKey() { return found }
                    continue
                default:
                    break
                }
                advance()
            }
            return nil
        }

        func finding(_ key: ReadingProblem.Structure.RefusedKey) -> Finding {
            Finding(line: line, column: column, key: key)
        }

        func isSpace(_ s: Unicode.Scalar) -> Bool { YAMLKeyGuard.isSpace(s) }
        func isBreak(_ s: Unicode.Scalar) -> Bool { YAMLKeyGuard.isBreak(s) }
        func isFlowIndicator(_ s: Unicode.Scalar) -> Bool { YAMLKeyGuard.isFlowIndicator(s) }
        func at(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }

        /// Whether a token may start here: at the line start, or after a space or a flow indicator.
        func tokenStart() -> Bool {
            guard index > 0 else { return true }
            let before = scalars[index - 1]
            return isSpace(before) || isBreak(before) || isFlowIndicator(before)
        }

        /// The first non-space character at or after `from`, and its offset.
        func nextNonSpace(from: Int) -> Unicode.Scalar? {
            var i = from
            while i < scalars.count, isSpace(scalars[i]) { i += 1 }
            return i < scalars.count ? scalars[i] : nil
        }

        mutating func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
                atLineStart = true
                lineIndent = 0
            } else {
                column += 1
            }
            index += 1
        }

        /// At a line start: measures the indentation; inside a block scalar, skips its lines
        /// (blank ones, and those indented at least as far as its first line, which must be
        /// deeper than the parent's) and returns `true`.
        mutating func skipsLine() -> Bool {
            var i = index, indent = 0
            while i < scalars.count, scalars[i] == " " { i += 1; indent += 1 }
            let blank = i >= scalars.count || isBreak(scalars[i])
            if let parent = blockScalarIndent {
                if blank || indent >= (blockContentIndent ?? parent + 1) {
                    if !blank, blockContentIndent == nil { blockContentIndent = indent }
                    while index < scalars.count, scalars[index] != "\n" { advance() }
                    if index < scalars.count { advance() }
                    return true
                }
                blockScalarIndent = nil
                blockContentIndent = nil
            }
            lineIndent = indent
            atLineStart = false
            return false
        }

        /// Skips a quoted scalar, its quotes included.
        mutating func skipQuoted(_ quote: Unicode.Scalar) {
            advance()
            while index < scalars.count {
                let c = scalars[index]
                if quote == "\"", c == "\\" { advance(); if index < scalars.count { advance() }; continue }
                if c == quote {
                    if quote == "'", at(1) == "'" { advance(); advance(); continue }
                    advance()
                    break
                }
                advance()
            }
        }

        /// A block scalar's header: its content starts on the next line.
        mutating func startBlockScalar() {
            var i = index + 1
            while i < scalars.count, !isBreak(scalars[i]), scalars[i] != "#" { i += 1 }
            blockScalarIndent = blockParentIndent()
            blockContentIndent = nil
            while index < i { advance() }
        }

        /// The indentation of the collection that holds the block scalar whose header is at
        /// `index`: the column of its key (`key: |`, also after `- `), of its `- ` (`- |`), or,
        /// for a header that starts its line, one less than the line's indentation. Never less
        /// than the true one, so no line of structure is skipped as text: text under a header
        /// that starts its line may be scanned as structure, the safe side.
        func blockParentIndent() -> Int {
            var i = index
            while i > 0, !isBreak(scalars[i - 1]) { i -= 1 }
            var column = 0, lastDash: Int?
            while i < index {
                if scalars[i] == " " {
                    i += 1; column += 1
                } else if scalars[i] == "-", i + 1 < scalars.count, isSpace(scalars[i + 1]) {
                    lastDash = column
                    i += 1; column += 1
                } else {
                    return column  // the key
                }
            }
            return lastDash ?? max(-1, lineIndent - 1)
        }

        /// An alias at a token start: refused when a ':' follows it (it is a key); otherwise
        /// skipped.
        mutating func aliasKey() -> Finding? {
            var i = index + 1
            while i < scalars.count, !isSpace(scalars[i]), !isBreak(scalars[i]), !isFlowIndicator(scalars[i]) { i += 1 }
            let name = String(String.UnicodeScalarView(scalars[index..<i]))
            var end = i
            // "*a:" with the colon inside the name: an alias followed by a colon.
            if name.hasSuffix(":"), name.count > 2 { end = i - 1 }
            // In a flow collection a ':' right after the alias is its value indicator even
            // before more text: libyaml ends an alias name at the first character that is
            // not a letter, digit, '-' or '_' (`[*a:*a]` is the mapping {*a: *a}).
            var nameEnd = index + 1
            while nameEnd < i, scalars[nameEnd].properties.isAlphabetic || ("0"..."9").contains(scalars[nameEnd]) || scalars[nameEnd] == "-" || scalars[nameEnd] == "_" { nameEnd += 1 }
            if flowDepth > 0, nameEnd < i, scalars[nameEnd] == ":" { end = nameEnd }
            if end < i || nextNonSpace(from: i) == ":" {
                return finding(.alias(String(String.UnicodeScalarView(scalars[index..<end]))))
            }
            while index < i { advance() }
            return nil
        }
    }
}
