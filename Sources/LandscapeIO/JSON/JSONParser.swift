import LandscapeCore

/// A JSON value as read, with the place where it starts. Numbers keep their text, so that
/// `2.50` reads as the user wrote it; object members keep their order and key places.
struct LocatedJSON {
    indirect enum Value {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array([LocatedJSON])
        case object([(key: Located<String>, value: LocatedJSON)])
    }

    var value: Value
    var location: SourceLocation

    /// What the value is, for a message: "found a list".
    var kind: ReadingProblem.NodeKind {
        switch value {
        case .null: .null
        case .bool(let flag): .boolean(flag)
        case .number(let text): .number(text)
        case .string(let text): .text(text)
        case .array: .list
        case .object: .object
        }
    }
}

/// A strict JSON parser (RFC 8259) that records the line and column (in Unicode scalars) of
/// every value, so that problems in a value can be reported where it is. Foundation's parser
/// gives no positions. Nesting is limited to `depthLimit`; common mistakes (comments, trailing
/// commas, single quotes) get their own message.
///
/// - Complexity: O(n) time and space for a text of n Unicode scalars.
struct JSONParser {
    struct Failure: Error {
        var syntax: ReadingProblem.Structure.JSONSyntax
        var location: SourceLocation
    }

    static let depthLimit = 512

    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    init(text: String, file: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
        self.file = file
    }

    static func parse(_ text: String, file: String) throws(Failure) -> LocatedJSON {
        var parser = JSONParser(text: text, file: file)
        parser.skipSpace()
        let value = try parser.parseValue()
        parser.skipSpace()
        if parser.index < parser.scalars.count {
            throw parser.failure(.textAfterValue)
        }
        return value
    }

    private var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private func failure(_ syntax: ReadingProblem.Structure.JSONSyntax, at location: SourceLocation? = nil) -> Failure {
        Failure(syntax: syntax, location: location ?? here)
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func skipSpace() {
        while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" { advance() }
    }

    private mutating func parseValue() throws(Failure) -> LocatedJSON {
        let start = here
        guard let scalar = current else { throw failure(.endsBeforeValue) }
        switch scalar {
        case "{": return try parseObject()
        case "[": return try parseArray()
        case "\"": return LocatedJSON(value: .string(try parseString()), location: start)
        case "-", "0"..."9": return LocatedJSON(value: .number(try parseNumber()), location: start)
        case "t": try literal("true"); return LocatedJSON(value: .bool(true), location: start)
        case "f": try literal("false"); return LocatedJSON(value: .bool(false), location: start)
        case "n": try literal("null"); return LocatedJSON(value: .null, location: start)
        case "'": throw failure(.singleQuotedText)
        case "/": throw failure(.comment)
        case "]", "}": throw failure(.valueExpected(before: Character(scalar)))
        default: throw failure(.unexpectedCharacter(Character(scalar)))
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let start = here
        for expected in word.unicodeScalars {
            guard current == expected else {
                throw failure(.unexpectedWord, at: start)
            }
            advance()
        }
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > Self.depthLimit { throw failure(.tooDeep(limit: Self.depthLimit)) }
    }

    private mutating func parseObject() throws(Failure) -> LocatedJSON {
        let start = here
        try enter()
        defer { depth -= 1 }
        advance()
        var members: [(key: Located<String>, value: LocatedJSON)] = []
        skipSpace()
        if current == "}" {
            advance()
            return LocatedJSON(value: .object(members), location: start)
        }
        while true {
            skipSpace()
            let keyStart = here
            guard current == "\"" else {
                if current == "}" { throw failure(.trailingComma(before: "}")) }
                if current == "'" { throw failure(.singleQuotedKey) }
                if current == "/" { throw failure(.comment) }
                throw failure(current == nil ? .endsBeforeKey : .keyExpected)
            }
            let key = try parseString()
            skipSpace()
            guard current == ":" else { throw failure(.colonExpected(key: key)) }
            advance()
            skipSpace()
            let value = try parseValue()
            members.append((Located(key, at: keyStart), value))
            skipSpace()
            switch current {
            case ",": advance()
            case "}": advance(); return LocatedJSON(value: .object(members), location: start)
            case nil: throw failure(.endsInObject)
            default: throw failure(.objectSeparatorExpected)
            }
        }
    }

    private mutating func parseArray() throws(Failure) -> LocatedJSON {
        let start = here
        try enter()
        defer { depth -= 1 }
        advance()
        var items: [LocatedJSON] = []
        skipSpace()
        if current == "]" {
            advance()
            return LocatedJSON(value: .array(items), location: start)
        }
        while true {
            skipSpace()
            if current == "]" { throw failure(.trailingComma(before: "]")) }
            items.append(try parseValue())
            skipSpace()
            switch current {
            case ",": advance()
            case "]": advance(); return LocatedJSON(value: .array(items), location: start)
            case nil: throw failure(.endsInList)
            default: throw failure(.listSeparatorExpected)
            }
        }
    }

    private mutating func parseString() throws(Failure) -> String {
        let start = here
        advance()
        var out = String.UnicodeScalarView()
        while true {
            guard let scalar = current else { throw failure(.unclosedText, at: start) }
            switch scalar {
            case "\"":
                advance()
                return String(out)
            case "\\":
                let escapeStart = here
                advance()
                guard let escaped = current else { throw failure(.unclosedText, at: start) }
                advance()
                switch escaped {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u":
                    var code = try hex4(escapeStart)
                    if (0xD800...0xDBFF).contains(code) {
                        guard current == "\\" else { throw failure(.halfSurrogate, at: escapeStart) }
                        advance()
                        guard current == "u" else { throw failure(.halfSurrogate, at: escapeStart) }
                        advance()
                        let low = try hex4(escapeStart)
                        guard (0xDC00...0xDFFF).contains(low) else { throw failure(.halfSurrogate, at: escapeStart) }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw failure(.halfSurrogate, at: escapeStart)
                    }
                    guard let decoded = Unicode.Scalar(code) else { throw failure(.noSuchCharacter, at: escapeStart) }
                    out.append(decoded)
                default:
                    throw failure(.invalidEscape(Character(escaped)), at: escapeStart)
                }
            default:
                if scalar.value < 0x20 {
                    throw failure(scalar == "\n" ? .unclosedTextAtLineEnd : .unescapedControlCharacter)
                }
                out.append(scalar)
                advance()
            }
        }
    }

    private mutating func hex4(_ start: SourceLocation) throws(Failure) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let scalar = current, let digit = Int(String(scalar), radix: 16) else {
                throw failure(.hexDigitsExpected, at: start)
            }
            code = code * 16 + UInt32(digit)
            advance()
        }
        return code
    }

    private mutating func parseNumber() throws(Failure) -> String {
        let start = here
        var text = ""
        func digits() -> Int {
            var count = 0
            while let scalar = current, ("0"..."9").contains(scalar) {
                text.unicodeScalars.append(scalar)
                advance()
                count += 1
            }
            return count
        }
        if current == "-" { text += "-"; advance() }
        if current == "0" {
            text += "0"
            advance()
            if let next = current, ("0"..."9").contains(next) { throw failure(.leadingZero, at: start) }
        } else if digits() == 0 {
            throw failure(.digitAfterMinus, at: start)
        }
        if current == "." {
            text += "."
            advance()
            if digits() == 0 { throw failure(.digitAfterPoint, at: start) }
        }
        if current == "e" || current == "E" {
            text += "e"
            advance()
            if current == "+" || current == "-" { text.unicodeScalars.append(current ?? "+"); advance() }
            if digits() == 0 { throw failure(.digitInExponent, at: start) }
        }
        return text
    }
}
